import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { formatProblem, loadCatalog } from '../engine/catalog/load-catalog.js';
import { createEngine, type Engine } from '../engine/query/engine.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import { createBot } from '../bot/bot.js';
import { sqlSessionStore } from '../bot/session/sql-session-store.js';
import { parseLine } from '../bot/parse-line.js';
import type { Language } from '../bot/i18n/language.js';
import type { Inbound } from '../bot/policy/turn.js';
import { runKpibot } from './cli-harness.js';

const NOW = Date.parse('2026-11-22T10:00:00Z');

async function openBot(): Promise<{ say: (text: string, platform?: Language) => Promise<string>; engine: Engine }> {
  const dir = mkdtempSync(join(tmpdir(), 'kpibot-kpi-info-'));
  const store = await openSqliteStore(join(dir, 'k.db'));
  const catalog = await loadCatalog({ dirs: [join(process.cwd(), 'queries')], store });
  if (!catalog.ok) throw new Error(catalog.error.map(formatProblem).join('\n'));
  const engine = createEngine({ store, catalog: catalog.value, workspace: DEFAULT_WORKSPACE, now: () => NOW });
  const bot = createBot({ engine, sessions: sqlSessionStore(store), now: () => NOW, notebookDir: join(dir, 'nb') });
  const say = async (text: string, platform?: Language): Promise<string> => {
    const inbound: Inbound = { channel: 'c', user: 'ana', text, ...(platform ? { language: platform } : {}) };
    const r = await bot.handle(inbound);
    if (r.kind !== 'text') throw new Error(`${text}: a ${r.kind} reply`);
    return r.text;
  };
  return { say, engine };
}

describe('define in the asker’s language', () => {
  it('GIVEN define churn_rate from a Portuguese or Romanian platform THEN its name, definition and labels in that language', async () => {
    const { say } = await openBot();
    const pt = (await say('define churn_rate', 'pt')).split('\n');
    expect(pt[0]).toBe('Taxa de abandono (churn) (churn_rate)');
    expect(pt[1]).toMatch(/^A parte dos clientes ativos no início do período que o abandonaram durante esse período: L_S \/ S\./);
    expect(pt[2]).toMatch(/^Fórmula: L_S \/ S × 100, em que L_S/);
    expect(pt[3]).toBe('Unidade: percentagem; melhor quando desce.');
    expect(pt[4]).toBe('Dados: customers; por segment, region, plan, acquisition_channel, channel, source e por qualquer unidade de tempo.');
    expect(pt[5]).toMatch(/^Ressalvas: O churn e a retenção não têm de somar 100/);

    const ro = (await say('define churn_rate', 'ro')).split('\n');
    expect(ro[0]).toBe('Rata de abandon (churn) (churn_rate)');
    expect(ro[1]).toMatch(/^Ponderea clienților activi la începutul perioadei care au renunțat în cursul ei/);
    expect(ro[3]).toBe('Unitate: procent; mai bine când scade.');
    expect(ro[5]).toMatch(/^De reținut: Abandonul și retenția/);
  });

  it('GIVEN define written in Portuguese or Romanian words THEN the answer is in that language, whatever the platform', async () => {
    const { say } = await openBot();
    expect(await say('definir taxa de churn')).toMatch(/^Taxa de abandono \(churn\) \(churn_rate\)\nA parte dos clientes/);
    expect(await say('definir rotatividade', 'en')).toMatch(/^Taxa de abandono \(churn\) \(churn_rate\)\n/);
    expect(await say('definește rata de abandon')).toMatch(/^Rata de abandon \(churn\) \(churn_rate\)\nPonderea/);
    // An example, where the English has one: CAC's 100,000 / 1,000 = 100.
    expect(await say('definir custo de aquisição')).toContain('Exemplo: Investir 100 000 em vendas e marketing num ano');
  });

  it('GIVEN define in English words and no language said THEN the English text, unchanged', async () => {
    const { say } = await openBot();
    const en = (await say('define churn')).split('\n');
    expect(en[0]).toBe('Churn rate (churn_rate)');
    expect(en[2]).toBe('Formula: L_S / S × 100');
    expect(en[3]).toBe('Unit: percent; better when it goes down.');
  });
});

describe('list and help in the asker’s language', () => {
  it('GIVEN listă THEN the areas and names in Romanian, ids as typed', async () => {
    const { say } = await openBot();
    const lines = (await say('listă')).split('\n');
    expect(lines.filter((l) => /^\S.*:$/.test(l))).toEqual(['clienți:', 'vânzări:', 'satisfacție:', 'asistență pentru clienți:', 'piață:']);
    expect(lines[1]).toBe(`  ${'churn_rate'.padEnd(26)} Rata de abandon (churn)`);
    expect(lines).toContain(`  ${'revenue'.padEnd(26)} Venituri (vânzări nete)`);
  });

  it('GIVEN lista (Portuguese, or Romanian without its accent) from a Portuguese platform THEN Portuguese areas', async () => {
    const { say } = await openBot();
    const lines = (await say('lista', 'pt')).split('\n');
    expect(lines.filter((l) => /^\S.*:$/.test(l))).toEqual(['clientes:', 'vendas:', 'satisfação:', 'apoio ao cliente:', 'mercado:']);
    expect(lines).toContain(`  ${'orders'.padEnd(26)} Encomendas`);
  });

  it('GIVEN ajuda or ajutor THEN the whole help in Portuguese or Romanian; help stays English', async () => {
    const { say } = await openBot();
    const pt = await say('ajuda');
    expect(pt).toMatch(/^Peça um KPI e depois afine a pergunta/);
    expect(pt).toContain('/kpi list (lista) · /kpi define <kpi> (definir <kpi>)');
    const ro = await say('ajutor');
    expect(ro).toMatch(/^Cereți un KPI, apoi rafinați întrebarea/);
    expect(ro).toContain('/kpi list (listă) · /kpi define <kpi> (definește <kpi>)');
    expect(await say('help')).toMatch(/^Ask for a KPI, then refine it:/);
  });

  /*
   * The help claims the reader takes these Portuguese and Romanian forms: each is in its help,
   * and each reads as the command it stands beside.
   */
  const CLAIMED: readonly [Language, string, string][] = [
    ['pt', 'rotatividade trimestre-passado por segmento', 'query'],
    ['pt', 'nps 2026-Q1 vs anterior', 'query'],
    ['pt', 'reclamações por semana últimos-90-dias onde canal=phone', 'query'],
    ['pt', 'receita, encomendas este-ano por mês', 'query'],
    ['pt', 'receita por região top 5 como tabela', 'query'],
    ['pt', 'porque rotatividade mês-passado', 'why'],
    ['pt', 'explicar porque rotatividade mês-passado', 'explain-why'],
    ['pt', 'calcular q2 - q1', 'calc'],
    ['pt', 'exportar', 'export'],
    ['pt', 'assinar nps, rotatividade semanal na segunda às 09:00 Europe/Lisbon', 'subscribe'],
    ['pt', 'assinaturas', 'subscriptions'],
    ['pt', 'cancelar 1', 'unsubscribe'],
    ['pt', 'pausar 1', 'pause'],
    ['pt', 'retomar 1', 'resume'],
    ['pt', 'resumo 1 agora', 'digest-now'],
    ['pt', 'resumo 1 histórico', 'digest-log'],
    ['pt', 'meta receita pelo menos 1200 mês', 'target'],
    ['pt', 'metas', 'targets'],
    ['pt', 'remover meta receita', 'untarget'],
    ['pt', 'lista', 'list'],
    ['pt', 'definir <kpi>', 'define'],
    ['pt', 'ajuda', 'help'],
    ['ro', 'abandon trimestrul-trecut pe segment', 'query'],
    ['ro', 'nps 2026-Q1 față de precedent', 'query'],
    ['ro', 'reclamații pe săptămână ultimele-90-zile unde canal=phone', 'query'],
    ['ro', 'venituri, comenzi anul-acesta pe lună', 'query'],
    ['ro', 'venituri pe regiune top 5 ca tabel', 'query'],
    ['ro', 'de ce abandon luna-trecută', 'why'],
    ['ro', 'explică de ce abandon luna-trecută', 'explain-why'],
    ['ro', 'calculează q2 - q1', 'calc'],
    ['ro', 'exportă', 'export'],
    ['ro', 'abonează nps, abandon săptămânal luni la 09:00 Europe/Bucharest', 'subscribe'],
    ['ro', 'abonamente', 'subscriptions'],
    ['ro', 'dezabonează 1', 'unsubscribe'],
    ['ro', 'pauză 1', 'pause'],
    ['ro', 'reia 1', 'resume'],
    ['ro', 'rezumat 1 acum', 'digest-now'],
    ['ro', 'rezumat 1 istoric', 'digest-log'],
    ['ro', 'țintă venituri cel puțin 1200 lună', 'target'],
    ['ro', 'ținte', 'targets'],
    ['ro', 'șterge ținta venituri', 'untarget'],
    ['ro', 'listă', 'list'],
    ['ro', 'definește <kpi>', 'define'],
    ['ro', 'ajutor', 'help'],
  ];

  it.each(CLAIMED)('GIVEN the %s help THEN `%s` is in it and reads as %s', async (language, form, kind) => {
    const { say, engine } = await openBot();
    expect(await say('help', language)).toContain(form);
    const parsed = parseLine(engine, form.replace('<kpi>', 'nps'));
    expect(parsed.ok && parsed.value.kind).toBe(kind);
  });

  it('GIVEN the periods the pt and ro help list THEN each is a period the reader takes', async () => {
    const { engine } = await openBot();
    const periods = ['hoje', 'ontem', 'esta-semana', 'semana-passada', 'este-mês', 'mês-passado', 'este-trimestre', 'trimestre-passado', 'este-ano', 'ano-passado', 'últimos-7-dias', 'últimos-30-dias', 'últimos-90-dias', 'últimos-12-meses',
      'azi', 'ieri', 'săptămâna-aceasta', 'săptămâna-trecută', 'luna-aceasta', 'luna-trecută', 'trimestrul-acesta', 'trimestrul-trecut', 'anul-acesta', 'anul-trecut', 'ultimele-7-zile', 'ultimele-30-zile', 'ultimele-90-zile', 'ultimele-12-luni'];
    for (const period of periods) {
      const parsed = parseLine(engine, `nps ${period}`);
      expect(parsed.ok && parsed.value.kind === 'query' && parsed.value.period, period).toBeTruthy();
    }
  });
});

describe('kpibot list and define --language', () => {
  const empty = (): string => mkdtempSync(join(tmpdir(), 'kpibot-cli-language-'));

  it('GIVEN --language pt or ro THEN the list or definition in it; GIVEN another THEN exit 2', async () => {
    const list = await runKpibot(['list', '--language', 'pt'], { cwd: empty() });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout.split('\n').slice(0, 2)).toEqual(['clientes:', `  ${'churn_rate'.padEnd(26)} Taxa de abandono (churn)`]);
    const define = await runKpibot(['define', 'churn', '--language', 'ro'], { cwd: empty() });
    expect(define.code, define.stderr).toBe(0);
    expect(define.stdout).toMatch(/^Rata de abandon \(churn\) \(churn_rate\)\n/);
    const unknown = await runKpibot(['define', 'chrun', '--language', 'ro'], { cwd: empty() });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('chrun');
    const wrong = await runKpibot(['list', '--language', 'es'], { cwd: empty() });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe('--language es is not one of en, pt, ro.\n');
  });

  it('GIVEN the config’s language ro and no --language THEN Romanian', async () => {
    const cwd = empty();
    writeFileSync(join(cwd, 'kpibot.config.yaml'), 'language: ro\n');
    const list = await runKpibot(['list'], { cwd });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout.split('\n')[0]).toBe('clienți:');
  });
});

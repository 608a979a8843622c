import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { loadCatalog, formatProblem } from '../engine/catalog/load-catalog.js';
import { createEngine } from '../engine/query/engine.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import { createBot, type Bot } from '../bot/bot.js';
import { sqlSessionStore } from '../bot/session/sql-session-store.js';
import type { Reply } from '../bot/reply/reply.js';
import type { Store } from '../engine/store/store.js';
import { seedChurnMixShift, seedComplaintPair, seedComplaintsByChannel } from './why-fixtures.js';

const NOW = Date.parse('2026-11-22T10:00:00Z');

async function fresh(seed: (s: Store) => Promise<void>): Promise<{ bot: Bot; store: Store }> {
  const dir = mkdtempSync(join(tmpdir(), 'kpibot-why-words-'));
  const store = await openSqliteStore(join(dir, 'k.db'));
  const catalog = await loadCatalog({ dirs: [join(process.cwd(), 'queries')], store });
  if (!catalog.ok) throw new Error(catalog.error.map(formatProblem).join('\n'));
  const engine = createEngine({ store, catalog: catalog.value, workspace: DEFAULT_WORKSPACE, now: () => NOW });
  await seed(store);
  return { bot: createBot({ engine, sessions: sqlSessionStore(store), now: () => NOW, notebookDir: join(dir, 'notebooks') }), store };
}

const say = (text: string) => ({ channel: 'c', text, user: 'ana' });
type Part<K extends Reply['kind']> = Extract<Reply, { kind: K }>;
const part = <K extends Reply['kind']>(r: Reply, kind: K): Part<K> | undefined =>
  (r.kind === 'multi' ? r.parts.find((p) => p.kind === kind) : r.kind === kind ? r : undefined) as Part<K> | undefined;
const linesOf = (r: Reply): string[] => (r.kind === 'text' ? r.text.split('\n') : [JSON.stringify(r)]);

describe('why, explain why and explain in the asker’s language', () => {
  it('GIVEN a why asked in Portuguese THEN title, change, sentence, noise, samples, table and alt text are Portuguese, with a decimal comma', async () => {
    const { bot, store } = await fresh(seedComplaintsByChannel);
    const r = await bot.handle(say('porque subiram as reclamações em outubro por canal'));
    const head = part(r, 'headline');
    expect(head?.title).toBe('Customer complaints: o que o fez variar');
    // September 10 email + 10 phone + 5 chat = 25; October 10 + 40 + 3 + 2 social = 55: +30.
    expect(head?.value).toBe('+30');
    expect(head?.interpretation).toBe('2026-10 (01/10/2026 – 31/10/2026, UTC)');
    expect(head?.delta).toEqual({ text: 'de 25 para 55', arrow: '↑', good: false, against: 'face a período anterior, 2026-09 (01/09/2026 – 30/09/2026, UTC)' });
    expect(head?.context).toEqual([
      // phone 10 → 40 is +30, the whole change (chat −2 and social +2 cancel).
      'Customer complaints subiu 30 face a 2026-09; phone (canal) é responsável por +30 dessa variação.',
      // Poisson: SE = sqrt(25 + 55) = 8.944; 2 SE = 17.89, shown to 3 digits with a comma: 17,9 < 30.
      'acima do ruído da amostra (±17,9 a 2 erros-padrão)',
      'amostra 25 → 55',
      'lido como `why complaints 2026-10 by channel`',
    ]);
    const table = part(r, 'table');
    expect(table?.columns.map((c) => c.label)).toEqual(['grupo', 'dimensão', '2026-09', '2026-10', 'parte da variação']);
    expect(table?.rows).toEqual([
      ['phone', 'canal', '10', '40', '+30'],
      ['chat', 'canal', '5', '3', '−2'],
      ['social', 'canal', '0', '2', '+2'],
    ]);
    expect(table?.note).toBe('cada dimensão divide sozinha a variação toda, por isso as linhas de dimensões diferentes sobrepõem-se');
    expect(part(r, 'chart')?.alt).toBe('Customer complaints variou +30, 2026-10 face a 2026-09; maiores partes: phone (canal) +30; chat (canal) −2; social (canal) +2.');
    await store.close();
  });

  it('GIVEN complaints concentrated in SMB in Europe, asked in Portuguese and Romanian THEN the sentence says where inside SMB, and the pair reads as a place', async () => {
    const { bot, store } = await fresh(seedComplaintPair);
    // 8 → 20 is +12; SMB 4 → 15 is +11, of which SMB in Europe (customer A) 2 → 12 is +10.
    const pt = await bot.handle(say('porque subiram as reclamações em outubro'));
    expect(part(pt, 'headline')?.context[0]).toBe('Customer complaints subiu 12 face a 2026-09; SMB (segmento) é responsável por +11 dessa variação (dos quais +10 em Europe).');
    expect(part(pt, 'table')?.rows[2]?.slice(0, 2)).toEqual(['SMB em Europe', 'segmento × região']);
    const ro = await bot.handle(say('de ce au crescut reclamațiile în octombrie'));
    expect(part(ro, 'headline')?.context[0]).toBe('Customer complaints a crescut cu 12 față de 2026-09; SMB (segment) reprezintă +11 din această schimbare (din care +10 în Europe).');
    // Poisson: sqrt(8 + 20) = 5.29; 2 SE = 10.58, shown as 10,6.
    expect(part(ro, 'headline')?.context[1]).toBe('peste zgomotul eșantionului (±10,6 la 2 erori standard)');
    await store.close();
  });

  it('GIVEN a why asked in Romanian THEN the sentence, percentages, samples and rate/mix table are Romanian', async () => {
    const { bot, store } = await fresh(seedChurnMixShift);
    const r = await bot.handle(say('de ce a crescut churn-ul în octombrie pe segment'));
    const head = part(r, 'headline');
    expect(head?.title).toBe('Churn rate: ce l-a schimbat');
    // 60 / 1000 = 6% → 165 / 2000 = 8.25%: +2.25 pp.
    expect(head?.value).toBe('+2,25 pp');
    expect(head?.delta?.text).toBe('de la 6,00\u00a0% la 8,25\u00a0%');
    expect(head?.delta?.against).toBe('față de perioada anterioară, 2026-09 (1–30 sept. 2026, UTC)');
    expect(head?.context).toEqual([
      // SMB's part is +2.5 pp, more than +2.25: Enterprise's −0.25 pulled the other way.
      'Churn rate a crescut cu 2,25 pp față de 2026-09; SMB (segment) a contribuit cu +2,50 pp, mai mult decât toată schimbarea: alte grupuri au tras în sens opus.',
      // 2 × 0.9708 = 1.94 pp < 2.25.
      'peste zgomotul eșantionului (±1,94 pp la 2 erori standard)',
      // 200 and 400 customers at the start, 5 records each: 1,000 and 2,000, grouped with a dot.
      'eșantion 1.000 → 2.000',
      'citit ca `why churn_rate 2026-10 by segment`',
    ]);
    const table = part(r, 'table');
    expect(table?.columns.map((c) => c.label)).toEqual(['grup', 'dimensiune', '2026-09', '2026-10', 'parte din schimbare', 'rată', 'mix']);
    // SMB rate (0.5 + 0.75) / 2 × 0 = 0, mix 10 × 0.25 = +2.5; Enterprise rate 0.375 × 1 = +0.375, mix 2.5 × −0.25 = −0.625.
    expect(table?.rows).toEqual([
      ['SMB', 'segment', '10,00\u00a0%', '10,00\u00a0%', '+2,50 pp', '±0,00 pp', '+2,50 pp'],
      ['Enterprise', 'segment', '2,00\u00a0%', '3,00\u00a0%', '−0,25 pp', '+0,38 pp', '−0,63 pp'],
    ]);
    expect(table?.note).toBe(
      'rată: s-a schimbat rata proprie a grupului; mix: s-a schimbat ponderea lui în întreg; rată + mix = partea lui · fiecare dimensiune împarte singură toată schimbarea, așa că rândurile din dimensiuni diferite se suprapun',
    );
    await store.close();
  });

  it('GIVEN `explain why` in Romanian THEN the values, the rules and each group’s line are Romanian, numbers with a decimal comma', async () => {
    const { bot, store } = await fresh(seedChurnMixShift);
    const lines = linesOf(await bot.handle(say('explică de ce a crescut churn-ul în octombrie pe segment')));
    expect(lines.slice(0, 5)).toEqual([
      'De ce: churn_rate (Churn rate), L_S / S × 100',
      'Perioada: 2026-10 (1–31 oct. 2026, UTC); limite [2026-10-01, 2026-11-01) în UTC',
      'Comparat cu: 2026-09 (1–30 sept. 2026, UTC); limite [2026-09-01, 2026-10-01) în UTC',
      'Filtre: niciunul',
      'Valoare: 2026-09 6% (eșantion 1.000) → 2026-10 8,25% (eșantion 2.000); schimbare +2,25 pp (afișat ca 6,00\u00a0% → 8,25\u00a0%)',
    ]);
    expect(lines).toContain('  SMB: 2026-09 50 / 500 = 10%, w 0,5; 2026-10 150 / 1.500 = 10%, w 0,75; rată ±0 pp + mix +2,5 pp = +2,5 pp');
    expect(lines).toContain('  Enterprise: 2026-09 10 / 500 = 2%, w 0,5; 2026-10 15 / 500 = 3%, w 0,25; rată +0,375 pp + mix −0,625 pp = −0,25 pp');
    // SE = 100 × sqrt(0.06 × 0.94 / 1000 + 0.0825 × 0.9175 / 2000) = 0.9708 pp; 2 SE = 1.9416 < 2.25.
    expect(lines.find((l) => l.startsWith('Zgomot:'))).toMatch(/: ES 0,9708 pp; în limita zgomotului când \|schimbare\| < 2 × ES = 1,9416 pp: nu este\.$/);
    expect(lines.find((l) => l.startsWith('SQL'))).toMatch(/^SQL \(\d+ instrucțiuni, valori transmise ca parametri; fiecare citește ambele perioade, felia k = 0 este 2026-10 și k = 1 este 2026-09\):$/);
    expect(lines.filter((l) => l.startsWith('-- parametri: ')).length).toBeGreaterThan(0);
    await store.close();
  });

  it('GIVEN `explain` in Romanian THEN its labels and the anomaly check are Romanian, the SQL is SQL', async () => {
    const { bot, store } = await fresh(seedComplaintsByChannel);
    const lines = linesOf(await bot.handle(say('explică reclamațiile în octombrie')));
    expect(lines.slice(0, 5)).toEqual([
      'KPI: complaints (Customer complaints), tickets opened with is_complaint',
      'Perioada: 2026-10 (1–31 oct. 2026, UTC); limite [2026-10-01, 2026-11-01) în UTC',
      'Comparat cu: 2026-09 (1–30 sept. 2026, UTC)',
      'Defalcare: niciuna; filtre: niciunul',
      'SQL (4 instrucțiuni, valori transmise ca parametri):',
    ]);
    expect(lines).toContain('SELECT max(opened_at) AS m FROM tickets WHERE opened_at < ?');
    expect(lines).toContain('-- parametri: [1793491200000]');
    // The fixture has complaints in September and October only: of the 12 months before October, one has a value.
    expect(lines.slice(-3)).toEqual([
      'Regula de anomalie: în ultimele 12 luni, mediana m și MAD (abaterea absolută mediană); neobișnuit când |valoare − m| > 3,5 × 1,4826 × MAD (un scor z modificat peste 3,5); omisă cu mai puțin de 8 valori cunoscute sau MAD 0',
      'Ultimele 12 luni, de la cea mai veche: 2025-10 fără date; 2025-11 fără date; 2025-12 fără date; 2026-01 fără date; 2026-02 fără date; 2026-03 fără date; 2026-04 fără date; 2026-05 fără date; 2026-06 fără date; 2026-07 fără date; 2026-08 fără date; 2026-09 25',
      'Verificarea anomaliei: omisă, doar 1 din 12 au valoare (sunt necesare cel puțin 8)',
    ]);
    await store.close();
  });
});

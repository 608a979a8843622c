import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog, formatProblem } from '../engine/catalog/load-catalog.js';
import { kpiWords } from '../engine/catalog/kpi-words.js';
import type { Catalog } from '../engine/catalog/catalog.js';

function defined<T>(x: T | undefined): T {
  if (x === undefined) throw new Error('not in the catalog');
  return x;
}

async function builtIn(): Promise<Catalog> {
  const catalog = await loadCatalog({ dirs: [join(process.cwd(), 'queries')] });
  if (!catalog.ok) throw new Error(catalog.error.map(formatProblem).join('\n'));
  return catalog.value;
}

/** Letters only Romanian writes, and letters only Portuguese writes (of the two). */
const ROMANIAN_ONLY = /[ăâîșşțţ]/i;
const PORTUGUESE_ONLY = /[ãõçêéóúà]/i;

describe('every built-in KPI in Portuguese and Romanian', () => {
  it('GIVEN queries/ THEN each of its 50 KPIs has its own pt and ro name, definition and formula, in the right letters', async () => {
    const kpis = (await builtIn()).list();
    expect(kpis).toHaveLength(50);
    for (const kpi of kpis) {
      const english = kpiWords(kpi, 'en');
      for (const [language, foreign] of [['pt', ROMANIAN_ONLY], ['ro', PORTUGUESE_ONLY]] as const) {
        const words = kpi.translations?.[language];
        expect(words, `${kpi.id} ${language}`).toBeDefined();
        const shown = kpiWords(kpi, language);
        for (const field of ['name', 'definition', 'formula'] as const) {
          expect(shown[field], `${kpi.id} ${language}.${field}`).not.toBe(english[field]);
        }
        for (const text of Object.values(shown)) expect(text, `${kpi.id} ${language}`).not.toMatch(foreign);
        // Caveats and an example exactly where the English has them.
        expect(shown.caveats === undefined, `${kpi.id} ${language}.caveats`).toBe(kpi.caveats === undefined);
        expect(shown.example === undefined, `${kpi.id} ${language}.example`).toBe(kpi.example === undefined);
      }
    }
  });

  it('GIVEN churn_rate THEN its names are the ones Portuguese and Romanian business people use', async () => {
    const churn = (await builtIn()).get('churn_rate');
    if (!churn) throw new Error('churn_rate');
    expect(kpiWords(churn, 'pt').name).toBe('Taxa de abandono (churn)');
    expect(kpiWords(churn, 'ro').name).toBe('Rata de abandon (churn)');
    expect(kpiWords(churn, 'en').name).toBe('Churn rate');
  });

  it('GIVEN the guide’s worked examples THEN the translations keep their numbers', async () => {
    const catalog = await builtIn();
    // CAC: 100,000 spent, 1,000 new customers, 100 each; NPS: 70 - 2 = 68.
    expect(kpiWords(defined(catalog.get('cac')), 'pt').example).toContain('100 000 / 1000 = 100');
    expect(kpiWords(defined(catalog.get('cac')), 'ro').example).toContain('100.000 / 1.000 = 100');
    expect(kpiWords(defined(catalog.get('nps')), 'pt').example).toContain('NPS = 70 - 2 = 68');
    expect(kpiWords(defined(catalog.get('nps')), 'ro').example).toContain('NPS = 70 - 2 = 68');
  });
});

const OWN_KPI = `id: big_orders
name: Big orders
area: sales
unit: count
better: up
definition: Completed orders of 1000 or more.
formula: count of completed orders with amount >= 1000
caveats: Amounts as imported.
type: simple
measure:
  table: orders
  time: ordered_at
  select: count(*)
  where: t.status = 'completed' AND t.amount >= 1000
`;

async function loadOwn(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'kpibot-words-'));
  writeFileSync(join(dir, 'big_orders.yaml'), yaml);
  return loadCatalog({ dirs: [dir], relativeTo: dir });
}

describe('a workspace’s own KPI files', () => {
  it('GIVEN no translations THEN Portuguese and Romanian readers get the English words whole', async () => {
    const catalog = await loadOwn(OWN_KPI);
    if (!catalog.ok) throw new Error(catalog.error.map(formatProblem).join('\n'));
    const kpi = defined(catalog.value.get('big_orders'));
    const english = { name: 'Big orders', definition: 'Completed orders of 1000 or more.', formula: 'count of completed orders with amount >= 1000', caveats: 'Amounts as imported.' };
    expect(kpiWords(kpi, 'pt')).toEqual(english);
    expect(kpiWords(kpi, 'ro')).toEqual(english);
  });

  it('GIVEN only a Portuguese translation THEN Portuguese reads it and Romanian reads English', async () => {
    const yaml = OWN_KPI.replace('type: simple', `translations:
  pt:
    name: Grandes encomendas
    definition: Encomendas concluídas de 1000 ou mais.
    formula: número de encomendas concluídas com valor >= 1000
    caveats: Valores tal como importados.
type: simple`);
    const catalog = await loadOwn(yaml);
    if (!catalog.ok) throw new Error(catalog.error.map(formatProblem).join('\n'));
    const kpi = defined(catalog.value.get('big_orders'));
    expect(kpiWords(kpi, 'pt').name).toBe('Grandes encomendas');
    expect(kpiWords(kpi, 'pt').caveats).toBe('Valores tal como importados.');
    expect(kpiWords(kpi, 'ro').name).toBe('Big orders');
  });

  it('GIVEN a translation without the caveats the English has, or with an unknown field THEN the catalog says where', async () => {
    const missing = await loadOwn(OWN_KPI.replace('type: simple', `translations:
  ro:
    name: Comenzi mari
    definition: Comenzi finalizate de 1000 sau mai mult.
    formula: numărul de comenzi finalizate cu suma >= 1000
type: simple`));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.map((p) => p.path)).toEqual(['translations.ro.caveats']);
    const unknown = await loadOwn(OWN_KPI.replace('type: simple', `translations:
  es:
    name: Pedidos grandes
type: simple`));
    expect(unknown.ok).toBe(false);
  });
});

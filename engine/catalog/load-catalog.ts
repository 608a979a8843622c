import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { KpiFileSchema, type KpiFile, type Measure } from './kpi-schema.js';
import { Catalog, namesOf, type KpiDef } from './catalog.js';
import { normalizeName } from './normalize-name.js';
import { compileFormula, type CompiledFormula } from '../formula/restricted-formula.js';
import { columnOf, dimensionSource, type Dimension, type TableName } from '../schema/tables.js';
import { PLACEHOLDERS, compileMeasure, placeholdersIn, type SliceBounds } from '../query/compile-measure.js';
import { FORMULA_SETTINGS } from '../query/evaluate-kpi.js';
import type { Store } from '../store/store.js';
import { err, ok, type Result } from '../result.js';

/** One thing wrong in a KPI file: `queries/churn_rate.yaml > numerator.where: unknown placeholder {strat}`. */
export interface CatalogProblem {
  readonly file: string;
  readonly path: string;
  readonly message: string;
}

export const formatProblem = (p: CatalogProblem): string => `${p.file}${p.path ? ` > ${p.path}` : ''}: ${p.message}`;

export interface LoadCatalogOptions {
  /** Folders of KPI files (`*.yaml`, `*.yml`): the built-in `queries/` first, then the workspace's own. */
  readonly dirs: readonly string[];
  /** When given, every measure's SQL is compiled and prepared against this database's schema. */
  readonly store?: Store;
  /** Paths in messages are shown relative to this folder (default: the working directory). */
  readonly relativeTo?: string;
}

/**
 * Reads and validates every KPI file, and reports every problem found (with its file and path)
 * before failing once, so a person fixes a broken catalog in one pass.
 */
export async function loadCatalog(options: LoadCatalogOptions): Promise<Result<Catalog, CatalogProblem[]>> {
  const problems: CatalogProblem[] = [];
  const base = options.relativeTo ?? process.cwd();
  const files: { file: string; kpi: KpiFile }[] = [];

  for (const dir of options.dirs) {
    let names: string[];
    try {
      if (!statSync(dir).isDirectory()) throw new Error('not a folder');
      names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
    } catch (e) {
      problems.push({ file: relative(base, dir) || dir, path: '', message: `cannot read the KPI folder (${(e as Error).message})` });
      continue;
    }
    for (const name of names) {
      const file = relative(base, join(dir, name));
      const parsed = parseKpiFile(readFileSync(join(dir, name), 'utf8'), file, problems);
      if (parsed) files.push({ file, kpi: parsed });
    }
  }

  const byId = new Map<string, { file: string; kpi: KpiFile }>();
  for (const f of files) {
    const first = byId.get(f.kpi.id);
    if (first) problems.push({ file: f.file, path: 'id', message: `KPI ${f.kpi.id} is already defined in ${first.file}` });
    else byId.set(f.kpi.id, f);
  }

  const owners = new Map<string, string>();
  for (const { file, kpi } of byId.values()) {
    for (const name of namesOf(kpi)) {
      const key = normalizeName(name);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== kpi.id) {
        problems.push({ file, path: 'aliases', message: `"${name}" already names KPI ${owner}` });
      } else owners.set(key, kpi.id);
    }
  }

  const formulas = new Map<string, CompiledFormula>();
  for (const { file, kpi } of byId.values()) {
    checkKpi(kpi, file, byId, problems);
    if (kpi.type === 'derived') {
      const compiled = compileFormula(kpi.formula_expr, {
        isVariable: (n) => byId.has(n) || n === 'days' || (FORMULA_SETTINGS as readonly string[]).includes(n),
        allowPrevious: true,
      });
      if (!compiled.ok) {
        problems.push({ file, path: 'formula_expr', message: compiled.error.detail });
        continue;
      }
      formulas.set(kpi.id, compiled.value);
      checkDerived(kpi, file, compiled.value, byId, problems);
    }
  }
  checkCycles(formulas, byId, problems);
  if (problems.length > 0) return err(problems);

  const defs = new Map<string, KpiDef>();
  for (const { file, kpi } of byId.values()) {
    const compiled = formulas.get(kpi.id);
    defs.set(kpi.id, { ...kpi, file, tables: tablesOf(kpi.id, byId, formulas), ...(compiled ? { compiled } : {}) });
  }
  const catalog = new Catalog(defs);
  if (options.store) {
    const sqlProblems = await checkSql(catalog, options.store);
    if (sqlProblems.length > 0) return err(sqlProblems);
  }
  return ok(catalog);
}

function parseKpiFile(text: string, file: string, problems: CatalogProblem[]): KpiFile | undefined {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line;
      problems.push({ file, path: line ? `line ${line}` : '', message: e.message.split('\n')[0] ?? e.message });
    }
    return undefined;
  }
  const result = KpiFileSchema.safeParse(doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file, path: issue.path.map(String).join('.'), message: issue.message });
    }
    return undefined;
  }
  return result.data;
}

function measuresOf(kpi: KpiFile): [string, Measure][] {
  switch (kpi.type) {
    case 'simple':
    case 'stock':
      return [['measure', kpi.measure]];
    case 'ratio':
      return [
        ['numerator', kpi.numerator],
        ['denominator', kpi.denominator],
      ];
    case 'derived':
      return [];
  }
}

/**
 * A translation says what the English says: caveats and an example where the English has them,
 * and none where it has none, so a reader in Portuguese is warned of the same things.
 */
function checkTranslations(kpi: KpiFile, file: string, problems: CatalogProblem[]): void {
  for (const [language, words] of Object.entries(kpi.translations ?? {})) {
    if (!words) continue;
    for (const [field, english] of [['caveats', kpi.caveats], ['example', kpi.example]] as const) {
      const path = `translations.${language}.${field}`;
      if (english !== undefined && words[field] === undefined) problems.push({ file, path, message: `the English has ${field}; translate them too` });
      if (english === undefined && words[field] !== undefined) problems.push({ file, path, message: `the English has no ${field}` });
    }
  }
}

function checkKpi(kpi: KpiFile, file: string, byId: ReadonlyMap<string, unknown>, problems: CatalogProblem[]): void {
  for (const alias of kpi.aliases) {
    if (byId.has(alias) && alias !== kpi.id) problems.push({ file, path: 'aliases', message: `"${alias}" is the id of another KPI` });
  }
  checkTranslations(kpi, file, problems);
  for (const [path, m] of measuresOf(kpi)) {
    const known = new Set([...Object.keys(PLACEHOLDERS), ...(kpi.type === 'stock' ? ['at'] : [])]);
    const used = [...placeholdersIn(m.select), ...placeholdersIn(m.where ?? '')];
    for (const name of used) {
      if (!known.has(name)) problems.push({ file, path: `${path}`, message: `unknown placeholder {${name}} (use ${[...known].map((k) => `{${k}}`).join(', ')})` });
    }
    if (m.time !== undefined) {
      const kind = columnOf(m.table, m.time)?.kind;
      if (kind === undefined) problems.push({ file, path: `${path}.time`, message: `table ${m.table} has no column ${m.time}` });
      else if (kind !== 'instant' && kind !== 'date' && kind !== 'month') {
        problems.push({ file, path: `${path}.time`, message: `${m.table}.${m.time} is not a time column` });
      }
    } else if (used.length === 0) {
      problems.push({ file, path, message: 'a measure needs `time` (a flow) or placeholders such as {start}/{end}/{at} (read at instants)' });
    }
    if (m.window === 'previous' && m.time === undefined) {
      problems.push({ file, path: `${path}.window`, message: '`window: previous` needs a `time` column' });
    }
    if (kpi.type === 'stock' && !used.includes('at')) {
      problems.push({ file, path: `${path}.where`, message: 'a stock measure is read at {at}; use it in `where`' });
    }
    for (const dim of kpi.dimensions) {
      if (!dimensionSource(m.table, dim)) {
        problems.push({ file, path: 'dimensions', message: `${dim} does not apply to table ${m.table} (${path})` });
      }
    }
    checkWholeAndDefaults(kpi, file, path, m, known, problems);
  }
}

/** `default_where` and `whole_across` name dimensions questions can pick, and only a ratio's denominator is whole. */
function checkWholeAndDefaults(kpi: KpiFile, file: string, path: string, m: Measure, known: ReadonlySet<string>, problems: CatalogProblem[]): void {
  const unpickable = (dim: Dimension): string =>
    `${dim} is not one of the KPI's dimensions, so no question can pick it (dimensions: ${kpi.dimensions.join(', ') || 'none'})`;
  for (const [dim, condition] of Object.entries(m.default_where ?? {}) as [Dimension, string | undefined][]) {
    const at = `${path}.default_where.${dim}`;
    if (!kpi.dimensions.includes(dim)) problems.push({ file, path: at, message: `${unpickable(dim)}; a condition that always holds belongs in \`where\`` });
    for (const name of placeholdersIn(condition ?? '')) {
      if (!known.has(name)) problems.push({ file, path: at, message: `unknown placeholder {${name}} (use ${[...known].map((k) => `{${k}}`).join(', ')})` });
    }
  }
  if (m.whole_across === undefined) return;
  if (kpi.type !== 'ratio' || path !== 'denominator') {
    problems.push({ file, path: `${path}.whole_across`, message: "only a ratio's denominator can be whole across a dimension: every group of this measure would read the same" });
    return;
  }
  for (const dim of m.whole_across) {
    if (!kpi.dimensions.includes(dim)) problems.push({ file, path: `${path}.whole_across`, message: unpickable(dim) });
    if (m.default_where?.[dim] !== undefined) {
      problems.push({ file, path: `${path}.whole_across`, message: `${dim} is also in default_where: a measure whole across ${dim} reads every ${dim}` });
    }
  }
}

function checkDerived(
  kpi: KpiFile & { type: 'derived' },
  file: string,
  formula: CompiledFormula,
  byId: ReadonlyMap<string, { kpi: KpiFile }>,
  problems: CatalogProblem[],
): void {
  if (kpi.sample_from !== undefined && !byId.has(kpi.sample_from)) {
    problems.push({ file, path: 'sample_from', message: `unknown KPI ${kpi.sample_from}` });
  }
  const inputs = [...formula.variables, ...formula.previous].filter((v) => byId.has(v));
  for (const dim of kpi.dimensions) {
    const asInput: Dimension = dim === 'channel' || dim === 'source' ? 'acquisition_channel' : dim;
    for (const id of inputs) {
      const input = byId.get(id)?.kpi;
      if (input && !input.dimensions.includes(asInput)) {
        problems.push({ file, path: 'dimensions', message: `${dim} is not a dimension of input ${id}` });
      }
    }
  }
}

function checkCycles(
  formulas: ReadonlyMap<string, CompiledFormula>,
  byId: ReadonlyMap<string, { file: string }>,
  problems: CatalogProblem[],
): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      problems.push({ file: byId.get(id)?.file ?? id, path: 'formula_expr', message: `formulas refer to each other: ${[...path, id].join(' -> ')}` });
      return;
    }
    state.set(id, 'visiting');
    const f = formulas.get(id);
    for (const dep of f ? [...f.variables, ...f.previous] : []) if (byId.has(dep)) visit(dep, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of formulas.keys()) visit(id, []);
}

function tablesOf(
  id: string,
  byId: ReadonlyMap<string, { kpi: KpiFile }>,
  formulas: ReadonlyMap<string, CompiledFormula>,
  seen = new Set<string>(),
): TableName[] {
  if (seen.has(id)) return [];
  seen.add(id);
  const kpi = byId.get(id)?.kpi;
  if (!kpi) return [];
  const own = measuresOf(kpi).map(([, m]) => m.table);
  const f = formulas.get(id);
  const nested = f ? [...f.variables, ...f.previous].flatMap((dep) => tablesOf(dep, byId, formulas, seen)) : [];
  return [...new Set([...own, ...nested])];
}

/** Prepares every measure's compiled SQL against the real schema: typos in columns fail here, not in chat. */
async function checkSql(catalog: Catalog, store: Store): Promise<CatalogProblem[]> {
  const problems: CatalogProblem[] = [];
  const bounds = { startMs: 0, endMs: 1, startDate: '2000-01-01', endDate: '2000-01-02', startMonth: '2000-01', endMonth: '2000-02', days: 1 };
  const slice: SliceBounds = { current: bounds, previous: bounds };
  for (const kpi of catalog.list()) {
    for (const [path, measure] of measuresOf(kpi)) {
      const at = kpi.type === 'stock' ? kpi.at : undefined;
      const dims = kpi.dimensions.filter((d) => dimensionSource(measure.table, d));
      const variants: { problemPath: string; by: Dimension[] }[] = [{ problemPath: path, by: dims.slice(0, 2) }];
      // Default conditions hold only when no dimension is picked: prepare that SQL too.
      if (measure.default_where) variants.push({ problemPath: `${path}.default_where`, by: [] });
      for (const { problemPath, by } of variants) {
        try {
          const statement = compileMeasure({ measure, ...(at ? { at } : {}), slices: [slice], by, filters: {} }, store.dialect);
          await store.all(`EXPLAIN ${statement.sql}`, statement.params);
        } catch (e) {
          const message = (e as Error).message.split('\n')[0] ?? '';
          problems.push({ file: kpi.file, path: problemPath, message: `SQL does not run against the schema: ${message.replace(/^SQLITE_ERROR: /, '')}` });
          break;
        }
      }
    }
  }
  return problems;
}


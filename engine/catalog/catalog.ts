import type { KpiFile } from './kpi-schema.js';
import type { CompiledFormula } from '../formula/restricted-formula.js';
import type { Dimension, TableName } from '../schema/tables.js';
import { normalizeName } from './normalize-name.js';
import { closest } from './closest.js';

/** A KPI's name, definition, formula, caveats and example in the asker's language. */
export { kpiWords, type KpiLanguage, type KpiWords } from './kpi-words.js';

/** A validated KPI: its file's content plus what the loader worked out about it. */
export type KpiDef = KpiFile & {
  /** The file it came from, for messages. */
  readonly file: string;
  /** Every table the KPI reads, through derived inputs too. */
  readonly tables: readonly TableName[];
  /** For derived KPIs, the checked formula. */
  readonly compiled?: CompiledFormula;
};

/**
 * The KPI catalog: lookups by id, English name or alias (case- and accent-insensitive), and
 * suggestions for names that match nothing. Built only by `loadCatalog`, after validation.
 */
export class Catalog {
  private readonly byName = new Map<string, KpiDef>();

  constructor(readonly kpis: ReadonlyMap<string, KpiDef>) {
    for (const kpi of kpis.values()) {
      for (const name of namesOf(kpi)) this.byName.set(normalizeName(name), kpi);
    }
  }

  get(id: string): KpiDef | undefined {
    return this.kpis.get(id);
  }

  /** The KPI a user's word names, if any. */
  find(text: string): KpiDef | undefined {
    return this.kpis.get(text) ?? this.byName.get(normalizeName(text));
  }

  /** Closest KPI ids to an unknown name, best first. */
  suggest(text: string, limit = 3): string[] {
    const candidates: [string, string][] = [];
    for (const kpi of this.kpis.values()) for (const name of namesOf(kpi)) candidates.push([kpi.id, name]);
    return closest(text, candidates, limit);
  }

  list(): KpiDef[] {
    return [...this.kpis.values()];
  }

  /** Whether `kpi` may be broken down or filtered by `dim`. */
  allows(kpi: KpiDef, dim: Dimension): boolean {
    return kpi.dimensions.includes(dim);
  }
}

export function namesOf(kpi: KpiFile): string[] {
  return [kpi.id, kpi.name, ...kpi.aliases];
}

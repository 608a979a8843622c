import type { KpiArea, KpiUnit } from '../../engine/catalog/kpi-schema.js';

/** The words `list`, `define` and `help` put around the KPIs' own (engine/catalog/kpi-words.ts). */
export interface KpiInfoTexts {
  /** An area's heading in `list`. */
  readonly area: (area: KpiArea) => string;
  /** `Unit: percent; better when it goes down.` */
  readonly unitLine: (unit: KpiUnit, better: 'up' | 'down') => string;
  /** `Data: customers; by segment, region and any time grain.` Tables and dimensions are the names typed in questions. */
  readonly dataLine: (tables: readonly string[], dimensions: readonly string[]) => string;
  readonly formula: string;
  readonly caveats: string;
  readonly example: string;
  /** Before the other names people type for a KPI. */
  readonly also: string;
  /** The whole `help`. */
  readonly help: string;
}

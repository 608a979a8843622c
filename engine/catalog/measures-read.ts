import type { Catalog, KpiDef } from './catalog.js';
import type { Measure } from './kpi-schema.js';

/** The measures a KPI is computed from: its own, and a derived KPI's inputs' (through `previous()` too). */
export function measuresRead(catalog: Catalog, id: string): Measure[] {
  const out: Measure[] = [];
  const seen = new Set<string>();
  const visit = (kpi: KpiDef | undefined): void => {
    if (!kpi || seen.has(kpi.id)) return;
    seen.add(kpi.id);
    switch (kpi.type) {
      case 'simple':
      case 'stock':
        out.push(kpi.measure);
        return;
      case 'ratio':
        out.push(kpi.numerator, kpi.denominator);
        return;
      case 'derived':
        for (const input of [...(kpi.compiled?.variables ?? []), ...(kpi.compiled?.previous ?? [])]) visit(catalog.get(input));
        return;
    }
  };
  visit(catalog.get(id));
  return out;
}

import type { KpiResult } from '../engine/query/query.js';

/**
 * The stable JSON shape of an answer (`kpibot ask --json`): unrounded values, null for no value,
 * ISO dates with the end exclusive. Statements are left out; `explain` shows them.
 */
export function resultJson(r: KpiResult): Record<string, unknown> {
  return {
    metric: r.metric,
    name: r.name,
    value: r.value,
    unit: r.unit,
    better: r.better,
    period: r.period,
    sample: r.sample,
    small_sample: r.smallSample,
    data_through: r.dataThrough,
    by: r.by,
    filters: r.filters,
    ...(r.groups
      ? {
          groups: r.groups.map((g) => ({
            key: g.key,
            value: g.value,
            sample: g.sample,
            small_sample: g.smallSample === true,
            ...(g.compare ? { compare: g.compare } : {}),
          })),
        }
      : {}),
    ...(r.compare
      ? {
          compare: {
            kind: r.compare.kind,
            period: r.compare.period,
            value: r.compare.value,
            sample: r.compare.sample,
            delta: r.compare.delta,
            delta_pct: r.compare.deltaPct,
          },
        }
      : {}),
  };
}

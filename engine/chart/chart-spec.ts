import type { KpiResult } from '../query/query.js';
import { isTimeGrain } from '../schema/tables.js';

export type ChartKind = 'bar' | 'line';

/** The unit as an axis title says it. */
const UNIT_TITLE: Record<KpiResult['unit'], string> = {
  count: 'count',
  money: 'amount',
  percent: '%',
  points: 'points',
  ratio: 'ratio',
  index: 'index (0-100)',
  hours: 'hours',
  days: 'days',
  years: 'years',
};

/**
 * A Vega-Lite spec for a broken-down answer: a line per group over time for a time breakdown,
 * sorted bars otherwise. A pure function of the result; rendering to PNG is the renderer's job.
 * Returns null for a single number.
 */
export function chartSpec(r: KpiResult, prefer?: ChartKind): Readonly<Record<string, unknown>> | null {
  if (!r.groups || r.groups.length === 0) return null;
  const grain = r.by.find(isTimeGrain);
  const other = r.by.find((a) => !isTimeGrain(a));
  const kind: ChartKind = prefer ?? (grain ? 'line' : 'bar');
  const values = r.groups.map((g) => ({ ...g.key, value: g.value }));
  const y = { field: 'value', type: 'quantitative', title: `${r.name} (${UNIT_TITLE[r.unit]})` };
  const base = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: { text: r.name, subtitle: `${r.period.start} to ${r.period.end} (end exclusive), ${r.period.timezone}` },
    data: { values },
  };
  if (grain) {
    return {
      ...base,
      mark: kind === 'line' ? { type: 'line', point: true } : 'bar',
      encoding: {
        x: { field: grain, type: 'ordinal', title: grain },
        y,
        ...(other ? { color: { field: other, type: 'nominal', title: other } } : {}),
      },
    };
  }
  const dim = other ?? r.by[0] ?? 'group';
  return {
    ...base,
    mark: kind === 'line' ? { type: 'line', point: true } : 'bar',
    encoding: {
      y: { field: dim, type: 'nominal', sort: '-x', title: dim },
      x: { ...y },
      ...(r.by[1] ? { color: { field: r.by[1], type: 'nominal', title: r.by[1] } } : {}),
    },
  };
}

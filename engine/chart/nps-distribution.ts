import { isTimeGrain } from '../schema/tables.js';
import type { KpiResult } from '../query/query.js';
import { CHART_LIMITS, type ChartSpec } from './chart-types.js';
import { labelOf, subtitle } from './chart-text.js';

/** The three shares of NPS answers, from the same question asked of each. */
export interface NpsShares {
  readonly promoters: KpiResult;
  readonly passives: KpiResult;
  readonly detractors: KpiResult;
}

const NPS_COLORS = { promoters: '#2e7d32', passives: '#bdbdbd', detractors: '#c62828' } as const;

/**
 * The NPS distribution: promoters, passives and detractors stacked to 100% for each group (or
 * for the whole period), which shows what an NPS of +30 is made of.
 */
export function npsDistributionSpec(shares: NpsShares): ChartSpec {
  const r = shares.promoters;
  const dim = r.by.find((a) => !isTimeGrain(a)) ?? r.by[0];
  const rows: Record<string, unknown>[] = [];
  const push = (group: string, promoters: number | null, passives: number | null, detractors: number | null): void => {
    for (const [band, value, order] of [['promoters', promoters, 1], ['passives', passives, 2], ['detractors', detractors, 3]] as const) {
      rows.push({ group, band, order, value: value ?? 0 });
    }
  };
  const find = (res: KpiResult, key: Readonly<Record<string, string>>): number | null =>
    res.groups?.find((g) => Object.entries(key).every(([k, v]) => g.key[k] === v))?.value ?? null;
  if (dim && r.groups) {
    for (const g of r.groups) push(labelOf(g, r.by), g.value, find(shares.passives, g.key), find(shares.detractors, g.key));
  } else {
    push('all answers', r.value, shares.passives.value, shares.detractors.value);
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'NPS: promoters, passives, detractors', subtitle: subtitle(r) },
    width: 480,
    height: { step: 26 },
    data: { values: rows },
    transform: [{ calculate: "format(datum.value, '.0f') + '%'", as: 'text' }],
    encoding: { y: { field: 'group', type: 'nominal', sort: null, title: null, axis: { labelLimit: CHART_LIMITS.labelPx } } },
    layer: [
      {
        mark: 'bar',
        encoding: {
          x: { field: 'value', type: 'quantitative', stack: 'zero', title: '% of NPS answers', scale: { domain: [0, 100] }, axis: { labelExpr: "datum.value + '%'" } },
          color: { field: 'band', type: 'nominal', title: null, scale: { domain: Object.keys(NPS_COLORS), range: Object.values(NPS_COLORS) } },
          order: { field: 'order' },
        },
      },
      {
        mark: { type: 'text', dx: -4, align: 'right', color: 'white', fontSize: 11 },
        encoding: {
          x: { field: 'value', type: 'quantitative', stack: 'zero', bandPosition: 1 },
          order: { field: 'order' },
          text: { condition: { test: 'datum.value >= 8', field: 'text' }, value: '' },
          detail: { field: 'band' },
        },
      },
    ],
  };
}

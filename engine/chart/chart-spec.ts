import { DateTime } from 'luxon';
import type { GroupResult, KpiResult } from '../query/query.js';
import { isTimeGrain } from '../schema/tables.js';

export type ChartKind = 'bar' | 'line';
export type ChartSpec = Readonly<Record<string, unknown>>;

/** What a chart may hold before it degrades to the top groups plus "other". */
export const CHART_LIMITS = { bars: 12, series: 8, points: 400, labelPx: 160 } as const;

export interface ChartOptions {
  readonly currency: string;
  /** Force bars or lines (`as bar`). */
  readonly prefer?: ChartKind;
  /** The same KPI over the periods before this one, oldest first: the headline card's sparkline. */
  readonly trend?: readonly TrendPoint[];
  /** A target for the KPI (digests set them): a dashed line on the sparkline and a line of text. */
  readonly target?: number;
}

export interface TrendPoint {
  readonly label: string;
  readonly value: number | null;
}

/**
 * Vega-Lite specs for KPI answers, pure functions of the result: sorted bars with value labels
 * for a breakdown, a line per group for a time breakdown (the comparison period dashed), and a
 * headline card for a single number. Units show on axes and labels: percentages as %, money in
 * the workspace currency. Rendering to PNG is the renderer's job.
 */
export function chartSpec(r: KpiResult, options: ChartOptions): ChartSpec {
  const grain = r.by.find(isTimeGrain);
  if (!r.groups || r.groups.length === 0) return headlineCard(r, options);
  const fmt = numberFormat(r.unit, options.currency);
  const header = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: r.name, subtitle: subtitle(r) },
  };
  if (grain && (options.prefer ?? 'line') === 'line') return timeSeries(r, grain, fmt, header);
  return bars(r, fmt, header);
}

function bars(r: KpiResult, fmt: NumberFormat, header: object): ChartSpec {
  const dim = r.by.find((a) => !isTimeGrain(a)) ?? r.by[0] ?? 'group';
  const second = r.by.find((a) => a !== dim);
  const { groups, note } = capGroups(r.groups ?? [], CHART_LIMITS.bars, r.unit);
  // Sorted here, largest first, and drawn in data order: vega-lite cannot sort layered bars by value.
  const values = [...groups]
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity))
    .map((g) => ({ label: labelOf(g, r.by), ...g.key, value: g.value }));
  const y = { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelLimit: CHART_LIMITS.labelPx } };
  const x = { field: 'value', type: 'quantitative', title: `${r.name} (${fmt.unitTitle})`, axis: { labelExpr: fmt.expr('datum.value'), tickCount: 5 } };
  return {
    ...header,
    ...(note ? { title: { text: r.name, subtitle: [subtitle(r), note] } } : {}),
    width: 480,
    height: { step: 24 },
    data: { values },
    layer: [
      { mark: { type: 'bar', color: '#4c78a8', cornerRadiusEnd: 2 }, encoding: { y, x, ...(second ? { color: { field: second, type: 'nominal' } } : {}) } },
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 11, color: '#333' },
        encoding: { y, x: { field: 'value', type: 'quantitative' }, text: { field: 'text' } },
        transform: [{ calculate: fmt.expr('datum.value'), as: 'text' }],
      },
    ],
  };
}

function timeSeries(r: KpiResult, grain: string, fmt: NumberFormat, header: object): ChartSpec {
  const series = r.by.find((a) => !isTimeGrain(a));
  const points: Record<string, unknown>[] = [];
  const seriesTotals = new Map<string, number>();
  for (const g of r.groups ?? []) {
    const name = series ? (g.key[series] ?? '') : r.name;
    seriesTotals.set(name, (seriesTotals.get(name) ?? 0) + Math.abs(g.value ?? 0));
  }
  const kept = new Set([...seriesTotals].sort((a, b) => b[1] - a[1]).slice(0, CHART_LIMITS.series).map(([n]) => n));
  for (const g of r.groups ?? []) {
    const name = series ? (g.key[series] ?? '') : r.name;
    if (!kept.has(name)) continue;
    points.push({ t: g.key[grain], series: name, period: 'this period', value: g.value });
    if (g.compare) points.push({ t: g.key[grain], series: name, period: 'compared', value: g.compare.value });
  }
  const capped = points.slice(0, CHART_LIMITS.points);
  const dropped = seriesTotals.size - kept.size;
  return {
    ...header,
    ...(dropped > 0 || capped.length < points.length
      ? { title: { text: r.name, subtitle: [subtitle(r), `top ${kept.size} of ${seriesTotals.size} ${series ?? ''}`.trim()] } }
      : {}),
    // Phones show chart images about 400 px wide: 480 at 2x stays sharp there and on a desktop.
    width: 480,
    height: 240,
    data: { values: capped },
    mark: { type: 'line', point: { size: 30 }, strokeWidth: 2 },
    encoding: {
      x: { field: 't', type: 'ordinal', title: grain, axis: { labelAngle: -45, labelOverlap: 'greedy' } },
      y: { field: 'value', type: 'quantitative', title: `${r.name} (${fmt.unitTitle})`, axis: { labelExpr: fmt.expr('datum.value'), tickCount: 5 } },
      color: series ? { field: 'series', type: 'nominal', title: series } : { value: '#4c78a8' },
      strokeDash: {
        field: 'period',
        type: 'nominal',
        scale: { domain: ['this period', 'compared'], range: [[1, 0], [5, 4]] },
        legend: r.compare ? { title: null } : null,
      },
      detail: { field: 'period' },
    },
  };
}

/** A single number as a card: the value, the change and what it is compared with. */
function headlineCard(r: KpiResult, options: ChartOptions): ChartSpec {
  const fmt = numberFormat(r.unit, options.currency);
  const lines: { y: number; text: string; size: number; color: string }[] = [
    { y: 0, text: r.value === null ? 'no data' : fmtValue(r.value, fmt), size: 40, color: '#222' },
    ...(r.compare
      ? [{
          y: 52,
          text: `${r.compare.delta === null ? '' : `${r.compare.delta > 0 ? '▲' : r.compare.delta < 0 ? '▼' : '●'} ${r.unit === 'percent' ? `${fmtValue(Math.abs(r.compare.delta), { ...fmt, suffix: '' })} pp` : fmtValue(Math.abs(r.compare.delta), fmt)}`} vs ${r.compare.period.label} (${r.compare.value === null ? 'no data' : fmtValue(r.compare.value, fmt)})`,
          size: 14,
          color: r.compare.delta === null || r.compare.delta === 0 ? '#666' : (r.compare.delta > 0) === (r.better === 'up') ? '#2e7d32' : '#c62828',
        }]
      : []),
  ];
  const target = options.target;
  if (target !== undefined) {
    const met = r.value !== null && (r.better === 'up' ? r.value >= target : r.value <= target);
    lines.push({ y: lines.length === 1 ? 52 : 78, text: `target ${fmtValue(target, fmt)}: ${r.value === null ? 'no data' : met ? 'met' : 'not met'}`, size: 13, color: met ? '#2e7d32' : '#c62828' });
  }
  if (r.sample !== null) {
    lines.push({ y: 52 + 26 * (lines.length - 1), text: `sample ${r.sample.toLocaleString('en-US')}${r.smallSample ? ' (small)' : ''}`, size: 11, color: '#888' });
  }
  const card = {
    width: 320,
    height: 52 + 26 * (lines.length - 1) + 14,
    data: { values: lines },
    mark: { type: 'text', align: 'left', baseline: 'top' },
    encoding: {
      x: { value: 0 },
      y: { field: 'y', type: 'quantitative', scale: null },
      text: { field: 'text' },
      size: { field: 'size', type: 'quantitative', scale: null },
      color: { field: 'color', type: 'nominal', scale: null },
    },
  };
  const header = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', title: { text: r.name, subtitle: subtitle(r) } };
  const trend = (options.trend ?? []).filter((p) => p.value !== null);
  if (trend.length < 2) return { ...header, ...card };
  const last = trend.length - 1;
  const sparkline = {
    width: 180,
    height: 70,
    title: { text: `${trend.length} periods to ${trend[last]?.label ?? ''}`, orient: 'bottom', fontSize: 10, color: '#888', anchor: 'start' },
    data: { values: trend.map((p, i) => ({ ...p, i, last: i === last })) },
    layer: [
      { mark: { type: 'line', color: '#4c78a8', strokeWidth: 2 }, encoding: { x: SPARK_X, y: SPARK_Y } },
      { mark: { type: 'point', filled: true, size: 40, color: '#4c78a8' }, transform: [{ filter: 'datum.last' }], encoding: { x: SPARK_X, y: SPARK_Y } },
      // The target spans the whole width: it has no x of its own.
      ...(target !== undefined
        ? [{ mark: { type: 'rule', strokeDash: [4, 3], color: '#888' }, encoding: { y: { datum: target, type: 'quantitative' } } }]
        : []),
    ],
  };
  return { ...header, hconcat: [card, sparkline], spacing: 16, config: { view: { stroke: null } } };
}

const SPARK_X = { field: 'i', type: 'quantitative', axis: null };
const SPARK_Y = { field: 'value', type: 'quantitative', axis: null, scale: { zero: false } };

/** Dates as people read them, in the workspace time zone the period was resolved in. */
function subtitle(r: KpiResult): string {
  const start = DateTime.fromISO(r.period.start);
  const last = DateTime.fromISO(r.period.end).minus({ days: 1 });
  const span = start.equals(last) ? start.toFormat('d LLL yyyy') : `${start.toFormat('d LLL yyyy')} – ${last.toFormat('d LLL yyyy')}`;
  const filters = Object.entries(r.filters).map(([d, v]) => `${d} = ${(v ?? []).join(', ')}`);
  return [`${r.period.label}: ${span} (${r.period.timezone})`, ...filters].join(' · ');
}

function labelOf(g: GroupResult, by: readonly string[]): string {
  return by.map((a) => g.key[a] ?? '').filter((part) => part !== '').join(' · ');
}

/**
 * The largest groups, and the rest as one "other" bar where the unit adds up (counts, money);
 * a rate of "other" cannot be made from the groups' rates, so those just show the top.
 */
function capGroups(groups: readonly GroupResult[], limit: number, unit: KpiResult['unit']): { groups: readonly GroupResult[]; note: string | undefined } {
  if (groups.length <= limit) return { groups, note: undefined };
  const sorted = [...groups].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
  if (unit === 'count' || unit === 'money') {
    const rest = sorted.slice(limit - 1);
    const other: GroupResult = { key: { [Object.keys(rest[0]?.key ?? {})[0] ?? 'group']: `other (${rest.length})` }, value: rest.reduce((s, g) => s + (g.value ?? 0), 0), sample: null };
    return { groups: [...sorted.slice(0, limit - 1), other], note: `top ${limit - 1} of ${groups.length} and the rest as other` };
  }
  return { groups: sorted.slice(0, limit), note: `top ${limit} of ${groups.length}` };
}

interface NumberFormat {
  readonly unitTitle: string;
  /** A vega expression formatting the number in `field`. */
  expr(field: string): string;
  readonly d3: string;
  readonly prefix: string;
  readonly suffix: string;
}

function numberFormat(unit: KpiResult['unit'], currency: string): NumberFormat {
  const make = (d3: string, prefix: string, suffix: string, unitTitle: string): NumberFormat => ({
    d3,
    prefix,
    suffix,
    unitTitle,
    expr: (field) => `${JSON.stringify(prefix)} + format(${field}, ${JSON.stringify(d3)}) + ${JSON.stringify(suffix)}`,
  });
  switch (unit) {
    case 'percent':
      return make(',.1f', '', '%', '%');
    case 'money': {
      const symbol = new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
        .formatToParts(0)
        .find((p) => p.type === 'currency')?.value ?? currency;
      return make(',.3~s', symbol, '', currency);
    }
    case 'count':
      return make(',.0f', '', '', 'count');
    case 'points':
      return make('+,.1f', '', '', 'points');
    case 'hours':
      return make(',.1f', '', ' h', 'hours');
    case 'days':
      return make(',.1f', '', ' d', 'days');
    case 'years':
      return make(',.2f', '', ' y', 'years');
    case 'ratio':
      return make(',.2f', '', '', 'ratio');
    case 'index':
      return make(',.1f', '', '', 'index 0-100');
  }
}

/** The same format as the chart's labels, done here for the headline card's text. */
function fmtValue(value: number, fmt: NumberFormat): string {
  const digits = fmt.d3.includes('.0f') ? 0 : fmt.d3.includes('.2f') ? 2 : 1;
  const body = fmt.d3.endsWith('s')
    ? new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 }).format(value)
    : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${fmt.d3.startsWith('+') && value > 0 ? '+' : ''}${fmt.prefix}${body}${fmt.suffix}`;
}

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

/**
 * Several KPIs of one question side by side, each with its own scale: the sheet a digest (and a
 * question like `revenue, orders this-year by month`) shows.
 */
export function smallMultiplesSpec(results: readonly KpiResult[], options: ChartOptions): ChartSpec {
  const first = results[0];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: results.map((r) => r.name).join(' · '), subtitle: first ? subtitle(first) : '' },
    columns: 2,
    concat: results.map((r) => {
      // Sub-charts of a concatenation carry no $schema of their own.
      const rest = Object.fromEntries(Object.entries(chartSpec(r, options)).filter(([k]) => k !== '$schema'));
      return { ...rest, title: { text: r.name, fontSize: 13 }, width: 280, ...(rest['height'] === 240 ? { height: 150 } : {}) };
    }),
    resolve: { scale: { y: 'independent', x: 'independent', color: 'independent' } },
  };
}

import type { GroupResult, KpiResult } from '../query/query.js';
import { numberFormat, type NumberFormat } from './chart-format.js';
import { labelOf, subtitle } from './chart-text.js';
import type { ChartTexts } from './chart-texts.js';
import { headlineCard } from './headline-card.js';
import { isTimeGrain, type TimeGrain } from '../schema/tables.js';

import { CHART_LIMITS, chartVoice, type ChartOptions, type ChartSpec, type ChartVoice } from './chart-types.js';

export { CHART_LIMITS, type ChartKind, type ChartLanguage, type ChartOptions, type ChartSpec, type TrendPoint } from './chart-types.js';

/**
 * Vega-Lite specs for KPI answers, pure functions of the result: sorted bars with value labels
 * for a breakdown, a line per group for a time breakdown (the comparison period dashed), and a
 * headline card for a single number. Units show on axes and labels: percentages as %, money in
 * the workspace currency. Rendering to PNG is the renderer's job. Words come from
 * `options.texts` and numbers and dates are written in `options.locale` (English, en-US).
 */
export function chartSpec(r: KpiResult, options: ChartOptions): ChartSpec {
  const grain = r.by.find(isTimeGrain);
  if (!r.groups || r.groups.length === 0) return headlineCard(r, options);
  const voice = chartVoice(options);
  const fmt = numberFormat(r.unit, options.currency, voice.locale, voice.texts.unitTitle(r.unit, options.currency));
  const header = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: r.name, subtitle: subtitle(r, voice.texts, voice.locale) },
    config: localeConfig(voice),
  };
  if (grain && (options.prefer ?? 'line') === 'line') return timeSeries(r, grain, fmt, header, voice);
  return bars(r, fmt, header, voice);
}

/** The spec's locale, which vega applies to every `format` and axis of it (see d3-locale.ts). */
export function localeConfig(voice: ChartVoice): { locale: ChartVoice['d3'] } {
  return { locale: voice.d3 };
}

function bars(r: KpiResult, fmt: NumberFormat, header: object, voice: ChartVoice): ChartSpec {
  const t = voice.texts;
  const dim = r.by.find((a) => !isTimeGrain(a)) ?? r.by[0] ?? 'group';
  const second = r.by.find((a) => a !== dim);
  const { groups, other, note } = capGroups(r.groups ?? [], CHART_LIMITS.bars, r.unit, t);
  const isOther = (g: GroupResult): boolean => g === other;
  // Sorted here, largest first, and drawn in data order: vega-lite cannot sort layered bars by value.
  const values = [...groups]
    .sort((a, b) => Number(isOther(a)) - Number(isOther(b)) || (b.value ?? -Infinity) - (a.value ?? -Infinity))
    .map((g) => ({ label: labelOf(g, r.by), ...g.key, value: g.value, before: g.compare?.value ?? null, partial: g.partial !== undefined }));
  // The comparison period's value of each group is a dark tick across its bar, like a bullet chart.
  const ticks = r.compare !== undefined && values.some((v) => v.before !== null);
  const y = { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelLimit: CHART_LIMITS.labelPx } };
  const x = { field: 'value', type: 'quantitative', title: `${r.name} (${fmt.unitTitle})`, axis: { labelExpr: fmt.expr('datum.value'), tickCount: 5 } };
  const partial = values.some((v) => v.partial);
  const lines = [
    subtitle(r, t, voice.locale),
    ...(ticks && r.compare ? [t.darkTicks(t.comparedWith(t.periodName(r.compare.period.label), r.compare.kind))] : []),
    ...(partial ? [t.lighterBarsPartial] : []),
    ...(note ? [note] : []),
  ];
  return {
    ...header,
    ...(lines.length > 1 ? { title: { text: r.name, subtitle: lines } } : {}),
    width: 480,
    height: { step: 24 },
    data: { values },
    layer: [
      {
        mark: { type: 'bar', color: '#4c78a8', cornerRadiusEnd: 2 },
        // A partial period's bar is lighter: it is not a whole one beside the others.
        encoding: { y, x, opacity: { condition: { test: 'datum.partial', value: 0.4 }, value: 1 }, ...(second ? { color: { field: second, type: 'nominal' } } : {}) },
      },
      ...(ticks
        ? [{
            mark: { type: 'tick', color: '#222', thickness: 2, size: 20 },
            transform: [{ filter: 'datum.before !== null' }],
            encoding: { y, x: { field: 'before', type: 'quantitative' } },
          }]
        : []),
      {
        // At the bar's end, drawn over the tick where the two meet: the label belongs to the bar.
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 11, color: '#333' },
        encoding: { y, x: { field: 'value', type: 'quantitative' }, text: { field: 'text' } },
        transform: [{ calculate: fmt.expr('datum.value'), as: 'text' }],
      },
    ],
  };
}

function timeSeries(r: KpiResult, grain: TimeGrain, fmt: NumberFormat, header: object, voice: ChartVoice): ChartSpec {
  const t = voice.texts;
  const series = r.by.find((a) => !isTimeGrain(a));
  const seriesTotals = new Map<string, number>();
  for (const g of r.groups ?? []) {
    const name = series ? (g.key[series] ?? '') : r.name;
    seriesTotals.set(name, (seriesTotals.get(name) ?? 0) + Math.abs(g.value ?? 0));
  }
  const kept = new Set([...seriesTotals].sort((a, b) => b[1] - a[1]).slice(0, CHART_LIMITS.series).map(([n]) => n));
  const points: Point[] = [];
  for (const g of r.groups ?? []) {
    const name = series ? (g.key[series] ?? '') : r.name;
    if (!kept.has(name)) continue;
    const partial = g.partial !== undefined;
    points.push({ t: g.key[grain] ?? '', series: name, period: 'current', value: g.value, partial });
    if (g.compare) points.push({ t: g.key[grain] ?? '', series: name, period: 'compared', value: g.compare.value, partial });
  }
  const capped = points.slice(0, CHART_LIMITS.points);
  const dropped = seriesTotals.size - kept.size;
  const anyPartial = capped.some((p) => p.partial);
  const lines = [
    subtitle(r, t, voice.locale),
    ...(dropped > 0 || capped.length < points.length ? [t.top(kept.size, seriesTotals.size, series ?? '')] : []),
    ...(anyPartial ? [t.hollowPointsPartial] : []),
  ];
  const x = { field: 't', type: 'ordinal', title: t.grain(grain), axis: { labelAngle: -45, labelOverlap: 'greedy', ...timeLabels(grain, t) } };
  const y = { field: 'value', type: 'quantitative', title: `${r.name} (${fmt.unitTitle})`, axis: { labelExpr: fmt.expr('datum.value'), tickCount: 5 } };
  const color = series ? { field: 'series', type: 'nominal', title: series } : { value: '#4c78a8' };
  return {
    ...header,
    ...(lines.length > 1 ? { title: { text: r.name, subtitle: lines } } : {}),
    // Phones show chart images about 400 px wide: 480 at 2x stays sharp there and on a desktop.
    width: 480,
    height: 240,
    layer: [
      {
        // One two-point segment per step, so a step into or out of a partial period is dotted.
        data: { values: segments(capped, t.lines) },
        mark: { type: 'line', strokeWidth: 2 },
        encoding: {
          x,
          y,
          color,
          strokeDash: {
            field: 'style',
            type: 'nominal',
            scale: { domain: [t.lines.current, t.lines.compared, t.lines.partial], range: [[1, 0], [5, 4], [2, 3]] },
            legend: r.compare ? { title: null } : null,
          },
          detail: { field: 'segment' },
        },
      },
      // Whole periods as filled points, partial ones hollow.
      { data: { values: capped }, transform: [{ filter: '!datum.partial' }], mark: { type: 'point', filled: true, size: 36, opacity: 1 }, encoding: { x, y, color } },
      {
        data: { values: capped },
        transform: [{ filter: 'datum.partial' }],
        mark: { type: 'point', filled: false, fill: 'white', size: 36, strokeWidth: 2, opacity: 1 },
        encoding: { x, y, color },
      },
    ],
  };
}

interface Point {
  readonly t: string;
  readonly series: string;
  readonly period: 'current' | 'compared';
  readonly value: number | null;
  readonly partial: boolean;
}

/** Consecutive points of each line as segments; a segment that touches a partial point is `partial`. */
function segments(points: readonly Point[], names: ChartTexts['lines']): Record<string, unknown>[] {
  const lines = new Map<string, Point[]>();
  for (const p of points) {
    const key = `${p.series}\u0001${p.period}`;
    lines.set(key, [...(lines.get(key) ?? []), p]);
  }
  const out: Record<string, unknown>[] = [];
  let n = 0;
  for (const line of lines.values()) {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1];
      const b = line[i];
      if (!a || !b) continue;
      const style = names[a.partial || b.partial ? 'partial' : a.period];
      for (const p of [a, b]) out.push({ t: p.t, value: p.value, series: p.series, style, segment: n });
      n++;
    }
    // A line of one point has no segment; the point layer still draws it.
  }
  return out;
}

/** The second axis of the "other" bar, which mixes many: blank, so its label is just "other (N)". */
const OTHER = '';

/**
 * Time keys as the language writes them on an axis: the bucket's first day in `texts.timeAxis`'s
 * d3 format, read in the spec's locale (`fev. 2026`); keys of grains it has no format for
 * (weeks, quarters, fiscal years) stay as they are.
 */
function timeLabels(grain: TimeGrain, t: ChartTexts): { labelExpr?: string } {
  const format = grain === 'month' || grain === 'day' ? t.timeAxis[grain] : undefined;
  if (format === undefined) return {};
  // Keys are dates in the period's own zone; read as UTC and written as UTC, they keep their day.
  const day = grain === 'month' ? "toDate(datum.value + '-01')" : 'toDate(datum.value)';
  const starts = grain === 'month' ? `utcmonth(${day}) === 0` : `utcdate(${day}) === 1`;
  return { labelExpr: `utcFormat(${day}, datum.index === 0 || ${starts} ? ${JSON.stringify(format.first)} : ${JSON.stringify(format.next)})` };
}

/**
 * The largest groups, and the rest as one "other" bar where the unit adds up (counts, money);
 * a rate of "other" cannot be made from the groups' rates, so those just show the top.
 */
function capGroups(
  groups: readonly GroupResult[],
  limit: number,
  unit: KpiResult['unit'],
  t: ChartTexts,
): { groups: readonly GroupResult[]; other?: GroupResult; note: string | undefined } {
  if (groups.length <= limit) return { groups, note: undefined };
  const sorted = [...groups].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
  if (unit === 'count' || unit === 'money') {
    const rest = sorted.slice(limit - 1);
    // Every axis of the key is named, or a legend over the second one would read "undefined".
    const [first = 'group', ...others] = Object.keys(rest[0]?.key ?? {});
    const key = { [first]: t.other(rest.length), ...Object.fromEntries(others.map((a) => [a, OTHER])) };
    const other: GroupResult = { key, value: rest.reduce((s, g) => s + (g.value ?? 0), 0), sample: null };
    return { groups: [...sorted.slice(0, limit - 1), other], other, note: t.topAndOther(limit - 1, groups.length) };
  }
  return { groups: sorted.slice(0, limit), note: t.top(limit, groups.length, '') };
}

import type { KpiResult } from '../query/query.js';
import { chartVoice, type ChartOptions, type ChartSpec } from './chart-types.js';
import { fmtValue, numberFormat, type NumberFormat } from './chart-format.js';
import { subtitle } from './chart-text.js';

/** A single number as a card: the value, the change and what it is compared with. */
export function headlineCard(r: KpiResult, options: ChartOptions): ChartSpec {
  const voice = chartVoice(options);
  const t = voice.texts;
  const card = t.card;
  const fmt = numberFormat(r.unit, options.currency, voice.locale);
  const lines: { y: number; text: string; size: number; color: string }[] = [
    { y: 0, text: r.value === null ? card.noData : fmtValue(r.value, fmt), size: 40, color: '#222' },
    ...(r.compare
      ? [{
          y: 52,
          text: card.versus(
            r.compare.delta === null ? '' : `${r.compare.delta > 0 ? '▲' : r.compare.delta < 0 ? '▼' : '●'} ${magnitude(r.compare.delta, r.unit, fmt, card.percentagePoints)}`,
            t.periodName(r.compare.period.label),
            r.compare.value === null ? card.noData : fmtValue(r.compare.value, fmt),
          ).trim(),
          size: 14,
          color: r.compare.delta === null || r.compare.delta === 0 ? '#666' : (r.compare.delta > 0) === (r.better === 'up') ? '#2e7d32' : '#c62828',
        }]
      : []),
  ];
  const target = options.target;
  if (target !== undefined) {
    const met = r.value !== null && (r.better === 'up' ? r.value >= target : r.value <= target);
    // A period read to date has not failed its target yet: it is only behind so far.
    const open = r.period.asOf !== undefined && !met;
    const verdict = r.value === null ? 'no data' : met ? 'met' : open ? 'not met so far' : 'not met';
    lines.push({ y: lines.length === 1 ? 52 : 78, text: card.target(fmtValue(target, fmt), verdict), size: 13, color: met ? '#2e7d32' : open ? '#666' : '#c62828' });
  }
  if (r.sample !== null) {
    lines.push({ y: 52 + 26 * (lines.length - 1), text: card.sample(r.sample.toLocaleString(voice.locale), r.smallSample === true), size: 11, color: '#888' });
  }
  const drawn = {
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
  const header = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: r.name, subtitle: subtitle(r, t, voice.locale) },
    config: { locale: voice.d3 },
  };
  const trend = (options.trend ?? []).filter((p) => p.value !== null);
  if (trend.length < 2) return { ...header, ...drawn };
  const last = trend.length - 1;
  const sparkline = {
    width: 180,
    height: 70,
    title: { text: card.trend(trend.length, trend[last]?.label ?? ''), orient: 'bottom', fontSize: 10, color: '#888', anchor: 'start' },
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
  return { ...header, hconcat: [drawn, sparkline], spacing: 16, config: { ...header.config, view: { stroke: null } } };
}

/** The size of a change, unsigned (the arrow gives its direction): NPS points lose their `+`, percentages read in pp. */
function magnitude(delta: number, unit: KpiResult['unit'], fmt: NumberFormat, pp: string): string {
  const plain = { ...fmt, d3: fmt.d3.replace(/^\+/, '') };
  return unit === 'percent' ? `${fmtValue(Math.abs(delta), { ...plain, suffix: '' })} ${pp}` : fmtValue(Math.abs(delta), plain);
}

const SPARK_X = { field: 'i', type: 'quantitative', axis: null };
const SPARK_Y = { field: 'value', type: 'quantitative', axis: null, scale: { zero: false } };

import type { ChangeDecomposition } from '../query/decompose-change.js';
import { contributorLabel, type TopContributors } from '../query/top-contributors.js';
import { fmtValue, numberFormat, type NumberFormat } from './chart-format.js';
import { periodSpan } from './chart-text.js';
import { chartVoice, type ChartLanguage, type ChartSpec } from './chart-types.js';
import type { ChartTexts } from './chart-texts.js';

const GOOD = '#2e7d32';
const BAD = '#c62828';
/** A derived KPI's group changes, which are no parts of the total: neither good nor bad news of it. */
const NEUTRAL = '#4c78a8';

/**
 * What moved a KPI, as diverging bars: one bar per group that accounts for most of the change,
 * largest first, a part that raised the KPI to the right of zero and one that lowered it to the
 * left, green when that is good news for the KPI and red when it is bad. The value labels sit at
 * the bars' outer ends, in the change's own terms (+1.60 pp, −$120).
 */
export function contributionBarsSpec(d: ChangeDecomposition, top: TopContributors, options: { readonly currency: string } & ChartLanguage): ChartSpec {
  const voice = chartVoice(options);
  const t = voice.texts;
  const why = t.why;
  const fmt = changeFormat(d.unit, options.currency, voice.locale, t);
  const expr = signedExpr(fmt);
  const parts = top.kind !== 'deltas';
  const values = top.items.map((item) => {
    const value = 'contribution' in item.group ? item.group.contribution : (item.group.delta ?? 0);
    const up = value > 0;
    return {
      label: contributorLabel(item.by, item.group.key),
      value,
      color: !parts ? NEUTRAL : up === (d.better === 'up') ? GOOD : BAD,
    };
  });
  const largest = Math.max(0, ...values.map((v) => Math.abs(v.value)));
  // Room beyond the longest bar on each side it reaches, for its label.
  const room = largest * 0.3;
  const low = Math.min(0, ...values.map((v) => v.value));
  const high = Math.max(0, ...values.map((v) => v.value));
  const domain = [low < 0 ? low - room : 0, high > 0 ? high + room : 0];
  const y = { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelLimit: LABEL_PX, domain: false, ticks: false } };
  const x = {
    field: 'value',
    type: 'quantitative',
    title: parts ? why.partsAxis(fmt.unitTitle) : why.ownChangeAxis(fmt.unitTitle),
    scale: { domain: largest === 0 ? [-1, 1] : domain, nice: false, zero: true },
    axis: { labelExpr: expr('datum.value'), tickCount: 5 },
  };
  const text = (align: 'left' | 'right', test: string) => ({
    mark: { type: 'text', align, dx: align === 'left' ? 4 : -4, fontSize: 11, color: '#333' },
    transform: [{ filter: test }, { calculate: expr('datum.value'), as: 'text' }],
    encoding: { y, x: { field: 'value', type: 'quantitative' }, text: { field: 'text' } },
  });
  const change = d.delta === null ? t.card.noData : d.delta === 0 ? why.noChange : formatSigned(d.delta, fmt);
  const noise = d.noise.kind !== 'none' && d.noise.within ? formatSigned(2 * d.noise.se, fmt).replace(/^\+/, '') : undefined;
  const subtitle = [
    why.periods(t.periodName(d.period.label), periodSpan(d.period, voice.locale), t.periodName(d.compare.period.label), periodSpan(d.compare.period, voice.locale), d.period.timezone),
    why.change(change, noise),
    parts ? why.partsLegend : why.formulaLegend,
    ...(top.of > top.items.length ? [why.topGroups(top.items.length, top.of)] : []),
  ];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: why.title(d.name), subtitle },
    config: { locale: voice.d3 },
    width: 480,
    height: { step: 26 },
    data: { values },
    layer: [
      { mark: { type: 'bar', cornerRadiusEnd: 2 }, encoding: { y, x, color: { field: 'color', type: 'nominal', scale: null, legend: null } } },
      { mark: { type: 'rule', color: '#666' }, encoding: { x: { datum: 0, type: 'quantitative' } } },
      text('left', 'datum.value >= 0'),
      text('right', 'datum.value < 0'),
    ],
  };
}

/** Labels for a group's share of a change: wider than the bar charts', since pairs name two groups and their dimensions. */
const LABEL_PX = 220;

/**
 * How a change reads: the unit's own format without its sign, which is added apart, and a
 * change of a percentage in percentage points to two decimals, as the table says it.
 */
function changeFormat(unit: ChangeDecomposition['unit'], currency: string, locale?: string, t?: ChartTexts): NumberFormat {
  const pp = t?.card.percentagePoints ?? 'pp';
  const fmt = numberFormat(unit, currency, locale, t?.unitTitle(unit, currency));
  if (unit === 'percent') return { ...fmt, d3: ',.2f', suffix: ` ${pp}`, unitTitle: pp };
  return { ...fmt, d3: fmt.d3.replace(/^\+/, '') };
}

/** A vega expression for a signed change: `+1.60 pp`, `−$1.2k`, `−3`. */
function signedExpr(fmt: NumberFormat): (field: string) => string {
  return (field) =>
    `(${field} > 0 ? '+' : ${field} < 0 ? '−' : '') + ${JSON.stringify(fmt.prefix)} + format(abs(${field}), ${JSON.stringify(fmt.d3)}) + ${JSON.stringify(fmt.suffix)}`;
}

/** The same as `signedExpr`, for text. */
function formatSigned(value: number, fmt: NumberFormat): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${fmtValue(Math.abs(value), fmt)}`;
}

/** One sentence a screen reader can say instead of the chart. */
export function contributionBarsAlt(d: ChangeDecomposition, top: TopContributors, options: { readonly currency: string }): string {
  const fmt = changeFormat(d.unit, options.currency);
  const items = top.items.map((item) => {
    const value = 'contribution' in item.group ? item.group.contribution : (item.group.delta ?? 0);
    return `${contributorLabel(item.by, item.group.key)} ${formatSigned(value, fmt)}`;
  });
  const change = d.delta === null ? 'no data' : formatSigned(d.delta, fmt);
  return `${d.name} changed ${change}, ${d.period.label} vs ${d.compare.period.label}${items.length > 0 ? `; ${top.kind === 'deltas' ? 'groups that changed most' : 'largest parts'}: ${items.join(', ')}` : ''}.`;
}

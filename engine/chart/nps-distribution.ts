import { isTimeGrain } from '../schema/tables.js';
import type { KpiResult } from '../query/query.js';
import { CHART_LIMITS, chartVoice, type ChartLanguage, type ChartSpec } from './chart-types.js';
import { labelOf, subtitle } from './chart-text.js';
import { ENGLISH_CHART_TEXTS, type ChartTexts, type NpsTexts } from './chart-texts.js';
import { numberFormat } from './chart-format.js';

/** The three shares of NPS answers, from the same question asked of each. */
export interface NpsShares {
  readonly promoters: KpiResult;
  readonly passives: KpiResult;
  readonly detractors: KpiResult;
}

const NPS_COLORS = { promoters: '#2e7d32', passives: '#bdbdbd', detractors: '#c62828' } as const;
const BANDS = ['promoters', 'passives', 'detractors'] as const;

/** One bar of the chart: a group's (or the whole period's) three shares, in percent. */
interface Bands {
  readonly group: string;
  readonly promoters: number | null;
  readonly passives: number | null;
  readonly detractors: number | null;
}

/** The bars: one per group of the first non-time breakdown, else one for all answers. */
function barsOf(shares: NpsShares, nps: NpsTexts): Bands[] {
  const r = shares.promoters;
  const dim = r.by.find((a) => !isTimeGrain(a)) ?? r.by[0];
  const find = (res: KpiResult, key: Readonly<Record<string, string>>): number | null =>
    res.groups?.find((g) => Object.entries(key).every(([k, v]) => g.key[k] === v))?.value ?? null;
  if (dim && r.groups) {
    return r.groups.map((g) => ({ group: labelOf(g, r.by), promoters: g.value, passives: find(shares.passives, g.key), detractors: find(shares.detractors, g.key) }));
  }
  return [{ group: nps.allAnswers, promoters: r.value, passives: shares.passives.value, detractors: shares.detractors.value }];
}

/**
 * The NPS distribution: promoters, passives and detractors stacked to 100% for each group (or
 * for the whole period), which shows what an NPS of +30 is made of.
 */
export function npsDistributionSpec(shares: NpsShares, options: ChartLanguage = {}): ChartSpec {
  const r = shares.promoters;
  // Percentages need no currency; any will do for the locale.
  const voice = chartVoice({ ...options, currency: 'USD' });
  const nps = voice.texts.nps;
  const percent = numberFormat('percent', 'USD', voice.locale).suffix;
  const rows = barsOf(shares, nps).flatMap((b) =>
    BANDS.map((band, i) => ({ group: b.group, band: nps[band], order: i + 1, value: b[band] ?? 0 })),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: nps.title, subtitle: subtitle(r, voice.texts, voice.locale) },
    config: { locale: voice.d3 },
    width: 480,
    height: { step: 26 },
    data: { values: rows },
    transform: [{ calculate: `format(datum.value, '.0f') + ${JSON.stringify(percent)}`, as: 'text' }],
    encoding: { y: { field: 'group', type: 'nominal', sort: null, title: null, axis: { labelLimit: CHART_LIMITS.labelPx } } },
    layer: [
      {
        mark: 'bar',
        encoding: {
          x: { field: 'value', type: 'quantitative', stack: 'zero', title: nps.axis, scale: { domain: [0, 100] }, axis: { labelExpr: `format(datum.value, 'd') + ${JSON.stringify(percent)}` } },
          color: { field: 'band', type: 'nominal', title: null, scale: { domain: BANDS.map((b) => nps[b]), range: BANDS.map((b) => NPS_COLORS[b]) } },
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

/** The chart in words for screen readers: each bar's three shares, as the labels show them. */
export function npsDistributionAlt(shares: NpsShares, options: { texts?: ChartTexts; locale?: string } = {}): string {
  const t = options.texts ?? ENGLISH_CHART_TEXTS;
  const percent = new Intl.NumberFormat(options.locale ?? 'en-US', { style: 'percent', maximumFractionDigits: 0 });
  const pct = (x: number | null): string => (x === null ? t.card.noData : percent.format(x / 100));
  const bars = barsOf(shares, t.nps);
  const by = bars.length === 1 && bars[0]?.group === t.nps.allAnswers ? null : shares.promoters.by.join(', ');
  const each = bars.map((b) => `${by ? `${b.group}: ` : ''}${pct(b.promoters)} ${t.nps.promoters}, ${pct(b.passives)} ${t.nps.passives}, ${pct(b.detractors)} ${t.nps.detractors}`);
  return `${t.nps.answersOf(t.periodName(shares.promoters.period.label), by)}: ${each.join('; ')}.`;
}

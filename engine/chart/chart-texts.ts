import type { KpiUnit } from '../catalog/kpi-schema.js';
import type { ComparisonResult } from '../query/query.js';
import type { TimeGrain } from '../schema/tables.js';

/**
 * Every word a chart draws, for one language. The engine knows English only (below); the bot's
 * catalog has the others (bot/i18n/chart-*.ts) and hands one in `ChartOptions.texts`. Numbers
 * and dates are not here: they come from the locale (d3-locale.ts). Names from the catalog (KPI,
 * dimension and group names) arrive already in the reader's language or are data.
 */
export interface ChartTexts {
  /** A period as resolved (`last-quarter`, `last-12m`, `2026-Q2`, `2026-01-01..2026-03-31`). */
  periodName(label: string): string;
  /** After the period name when it is fiscal: ` (fiscal FY2027-Q2)`. */
  fiscal(name: string): string;
  /** After a period name that is read to date but does not say so itself (`this-month to date`). */
  readonly toDate: string;
  /** After the span of a period read to date: ` until 10:00`. */
  until(time: string): string;
  /** What the value axis measures, in brackets after the KPI name. */
  unitTitle(unit: KpiUnit, currency: string): string;
  /** The title of a time axis. */
  grain(grain: TimeGrain): string;
  /**
   * How a time bucket's key is written on an axis, as d3 time formats of its first day; absent,
   * the key itself (`2026-02`).
   */
  readonly timeAxis: Partial<Record<'day' | 'month', TimeAxisFormat>>;
  /** The period compared with, as a legend line or subtitle says it: `2026-Q2 (the period before)`. */
  comparedWith(label: string, kind: ComparisonResult['kind']): string;
  /** The subtitle line of a bar chart with comparison ticks. */
  darkTicks(comparedWith: string): string;
  readonly lighterBarsPartial: string;
  readonly hollowPointsPartial: string;
  /** The bar of every group beyond the top ones: `other (49)`. */
  other(count: number): string;
  /** `top 11 of 60 and the rest as other`. */
  topAndOther(shown: number, of: number): string;
  /** `top 8 of 12 region`; `what` is the dimension, empty when none. */
  top(shown: number, of: number, what: string): string;
  /** The legend of a time series' line styles. */
  readonly lines: { readonly current: string; readonly compared: string; readonly partial: string };
  readonly card: CardTexts;
  readonly why: WhyTexts;
  readonly nps: NpsTexts;
}

/**
 * Two formats, as d3's own time axes do: the full one for the first label and where a larger unit
 * begins (a new year for months, a new month for days), the short one between, so twelve
 * months fit under a phone-sized chart (`jan. 2026`, `fev.`, `mar.` … `jan. 2027`).
 */
export interface TimeAxisFormat {
  readonly first: string;
  readonly next: string;
}

export interface CardTexts {
  readonly noData: string;
  /** After a change of a percentage: `pp`. */
  readonly percentagePoints: string;
  /** `▼ 32.2 vs 2026-Q1 (+39.8)`: the change already has its arrow. */
  versus(change: string, comparedWith: string, before: string): string;
  target(value: string, verdict: 'met' | 'not met so far' | 'not met' | 'no data'): string;
  sample(count: string, small: boolean): string;
  /** Under the sparkline: `8 periods to 2026-10`. */
  trend(count: number, last: string): string;
}

export interface WhyTexts {
  /** `Revenue: what moved it`. */
  title(name: string): string;
  /** `2026-10 (1 Oct 2026 – 31 Oct 2026) vs 2026-09 (…), UTC`. */
  periods(period: string, span: string, compared: string, comparedSpan: string, timezone: string): string;
  /** `change +$1.2K` and, when the change is within the noise, its width (`±$300`). */
  change(change: string, noise: string | undefined): string;
  readonly noChange: string;
  readonly partsAxis: (unitTitle: string) => string;
  readonly ownChangeAxis: (unitTitle: string) => string;
  readonly partsLegend: string;
  readonly formulaLegend: string;
  topGroups(shown: number, of: number): string;
}

export interface NpsTexts {
  readonly title: string;
  readonly allAnswers: string;
  readonly promoters: string;
  readonly passives: string;
  readonly detractors: string;
  readonly axis: string;
  /** The alt text's lead: `NPS answers 2026-Q1 by segment`. */
  answersOf(period: string, by: string | null): string;
}

const UNIT_TITLES: Readonly<Record<KpiUnit, string>> = {
  percent: '%',
  money: '',
  count: 'count',
  points: 'points',
  hours: 'hours',
  days: 'days',
  years: 'years',
  ratio: 'ratio',
  index: 'index 0-100',
};

export const ENGLISH_CHART_TEXTS: ChartTexts = {
  periodName: (label) => label,
  fiscal: (name) => ` (fiscal ${name})`,
  toDate: ' to date',
  until: (time) => ` until ${time}`,
  unitTitle: (unit, currency) => (unit === 'money' ? currency : UNIT_TITLES[unit]),
  grain: (grain) => grain,
  // English readers have always had the keys (`2026-10`); the others get month names.
  timeAxis: {},
  comparedWith: (label, kind) => `${label}${kind === 'previous' ? ' (the period before)' : kind === 'last-year' ? ' (a year earlier)' : ''}`,
  darkTicks: (compared) => `dark ticks: ${compared}`,
  lighterBarsPartial: 'lighter bars: partial periods (cut short by the period or by today)',
  hollowPointsPartial: 'hollow points: partial periods (cut short by the period or by today)',
  other: (count) => `other (${count})`,
  topAndOther: (shown, of) => `top ${shown} of ${of} and the rest as other`,
  top: (shown, of, what) => `top ${shown} of ${of} ${what}`.trim(),
  lines: { current: 'this period', compared: 'compared', partial: 'partial' },
  card: {
    noData: 'no data',
    percentagePoints: 'pp',
    versus: (change, compared, before) => `${change} vs ${compared} (${before})`,
    target: (value, verdict) => `target ${value}: ${verdict}`,
    sample: (count, small) => `sample ${count}${small ? ' (small)' : ''}`,
    trend: (count, last) => `${count} periods to ${last}`,
  },
  why: {
    title: (name) => `${name}: what moved it`,
    periods: (period, span, compared, comparedSpan, timezone) => `${period} (${span}) vs ${compared} (${comparedSpan}), ${timezone}`,
    change: (change, noise) => `change ${change}${noise === undefined ? '' : `, within the noise of the sample (±${noise})`}`,
    noChange: 'no change',
    partsAxis: (unit) => `part of the change (${unit})`,
    ownChangeAxis: (unit) => `the group's own change (${unit})`,
    partsLegend: "each bar is a group's part of the change: green where that is good news, red where it is bad",
    formulaLegend: "a formula of other KPIs does not split by group: each bar is the group's own change",
    topGroups: (shown, of) => `top ${shown} of ${of} groups`,
  },
  nps: {
    title: 'NPS: promoters, passives, detractors',
    allAnswers: 'all answers',
    promoters: 'promoters',
    passives: 'passives',
    detractors: 'detractors',
    axis: '% of NPS answers',
    answersOf: (period, by) => `NPS answers ${period}${by ? ` by ${by}` : ''}`,
  },
};

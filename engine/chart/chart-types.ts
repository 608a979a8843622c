import { ENGLISH_CHART_TEXTS, type ChartTexts } from './chart-texts.js';
import { d3Locale, type D3Locale } from './d3-locale.js';

/** The vocabulary every chart builder shares. */
export type ChartKind = 'bar' | 'line';
export type ChartSpec = Readonly<Record<string, unknown>>;

/** What a chart may hold before it degrades to the top groups plus "other". */
export const CHART_LIMITS = { bars: 12, series: 8, points: 400, labelPx: 160 } as const;

/** The language and locale of a chart; English and en-US when a caller names neither. */
export interface ChartLanguage {
  /** Every word the chart draws (bot/i18n/chart-*.ts for other languages). */
  readonly texts?: ChartTexts;
  /** BCP 47: how its numbers and dates are written. */
  readonly locale?: string;
}

export interface ChartOptions extends ChartLanguage {
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

/** A chart's language with its defaults filled in. */
export interface ChartVoice {
  readonly texts: ChartTexts;
  readonly locale: string;
  /** For the spec's `config.locale`. */
  readonly d3: D3Locale;
}

export function chartVoice(options: ChartLanguage & { readonly currency: string }): ChartVoice {
  const locale = options.locale ?? 'en-US';
  return { texts: options.texts ?? ENGLISH_CHART_TEXTS, locale, d3: d3Locale(locale, options.currency) };
}

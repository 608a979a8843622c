import { DateTime } from 'luxon';
import type { GroupResult, KpiResult } from '../../engine/query/query.js';
import { chartSpec } from '../../engine/chart/chart-spec.js';
import { isToDateWord } from '../../engine/time/read-to-date.js';
import { isTimeGrain } from '../../engine/schema/tables.js';
import { formatDelta, formatValue, trend } from '../../engine/format-value.js';
import { formatDateTime, formatDayRange, formatTime } from '../../engine/format-date.js';
import { namePeriod } from '../i18n/period-names.js';
import type { Voice } from '../i18n/voice.js';
import type { Rank, View } from '../language/command.js';
import type { Reply } from './reply.js';

/** Rows shown when nobody asked for `top N`; more would not read in a chat message. */
export const DEFAULT_ROWS = 25;

/**
 * The period as the answer echoes it, in the reader's words and dates: "last quarter (Jul 1 –
 * Sep 30, 2026, UTC)", "último trimestre (01/07/2026 – 30/09/2026, UTC)". A relative year or
 * quarter in a workspace with a fiscal year says which fiscal one it is, since the same words mean
 * other dates elsewhere: "last quarter (fiscal FY2027-Q1: Apr 1 – Jun 30, 2026, UTC)". A period
 * read to date says so and until when ("this month to date (Dec 1 – 15, 2026 until 09:30, UTC)");
 * the span it is compared with says the same time (`role: 'compared'`).
 */
export function describePeriod(period: KpiResult['period'], voice: Voice, role: 'read' | 'compared' = 'read'): string {
  const words = voice.texts.answer;
  const last = DateTime.fromISO(period.end, { zone: 'utc' }).minus({ days: 1 }).toISODate() ?? period.end;
  const range = formatDayRange(period.start, last, voice.locale);
  const fiscal = period.fiscal === null ? '' : `${words.fiscal(period.fiscal)}: `;
  const name = periodName(period.label, voice);
  if (period.asOf === undefined) return `${name} (${fiscal}${range}, ${period.timezone})`;
  const until = words.until(formatTime(period.asOf, period.timezone, voice.locale));
  return `${name}${role === 'read' && !isToDateWord(period.label) ? ` ${words.toDate}` : ''} (${fiscal}${range} ${until}, ${period.timezone})`;
}

/** A period's label as people say it: relative words in the reader's language, codes (`2026-Q3`) as they are. */
export function periodName(label: string, voice: Voice): string {
  return namePeriod(voice.texts.answer, label);
}

/** A time bucket's key, with how many days it covers when it is cut short: `2026-12 (1 day)`. */
export function bucketLabel(key: string, partial: GroupResult['partial'], voice: Voice): string {
  return partial ? `${key} (${voice.texts.answer.days(partial.days)})` : key;
}

/** A breakdown axis as a column heading in the reader's language (`region` → `região`). */
export function axisName(axis: string, voice: Voice): string {
  const names = voice.texts.answer.dimensions;
  return axis in names ? names[axis as keyof typeof names] : axis;
}

/** A KPI answer as reply parts: the headline with its interpretation, the table, the chart. */
/**
 * The groups `top N` or `bottom N` keeps: the N largest, largest first, or the N smallest,
 * smallest first. The engine gives groups largest first. A time breakdown (`by month`) keeps its
 * latest N periods instead, in time order, whichever end was asked: cutting a series is for
 * reading its recent past, and a table of months ranked by value would no longer read as one.
 */
export function rankedGroups<G extends { readonly key: Readonly<Record<string, string>> }>(groups: readonly G[], rank: Rank, by: readonly string[]): G[] {
  const grain = by.find(isTimeGrain);
  if (grain !== undefined) {
    // The engine gives a time breakdown in time order, so the latest periods are the last keys.
    const periods = [...new Set(groups.map((g) => g.key[grain]))];
    const latest = new Set(periods.slice(Math.max(0, periods.length - rank.n)));
    return groups.filter((g) => latest.has(g.key[grain]));
  }
  return rank.end === 'top' ? groups.slice(0, rank.n) : [...groups].reverse().slice(0, rank.n);
}

export function answerParts(
  r: KpiResult,
  /**
   * `voice`: the reply's language, locale and currency; `target`: a digest's own target;
   * `progress`: the lines of the workspace's target (target-progress.ts), used when there is none;
   * `anomaly`: the anomaly flag's line (anomaly/anomaly-flag.ts), worked out where the history is read.
   */
  options: { voice: Voice; view?: View; rank?: Rank; chart?: boolean; target?: number; progress?: readonly string[]; anomaly?: string },
): Reply[] {
  const { voice } = options;
  const words = voice.texts.answer;
  const format = voice.format;
  const filters = Object.entries(r.filters).map(([d, v]) => words.filter(axisName(d, voice), v ?? []));
  const context: string[] = [];
  if (options.target !== undefined) context.push(targetText(r, options.target, voice));
  else if (options.progress) context.push(...options.progress);
  if (options.anomaly !== undefined) context.push(options.anomaly);
  if (r.sample !== null) context.push(words.sample(new Intl.NumberFormat(voice.locale).format(r.sample)));
  if (r.smallSample) context.push(words.smallSample);
  // Sample 0 is no sample rather than a small one: say why there is no number.
  else if (r.minSample !== undefined && r.sample === 0) context.push(words.noAnswers);
  context.push(r.dataThrough ? words.dataThrough(formatDateTime(r.dataThrough, r.period.timezone, voice.locale), r.period.timezone) : words.noDataBeforeEnd);
  let delta: Extract<Reply, { kind: 'headline' }>['delta'];
  if (r.compare) {
    const t = trend(r.compare.delta, r.better);
    const pct =
      r.compare.deltaPct !== null && r.unit !== 'percent' && r.unit !== 'points'
        ? `, ${signOf(r.compare.deltaPct)}${new Intl.NumberFormat(voice.locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(r.compare.deltaPct) / 100)}`
        : '';
    delta = {
      text: `${formatDelta(r.compare.delta, r.unit, format)}${pct}`,
      arrow: t.arrow as '↑' | '↓' | '→',
      good: t.good,
      against: words.versus(r.compare.kind, describePeriod(r.compare.period, voice, 'compared'), r.compare.period.asOf !== undefined, formatValue(r.compare.value, r.unit, format)),
    };
  }
  const parts: Reply[] = [
    {
      kind: 'headline',
      title: r.name,
      interpretation: `${describePeriod(r.period, voice)}${filters.length > 0 ? words.where(filters) : ''}`,
      value: formatValue(r.value, r.unit, format),
      ...(delta ? { delta } : {}),
      context,
    },
  ];
  if (!r.groups || r.groups.length === 0 || options.view === 'number') return parts;

  const shown = rankedGroups(r.groups, options.rank ?? { n: DEFAULT_ROWS, end: 'top' }, r.by);
  const axes = r.by.map(String);
  const grain = r.by.find(isTimeGrain);
  // A time breakdown is cut by periods (each may hold a row per group of a second axis).
  const count = (groups: readonly GroupResult[]): number => (grain ? new Set(groups.map((g) => g.key[grain])).size : groups.length);
  parts.push({
    kind: 'table',
    columns: [
      ...axes.map((a) => ({ label: axisName(a, voice), align: 'left' as const })),
      { label: r.name, align: 'right' as const },
      ...(r.compare ? [{ label: words.change, align: 'right' as const }] : []),
    ],
    rows: shown.map((g) => [
      ...axes.map((a) => (isTimeGrain(a) ? bucketLabel(g.key[a] ?? '', g.partial, voice) : (g.key[a] ?? ''))),
      `${formatValue(g.value, r.unit, format)}${g.smallSample ? ' *' : ''}`,
      ...(r.compare ? [g.compare ? formatDelta(g.compare.delta, r.unit, format) : ''] : []),
    ]),
    ...note(count(shown), count(r.groups), shown.some((g) => g.smallSample === true), grain ? 'latest' : (options.rank?.end ?? 'top'), voice),
  });
  if (options.view !== 'table' && options.chart !== false) {
    // `top N` cuts the bars too; a time series keeps its points (top applies to the table rows).
    const drawn = r.by.some(isTimeGrain) ? r : { ...r, groups: shown };
    const spec = chartSpec(drawn, { currency: format.currency, texts: voice.texts.chart, locale: voice.locale, ...(options.view === 'bar' || options.view === 'line' ? { prefer: options.view } : {}) });
    parts.push({ kind: 'chart', spec, alt: altText(r, shown.length, voice) });
  }
  return parts;
}

/** The sign of a change as formatDelta writes it (a true minus, ± for none), so `−16, −20.8%` reads as one. */
const signOf = (x: number): string => (x > 0 ? '+' : x < 0 ? '−' : '±');

/** Under a table: how many rows of how many, and what a star means. */
function note(shown: number, of: number, small: boolean, end: Rank['end'] | 'latest', voice: Voice): { note?: string } {
  const words = voice.texts.answer;
  const parts = [...(shown < of ? [words.shownOf(end, shown, of)] : []), ...(small ? [words.starNote] : [])];
  return parts.length > 0 ? { note: parts.join(' · ') } : {};
}

/** `target 40.0: met`, judged in the KPI's better direction (churn meets its target by staying under it). */
export function targetText(r: Pick<KpiResult, 'value' | 'unit' | 'better' | 'period'>, target: number, voice: Voice): string {
  const met = r.value !== null && (r.better === 'up' ? r.value >= target : r.value <= target);
  // A period read to date has not failed its target yet: it is only behind so far.
  const verdict = r.value === null ? 'no-data' : met ? 'met' : r.period.asOf !== undefined ? 'not-met-so-far' : 'not-met';
  return voice.texts.answer.target(formatValue(target, r.unit, voice.format), verdict);
}

/** One sentence a screen reader can say instead of the chart. */
function altText(r: KpiResult, shown: number, voice: Voice): string {
  const top = r.groups?.[0];
  const grain = r.by.find(isTimeGrain);
  const partial = grain ? (r.groups ?? []).filter((g) => g.partial).map((g) => bucketLabel(g.key[grain] ?? '', g.partial, voice)) : [];
  const period = `${periodName(r.period.label, voice)}${r.period.asOf ? ` ${voice.texts.answer.toDate}` : ''}`;
  // A time series reads in time order: its first group is its earliest, not its highest.
  const highest = !grain && top ? { group: Object.values(top.key).join(' '), value: formatValue(top.value, r.unit, voice.format) } : null;
  return voice.texts.answer.breakdownAlt(r.name, r.by.map((a) => axisName(a, voice)), shown, period, highest, grain ? partial : []);
}

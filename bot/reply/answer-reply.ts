import { DateTime } from 'luxon';
import type { GroupResult, KpiResult } from '../../engine/query/query.js';
import { chartSpec } from '../../engine/chart/chart-spec.js';
import { isToDateWord } from '../../engine/time/read-to-date.js';
import { isTimeGrain } from '../../engine/schema/tables.js';
import { formatDelta, formatValue, trend, type FormatOptions } from '../../engine/format-value.js';
import type { Rank, View } from '../language/command.js';
import type { Reply } from './reply.js';

/** Rows shown when nobody asked for `top N`; more would not read in a chat message. */
export const DEFAULT_ROWS = 25;

/**
 * The period as the answer echoes it, with its last day as people say it: "2026-Q3 (2026-07-01 –
 * 2026-09-30, UTC)". A relative year or quarter in a workspace with a fiscal year says which
 * fiscal one it is, since the same words mean other dates elsewhere: "last-quarter (fiscal
 * FY2027-Q1: 2026-04-01 – 2026-06-30, UTC)". A period read to date says so and until when
 * ("this-month to date (2026-12-01 – 2026-12-15 until 09:30, UTC)"); the span it is compared
 * with says the same time (`role: 'compared'`).
 */
export function describePeriod(period: KpiResult['period'], role: 'read' | 'compared' = 'read'): string {
  const start = DateTime.fromISO(period.start);
  const last = DateTime.fromISO(period.end).minus({ days: 1 });
  const range = start.equals(last) ? start.toISODate() : `${start.toISODate()} – ${last.toISODate()}`;
  const fiscal = period.fiscal === null ? '' : `fiscal ${period.fiscal}: `;
  if (period.asOf === undefined) return `${period.label} (${fiscal}${range}, ${period.timezone})`;
  const until = DateTime.fromISO(period.asOf).setZone(period.timezone).toFormat('HH:mm');
  return `${period.label}${role === 'read' && !isToDateWord(period.label) ? ' to date' : ''} (${fiscal}${range} until ${until}, ${period.timezone})`;
}

/** A time bucket's key, with how many days it covers when it is cut short: `2026-12 (1 day)`. */
export function bucketLabel(key: string, partial: GroupResult['partial']): string {
  return partial ? `${key} (${partial.days} day${partial.days === 1 ? '' : 's'})` : key;
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
   * `target`: a digest's own target; `progress`: the lines of the workspace's target
   * (target-progress.ts), used when there is none; `anomaly`: the anomaly flag's line
   * (anomaly/anomaly-flag.ts), worked out where the history is read.
   */
  options: FormatOptions & { view?: View; rank?: Rank; chart?: boolean; target?: number; progress?: readonly string[]; anomaly?: string },
): Reply[] {
  const filters = Object.entries(r.filters).map(([d, v]) => `${d} = ${(v ?? []).join(' or ')}`);
  const context: string[] = [];
  if (options.target !== undefined) context.push(targetText(r, options.target, options));
  else if (options.progress) context.push(...options.progress);
  if (options.anomaly !== undefined) context.push(options.anomaly);
  if (r.sample !== null) context.push(`sample ${r.sample.toLocaleString('en-US')}`);
  if (r.smallSample) context.push('small sample: read with care');
  // Sample 0 is no sample rather than a small one: say why there is no number.
  else if (r.minSample !== undefined && r.sample === 0) context.push('no answers in this period');
  context.push(
    r.dataThrough
      ? `data through ${DateTime.fromISO(r.dataThrough).setZone(r.period.timezone).toFormat('yyyy-MM-dd HH:mm')} ${r.period.timezone}`
      : 'no data before the end of the period',
  );
  let delta: Extract<Reply, { kind: 'headline' }>['delta'];
  if (r.compare) {
    const t = trend(r.compare.delta, r.better);
    const pct =
      r.compare.deltaPct !== null && r.unit !== 'percent' && r.unit !== 'points'
        ? `, ${r.compare.deltaPct > 0 ? '+' : ''}${r.compare.deltaPct.toFixed(1)}%`
        : '';
    const label = r.compare.kind === 'previous' ? 'previous ' : r.compare.kind === 'last-year' ? 'last year ' : '';
    delta = {
      text: `${formatDelta(r.compare.delta, r.unit, options)}${pct}`,
      arrow: t.arrow as '↑' | '↓' | '→',
      good: t.good,
      against: `vs ${label}${describePeriod(r.compare.period, 'compared')}${r.compare.period.asOf ? ', the same span' : ''}: ${formatValue(r.compare.value, r.unit, options)}`,
    };
  }
  const parts: Reply[] = [
    {
      kind: 'headline',
      title: r.name,
      interpretation: `${describePeriod(r.period)}${filters.length > 0 ? ` · where ${filters.join(', ')}` : ''}`,
      value: formatValue(r.value, r.unit, options),
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
      ...axes.map((a) => ({ label: a, align: 'left' as const })),
      { label: r.name, align: 'right' as const },
      ...(r.compare ? [{ label: 'change', align: 'right' as const }] : []),
    ],
    rows: shown.map((g) => [
      ...axes.map((a) => (isTimeGrain(a) ? bucketLabel(g.key[a] ?? '', g.partial) : (g.key[a] ?? ''))),
      `${formatValue(g.value, r.unit, options)}${g.smallSample ? ' *' : ''}`,
      ...(r.compare ? [g.compare ? formatDelta(g.compare.delta, r.unit, options) : ''] : []),
    ]),
    ...note(count(shown), count(r.groups), shown.some((g) => g.smallSample === true), grain ? 'latest' : (options.rank?.end ?? 'top')),
  });
  if (options.view !== 'table' && options.chart !== false) {
    // `top N` cuts the bars too; a time series keeps its points (top applies to the table rows).
    const drawn = r.by.some(isTimeGrain) ? r : { ...r, groups: shown };
    const spec = chartSpec(drawn, { currency: options.currency, ...(options.view === 'bar' || options.view === 'line' ? { prefer: options.view } : {}) });
    parts.push({ kind: 'chart', spec, alt: altText(r, shown.length, options) });
  }
  return parts;
}

/** Under a table: how many rows of how many, and what a star means. */
function note(shown: number, of: number, small: boolean, end: Rank['end'] | 'latest'): { note?: string } {
  const parts = [...(shown < of ? [`${end} ${shown} of ${of}`] : []), ...(small ? ['* small sample: read with care'] : [])];
  return parts.length > 0 ? { note: parts.join(' · ') } : {};
}

/** `target 40.0: met`, judged in the KPI's better direction (churn meets its target by staying under it). */
export function targetText(r: Pick<KpiResult, 'value' | 'unit' | 'better' | 'period'>, target: number, options: FormatOptions): string {
  const met = r.value !== null && (r.better === 'up' ? r.value >= target : r.value <= target);
  // A period read to date has not failed its target yet: it is only behind so far.
  const verdict = r.value === null ? 'no data' : met ? 'met' : r.period.asOf !== undefined ? 'not met so far' : 'not met';
  return `target ${formatValue(target, r.unit, options)}: ${verdict}`;
}

/** One sentence a screen reader can say instead of the chart. */
function altText(r: KpiResult, shown: number, options: FormatOptions): string {
  const top = r.groups?.[0];
  const lead = top ? ` Highest first: ${Object.values(top.key).join(' ')} at ${formatValue(top.value, r.unit, options)}.` : '';
  const time = r.by.some(isTimeGrain);
  const grain = r.by.find(isTimeGrain);
  const partial = grain ? (r.groups ?? []).filter((g) => g.partial).map((g) => bucketLabel(g.key[grain] ?? '', g.partial)) : [];
  const cut = partial.length > 0 ? ` Partial: ${partial.join(', ')}.` : '';
  return `${r.name} by ${r.by.join(' and ')}, ${shown} group(s), ${r.period.label}${r.period.asOf ? ' to date' : ''}.${time ? cut : lead}`;
}

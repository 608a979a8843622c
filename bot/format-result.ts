import { DateTime } from 'luxon';
import type { KpiResult } from '../engine/query/query.js';
import { formatDelta, formatValue, trend, type FormatOptions } from './format-value.js';

/** The last day of a half-open period, as people say it ("1 Jul – 30 Sep 2026"). */
export function describePeriod(period: KpiResult['period']): string {
  const start = DateTime.fromISO(period.start);
  const last = DateTime.fromISO(period.end).minus({ days: 1 });
  const range = start.equals(last) ? start.toISODate() : `${start.toISODate()} – ${last.toISODate()}`;
  return `${period.label} (${range}, ${period.timezone})`;
}

/**
 * A KPI answer as plain text for a terminal: the interpretation first (KPI, exact dates, time
 * zone), then the number with its context, then the breakdown as an aligned table.
 */
export function formatResult(r: KpiResult, options: FormatOptions): string {
  const lines: string[] = [];
  const filters = Object.entries(r.filters).map(([d, v]) => `${d} = ${(v ?? []).join(' or ')}`);
  lines.push(`${r.name} · ${describePeriod(r.period)}${filters.length > 0 ? ` · where ${filters.join(', ')}` : ''}`);
  let headline = `  ${formatValue(r.value, r.unit, options)}`;
  if (r.compare) {
    const t = trend(r.compare.delta, r.better);
    const pct = r.compare.deltaPct !== null && r.unit !== 'percent' && r.unit !== 'points'
      ? `, ${r.compare.deltaPct > 0 ? '+' : ''}${r.compare.deltaPct.toFixed(1)}%`
      : '';
    headline += `   ${t.arrow} ${formatDelta(r.compare.delta, r.unit, options)}${pct} vs ${r.compare.kind === 'previous' ? 'previous' : 'last year'} ${describePeriod(r.compare.period)}: ${formatValue(r.compare.value, r.unit, options)}`;
  }
  lines.push(headline);
  const context: string[] = [];
  if (r.sample !== null) context.push(`sample ${r.sample.toLocaleString('en-US')}${r.smallSample ? ' (small sample: read with care)' : ''}`);
  context.push(r.dataThrough ? `data through ${DateTime.fromISO(r.dataThrough).setZone(r.period.timezone).toFormat('yyyy-MM-dd HH:mm')} ${r.period.timezone}` : 'no data before the end of the period');
  lines.push(`  ${context.join(' · ')}`);

  if (r.groups && r.groups.length > 0) {
    const axes = r.by.map(String);
    const header = [...axes, r.name, ...(r.compare ? ['change'] : [])];
    const rows = r.groups.map((g) => [
      ...axes.map((a) => g.key[a] ?? ''),
      formatValue(g.value, r.unit, options),
      ...(r.compare ? [g.compare ? formatDelta(g.compare.delta, r.unit, options) : ''] : []),
    ]);
    lines.push('', ...table(header, rows, axes.length));
  }
  return lines.join('\n');
}

/** Columns padded to their widest cell; text left-aligned, numbers (after `textColumns`) right-aligned. */
function table(header: readonly string[], rows: readonly (readonly string[])[], textColumns: number): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    '  ' + cells.map((c, i) => (i < textColumns ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('   ');
  return [line(header), '  ' + widths.map((w) => '─'.repeat(w)).join('   '), ...rows.map(line)];
}

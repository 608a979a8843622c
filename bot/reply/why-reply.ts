import type { ChangeDecomposition } from '../../engine/query/decompose-change.js';
import { contributorLabel, groupLabel, type TopContributors } from '../../engine/query/top-contributors.js';
import { contributionBarsAlt, contributionBarsSpec } from '../../engine/chart/contribution-bars.js';
import { formatDelta, formatValue, trend, type FormatOptions } from '../../engine/format-value.js';
import type { View } from '../language/command.js';
import { describePeriod } from './answer-reply.js';
import type { Voice } from '../i18n/voice.js';
import type { Reply } from './reply.js';

/** Below this, a residual is rounding: the groups' parts add up to the change. */
export const RESIDUAL_TOLERANCE = 1e-9;

/** A change as the table shows it; one that rounds to nothing reads `±0.00 pp`, not `−0.00 pp`. */
const change = (x: number, d: ChangeDecomposition, options: FormatOptions): string => {
  const text = formatDelta(x, d.unit, options);
  return /^[+−]/.test(text) && !/[1-9]/.test(text) ? `±${text.slice(1)}` : text;
};

/** A change without its sign, as the sentence says it: `rose 2.10 pp`. */
const size = (x: number, d: ChangeDecomposition, options: FormatOptions): string => formatDelta(Math.abs(x), d.unit, options).replace(/^[+−±]/, '');

/** A group's part of the change, or (for a formula's groups) its own change. */
const partOf = (item: TopContributors['items'][number]): number =>
  'contribution' in item.group ? item.group.contribution : (item.group.delta ?? 0);

/**
 * The sentence that answers `why`: the change and the group that accounts for most of it, in
 * the change's direction, and where inside it when a pair holds most of its part (`Churn rate
 * rose 2.10 pp vs 2026-10; SMB (segment) accounts for +1.80 pp of it (+1.60 pp of that in
 * Europe).`). A formula of other KPIs says that it does not split.
 */
export function whySentence(d: ChangeDecomposition, top: TopContributors, options: FormatOptions): string {
  const delta = d.delta ?? 0;
  const against = `vs ${d.compare.period.label}`;
  if (delta === 0) return `${d.name} did not change ${against}.`;
  const moved = `${d.name} ${delta > 0 ? 'rose' : 'fell'} ${size(delta, d, options)} ${against}`;
  if (top.kind === 'deltas') {
    return `${moved}. It is a formula of other KPIs (${d.formula}), so its change does not split exactly by group: each group's own change is shown instead, and those do not add up to the total.`;
  }
  const noise = d.noise.kind !== 'none' && d.noise.within ? ', within the noise of the sample' : '';
  const same = (item: TopContributors['items'][number]): boolean => Math.sign(partOf(item)) === Math.sign(delta);
  // No groups at all (no dimensions, or one group in each): the table's place says so.
  if (top.of === 0) return `${moved}${noise}.`;
  const lead = top.items.find((item) => item.by.length === 1 && same(item)) ?? top.items.find(same);
  if (!lead) return `${moved}${noise}; no single group accounts for it.`;
  // A pair shown beside the leading group holds most of its part (PAIR_SHARE): where it happened.
  const dim = lead.by.length === 1 ? lead.by[0] : undefined;
  const pair = dim === undefined ? undefined : top.items.find((item) => item.by.length === 2 && item.group.key[dim] === lead.group.key[dim] && same(item));
  const other = pair?.by.find((d) => d !== dim);
  const where = pair && other ? ` (${formatDelta(partOf(pair), d.unit, options)} of that in ${other === 'region' ? pair.group.key[other] : `${pair.group.key[other] ?? ''} (${other})`})` : '';
  const part = partOf(lead);
  const who = contributorLabel(lead.by, lead.group.key);
  return Math.abs(part) <= Math.abs(delta)
    ? `${moved}${noise}; ${who} accounts for ${formatDelta(part, d.unit, options)} of it${where}.`
    : `${moved}${noise}; ${who} moved it ${formatDelta(part, d.unit, options)}${where}, more than the whole change: other groups pulled the other way.`;
}

/** Whether the change is more than chance, in words; nothing for KPIs with no noise test. */
export function noiseText(d: ChangeDecomposition, options: FormatOptions): string | undefined {
  if (d.noise.kind === 'none') return undefined;
  const band = `±${size(2 * d.noise.se, d, options)} at 2 standard errors`;
  return d.noise.within ? `noise of the sample: ${band}, more than the change` : `more than the noise of the sample (${band})`;
}

/**
 * A why answer as reply parts: the headline (the change, both periods with their dates, the
 * sentence, whether it is noise), the table of the groups that account for most of it (for a
 * ratio or an average, split into rate and mix), and the diverging-bar chart.
 */
export function whyParts(
  d: ChangeDecomposition,
  top: TopContributors,
  options: FormatOptions & {
    /** The reply's language and locale. */
    readonly voice: Voice;
    readonly view?: View;
    readonly smallSample?: boolean;
    /** The periods' short names for the table's columns (`2026-10`, `2026-11`). */
    readonly labels: { readonly before: string; readonly after: string };
  },
): Reply[] {
  const filters = Object.entries(d.filters).map(([dim, v]) => `${dim} = ${(v ?? []).join(' or ')}`);
  const t = trend(d.delta, d.better);
  const label = d.compare.kind === 'previous' ? 'previous ' : d.compare.kind === 'last-year' ? 'last year ' : '';
  const noise = noiseText(d, options);
  const samples = d.before.sample !== null && d.after.sample !== null ? [`sample ${d.before.sample.toLocaleString('en-US')} → ${d.after.sample.toLocaleString('en-US')}`] : [];
  const parts: Reply[] = [
    {
      kind: 'headline',
      title: `${d.name}: what moved it`,
      interpretation: `${describePeriod(d.period, options.voice)}${filters.length > 0 ? ` · where ${filters.join(', ')}` : ''}`,
      value: formatDelta(d.delta, d.unit, options),
      delta: {
        text: `from ${formatValue(d.before.value, d.unit, options)} to ${formatValue(d.after.value, d.unit, options)}`,
        arrow: t.arrow as '↑' | '↓' | '→',
        good: t.good,
        against: `vs ${label}${describePeriod(d.compare.period, options.voice, 'compared')}${d.compare.period.asOf ? ', the same span' : ''}`,
      },
      context: [whySentence(d, top, options), ...(noise ? [noise] : []), ...samples, ...(options.smallSample ? ['small sample: read with care'] : [])],
    },
  ];
  if (options.view === 'number') return parts;
  if (top.items.length === 0) {
    parts.push({ kind: 'text', text: noGroupsText(d), shared: true });
    return parts;
  }
  parts.push(contributorsTable(d, top, options));
  if (options.view !== 'table') {
    parts.push({ kind: 'chart', spec: contributionBarsSpec(d, top, options), alt: contributionBarsAlt(d, top, options) });
  }
  return parts;
}

function contributorsTable(d: ChangeDecomposition, top: TopContributors, options: FormatOptions & { readonly labels: { readonly before: string; readonly after: string } }): Reply {
  const value = (x: number | null): string => formatValue(x, d.unit, options);
  const part = (x: number): string => change(x, d, options);
  const head = [
    { label: 'group', align: 'left' as const },
    { label: 'dimension', align: 'left' as const },
    { label: options.labels.before, align: 'right' as const },
    { label: options.labels.after, align: 'right' as const },
  ];
  const cells = (item: TopContributors['items'][number]): string[] => [
    groupLabel(item.by, item.group.key),
    item.by.join(' × '),
    value(item.group.before),
    value(item.group.after),
  ];
  const notes: string[] = [];
  if (top.of > top.items.length) notes.push(`top ${top.items.length} of ${top.of} groups`);
  let table: Omit<Extract<Reply, { kind: 'table' }>, 'note'>;
  switch (top.kind) {
    case 'additive':
      table = {
        kind: 'table',
        columns: [...head, { label: 'part of change', align: 'right' }],
        rows: top.items.map((item) => [...cells(item), part(item.group.contribution)]),
      };
      break;
    case 'ratio':
    case 'mean':
      table = {
        kind: 'table',
        columns: [...head, { label: 'part of change', align: 'right' }, { label: 'rate', align: 'right' }, { label: 'mix', align: 'right' }],
        rows: top.items.map((item) => [...cells(item), part(item.group.contribution), part(item.group.rate), part(item.group.mix)]),
      };
      notes.push(
        top.kind === 'ratio'
          ? "rate: the group's own rate moved; mix: its share of the whole moved; rate + mix = its part"
          : "rate: the group's own average moved; mix: its share of the records moved; rate + mix = its part",
      );
      break;
    case 'deltas':
      table = {
        kind: 'table',
        columns: [...head, { label: 'its own change', align: 'right' }],
        rows: top.items.map((item) => [...cells(item), item.group.delta === null ? 'no data' : part(item.group.delta)]),
      };
      break;
  }
  if (top.kind !== 'deltas') notes.push('each dimension splits the whole change on its own, so rows of different dimensions overlap');
  const unsplit = residuals(d);
  if (unsplit.length > 0) notes.push(`not in any one group: ${unsplit.map((r) => `${part(r.residual)} by ${r.by.join(' × ')}`).join(', ')}`);
  return { ...table, note: notes.join(' · ') };
}

/** The splits whose groups do not add up to the change (records in several groups, distinct counts). */
function residuals(d: ChangeDecomposition): { by: readonly string[]; residual: number }[] {
  if (d.split.kind === 'deltas') return [];
  const scale = Math.max(1, Math.abs(d.before.value ?? 0), Math.abs(d.after.value ?? 0));
  return d.split.splits.filter((s) => Math.abs(s.residual) > RESIDUAL_TOLERANCE * scale).map((s) => ({ by: s.by, residual: s.residual }));
}

function noGroupsText(d: ChangeDecomposition): string {
  if (d.delta === 0) return 'Nothing moved, so there is nothing to split.';
  const one = d.skipped.filter((s) => s.reason === 'one-group').map((s) => s.dimension);
  const whole = d.skipped.filter((s) => s.reason === 'not-parts').map((s) => s.dimension);
  const lines = [
    ...(one.length > 0 ? [`Every record falls in one group of ${one.join(', ')}, so no group stands out.`] : []),
    ...(whole.length > 0 ? [`By ${whole.join(', ')}, ${d.name} gives each group's own share of one whole, not a part of the total, so its change does not split that way.`] : []),
  ];
  return lines.length > 0 ? lines.join(' ') : `${d.name} has no dimensions to split its change by.`;
}

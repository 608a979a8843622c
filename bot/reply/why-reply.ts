import type { ChangeDecomposition } from '../../engine/query/decompose-change.js';
import type { TopContributors } from '../../engine/query/top-contributors.js';
import { contributionBarsSpec } from '../../engine/chart/contribution-bars.js';
import { formatDelta, formatValue, trend, type FormatOptions } from '../../engine/format-value.js';
import type { Dimension } from '../../engine/schema/tables.js';
import type { View } from '../language/command.js';
import { describePeriod } from './answer-reply.js';
import { contributorName, dimensionName, dimensionsName, groupName } from './group-names.js';
import type { Voice } from '../i18n/voice.js';
import type { Moved } from '../i18n/why-texts.js';
import type { Reply } from './reply.js';

/** Below this, a residual is rounding: the groups' parts add up to the change. */
export const RESIDUAL_TOLERANCE = 1e-9;

/** How a why answer is written: the reply's voice and its number formats. */
type WhyOptions = FormatOptions & { readonly voice: Voice };

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
export function whySentence(d: ChangeDecomposition, top: TopContributors, options: WhyOptions): string {
  const words = options.voice.texts.why;
  const delta = d.delta ?? 0;
  const against = d.compare.period.label;
  if (delta === 0) return words.sentence({ kind: 'unchanged', name: d.name, against });
  const moved: Moved = { name: d.name, direction: delta > 0 ? 'up' : 'down', size: size(delta, d, options), against };
  if (top.kind === 'deltas') return words.sentence({ kind: 'formula', moved, formula: d.formula });
  const noise = d.noise.kind !== 'none' && d.noise.within;
  const same = (item: TopContributors['items'][number]): boolean => Math.sign(partOf(item)) === Math.sign(delta);
  // No groups at all (no dimensions, or one group in each): the table's place says so.
  if (top.of === 0) return words.sentence({ kind: 'whole', moved, noise });
  const lead = top.items.find((item) => item.by.length === 1 && same(item)) ?? top.items.find(same);
  if (!lead) return words.sentence({ kind: 'no-lead', moved, noise });
  // A pair shown beside the leading group holds most of its part (PAIR_SHARE): where it happened.
  const dim = lead.by.length === 1 ? lead.by[0] : undefined;
  const pair = dim === undefined ? undefined : top.items.find((item) => item.by.length === 2 && item.group.key[dim] === lead.group.key[dim] && same(item));
  const other = pair?.by.find((d) => d !== dim);
  const within =
    pair && other
      ? { part: formatDelta(partOf(pair), d.unit, options), place: other === 'region' ? (pair.group.key[other] ?? '') : `${pair.group.key[other] ?? ''} (${dimensionName(other, options.voice)})` }
      : undefined;
  const part = partOf(lead);
  return words.sentence({
    kind: 'lead',
    moved,
    noise,
    who: contributorName(lead.by, lead.group.key, options.voice),
    part: formatDelta(part, d.unit, options),
    more: Math.abs(part) > Math.abs(delta),
    ...(within ? { within } : {}),
  });
}

/** Whether the change is more than chance, in words; nothing for KPIs with no noise test. */
export function noiseText(d: ChangeDecomposition, options: WhyOptions): string | undefined {
  if (d.noise.kind === 'none') return undefined;
  return options.voice.texts.why.noise(d.noise.within, `±${size(2 * d.noise.se, d, options)}`);
}

/**
 * A why answer as reply parts: the headline (the change, both periods with their dates, the
 * sentence, whether it is noise), the table of the groups that account for most of it (for a
 * ratio or an average, split into rate and mix), and the diverging-bar chart.
 */
export function whyParts(
  d: ChangeDecomposition,
  top: TopContributors,
  options: WhyOptions & {
    readonly view?: View;
    readonly smallSample?: boolean;
    /** The periods' short names for the table's columns (`2026-10`, `2026-11`). */
    readonly labels: { readonly before: string; readonly after: string };
  },
): Reply[] {
  const { voice } = options;
  const words = voice.texts.why;
  const filters = Object.entries(d.filters).map(([dim, v]) => voice.texts.answer.filter(dimensionName(dim as Dimension, voice), v ?? []));
  const t = trend(d.delta, d.better);
  const noise = noiseText(d, options);
  const count = new Intl.NumberFormat(voice.locale);
  const samples = d.before.sample !== null && d.after.sample !== null ? [words.samples(count.format(d.before.sample), count.format(d.after.sample))] : [];
  const parts: Reply[] = [
    {
      kind: 'headline',
      title: words.title(d.name),
      interpretation: `${describePeriod(d.period, voice)}${filters.length > 0 ? voice.texts.answer.where(filters) : ''}`,
      value: formatDelta(d.delta, d.unit, options),
      delta: {
        text: words.fromTo(formatValue(d.before.value, d.unit, options), formatValue(d.after.value, d.unit, options)),
        arrow: t.arrow as '↑' | '↓' | '→',
        good: t.good,
        against: words.versus(d.compare.kind, describePeriod(d.compare.period, voice, 'compared'), Boolean(d.compare.period.asOf)),
      },
      context: [whySentence(d, top, options), ...(noise ? [noise] : []), ...samples, ...(options.smallSample ? [voice.texts.answer.smallSample] : [])],
    },
  ];
  if (options.view === 'number') return parts;
  if (top.items.length === 0) {
    parts.push({ kind: 'text', text: noGroupsText(d, voice), shared: true });
    return parts;
  }
  parts.push(contributorsTable(d, top, options));
  if (options.view !== 'table') {
    parts.push({ kind: 'chart', spec: contributionBarsSpec(d, top, { ...options, texts: options.voice.texts.chart, locale: options.voice.locale }), alt: chartAlt(d, top, options) });
  }
  return parts;
}

/** The chart, for a screen reader: the change and its largest parts. */
function chartAlt(d: ChangeDecomposition, top: TopContributors, options: WhyOptions): string {
  const items = top.items.map((item) => `${contributorName(item.by, item.group.key, options.voice)} ${formatDelta(partOf(item), d.unit, options)}`);
  const total = d.delta === null ? options.voice.texts.units.noData : formatDelta(d.delta, d.unit, options);
  return options.voice.texts.why.chartAlt(d.name, total, d.period.label, d.compare.period.label, top.kind === 'deltas' ? 'deltas' : 'parts', items);
}

function contributorsTable(d: ChangeDecomposition, top: TopContributors, options: WhyOptions & { readonly labels: { readonly before: string; readonly after: string } }): Reply {
  const { voice } = options;
  const words = voice.texts.why;
  const value = (x: number | null): string => formatValue(x, d.unit, options);
  const part = (x: number): string => change(x, d, options);
  const head = [
    { label: words.columns.group, align: 'left' as const },
    { label: words.columns.dimension, align: 'left' as const },
    { label: options.labels.before, align: 'right' as const },
    { label: options.labels.after, align: 'right' as const },
  ];
  const cells = (item: TopContributors['items'][number]): string[] => [
    groupName(item.by, item.group.key, voice),
    dimensionsName(item.by, voice),
    value(item.group.before),
    value(item.group.after),
  ];
  const notes: string[] = [];
  if (top.of > top.items.length) notes.push(words.topOf(top.items.length, top.of));
  let table: Omit<Extract<Reply, { kind: 'table' }>, 'note'>;
  switch (top.kind) {
    case 'additive':
      table = {
        kind: 'table',
        columns: [...head, { label: words.columns.part, align: 'right' }],
        rows: top.items.map((item) => [...cells(item), part(item.group.contribution)]),
      };
      break;
    case 'ratio':
    case 'mean':
      table = {
        kind: 'table',
        columns: [...head, { label: words.columns.part, align: 'right' }, { label: words.columns.rate, align: 'right' }, { label: words.columns.mix, align: 'right' }],
        rows: top.items.map((item) => [...cells(item), part(item.group.contribution), part(item.group.rate), part(item.group.mix)]),
      };
      notes.push(words.rateMixNote(top.kind));
      break;
    case 'deltas':
      table = {
        kind: 'table',
        columns: [...head, { label: words.columns.ownChange, align: 'right' }],
        rows: top.items.map((item) => [...cells(item), item.group.delta === null ? voice.texts.units.noData : part(item.group.delta)]),
      };
      break;
  }
  if (top.kind !== 'deltas') notes.push(words.overlapNote);
  const unsplit = residuals(d);
  if (unsplit.length > 0) notes.push(words.unsplitNote(unsplit.map((r) => words.residual(part(r.residual), dimensionsName(r.by, voice)))));
  return { ...table, note: notes.join(' · ') };
}

/** The splits whose groups do not add up to the change (records in several groups, distinct counts). */
function residuals(d: ChangeDecomposition): { by: readonly Dimension[]; residual: number }[] {
  if (d.split.kind === 'deltas') return [];
  const scale = Math.max(1, Math.abs(d.before.value ?? 0), Math.abs(d.after.value ?? 0));
  return d.split.splits.filter((s) => Math.abs(s.residual) > RESIDUAL_TOLERANCE * scale).map((s) => ({ by: s.by, residual: s.residual }));
}

function noGroupsText(d: ChangeDecomposition, voice: Voice): string {
  const words = voice.texts.why;
  if (d.delta === 0) return words.nothingMoved;
  const names = (reason: ChangeDecomposition['skipped'][number]['reason']): string[] => d.skipped.filter((s) => s.reason === reason).map((s) => dimensionName(s.dimension, voice));
  const one = names('one-group');
  const whole = names('not-parts');
  const lines = [...(one.length > 0 ? [words.oneGroup(one)] : []), ...(whole.length > 0 ? [words.notParts(whole, d.name)] : [])];
  return lines.length > 0 ? lines.join(' ') : words.noDimensions(d.name);
}

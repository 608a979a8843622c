import type { Dimension } from '../schema/tables.js';
import type { AdditiveGroup, ChangeSplit, GroupChange, RateMixGroup } from './decompose-change.js';

/** A group of one split, with the dimensions it is a group of. */
export interface Ranked<G> {
  readonly by: readonly Dimension[];
  readonly group: G;
}

/** The groups that account for most of a change, across every split, largest first. */
export type TopContributors =
  | { readonly kind: 'additive'; readonly items: readonly Ranked<AdditiveGroup>[]; readonly of: number }
  | { readonly kind: 'ratio' | 'mean'; readonly items: readonly Ranked<RateMixGroup>[]; readonly of: number }
  /** A derived KPI's groups by the size of their own change, which do not add up. */
  | { readonly kind: 'deltas'; readonly items: readonly Ranked<GroupChange>[]; readonly of: number };

/**
 * A group of two dimensions (SMB in Europe) is shown only when it holds most of the part of each
 * of its two groups of one dimension: then it is the story of both, not a slice of one of them.
 */
export const PAIR_SHARE = 0.75;

/**
 * At most this share of the list is pairs, so the dimensions on their own still show: with more
 * groups to pick from, pairs of small groups would crowd out the singles by chance alone.
 */
export const MAX_PAIR_SHARE = 0.5;

/**
 * The `n` groups, across every split, with the largest parts of the change (by absolute size:
 * a group that pulled against the change explains as much as one that pushed it). Splits by one
 * dimension overlap (each splits the whole change on its own), so their parts are not added up
 * here; a pair is a candidate only when `PAIR_SHARE` says it is the story of both its groups.
 * Groups with no part of the change are left out.
 */
export function topContributors(split: ChangeSplit, n: number): TopContributors {
  switch (split.kind) {
    case 'additive': {
      const all = candidates(split.splits, (g) => g.contribution);
      return { kind: split.kind, items: firstOf(all, n), of: all.length };
    }
    case 'ratio':
    case 'mean': {
      const all = candidates(split.splits, (g) => g.contribution);
      return { kind: split.kind, items: firstOf(all, n), of: all.length };
    }
    case 'deltas': {
      // Pairs of a formula's groups have no parts to compare: one dimension at a time only.
      const all = candidates(
        split.splits.filter((s) => s.by.length === 1),
        (g) => g.delta ?? 0,
      );
      return { kind: split.kind, items: firstOf(all, n), of: all.length };
    }
  }
}

/** The first `n` of a ranking, with at most `MAX_PAIR_SHARE` of them pairs. */
function firstOf<G>(ranked: readonly Ranked<G>[], n: number): Ranked<G>[] {
  let pairs = Math.floor(n * MAX_PAIR_SHARE);
  const out: Ranked<G>[] = [];
  for (const item of ranked) {
    if (out.length === n) break;
    if (item.by.length > 1 && pairs-- <= 0) continue;
    out.push(item);
  }
  return out;
}

function candidates<G extends GroupChange>(splits: readonly { readonly by: readonly Dimension[]; readonly groups: readonly G[] }[], size: (g: G) => number): Ranked<G>[] {
  const single = new Map<string, number>();
  for (const s of splits) {
    const dim = s.by[0];
    if (s.by.length === 1 && dim !== undefined) for (const g of s.groups) single.set(`${dim}=${g.key[dim] ?? ''}`, size(g));
  }
  const out: Ranked<G>[] = [];
  for (const s of splits) {
    for (const g of s.groups) {
      const part = size(g);
      if (part === 0) continue;
      if (s.by.length > 1) {
        const parents = s.by.map((d) => single.get(`${d}=${g.key[d] ?? ''}`) ?? 0);
        const story = parents.every((p) => Math.sign(p) === Math.sign(part) && Math.abs(part) >= PAIR_SHARE * Math.abs(p));
        if (!story) continue;
      }
      out.push({ by: s.by, group: g });
    }
  }
  // Stable: equal parts keep the splits' order (dimensions as the KPI lists them), singles first.
  return out.sort((a, b) => Math.abs(size(b.group)) - Math.abs(size(a.group)));
}

/**
 * A group as people name it: `SMB`; a pair `SMB in Europe` when one of its dimensions is the
 * region, else `Basic · organic`.
 */
export function groupLabel(by: readonly Dimension[], key: Readonly<Record<string, string>>): string {
  const values = by.map((d) => key[d] ?? '');
  const region = by.indexOf('region');
  if (by.length === 2 && region >= 0) return `${values[1 - region] ?? ''} in ${values[region] ?? ''}`;
  return values.join(' · ');
}

/**
 * A group with what it is a group of, for a list across dimensions: `SMB (segment)`, `SMB in
 * Europe`, `SMB · Basic (segment × plan)`.
 */
export function contributorLabel(by: readonly Dimension[], key: Readonly<Record<string, string>>): string {
  if (by.length === 2 && by.includes('region')) return groupLabel(by, key);
  return `${groupLabel(by, key)} (${by.join(' × ')})`;
}

/**
 * How much of a KPI's change one group of a breakdown accounts for: pure arithmetic over the
 * group's numbers in the two periods, with no SQL, so its exactness can be tested on its own.
 */

/** A ratio's two sums for one group (or the total) in one period, unscaled. */
export interface RatioParts {
  readonly numerator: number;
  readonly denominator: number;
}

/** Something in the period compared with (`before`) and in the period asked about (`after`). */
export interface BeforeAfter<T> {
  readonly before: T;
  readonly after: T;
}

/**
 * A sum or a count (and a stock, which is a sum at an instant): the groups partition the
 * records, so a group's contribution is its own change, and the contributions add up to the
 * total change. A group with no records in a period counts as 0 there.
 */
export function additiveContribution(values: BeforeAfter<number | null>): number {
  return (values.after ?? 0) - (values.before ?? 0);
}

/** One group's share of a ratio's change, split into its own rate's move and its weight's. */
export interface RateMix {
  /** rate + mix: the group's part of the total change, in the KPI's unit. */
  readonly contribution: number;
  /** The change of the group's own rate, weighted by its mean share of the denominator. */
  readonly rate: number;
  /** The change of the group's share of the denominator, valued at its mean rate. */
  readonly mix: number;
  /** The group's share of the total denominator (0..1) in each period. */
  readonly weight: BeforeAfter<number>;
  /** The group's own rate (N_g / D_g × scale) in each period; null where its denominator is 0. */
  readonly value: BeforeAfter<number | null>;
}

/**
 * The exact split of a ratio's change by group. The total is R = N / D = Σ w_g r_g with
 * w_g = D_g / D and r_g = N_g / D_g, so a group accounts for w_g1 r_g1 − w_g0 r_g0 of the change.
 * The midpoint (Shapley) form splits that exactly in two:
 *   rate_g = (w_g0 + w_g1) / 2 × (r_g1 − r_g0)   its own rate moved
 *   mix_g  = (r_g0 + r_g1) / 2 × (w_g1 − w_g0)   its weight in the denominator moved
 * and rate_g + mix_g = w_g1 r_g1 − w_g0 r_g0 by algebra, so the parts add up to the total change
 * whenever the groups' denominators and numerators add up to the total's (the groups partition
 * the records). A group whose denominator is 0 in one period has no rate there: its whole part,
 * N_g1 / D_1 − N_g0 / D_0 (which is defined, as w_g r_g = N_g / D), is mix, valued at the rate it
 * does have. `totals` are the KPI's denominators over all groups; both must be non-zero.
 */
export function rateMix(group: BeforeAfter<RatioParts>, totals: BeforeAfter<number>, scale: number): RateMix {
  const w0 = group.before.denominator / totals.before;
  const w1 = group.after.denominator / totals.after;
  const weight = { before: w0, after: w1 };
  const rateOf = (p: RatioParts): number | null => (p.denominator === 0 ? null : (p.numerator / p.denominator) * scale);
  const r0 = rateOf(group.before);
  const r1 = rateOf(group.after);
  const value = { before: r0, after: r1 };
  if (r0 === null || r1 === null) {
    const mix = (group.after.numerator / totals.after - group.before.numerator / totals.before) * scale;
    return { contribution: mix, rate: 0, mix, weight, value };
  }
  const rate = ((w0 + w1) / 2) * (r1 - r0);
  const mix = ((r0 + r1) / 2) * (w1 - w0);
  return { contribution: rate + mix, rate, mix, weight, value };
}

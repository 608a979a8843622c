import type { Zone } from 'luxon';

const MINUTE = 60_000;
/** Clock changes are months apart, so the offsets a day either side are the ones around a time. */
const DAY = 86_400_000;

/**
 * The instant a wall-clock time in `zone` stands for, read as RFC 5545 and Temporal's
 * "compatible" disambiguation read it (shared/data-contract.md, "Conventions"): a time that a
 * clock change repeats (the autumn hour) is its first occurrence, in the offset before the change;
 * a time that a clock change skips (the spring gap) moves forward by the length of the gap.
 *
 * `wall` is the wall-clock time written as if it were UTC: `Date.UTC` of its fields.
 *
 * luxon is not used for this on purpose: for a repeated time it picks the occurrence whose offset
 * matches the zone's offset at the moment the code runs, so the same file imported in July and in
 * December would give different instants.
 */
export function instantOfWallClock(wall: number, zone: Zone): number {
  const before = zone.offset(wall - DAY);
  const after = zone.offset(wall + DAY);
  // Each offset in force around the time gives a candidate instant; a candidate is real when the
  // zone has that very offset at it. The larger offset gives the earlier instant.
  const first = wall - Math.max(before, after) * MINUTE;
  if (zone.offset(first) === Math.max(before, after)) return first;
  const second = wall - Math.min(before, after) * MINUTE;
  if (zone.offset(second) === Math.min(before, after)) return second;
  // Neither is real: the clocks skipped this time. Read with the offset before the change, it is
  // an instant after the change, whose wall-clock time is later by the gap.
  return wall - before * MINUTE;
}

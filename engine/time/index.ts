/** Periods: resolving period words to dates in a time zone, comparisons, time-grain slices, and wall-clock times to instants. */
export type { Bucket, Clock, Period, PeriodBounds, PeriodError, PeriodErrorCode, Step } from './period.js';
export { resolvePeriod, MAX_LAST_N } from './resolve-period.js';
export { shiftPeriod, labelFor } from './shift-period.js';
export { periodBounds } from './period-bounds.js';
export { splitPeriod, MAX_BUCKETS } from './split-period.js';
export { readToDate, sameSpan } from './read-to-date.js';
export { instantOfWallClock } from './wall-clock.js';

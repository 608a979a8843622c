/**
 * The robust rule for "far outside its own history": the median m and the median absolute
 * deviation (MAD) of the earlier values, and a modified z-score 0.6745 × |value − m| / MAD
 * (Iglewicz and Hoaglin) above 3.5, which is |value − m| > 3.5 × 1.4826 × MAD. Median and MAD,
 * unlike mean and standard deviation, are not dragged by the very outliers they are to find (one
 * bad week in the history would widen a standard deviation enough to hide the next one); 1.4826
 * scales the MAD to a standard deviation for normally distributed values.
 */
export const Z_LIMIT = 3.5;
export const MAD_SCALE = 1.4826;
/** Fewer known earlier values than this and the median says too little to call anything unusual. */
export const MIN_KNOWN = 8;

/** What the rule found, with the numbers behind it (for the flag's line and for `explain`). */
export type OutlierCheck =
  | { readonly kind: 'no-value'; readonly history: readonly (number | null)[] }
  | { readonly kind: 'few-periods'; readonly history: readonly (number | null)[]; readonly known: number }
  /**
   * Half the earlier values or more are the median itself: any other value would score as
   * infinitely far out. Saying nothing beats dividing by zero and flagging every small move.
   */
  | { readonly kind: 'no-spread'; readonly history: readonly (number | null)[]; readonly median: number }
  | {
      readonly kind: 'usual' | 'unusual';
      readonly history: readonly (number | null)[];
      readonly value: number;
      readonly median: number;
      readonly mad: number;
      /** 3.5 × 1.4826 × MAD: how far from the median a value may lie before it is unusual. */
      readonly threshold: number;
      readonly direction: 'above' | 'below';
    };

export function robustOutlier(value: number | null, history: readonly (number | null)[]): OutlierCheck {
  if (value === null) return { kind: 'no-value', history };
  const known = history.filter((v): v is number => v !== null);
  if (known.length < MIN_KNOWN) return { kind: 'few-periods', history, known: known.length };
  const m = median(known);
  const mad = median(known.map((v) => Math.abs(v - m)));
  if (mad === 0) return { kind: 'no-spread', history, median: m };
  const threshold = Z_LIMIT * MAD_SCALE * mad;
  const kind = Math.abs(value - m) > threshold ? 'unusual' : 'usual';
  return { kind, history, value, median: m, mad, threshold, direction: value >= m ? 'above' : 'below' };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

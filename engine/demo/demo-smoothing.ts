/**
 * Centered moving average of a daily series over `width` days, reading only the first `full`
 * days (the last, still-running day would drag the average down). Days past `full` take the
 * last full day's average.
 */
export function movingAverage(series: Float64Array, full: number, width: number): Float64Array {
  const out = new Float64Array(series.length);
  if (full <= 0) return out;
  const prefix = new Float64Array(full + 1);
  for (let i = 0; i < full; i++) prefix[i + 1] = (prefix[i] ?? 0) + (series[i] ?? 0);
  const half = Math.floor(width / 2);
  for (let i = 0; i < series.length; i++) {
    const c = Math.min(i, full - 1);
    const lo = Math.max(0, c - half);
    const hi = Math.min(full, c + half + 1);
    out[i] = ((prefix[hi] ?? 0) - (prefix[lo] ?? 0)) / (hi - lo);
  }
  return out;
}

import type { DimensionValues } from '../../engine/query/dimension-values.js';

/**
 * The values of each dimension in the data, kept in memory for the reader and read again when
 * older than `maxAgeMs`, or at once when a question had a word nothing read (it may be a value an
 * import has just added, in this process or another one on the same database).
 */
export interface ValueDictionary {
  /** The values, read again first when they are older than the maximum age. */
  fresh(): Promise<DimensionValues>;
  /** Reads the values again now. */
  refresh(): Promise<DimensionValues>;
}

export function valueDictionary(read: () => Promise<DimensionValues>, now: () => number, maxAgeMs = 60_000): ValueDictionary {
  let values: DimensionValues | undefined;
  let readAt = Number.NEGATIVE_INFINITY;
  let reading: Promise<DimensionValues> | undefined;
  const refresh = (): Promise<DimensionValues> => {
    // Callers arriving while a read is under way share it.
    reading ??= read()
      .then((v) => {
        values = v;
        readAt = now();
        return v;
      })
      .finally(() => {
        reading = undefined;
      });
    return reading;
  };
  return {
    async fresh() {
      if (values !== undefined && now() - readAt < maxAgeMs) return values;
      return refresh();
    },
    refresh,
  };
}

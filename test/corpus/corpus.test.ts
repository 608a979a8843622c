import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCatalog } from '../../engine/catalog/load-catalog.js';
import type { Catalog } from '../../engine/catalog/catalog.js';
import { normalizeName } from '../../engine/catalog/normalize-name.js';
import type { DimensionValues } from '../../engine/query/dimension-values.js';
import { resolvePeriod } from '../../engine/time/index.js';
import { parseCommand } from '../../bot/language/parse-command.js';
import { formatReading } from '../../bot/language/format-reading.js';
import { errorMessage } from '../../bot/messages.js';
import { CORPUS_TODAY, CORPUS_VALUES, QUESTIONS, REFUSED } from './questions.js';

let catalog: Catalog;
const clock = { now: Date.parse(`${CORPUS_TODAY}T10:00:00Z`), timezone: 'UTC', fiscalYearStart: 1 };
const isPeriod = (w: string): boolean => {
  const r = resolvePeriod(w, clock);
  return r.ok || r.error.code === 'period.invalid';
};
/**
 * The dictionary as the database gives it: orders broken down by `channel` are by the customer's
 * acquisition channel, so those values are values of `channel` too.
 */
const values: DimensionValues = {
  ...CORPUS_VALUES,
  channel: [...new Set([...(CORPUS_VALUES['channel'] ?? []), ...(CORPUS_VALUES['acquisition_channel'] ?? [])])],
};

beforeAll(async () => {
  const loaded = await loadCatalog({ dirs: [join(process.cwd(), 'queries')] });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error, null, 2));
  catalog = loaded.value;
});

/** How a line was read, as the reading text, or the error's code and words. */
function readingOf(q: string): string {
  const r = parseCommand(q, { catalog, isPeriod, values, today: CORPUS_TODAY });
  if (!r.ok) return `error ${r.error.code}: ${errorMessage(r.error)}`;
  if (r.value.kind !== 'query') return `not a question: ${r.value.kind}`;
  return formatReading(r.value);
}

describe('the question corpus: questions as people type them, read as they mean', () => {
  it.each(QUESTIONS.map((c) => [c.lang, c.q, c.reading] as const))('GIVEN (%s) %j THEN it reads %j', (_lang, q, reading) => {
    expect(readingOf(q)).toBe(reading);
  });

  it.each(REFUSED.map((c) => [c.lang, c.q, c.word] as const))('GIVEN (%s) %j THEN it is refused, naming %j', (_lang, q, word) => {
    const r = parseCommand(q, { catalog, isPeriod, values, today: CORPUS_TODAY });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(normalizeName(errorMessage(r.error))).toContain(normalizeName(word));
  });
});

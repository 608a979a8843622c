import { join } from 'node:path';
import { loadCatalog } from '../../engine/catalog/load-catalog.js';
import type { DimensionValues } from '../../engine/query/dimension-values.js';
import type { Result } from '../../engine/result.js';
import { resolvePeriod } from '../../engine/time/index.js';
import type { Command } from '../../bot/language/command.js';
import type { ParseError } from '../../bot/language/parse-error.js';
import { parseCommand } from '../../bot/language/parse-command.js';
import { formatReading } from '../../bot/language/format-reading.js';
import { errorMessage } from '../../bot/messages.js';
import { CORPUS_TODAY, CORPUS_VALUES } from './questions.js';

/**
 * The dictionary as the database gives it: orders broken down by `channel` are by the customer's
 * acquisition channel, so those values are values of `channel` too.
 */
export const CORPUS_DICTIONARY: DimensionValues = {
  ...CORPUS_VALUES,
  channel: [...new Set([...(CORPUS_VALUES['channel'] ?? []), ...(CORPUS_VALUES['acquisition_channel'] ?? [])])],
};

export type Parse = (line: string) => Result<Command, ParseError>;

/** The real parser over the real catalog, on the corpus's day (UTC, calendar fiscal year) and values. */
export async function corpusParser(today = CORPUS_TODAY): Promise<Parse> {
  const loaded = await loadCatalog({ dirs: [join(process.cwd(), 'queries')] });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error, null, 2));
  const catalog = loaded.value;
  const clock = { now: Date.parse(`${today}T10:00:00Z`), timezone: 'UTC', fiscalYearStart: 1 };
  const isPeriod = (w: string): boolean => {
    const r = resolvePeriod(w, clock);
    return r.ok || r.error.code === 'period.invalid';
  };
  return (line) => parseCommand(line, { catalog, isPeriod, values: CORPUS_DICTIONARY, today });
}

/** How a line was read: the reading text, the command kind for other commands, or the error's words. */
export function readingOf(r: Result<Command, ParseError>): string {
  if (!r.ok) return `error ${r.error.code}: ${errorMessage(r.error)}`;
  return r.value.kind === 'query' ? formatReading(r.value) : `not a question: ${r.value.kind}`;
}

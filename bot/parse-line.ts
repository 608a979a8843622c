import type { Engine } from '../engine/query/engine.js';
import type { DimensionValues } from '../engine/query/dimension-values.js';
import type { Result } from '../engine/result.js';
import type { Command } from './language/command.js';
import { parseCommand } from './language/parse-command.js';
import type { ParseError } from './language/parse-error.js';

/**
 * Parses a line against the engine's catalog and periods, and the dimension values in the data
 * (a value typed on its own filters by it): what every entry point does first.
 */
export function parseLine(engine: Engine, line: string, values?: DimensionValues): Result<Command, ParseError> {
  const today = engine.period('today');
  return parseCommand(line, {
    catalog: engine.catalog,
    // A word that looks like a period but is wrong (2026-13) goes to the engine, which says why.
    isPeriod: (word) => {
      const r = engine.period(word);
      return r.ok || r.error.code === 'period.invalid';
    },
    ...(values ? { values } : {}),
    ...(today.ok ? { today: today.value.startDate } : {}),
  });
}

/** Whether a parse failed on a word nothing read: worth reading the dimension values again and retrying. */
export const failedOnAWord = (r: Result<Command, ParseError>): boolean =>
  !r.ok && (r.error.code === 'question.unread' || r.error.code === 'kpi.unknown' || r.error.code === 'filter.value_unknown');

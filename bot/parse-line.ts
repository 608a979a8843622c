import type { Engine } from '../engine/query/engine.js';
import type { Result } from '../engine/result.js';
import type { Command } from './language/command.js';
import { parseCommand } from './language/parse-command.js';
import type { ParseError } from './language/parse-error.js';

/** Parses a line against the engine's catalog and periods: what every entry point does first. */
export function parseLine(engine: Engine, line: string): Result<Command, ParseError> {
  return parseCommand(line, {
    catalog: engine.catalog,
    // A word that looks like a period but is wrong (2026-13) goes to the engine, which says why.
    isPeriod: (word) => {
      const r = engine.period(word);
      return r.ok || r.error.code === 'period.invalid';
    },
  });
}

import type { Engine } from '../engine/query/engine.js';
import type { KpiResult } from '../engine/query/query.js';
import type { Result } from '../engine/result.js';
import type { BotError } from './messages.js';
import { parseQuery } from './parse-query.js';

/** Answers one line of the query language: parse against the catalog, then ask the engine. */
export async function ask(engine: Engine, text: string): Promise<Result<KpiResult, BotError>> {
  const parsed = parseQuery(text, {
    catalog: engine.catalog,
    // A word that looks like a period but is wrong (2026-13) goes to the engine, which says why.
    isPeriod: (word) => {
      const r = engine.period(word);
      return r.ok || r.error.code === 'period.invalid';
    },
  });
  if (!parsed.ok) return parsed;
  return engine.ask(parsed.value);
}

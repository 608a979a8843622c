import type { Engine } from '../engine/query/engine.js';
import type { KpiResult } from '../engine/query/query.js';
import { err, type Result } from '../engine/result.js';
import { parseCommand } from './language/parse-command.js';
import type { BotError } from './messages.js';
import { askKpi } from './answer-question.js';

/** Answers one question of the query language without a session (the `kpibot ask` command). */
export async function ask(engine: Engine, text: string): Promise<Result<KpiResult, BotError>> {
  const parsed = parseCommand(text, {
    catalog: engine.catalog,
    // A word that looks like a period but is wrong (2026-13) goes to the engine, which says why.
    isPeriod: (word) => {
      const r = engine.period(word);
      return r.ok || r.error.code === 'period.invalid';
    },
  });
  if (!parsed.ok) return parsed;
  const c = parsed.value;
  const [metric, ...more] = c.kind === 'query' ? c.metrics : [];
  if (c.kind !== 'query' || metric === undefined || more.length > 0) return err({ code: 'ask.single', input: text });
  return askKpi(engine, c, metric);
}

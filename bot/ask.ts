import type { Engine } from '../engine/query/engine.js';
import type { KpiResult } from '../engine/query/query.js';
import { err, type Result } from '../engine/result.js';
import { parseLine } from './parse-line.js';
import type { BotError } from './messages.js';
import { askKpi } from './answer-question.js';

/** Answers one question of the query language without a session (the `kpibot ask` command). */
export async function ask(engine: Engine, text: string): Promise<Result<KpiResult, BotError>> {
  const parsed = parseLine(engine, text);
  if (!parsed.ok) return parsed;
  const c = parsed.value;
  const [metric, ...more] = c.kind === 'query' ? c.metrics : [];
  if (c.kind !== 'query' || metric === undefined || more.length > 0) return err({ code: 'ask.single', input: text });
  return askKpi(engine, c, metric);
}

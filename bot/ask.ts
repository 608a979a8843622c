import type { Engine } from '../engine/query/engine.js';
import type { KpiResult } from '../engine/query/query.js';
import { err, ok, type Result } from '../engine/result.js';
import type { QueryCommand } from './language/command.js';
import { parseLine } from './parse-line.js';
import type { BotError } from './messages.js';
import { askKpi } from './answer-question.js';

/** Answers one question of the query language without a session (the `kpibot ask` command). */
export async function ask(engine: Engine, text: string): Promise<Result<KpiResult, BotError>> {
  const r = await askQuestion(engine, text);
  return r.ok ? ok(r.value.result) : r;
}

/** The same, with the question as parsed: its `top N` and `as ...` shape how the answer is shown. */
export async function askQuestion(engine: Engine, text: string): Promise<Result<{ result: KpiResult; command: QueryCommand }, BotError>> {
  const parsed = parseLine(engine, text, await engine.dimensionValues());
  if (!parsed.ok) return parsed;
  const c = parsed.value;
  const [metric, ...more] = c.kind === 'query' ? c.metrics : [];
  if (c.kind !== 'query' || metric === undefined || more.length > 0) return err({ code: 'ask.single', input: text });
  const result = await askKpi(engine, c, metric);
  return result.ok ? ok({ result: result.value, command: c }) : result;
}

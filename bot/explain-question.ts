import type { Engine } from '../engine/query/engine.js';
import type { QueryCommand } from './language/command.js';
import { askKpi, isSingleNumber } from './answer-question.js';
import { historyOf } from './periods-before.js';
import { anomalyOf } from './anomaly/anomaly-flag.js';
import { explainAnomalyText } from './anomaly/explain-anomaly.js';
import { axisName, describePeriod } from './reply/answer-reply.js';
import { failure } from './messages.js';
import { text, type Reply } from './reply/reply.js';
import type { Voice } from './i18n/voice.js';

/**
 * `explain <question>`: for each KPI, what it is, the period's exact bounds, what it is compared
 * with, the breakdown and filters, the SQL that was run with its parameters, and the anomaly
 * check with its numbers, so an answer can be redone by hand. Labels are in the reply's voice;
 * the SQL is SQL.
 */
export async function explainQuestion(engine: Engine, command: QueryCommand, voice: Voice): Promise<Reply> {
  const words = voice.texts.explain;
  const lines: string[] = [];
  for (const metric of command.metrics) {
    const r = await askKpi(engine, command, metric);
    if (!r.ok) return failure(r.error);
    const x = r.value;
    lines.push(
      words.kpi(x.metric, x.name, engine.catalog.get(x.metric)?.formula ?? ''),
      words.period(describePeriod(x.period, voice), words.bounds(x.period.start, x.period.end, x.period.timezone)),
      ...(x.compare ? [words.compared(describePeriod(x.compare.period, voice))] : []),
      words.breakdown(x.by.map((a) => axisName(a, voice)), Object.keys(x.filters).length > 0 ? JSON.stringify(x.filters) : null),
      words.sql(x.statements.length),
      ...x.statements.flatMap((s, i) => [`-- ${i + 1}`, s.sql, `-- ${words.params}: ${JSON.stringify(s.params)}`]),
    );
    // The same check the answer makes, with its numbers, so a flag can be redone by hand.
    const history = isSingleNumber(x) ? await historyOf(engine, command, x) : undefined;
    if (history) lines.push(...explainAnomalyText(await anomalyOf(engine, command, x, history, voice), voice));
  }
  return text(lines.join('\n'));
}

/**
 * The answer a person gets, timed as a whole: the question read, every KPI read the answer
 * needs (comparison, history for the headline card, NPS distribution), the reply's text and
 * each chart rendered to PNG.
 */
import type { Engine } from '../engine/query/engine.js';
import type { DimensionValues } from '../engine/query/dimension-values.js';
import type { ChartRenderer } from '../engine/chart/chart-renderer.js';
import { parseLine } from '../bot/parse-line.js';
import { answerQuestion } from '../bot/answer-question.js';
import { voiceOf } from '../bot/i18n/voice.js';

export interface EndToEndAnswer {
  readonly parts: number;
  readonly pngBytes: number;
}

/**
 * `values` are read once by the caller, as the bot keeps them between messages (bot.ts reads
 * them again only when a word is not understood).
 */
export async function answerEndToEnd(engine: Engine, renderer: ChartRenderer, values: DimensionValues, text: string): Promise<EndToEndAnswer> {
  const parsed = parseLine(engine, text, values);
  if (!parsed.ok || parsed.value.kind !== 'query') throw new Error(`${text}: not read as a question`);
  const answer = await answerQuestion(engine, parsed.value, voiceOf('en', { currency: engine.workspace.currency }));
  if (!answer.ok) throw new Error(`${text}: ${answer.error.code}`);
  let pngBytes = 0;
  for (const part of answer.value.parts) {
    if (part.kind === 'chart') pngBytes += (await renderer.render(part.spec)).png.length;
  }
  return { parts: answer.value.parts.length, pngBytes };
}

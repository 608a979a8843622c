import { createInterface } from 'node:readline';
import type { Engine } from '../../engine/query/engine.js';
import { KPI_AREAS } from '../../engine/catalog/kpi-schema.js';
import { ask } from '../../bot/ask.js';
import { formatResult } from '../../bot/format-result.js';
import { errorMessage } from '../../bot/messages.js';
import { println, type CliIo } from '../cli/cli-io.js';

const HELP = `Ask with /kpi (or without it):
  /kpi churn last-quarter by segment
  /kpi revenue by month last-12m
  /kpi nps 2026-Q1 vs previous
  /kpi complaints by week last-90d where channel=phone
  /kpi list        every KPI, by area
  help, exit`;

/**
 * The interactive console: one `/kpi ...` line in, one answer out. It reads any stream, so piping
 * a file of questions into `npm start` works as well as typing.
 */
export async function runConsole(engine: Engine, io: CliIo, banner: string): Promise<void> {
  const interactive = io.stdin.isTTY === true;
  println(io.stdout, banner);
  println(io.stdout, HELP);
  const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: interactive, prompt: 'kpi> ' });
  if (interactive) rl.prompt();
  for await (const line of rl) {
    const text = line.trim().replace(/^\/kpi\b\s*/i, '');
    if (text === 'exit' || text === 'quit') break;
    if (text !== '') {
      if (!interactive) println(io.stdout, `kpi> ${line.trim()}`);
      println(io.stdout, await answer(engine, text));
      println(io.stdout);
    }
    if (interactive) rl.prompt();
  }
  rl.close();
}

async function answer(engine: Engine, text: string): Promise<string> {
  if (text === 'help' || text === '?') return HELP;
  if (text === 'list') return listKpis(engine);
  const result = await ask(engine, text);
  if (!result.ok) return errorMessage(result.error);
  return formatResult(result.value, { currency: engine.workspace.currency });
}

function listKpis(engine: Engine): string {
  return KPI_AREAS.map((area) => {
    const kpis = engine.catalog.list().filter((k) => k.area === area);
    return `${area}:\n  ${kpis.map((k) => `${k.id} (${k.name})`).sort().join('\n  ')}`;
  }).join('\n');
}

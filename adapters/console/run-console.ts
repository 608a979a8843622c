import { createInterface } from 'node:readline';
import type { Bot } from '../../bot/bot.js';
import { HELP_TEXT } from '../../bot/describe-kpi.js';
import { println, type CliIo } from '../cli/cli-io.js';
import { renderReply } from './render-reply.js';
import type { ChartFiles } from './chart-files.js';

/**
 * The interactive console: one `/kpi ...` line in, one answer out, in a notebook session that
 * survives restarts. It reads any stream, so piping a file of questions into `npm start` works as
 * well as typing.
 */
export async function runConsole(
  bot: Bot,
  who: { user: string; channel: string; platform: string },
  io: CliIo,
  banner: string,
  charts?: ChartFiles,
): Promise<void> {
  const interactive = io.stdin.isTTY === true;
  println(io.stdout, banner);
  println(io.stdout, HELP_TEXT);
  const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: interactive, prompt: 'kpi> ' });
  if (interactive) rl.prompt();
  for await (const line of rl) {
    const text = line.trim().replace(/^\/kpi\b\s*/i, '');
    if (text === 'exit' || text === 'quit') break;
    if (text !== '') {
      if (!interactive) println(io.stdout, `kpi> ${line.trim()}`);
      try {
        const reply = await bot.handle({ ...who, text });
        const files = charts ? await charts.save(reply) : [];
        println(io.stdout, renderReply(reply, (i) => files[i]));
      } catch (e) {
        // One failed answer must not end the session the person is working in.
        println(io.stderr, `Something went wrong answering that (${e instanceof Error ? e.message.split('\n')[0] : String(e)}). Try again in a moment.`);
      }
      println(io.stdout);
    }
    if (interactive) rl.prompt();
  }
  rl.close();
}

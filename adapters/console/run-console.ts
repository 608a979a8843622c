import { createInterface } from 'node:readline';
import type { Bot } from '../../bot/bot.js';
import { helpText } from '../../bot/describe-kpi.js';
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
  about: { readonly database: string; readonly zone: string; readonly kpis: number },
  charts?: ChartFiles,
): Promise<void> {
  const interactive = io.stdin.isTTY === true;
  // The greeting speaks the workspace's language, as a line that names none would be answered.
  const greeting = bot.voiceFor({ ...who, text: '' });
  println(io.stdout, greeting.texts.platform.banner(about.database, about.zone, about.kpis));
  println(io.stdout, helpText(greeting.language));
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
        println(io.stdout, renderReply(reply, (i) => files[i], bot.voiceFor({ ...who, text }).texts.platform));
      } catch (e) {
        // One failed answer must not end the session the person is working in.
        const detail = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
        println(io.stderr, bot.voiceFor({ ...who, text }).texts.platform.wentWrong(detail));
      }
      println(io.stdout);
    }
    if (interactive) rl.prompt();
  }
  rl.close();
}

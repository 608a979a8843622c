import type { DigestSink } from '../../bot/digest/digest-scheduler.js';
import { println, type CliIo } from '../cli/cli-io.js';
import type { ChartFiles } from './chart-files.js';
import { renderReply } from './render-reply.js';

/**
 * Digests of the console's subscriptions, printed between answers with their charts saved beside
 * the notebook. A terminal keeps no history to look a message up in, so after a crash mid-print a
 * digest may print again: the console is for trying subscriptions out; chats keep the promise.
 */
export function consoleDigestSink(io: Pick<CliIo, 'stdout'>, charts: ChartFiles): DigestSink {
  let printed = 0;
  return {
    platform: 'console',
    async deliver(_to, reply, key) {
      const files = await charts.save(reply, `digest-${key.replace(/\D+/g, '-')}`);
      println(io.stdout, `\n${renderReply(reply, (i) => files[i])}\n`);
      return `console-${++printed}`;
    },
    async find() {
      return null;
    },
    // The console prints a digest whole, charts named with it: there is nothing to add after.
    async attach() {
      return undefined;
    },
    async notify(_to, text) {
      println(io.stdout, `\n${text}\n`);
    },
  };
}

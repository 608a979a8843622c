import type { Bot } from '../bot.js';
import { sessionOf } from '../bot.js';
import { languageOfLocale } from '../i18n/locale.js';
import type { Inbound } from '../policy/turn.js';
import { audienceOf } from '../reply/audience.js';
import { text } from '../reply/reply.js';
import type { MessageLinks } from '../session/message-links.js';
import { DirectoryError, type Directory } from './directory.js';
import type { Outbox } from './outbox.js';

/** Where a reply goes: the channel (and thread) it is linked under, and whatever else the platform needs. */
export interface Place {
  readonly channel: string;
  readonly thread?: string;
}

export interface TurnRunnerDeps<To extends Place> {
  readonly bot: Bot;
  readonly directory: Directory;
  readonly outbox: Outbox<To>;
  readonly links: MessageLinks;
  readonly now: () => number;
  readonly logger: { error(message: string): void };
  /** `slack`, `discord`: policies and sessions tell platforms apart by it. */
  readonly platform: string;
  /** Whether a channel is a direct message: it has no name for channel rules to match. */
  readonly isDirect: (channel: string) => boolean;
}

export interface TurnRunner<To extends Place> {
  /** One message from a platform: who asks is looked up, the bot answers, the reply goes out, its cell is linked. */
  run(inbound: Inbound, to: To): Promise<void>;
  /** Resolves when every turn in flight is done, so a clean stop does not close the database under one. */
  settle(): Promise<void>;
}

/**
 * The per-message turn every chat platform shares: look up the person and the channel, speak the
 * person's platform language when their words do not say, run the bot, send the reply to everyone
 * or to the asker alone (audience.ts), and link a posted answer to its notebook cell (and its
 * thread) so replies and buttons under it continue the session.
 */
export function turnRunner<To extends Place>(deps: TurnRunnerDeps<To>): TurnRunner<To> {
  const inFlight = new Set<Promise<void>>();

  async function answer(inbound: Inbound, to: To): Promise<void> {
    try {
      const person = await deps.directory.person(inbound.user);
      // A direct message has no name for channel rules to match, so restricted KPIs stay in their channels.
      const channelName = deps.isDirect(inbound.channel) ? undefined : await deps.directory.channelName(inbound.channel, inbound.channelName);
      // A button says the language of the answer it sits under; else the person's platform language.
      const language = inbound.language ?? (person.locale !== undefined ? languageOfLocale(person.locale) : undefined);
      const locale = person.locale !== undefined && languageOfLocale(person.locale) === language ? { locale: person.locale } : {};
      const asked: Inbound = {
        ...inbound,
        platform: deps.platform,
        guest: person.guest,
        external: person.external,
        ...(person.roles ? { roles: person.roles } : {}),
        ...(channelName ? { channelName } : {}),
        ...(language ? { language } : {}),
        ...locale,
        text: inbound.text.trim() === '' ? 'help' : inbound.text,
      };
      const reply = await deps.bot.handle(asked);
      const voice = deps.bot.voiceFor(asked);
      if (audienceOf(reply) === 'asker') {
        await deps.outbox.tell(to, reply, voice);
        return;
      }
      const posted = await deps.outbox.post(to, reply, voice);
      const cell = reply.kind === 'multi' ? reply.cell : undefined;
      if (posted && cell) {
        const link = { sessionId: sessionOf(asked), cell: cell.n };
        await deps.links.link(to.channel, posted.messageId, link, deps.now());
        // The thread the answer went into continues the same session too.
        if (to.thread) await deps.links.link(to.channel, to.thread, link, deps.now());
      }
      await posted?.afterwards?.();
    } catch (e) {
      const voice = deps.bot.voiceFor(inbound);
      if (!(e instanceof DirectoryError)) deps.logger.error(`answering "${inbound.text}" in ${inbound.channel} failed: ${String(e)}`);
      await deps.outbox.tell(to, text(e instanceof DirectoryError ? e.message : voice.texts.platform.failedLogged), voice);
    }
  }

  return {
    run(inbound, to) {
      const running = answer(inbound, to).finally(() => inFlight.delete(running));
      inFlight.add(running);
      return running;
    },
    async settle() {
      await Promise.allSettled([...inFlight]);
    },
  };
}

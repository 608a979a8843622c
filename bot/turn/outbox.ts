import type { Reply } from '../reply/reply.js';
import type { Voice } from '../i18n/voice.js';

/** A reply posted for the channel: its message id, and what still follows it (Slack's chart upload). */
export interface Posted {
  readonly messageId: string;
  /** Sent after the message is linked to its cell, so a reply in its thread finds the session at once. */
  readonly afterwards?: () => Promise<void>;
}

/**
 * How a platform sends a reply where a message came from (`To`: a Slack channel and thread with
 * its response_url, a Discord interaction). The platform renders the reply in its own way; the
 * words around it come from the voice.
 */
export interface Outbox<To> {
  /** For everyone in the channel. Null when it could only reach the asker (the bot is not in the channel). */
  post(to: To, reply: Reply, voice: Voice): Promise<Posted | null>;
  /** For the asker alone. */
  tell(to: To, reply: Reply, voice: Voice): Promise<void>;
}

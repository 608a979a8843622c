/** What a platform says about the person asking. */
export interface Person {
  /** A guest account (Slack's single- and multi-channel guests). */
  readonly guest: boolean;
  /** A member of another workspace or organisation (a shared channel). */
  readonly external: boolean;
  /** The language the person set on the platform (`pt-BR`), when it says. */
  readonly locale?: string;
  /** The person's roles where they are asking (Discord), for policies that name roles. */
  readonly roles?: readonly string[];
}

/**
 * Who is asking and where, as each platform looks it up (Slack's users.info and
 * conversations.info, Discord's interaction payload). The turn runner asks before every message.
 */
export interface Directory {
  /** Throws a `DirectoryError` whose message a person can act on when the platform will not say. */
  person(user: string): Promise<Person>;
  /** A channel's name for the channel rules; `known` when the message carried it. */
  channelName(channel: string, known?: string): Promise<string | undefined>;
}

/** The platform would not say who someone is; the message says what an admin should do. */
export class DirectoryError extends Error {}

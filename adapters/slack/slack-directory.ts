import type { Logger } from '@slack/logger';
import type { webApi } from '@slack/bolt';
import { slackErrorCode } from './slack-error.js';
import { DirectoryError, type Directory, type Person } from '../../bot/turn/directory.js';

/** Who the bot is, from `auth.test` at start-up. */
export interface SlackIdentity {
  readonly teamId: string;
  readonly enterpriseId: string | undefined;
  readonly botUserId: string;
  readonly botId: string | undefined;
}

/** On Slack, `external` is a member of another workspace, not of ours or our Enterprise Grid org. */
export type SlackPerson = Person;

/** How long a person's or channel's facts are trusted before asking Slack again. */
const TTL_MS = 10 * 60 * 1000;

/**
 * People and channel names, from `users.info` and `conversations.info`, cached for ten minutes so a
 * busy channel costs one lookup per person, not one per question.
 */
export function slackDirectory(client: webApi.WebClient, identity: SlackIdentity, now: () => number, logger: Logger): Directory {
  const people = new Map<string, { at: number; person: Promise<SlackPerson> }>();
  const channels = new Map<string, { at: number; name: Promise<string | undefined> }>();

  async function lookUpPerson(user: string): Promise<SlackPerson> {
    let info: webApi.UsersInfoResponse;
    try {
      // The locale lets a reply speak the person's language when their words do not say it.
      info = await client.users.info({ user, include_locale: true });
    } catch (e) {
      throw new DirectoryError(
        `I could not check your account (users.info: ${slackErrorCode(e)}). An admin should reinstall the app with the users:read scope (adapters/slack/manifest.yaml).`,
      );
    }
    const u = info.user ?? {};
    const grid = identity.enterpriseId !== undefined && u.enterprise_user?.enterprise_id === identity.enterpriseId;
    return {
      guest: u.is_restricted === true || u.is_ultra_restricted === true,
      external: u.is_stranger === true || (u.team_id !== undefined && u.team_id !== identity.teamId && !grid),
      ...(u.locale ? { locale: u.locale } : {}),
    };
  }

  async function lookUpChannel(channel: string): Promise<string | undefined> {
    try {
      return (await client.conversations.info({ channel })).channel?.name;
    } catch (e) {
      // Without a name, rules that name channels by id still apply; the rest refuse, which is safe.
      logger.warn(`conversations.info ${channel} failed (${slackErrorCode(e)}): channel rules by name will not match there`);
      return undefined;
    }
  }

  return {
    person(user: string): Promise<SlackPerson> {
      const hit = people.get(user);
      if (hit && now() - hit.at < TTL_MS) return hit.person;
      const person = lookUpPerson(user);
      people.set(user, { at: now(), person });
      person.catch(() => people.delete(user));
      return person;
    },
    channelName(channel: string, known?: string): Promise<string | undefined> {
      if (known) return Promise.resolve(known);
      const hit = channels.get(channel);
      if (hit && now() - hit.at < TTL_MS) return hit.name;
      const name = lookUpChannel(channel);
      channels.set(channel, { at: now(), name });
      return name;
    },
  };
}


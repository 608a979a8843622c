import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../bot/config.js';
import { FakeSlack, manifestScopes } from './fake-slack/fake-slack-server.js';
import { eventBody, FORM, JSON_TYPE, postSigned, responseTo, slackTestBed, slashBody, type SlackTestBed } from './fake-slack/slack-harness.js';

interface Manifest {
  display_information: { name: string; description: string };
  features: { bot_user: { display_name: string }; app_home: Record<string, boolean>; slash_commands: { command: string; usage_hint?: string }[] };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
}

const manifest = parse(readFileSync(new URL('../adapters/slack/manifest.yaml', import.meta.url), 'utf8')) as Manifest;

/** NPS shown only in the private channel #support-leads: answering there needs its name. */
const leadsOnly = (c: Config): Config => ({ ...c, policy: { ...c.policy, restricted: [{ kpis: ['nps'], channels: ['support-leads'] }] } });

/** Installs the app with the manifest's scopes, less `without`, and starts kpibot against it. */
async function installedWithout(without: string, config?: (c: Config) => Config): Promise<SlackTestBed> {
  const slack = new FakeSlack({ scopes: manifestScopes().filter((s) => s !== without) });
  await slack.start();
  const bed = await slackTestBed({ mode: 'http', slack, ...(config ? { config } : {}) });
  return {
    ...bed,
    async close() {
      await bed.close();
      await slack.stop();
    },
  };
}

describe('adapters/slack/manifest.yaml, installed in a fake Slack that enforces its scopes', () => {
  let bed: SlackTestBed | undefined;
  afterEach(async () => {
    await bed?.close();
    bed = undefined;
  });

  it('declares /kpi, the events the bot listens to, the buttons and Socket Mode, within Slack’s limits', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/kpi']);
    // A mention asks; replies in an answer's thread, public or private, follow up; a direct message asks.
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.channels', 'message.groups', 'message.im']);
    expect(manifest.features.app_home).toEqual({ home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    // Slack's manifest rules: app name up to 35 characters, description 140, bot name a-z 0-9 - _ .
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.features.bot_user.display_name).toMatch(/^[a-z0-9._-]{1,80}$/);
  });

  it('GIVEN the full manifest THEN a mention in a private channel is matched to its channel rule by name and answered', async () => {
    bed = await installedWithout('', leadsOnly);
    bed.slack.channelNames.set('G0LEADS', 'support-leads');
    await postSigned(bed.eventsUrl, eventBody({ type: 'app_mention', user: 'U0ANA', channel: 'G0LEADS', text: '<@U0KPIBOT> nps 2026-Q1', ts: '1790000200.000001' }, 'EvLeads'), JSON_TYPE);
    const posts = await bed.slack.waitFor('chat.postMessage');
    expect(posts.map((p) => [p.args['channel'], p.args['text']])).toEqual([['G0LEADS', 'Net Promoter Score: +50.0']]);
  });

  it('GIVEN /kpi in a private channel (Slack names it "privategroup") THEN its real name is looked up and its rule applies', async () => {
    bed = await installedWithout('', leadsOnly);
    bed.slack.channelNames.set('C0LEADS', 'support-leads');
    await postSigned(bed.eventsUrl, slashBody(bed.slack, 'nps 2026-Q1', { channel: 'C0LEADS', channelName: 'privategroup' }), FORM);
    const posts = await bed.slack.waitFor('chat.postMessage');
    expect(posts.map((p) => [p.args['channel'], p.args['text']])).toEqual([['C0LEADS', 'Net Promoter Score: +50.0']]);
  });

  it('GIVEN an install without groups:read THEN the private channel cannot be named, the KPI is refused there, and the log says which scope', async () => {
    bed = await installedWithout('groups:read', leadsOnly);
    bed.slack.channelNames.set('G0LEADS', 'support-leads');
    await postSigned(bed.eventsUrl, eventBody({ type: 'app_mention', user: 'U0ANA', channel: 'G0LEADS', text: '<@U0KPIBOT> nps 2026-Q1', ts: '1790000200.000002' }, 'EvLeads2'), JSON_TYPE);
    const told = await bed.slack.waitFor('chat.postEphemeral');
    expect(String(told[0]?.args['text'])).toMatch(/not shared in this channel.*#support-leads/);
    expect(bed.slack.accepted('chat.postMessage')).toHaveLength(0);
    expect(bed.logger.lines.join('\n')).toMatch(/conversations\.info G0LEADS failed \(missing_scope groups:read\)/);
  });

  it('GIVEN an install without files:write THEN the numbers are posted and the asker learns which scope the chart needs', async () => {
    bed = await installedWithout('files:write');
    await postSigned(bed.eventsUrl, slashBody(bed.slack, 'nps 2026-Q1', { id: 'noscope' }), FORM);
    const posts = await bed.slack.waitFor('chat.postMessage');
    expect(posts[0]?.args['text']).toBe('Net Promoter Score: +50.0');
    const words = await responseTo(bed, 'noscope');
    expect(words).toMatch(/^The chart could not be uploaded \(missing_scope files:write\); the numbers above are complete\. An admin should add the scope .*manifest\.yaml/);
    expect(bed.slack.uploads.size).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleBot, type AssembledBot } from '../bot/assemble-bot.js';
import { loadConfig } from '../bot/config.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import { startDiscordBot, type RunningDiscordBot } from '../adapters/discord/discord-bot.js';
import { registerCommands } from '../adapters/discord/register-commands.js';
import { data as kpiCommand } from '../adapters/discord/commands/kpi.js';
import type { DigestScheduler } from '../bot/digest/digest-scheduler.js';
import { FAKE_APP_ID, FAKE_GUILD_ID, FakeDiscord, type DispatchedInteraction, type RecordedCall } from './fake-discord/fake-discord-server.js';
import { seedSurveys } from './survey-seed.js';

const ANA = '1300000000000000401'; // Discord in pt-BR
const SAM = '1300000000000000403'; // Discord in en-US
const NOW = Date.parse('2026-11-22T10:00:00Z');

/**
 * Tickets worked out by hand. last-30d on 22 November 2026 is 23 October – 21 November: complaints
 * by phone on 1, 5 and 20 November (customer A, SMB) and by email on 10 November (B, Enterprise),
 * so 4 complaints, phone 3 and email 1; by segment SMB 3, Enterprise 1. The chat ticket of 3
 * November is no complaint, and the phone complaint of 1 October is before the period.
 */
const TICKETS: [string, string, string, string, number][] = [
  ['t1', 'A', '2026-11-01', 'phone', 1],
  ['t2', 'A', '2026-11-05', 'phone', 1],
  ['t3', 'A', '2026-11-20', 'phone', 1],
  ['t4', 'B', '2026-11-10', 'email', 1],
  ['t5', 'A', '2026-11-03', 'chat', 0],
  ['t6', 'A', '2026-10-01', 'phone', 1],
];

type Embed = { title?: string; description?: string; fields?: { value: string }[]; image?: { url: string }; color?: number };
const body = (c: RecordedCall | undefined): Record<string, unknown> => (c?.body ?? {}) as Record<string, unknown>;
const embedsOf = (c: RecordedCall | undefined): Embed[] => (body(c)['embeds'] ?? []) as Embed[];

describe('kpibot on Discord (the real discord.js, a fake Discord on 127.0.0.1)', () => {
  const clock = { now: NOW };
  let fake: FakeDiscord;
  let assembled: AssembledBot;
  let running: RunningDiscordBot;
  let digests: DigestScheduler;
  const settings = () => ({ token: fake.token, appId: FAKE_APP_ID, apiUrl: fake.apiUrl });

  beforeAll(async () => {
    fake = new FakeDiscord();
    await fake.start();
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-discord-'));
    // Revenue only in #finance; digests managed by the Finance role (Ana has it, Sam has none).
    writeFileSync(
      join(dir, 'kpibot.config.yaml'),
      'access:\n  restricted:\n    - kpis: [revenue]\n      channels: [finance]\n  subscription_managers: [Finance]\n',
    );
    const config = loadConfig({}, dir);
    if (!config.ok) throw new Error(config.error.join('\n'));
    assembled = await assembleBot({ dbPath: join(dir, 'k.db'), config: config.value, workspace: DEFAULT_WORKSPACE, now: () => clock.now, cwd: dir });
    await seedSurveys(assembled.app.store);
    for (const [id, customer, day, channel, complaint] of TICKETS) {
      await assembled.app.store.run('INSERT INTO tickets (ticket_id, customer_id, opened_at, channel, category, is_complaint) VALUES (?, ?, ?, ?, ?, ?)', [
        id,
        customer,
        Date.parse(`${day}T12:00:00Z`),
        channel,
        'billing',
        complaint,
      ]);
    }
    const logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: (m: string) => console.error(m) };
    running = await startDiscordBot({ settings: settings(), bot: assembled.bot, links: assembled.links, charts: assembled.charts, now: () => clock.now, logger });
    digests = assembled.startDigests(running.sink, logger);
  });
  afterAll(async () => {
    await running?.stop();
    await assembled?.close();
    await fake?.stop();
  });

  /** The deferral and the edit of one interaction's reply. */
  async function answered(i: DispatchedInteraction): Promise<{ deferral: RecordedCall; edit: RecordedCall }> {
    const [deferral] = await fake.waitForAnswer(i, 'callback');
    const [edit] = await fake.waitForAnswer(i, 'webhook.edit');
    if (!deferral || !edit) throw new Error('no answer');
    return { deferral, edit };
  }

  it('GIVEN /kpi complaints by channel last-30d THEN it is deferred at once and edited into an embed with its table and PNG chart', async () => {
    const i = fake.interact({ kind: 'command', query: 'complaints by channel last-30d', channel: 'support', user: SAM });
    const { deferral, edit } = await answered(i);
    expect(body(deferral)['type']).toBe(5);
    expect(deferral.sinceDispatch).toBeLessThan(3000);
    const [embed] = embedsOf(edit);
    expect(embed?.title).toBe('[1] Customer complaints');
    expect(embed?.description).toMatch(/^\*\*4\*\*/);
    expect(embed?.description).toContain('last 30 days (Oct 23 – Nov 21, 2026, UTC)');
    expect(embed?.fields?.[0]?.value).toMatch(/phone\s+3/);
    expect(embed?.fields?.[0]?.value).toMatch(/email\s+1/);
    expect(embed?.image?.url).toBe('attachment://cell1.png');
    expect(edit.files[0]?.data.subarray(1, 4).toString()).toBe('PNG');
    expect(edit.files[0]?.filename).toBe('cell1.png');
    // discord.js names each file's part by its index and puts its description (the alt text) beside it.
    const attachments = body(edit)['attachments'] as { id: string; description: string }[];
    expect(attachments[0]?.description).toMatch(/^Customer complaints by channel/);
  });

  it('GIVEN the "By segment" button under it THEN the answer is refined: SMB 3, Enterprise 1', async () => {
    const first = fake.callsOf('webhook.edit')[0];
    const message = (first?.response ?? {}) as { id: string; components: { components: { custom_id: string; label: string }[] }[] };
    const button = message.components[0]?.components.find((b) => b.label === 'By segment');
    expect(button).toBeDefined();
    const i = fake.interact({ kind: 'button', customId: button?.custom_id ?? '', messageId: message.id, channel: 'support', user: SAM });
    const { edit } = await answered(i);
    const [embed] = embedsOf(edit);
    expect(embed?.title).toBe('[2] Customer complaints');
    expect(embed?.fields?.[0]?.value).toMatch(/SMB\s+3/);
    expect(embed?.fields?.[0]?.value).toMatch(/Enterprise\s+1/);
  });

  it('GIVEN a Portuguese speaker THEN the answer is Portuguese, and autocomplete names KPIs in Portuguese', async () => {
    const i = fake.interact({ kind: 'command', query: 'reclamações por canal nos últimos 30 dias', channel: 'general', user: ANA });
    const { edit } = await answered(i);
    expect(embedsOf(edit)[0]?.title).toBe('[1] Reclamações de clientes');
    // pt-BR is Ana's Discord language: Brazilian dates.
    expect(embedsOf(edit)[0]?.description).toContain('(23 de out. – 21 de nov. de 2026, UTC)');

    const typed = fake.interact({ kind: 'autocomplete', typed: 'reclam', user: ANA });
    const [choices] = await fake.waitForAnswer(typed, 'callback');
    expect(body(choices)['type']).toBe(8);
    const list = (body(choices)['data'] as { choices: { name: string; value: string }[] }).choices;
    expect(list[0]).toEqual({ name: 'Reclamações de clientes (complaints)', value: 'complaints' });
    expect(list.length).toBeLessThanOrEqual(25);
  });

  it('GIVEN a query kpibot cannot read THEN the public "thinking" is removed and the error goes to the asker alone', async () => {
    const i = fake.interact({ kind: 'command', query: 'nonsense last-month', channel: 'general', user: SAM });
    await fake.waitForAnswer(i, 'webhook.delete');
    const [followup] = await fake.waitForAnswer(i, 'followup');
    expect(Number(body(followup)['flags']) & 64).toBe(64);
    expect(String(body(followup)['content'])).toContain("I don't know a KPI called `nonsense`");
  });

  it('GIVEN the gateway drops mid-session THEN the bot resumes and keeps answering', async () => {
    fake.dropConnection();
    await fake.waitFor('gateway.resume', 1, { timeoutMs: 20_000 });
    const i = fake.interact({ kind: 'command', query: 'nps 2026-Q1', channel: 'general', user: SAM });
    const { edit } = await answered(i);
    // The survey seed: 3 promoters and 1 detractor of 4 answers in 2026-Q1, +50.
    expect(embedsOf(edit)[0]?.description).toMatch(/^\*\*\+50\.0\*\*/);
  });

  it('GIVEN revenue restricted to #finance THEN #general is told where to ask, by name, and #finance is answered', async () => {
    const refused = fake.interact({ kind: 'command', query: 'revenue last-30d', channel: 'general', user: SAM });
    const [told] = await fake.waitForAnswer(refused, 'followup');
    expect(Number(body(told)['flags']) & 64).toBe(64);
    expect(String(body(told)['content'])).toContain('finance');
    const allowed = fake.interact({ kind: 'command', query: 'revenue last-30d', channel: 'finance', user: SAM });
    const { edit } = await answered(allowed);
    // No orders in the data: revenue is $0.00.
    expect(embedsOf(edit)[0]?.description).toMatch(/^\*\*\$0\.00\*\*/);
  });

  it('GIVEN subscription managers named by role THEN Sam (no role) is refused, Ana (Finance) subscribes, and the digest is posted once with an enforced nonce', async () => {
    const no = fake.interact({ kind: 'command', query: 'subscribe nps 2026-Q1 daily at 11:00 UTC', channel: 'finance', user: SAM });
    const [refusal] = await fake.waitForAnswer(no, 'followup');
    expect(String(body(refusal)['content'])).toMatch(/Only subscription managers/);

    const yes = fake.interact({ kind: 'command', query: 'assinar nps 2026-Q1 diário às 11:00 UTC', channel: 'finance', user: ANA });
    const { edit } = await answered(yes);
    // Asked in Portuguese: the confirmation and the digests are Portuguese.
    expect(String(body(edit)['content'])).toMatch(/^Subscrição #1: este canal recebe o resumo de `nps 2026-Q1` todos os dias às 11:00 \(UTC\)/);
    clock.now = Date.parse('2026-11-22T11:00:02Z');
    await digests.tick();
    await digests.tick();
    const posts = fake.callsOf('message.create', (c) => c.params['channel'] === fake.channelId('finance'));
    expect(posts).toHaveLength(1);
    expect(body(posts[0])['enforce_nonce']).toBe(true);
    expect(String(body(posts[0])['nonce'])).toHaveLength(25);
    expect(String(body(posts[0])['content'])).toBe('Resumo #1, todos os dias às 11:00 (UTC)');
    expect(embedsOf(posts[0])[0]?.description).toMatch(/^\*\*\+50,0\*\*/);
    // Then its charts are added to that same message, not posted as a second one.
    const [edited] = await fake.waitFor('message.edit');
    expect(edited?.params['message']).toBe(String((posts[0]?.response as { id: string }).id));
    expect(edited?.files[0]?.data.subarray(1, 4).toString()).toBe('PNG');
  });

  it('GIVEN kpibot discord register --guild THEN one bulk overwrite sends the kpi command', async () => {
    expect(await registerCommands(settings(), FAKE_GUILD_ID)).toEqual(['/kpi']);
    const [put] = fake.callsOf('commands.guild');
    expect(put?.params['guild']).toBe(FAKE_GUILD_ID);
    expect(put?.body).toEqual([kpiCommand]);
  });
});

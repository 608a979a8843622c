/**
 * Benchmark: how fast `/kpi` is answered on Slack. The real Bolt app in HTTP mode over the demo
 * data set, with signed requests from this script and the fake Slack of the tests on 127.0.0.1,
 * so the figures are kpibot's own time (Slack's network is not in them). For each question:
 * the ack (the HTTP response Slack waits 3 s for), the answer posted, the chart uploaded. Then a
 * burst of commands sent at once.
 *
 *   npx tsx scripts/bench-slack.ts [--runs 15] [--burst 50]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { assembleBot } from '../bot/assemble-bot.js';
import { loadConfig } from '../bot/config.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import { generateDemo } from '../engine/demo/generate-demo.js';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { startSlackBot } from '../adapters/slack/slack-bot.js';
import { sqlReplayGuard } from '../adapters/slack/sql-replay-guard.js';
import { slackSettings } from '../adapters/slack/slack-settings.js';
import { FAKE_BOT_TOKEN, FakeSlack } from '../test/fake-slack/fake-slack-server.js';
import { FORM, memoryLogger, postSigned, SIGNING_SECRET, slashBody } from '../test/fake-slack/slack-harness.js';
import { median, percentile } from './stats.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' }, burst: { type: 'string', default: '50' } } });
const runs = Number(values.runs);
const burst = Number(values.burst);
const now = Date.parse('2026-11-22T10:00:00Z');
const QUESTIONS = ['nps last-quarter', 'churn last-quarter by segment', 'revenue by month last-12m', 'complaints by channel last-90d vs previous'];

const dir = mkdtempSync(join(tmpdir(), 'kpibot-bench-slack-'));
const dbPath = join(dir, 'demo.db');
const store = await openSqliteStore(dbPath);
await generateDemo(store, { customers: 2000, now, timezone: 'UTC' });
await store.close();

const slack = new FakeSlack();
await slack.start();
const loaded = loadConfig({}, dir);
if (!loaded.ok) throw new Error(loaded.error.join('\n'));
// No per-user rate limit: the burst is one script, not fifty people.
const config = { ...loaded.value, policy: { ...loaded.value.policy, rate_limit: { questions: 0, per_seconds: 60 } } };
const assembled = await assembleBot({ dbPath, config, workspace: DEFAULT_WORKSPACE, now: () => now, cwd: dir });
const settings = slackSettings({ SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0' });
if (!settings.ok) throw new Error(settings.error.join('\n'));
const logger = memoryLogger();
const running = await startSlackBot({ settings: settings.value, ...assembled, replays: sqlReplayGuard(assembled.app.store), now: () => now, logger, host: '127.0.0.1' });
const eventsUrl = `http://127.0.0.1:${running.port ?? 0}/slack/events`;

/** Sends one command in its own channel and times it to the ack, the post and the chart. */
async function one(text: string, channel: string): Promise<{ ack: number; posted: number; chart: number }> {
  const posts = slack.accepted('chat.postMessage').length;
  const charts = slack.accepted('files.completeUploadExternal').length;
  const t0 = Date.now();
  const r = await postSigned(eventsUrl, slashBody(slack, text, { channel }), FORM);
  if (r.status !== 200) throw new Error(`${text}: HTTP ${r.status}`);
  const posted = (await slack.waitFor('chat.postMessage', posts + 1, 30_000)).at(-1)?.at ?? t0;
  const chart = (await slack.waitFor('files.completeUploadExternal', charts + 1, 30_000)).at(-1)?.at ?? t0;
  return { ack: r.ms, posted: posted - t0, chart: chart - t0 };
}

const fmt = (xs: number[]): string => `median ${median(xs).toFixed(0).padStart(4)} ms  p90 ${percentile(xs, 0.9).toFixed(0).padStart(4)}`;
const first = await one(QUESTIONS[0] ?? 'nps', 'C0WARM');
console.log(`first command after start (loads the chart renderer): posted ${first.posted} ms, chart ${first.chart} ms`);
console.log(`${runs} sequential runs per question after that:`);
for (const q of QUESTIONS) {
  const acks: number[] = [];
  const posted: number[] = [];
  const charted: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = await one(q, 'C0BENCH');
    acks.push(t.ack);
    posted.push(t.posted);
    charted.push(t.chart);
  }
  console.log(`  /kpi ${q.padEnd(44)} ack ${fmt(acks)} · posted ${fmt(posted)} · chart ${fmt(charted)}`);
}

const posts = slack.accepted('chat.postMessage').length;
const charts = slack.accepted('files.completeUploadExternal').length;
const t0 = Date.now();
const sent = await Promise.all(
  Array.from({ length: burst }, (_, i) => postSigned(eventsUrl, slashBody(slack, QUESTIONS[i % QUESTIONS.length] ?? 'nps', { user: `U${i}`, channel: 'C0BURST' }), FORM)),
);
const allPosted = ((await slack.waitFor('chat.postMessage', posts + burst, 120_000)).at(-1)?.at ?? t0) - t0;
const allCharted = ((await slack.waitFor('files.completeUploadExternal', charts + burst, 120_000)).at(-1)?.at ?? t0) - t0;
const burstAcks = sent.map((s) => s.ms);
console.log(
  `${burst} commands at once: slowest ack ${Math.max(...burstAcks).toFixed(0)} ms (median ${median(burstAcks).toFixed(0)}), ` +
    `all answers posted in ${allPosted} ms, all charts in ${allCharted} ms`,
);
if (logger.lines.length > 0) console.log(`warnings:\n${logger.lines.join('\n')}`);

await running.stop();
await assembled.close();
await slack.stop();

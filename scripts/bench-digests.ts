/**
 * Benchmark: how late digests go out when many fire in the same minute. The real Bolt app over
 * the demo data set, the fake Slack of the tests on 127.0.0.1, and N channels subscribed to a
 * daily digest at the same time. The clock is moved to that minute and the scheduler runs one
 * pass: printed are the time to the first and the last digest posted (with its chart), and the
 * time per digest. Run it twice to see the spread on a shared machine.
 *
 *   npx tsx scripts/bench-digests.ts [--channels 100] [--question "nps, csat"]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assembleBot } from '../bot/assemble-bot.js';
import { loadConfig } from '../bot/config.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import { generateDemo } from '../engine/demo/generate-demo.js';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { startSlackBot } from '../adapters/slack/slack-bot.js';
import { sqlReplayGuard } from '../adapters/slack/sql-replay-guard.js';
import { slackSettings } from '../adapters/slack/slack-settings.js';
import { FAKE_BOT_TOKEN, FakeSlack } from '../test/fake-slack/fake-slack-server.js';
import { memoryLogger, SIGNING_SECRET } from '../test/fake-slack/slack-harness.js';
import { median } from './stats.js';

const { values } = parseArgs({ options: { channels: { type: 'string', default: '100' }, question: { type: 'string', default: 'nps, csat' } } });
const channels = Number(values.channels);
const clock = { now: Date.parse('2026-11-22T10:00:00Z') };
const due = Date.parse('2026-11-23T09:00:00Z');

const dir = mkdtempSync(join(tmpdir(), 'kpibot-bench-digests-'));
const dbPath = join(dir, 'demo.db');
const store = await openSqliteStore(dbPath);
await generateDemo(store, { customers: 2000, now: clock.now, timezone: 'UTC' });
await store.close();

const slack = new FakeSlack({ now: () => clock.now });
await slack.start();
const loaded = loadConfig({}, dir);
if (!loaded.ok) throw new Error(loaded.error.join('\n'));
const config = { ...loaded.value, policy: { ...loaded.value.policy, rate_limit: { questions: 0, per_seconds: 60 } } };
const assembled = await assembleBot({ dbPath, config, workspace: DEFAULT_WORKSPACE, now: () => clock.now, cwd: dir });
const settings = slackSettings({ SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0' });
if (!settings.ok) throw new Error(settings.error.join('\n'));
const logger = memoryLogger();
const running = await startSlackBot({ settings: settings.value, ...assembled, replays: sqlReplayGuard(assembled.app.store), now: () => clock.now, logger, host: '127.0.0.1' });

for (let i = 0; i < channels; i++) {
  const r = await assembled.bot.handle({ text: `subscribe ${values.question} daily at 09:00 UTC`, user: 'U0BENCH', channel: `C${i}`, platform: 'slack' });
  if (r.kind !== 'text') throw new Error(`subscribe failed: ${JSON.stringify(r)}`);
}

clock.now = due;
const t0 = performance.now();
const startedAt = Date.now();
await running.digests?.tick();
const passMs = performance.now() - t0;
const posts = slack.accepted('chat.postMessage').filter((c) => c.args['metadata'] !== undefined);
const uploads = slack.accepted('files.completeUploadExternal');
const gaps = posts.slice(1).map((p, i) => p.at - (posts[i]?.at ?? p.at));
console.log(`${channels} digests of "${values.question}" due at the same minute, on 2,000 demo customers:`);
console.log(`  all posted with their charts in ${(passMs / 1000).toFixed(1)} s (${posts.length} posts, ${uploads.length} chart uploads)`);
console.log(`  first posted after ${((posts[0]?.at ?? startedAt) - startedAt).toFixed(0)} ms; median ${median(gaps).toFixed(0)} ms between posts`);
console.log(`  ${(passMs / Math.max(1, posts.length)).toFixed(0)} ms per digest (query, comparison, sparkline or sheet, PNG, post, upload)`);
if (logger.lines.length > 0) console.log(`warnings:\n${logger.lines.slice(0, 5).join('\n')}`);

await running.stop();
await assembled.close();
await slack.stop();

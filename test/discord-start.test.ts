import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKpibot } from './cli-harness.js';
import { FAKE_APP_ID, FakeDiscord } from './fake-discord/fake-discord-server.js';

/** Starting on Discord from the command line: every missing or wrong setting is a clear error naming its variable. */
describe('kpibot discord: start-up errors', () => {
  let fake: FakeDiscord;
  let dir: string;
  beforeAll(async () => {
    fake = new FakeDiscord();
    await fake.start();
    dir = mkdtempSync(join(tmpdir(), 'kpibot-discord-start-'));
  });
  afterAll(() => fake.stop());

  it('GIVEN no DISCORD_APP_ID and a token that is not one THEN both are named, with where to find them', async () => {
    const r = await runKpibot(['discord'], { cwd: dir, env: { DISCORD_TOKEN: 'client-secret-pasted-by-mistake' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('DISCORD_TOKEN does not look like a bot token');
    expect(r.stderr).toContain('DISCORD_APP_ID is not set: set it to the Application ID from the "General Information" page.');
  });

  it('GIVEN a token Discord refuses THEN the start fails at once, naming DISCORD_TOKEN', async () => {
    const r = await runKpibot(['discord', '--db', join(dir, 'k.db')], {
      cwd: dir,
      env: { DISCORD_TOKEN: 'd3Jvbmc.GfAkE0.not-the-right-token', DISCORD_APP_ID: FAKE_APP_ID, DISCORD_API_URL: fake.apiUrl },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Discord refused DISCORD_TOKEN/m);
  });

  it('GIVEN kpibot discord register --guild THEN it prints what it registered', async () => {
    const r = await runKpibot(['discord', 'register', '--guild', '1300000000000000100'], {
      cwd: dir,
      env: { DISCORD_TOKEN: fake.token, DISCORD_APP_ID: FAKE_APP_ID, DISCORD_API_URL: fake.apiUrl },
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('Registered /kpi in server 1300000000000000100 (available now).');
  });
});

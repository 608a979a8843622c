import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_FILE, loadConfig } from '../bot/config.js';

describe('README', () => {
  it('GIVEN the KPI catalog THEN the README lists every KPI and names the two commands', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const ids = readdirSync(join(process.cwd(), 'queries')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace('.yaml', ''));
    expect(ids.length).toBeGreaterThanOrEqual(38);
    for (const id of ids) expect(readme, id).toContain(`\`${id}\``);
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });

  it('GIVEN the Settings example THEN it is a config file kpibot accepts, with the values it shows', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const example = /## Settings[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-readme-'));
    mkdirSync(join(dir, 'my-kpis'));
    writeFileSync(join(dir, CONFIG_FILE), example);
    const loaded = loadConfig({}, dir);
    expect(loaded.ok && loaded.value.workspace.timezone).toBe('Europe/Lisbon');
    expect(loaded.ok && loaded.value.policy.allow_guests).toBe(false);
    expect(loaded.ok && loaded.value.policy.restricted[0]?.channels).toEqual(['finance', 'leadership']);
  });
});

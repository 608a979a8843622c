import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKpibot } from './cli-harness.js';

const NOW = '2026-11-22T10:00:00Z';
const ORDERS_HEADER = 'order_id,customer_id,ordered_at,amount,status';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kpibot-cli-db-'));
});

/** A fresh folder inside the test's, so "nothing was left behind" can be checked by listing it. */
function folder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
}

describe('kpibot ask on a database that does not exist', () => {
  it('GIVEN --db naming a file in a folder that does not exist THEN exit status 2, the message says what to do, and nothing is created', async () => {
    const cwd = folder('typo');
    const r = await runKpibot(['ask', 'nps last-month', '--db', 'typo/x.db', '--now', NOW], { cwd });
    expect(r.code).toBe(2);
    const path = join(cwd, 'typo', 'x.db');
    expect(r.stderr).toContain(`There is no database at ${path}.`);
    expect(r.stderr).toContain('Check the path (--db, or the KPIBOT_DB variable)');
    expect(r.stderr).toContain(`kpibot demo --db ${path}`);
    expect(r.stderr).toContain(`kpibot import <table> <file.csv> --db ${path}`);
    expect(r.stdout).toBe('');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('GIVEN --json THEN the refusal is also a JSON error on stdout', async () => {
    const cwd = folder('typo-json');
    const r = await runKpibot(['ask', 'nps last-month', '--json', '--db', 'x.db', '--now', NOW], { cwd });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: 'database.missing', path: join(cwd, 'x.db') });
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('GIVEN KPIBOT_DB naming a missing file THEN ask refuses it the same way', async () => {
    const cwd = folder('typo-env');
    const r = await runKpibot(['ask', 'nps last-month', '--now', NOW], { cwd, env: { KPIBOT_DB: 'nope.db' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`There is no database at ${join(cwd, 'nope.db')}.`);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('a failed import leaves no new database behind', () => {
  it('GIVEN a file with a bad row and --db in folders that do not exist THEN exit status 1 and neither the file nor the folders are left', async () => {
    const cwd = folder('bad-rows');
    writeFileSync(join(cwd, 'orders.csv'), `${ORDERS_HEADER}\nX1,C1,2026-01-05,10,completed\nX2,C1,2026-01-06,-5,completed\n`);
    const r = await runKpibot(['import', 'orders', 'orders.csv', '--db', 'new/deeper/k.db'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 3');
    expect(readdirSync(cwd)).toEqual(['orders.csv']);
  });

  it('GIVEN a file that cannot be read THEN no database file, -wal or -shm is left', async () => {
    const cwd = folder('no-file');
    const r = await runKpibot(['import', 'orders', 'missing.csv', '--db', 'k.db'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot read the file');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('GIVEN a failed import into a database that exists THEN the database, its folder and its rows stay', async () => {
    const cwd = folder('existing');
    mkdirSync(join(cwd, 'data'));
    writeFileSync(join(cwd, 'good.csv'), `${ORDERS_HEADER}\nX1,C1,2026-01-05,10,completed\n`);
    writeFileSync(join(cwd, 'bad.csv'), `${ORDERS_HEADER}\nX2,C1,2026-01-06,-5,completed\n`);
    expect((await runKpibot(['import', 'orders', 'good.csv', '--db', 'data/k.db'], { cwd })).code).toBe(0);
    const r = await runKpibot(['import', 'orders', 'bad.csv', '--db', 'data/k.db'], { cwd });
    expect(r.code).toBe(1);
    expect(existsSync(join(cwd, 'data', 'k.db'))).toBe(true);
    const after = await runKpibot(['ask', 'revenue 2026-01', '--json', '--db', 'data/k.db', '--now', NOW], { cwd });
    expect(JSON.parse(after.stdout).value).toBe(10);
  });

  it('GIVEN a failed import into a folder that exists but is empty THEN the folder stays, empty', async () => {
    const cwd = folder('empty-folder');
    mkdirSync(join(cwd, 'data'));
    writeFileSync(join(cwd, 'bad.csv'), `${ORDERS_HEADER}\nX2,C1,2026-01-06,-5,completed\n`);
    expect((await runKpibot(['import', 'orders', 'bad.csv', '--db', 'data/k.db'], { cwd })).code).toBe(1);
    expect(readdirSync(join(cwd, 'data'))).toEqual([]);
  });

  it('GIVEN a valid file and a new path THEN the import creates the database and ask reads it', async () => {
    const cwd = folder('new-ok');
    writeFileSync(join(cwd, 'orders.csv'), `${ORDERS_HEADER}\nX1,C1,2026-01-05,10,completed\n`);
    expect((await runKpibot(['import', 'orders', 'orders.csv', '--db', 'made/k.db'], { cwd })).code).toBe(0);
    const after = await runKpibot(['ask', 'revenue 2026-01', '--json', '--db', 'made/k.db', '--now', NOW], { cwd });
    expect(JSON.parse(after.stdout).value).toBe(10);
  });
});

describe('the console on a path with no database', () => {
  it('GIVEN a path that does not exist THEN the console says it creates the demo data set there, and does', async () => {
    const cwd = folder('first-run');
    const r = await runKpibot(['console', '--db', 'data/k.db', '--now', NOW], { cwd, stdin: 'exit\n' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`No database at ${join(cwd, 'data', 'k.db')} yet: creating the demo data set`);
    expect(existsSync(join(cwd, 'data', 'k.db'))).toBe(true);
    const again = await runKpibot(['console', '--db', 'data/k.db', '--now', NOW], { cwd, stdin: 'exit\n' });
    expect(again.stdout).not.toContain('creating the demo data set');
  });
});

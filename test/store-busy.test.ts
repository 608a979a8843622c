import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { loadCatalog, formatProblem } from '../engine/catalog/load-catalog.js';
import { createEngine } from '../engine/query/engine.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import { createBot } from '../bot/bot.js';
import { sqlSessionStore } from '../bot/session/sql-session-store.js';
import type { Store } from '../engine/store/store.js';
import { seedSurveys } from './survey-seed.js';

const NOW = Date.parse('2026-11-22T10:00:00Z');

/** Holds the database's write lock, as an import does while it writes, until `release` is called. */
function holdWriteLock(store: Store): { held: Promise<void>; release: () => void; done: Promise<void> } {
  let release = (): void => undefined;
  let held = (): void => undefined;
  const heldP = new Promise<void>((r) => (held = r));
  const done = store.transaction(async (tx) => {
    await tx.run("INSERT INTO customers (customer_id, signup_at) VALUES ('importing', 0)");
    held();
    await new Promise<void>((r) => (release = r));
  });
  return { held: heldP, release: () => release(), done };
}

describe('a busy database', () => {
  it('GIVEN an import holding the write lock THEN a question is answered "try again", nothing is half-saved, and it is answered after', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-busy-'));
    const file = join(dir, 'k.db');
    const importer = await openSqliteStore(file);
    await seedSurveys(importer);
    const store = await openSqliteStore(file, { busyTimeoutMs: 100 });
    const catalog = await loadCatalog({ dirs: [join(process.cwd(), 'queries')], store });
    if (!catalog.ok) throw new Error(catalog.error.map(formatProblem).join('\n'));
    const engine = createEngine({ store, catalog: catalog.value, workspace: DEFAULT_WORKSPACE, now: () => NOW });
    const sessions = sqlSessionStore(store);
    const bot = createBot({ engine, sessions, now: () => NOW, notebookDir: join(dir, 'nb') });

    const lock = holdWriteLock(importer);
    await lock.held;
    const busy = await bot.handle({ channel: 'c', user: 'ana', text: 'nps 2026-Q1' });
    expect(busy.kind === 'error' && [busy.code, busy.message]).toEqual([
      'store.busy',
      'The database is busy (an import is probably writing to it), so this was not answered or saved. Try again in a moment.',
    ]);
    expect(await sessions.cells('c')).toEqual([]);
    lock.release();
    await lock.done;
    const after = await bot.handle({ channel: 'c', user: 'ana', text: 'nps 2026-Q1' });
    expect(after.kind === 'multi' && after.cell?.n).toBe(1);
    await store.close();
    await importer.close();
  });

  it('GIVEN the console (a real process) WHEN an import holds the database past its wait THEN it says try again and keeps going', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-busy-'));
    const file = join(dir, 'k.db');
    const importer = await openSqliteStore(file);
    await seedSurveys(importer);
    const lock = holdWriteLock(importer);
    await lock.held;
    const child = spawn(process.execPath, ['dist/main.js', 'console', '--db', file, '--now', '2026-11-22T10:00:00Z'], {
      cwd: process.cwd(),
      env: { PATH: process.env['PATH'] ?? '', HOME: dir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const waitFor = async (re: RegExp, what: () => string): Promise<void> => {
      for (let i = 0; i < 300 && !re.test(what()); i++) await new Promise((r) => setTimeout(r, 100));
      expect(what()).toMatch(re);
    };
    child.stdin.write('nps 2026-Q1\n');
    // The console waits 5 s for the writer, then answers instead of crashing.
    await waitFor(/Try again in a moment/, () => out + err);
    lock.release();
    await lock.done;
    child.stdin.write('nps 2026-Q1\n');
    await waitFor(/Net Promoter Score/, () => out);
    child.stdin.end();
    // It answered after the busy one and ends normally: the busy database did not end the process.
    expect(await exited).toBe(0);
    await importer.close();
  });
});

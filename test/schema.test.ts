import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { TABLES, TABLE_NAMES } from '../engine/schema/tables.js';
import { MIGRATIONS } from '../engine/store/migrations.js';

describe('schema', () => {
  it('GIVEN a new database file THEN every migration is applied and the tables match the table metadata', async () => {
    const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), 'kpibot-schema-')), 'k.db'));
    try {
      const version = await store.get<{ user_version: number }>('PRAGMA user_version');
      expect(version?.user_version).toBe(MIGRATIONS.at(-1)?.version);
      for (const name of TABLE_NAMES) {
        const cols = await store.all<{ name: string; pk: number; notnull: number }>(`PRAGMA table_info(${name})`);
        expect(cols.map((c) => c.name).sort()).toEqual(TABLES[name].columns.map((c) => c.name).sort());
        const key = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
        expect(key).toEqual(TABLES[name].key);
        for (const c of TABLES[name].columns.filter((c) => c.required && !TABLES[name].key.includes(c.name))) {
          expect(cols.find((x) => x.name === c.name)?.notnull, `${name}.${c.name} NOT NULL`).toBe(1);
        }
      }
      const mode = await store.get<{ journal_mode: string }>('PRAGMA journal_mode');
      expect(mode?.journal_mode).toBe('wal');
    } finally {
      await store.close();
    }
  });

  it('GIVEN a database already migrated WHEN opened again THEN nothing is re-applied and data stays', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kpibot-schema-')), 'k.db');
    const first = await openSqliteStore(file);
    await first.run("INSERT INTO market (month, market_sales, company_sales, largest_competitor_sales) VALUES ('2026-01', 10, 2, 4)");
    await first.close();
    const second = await openSqliteStore(file);
    try {
      expect((await second.all('SELECT month FROM market')).length).toBe(1);
    } finally {
      await second.close();
    }
  });

  it('GIVEN a transaction that throws THEN its writes are rolled back', async () => {
    const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), 'kpibot-schema-')), 'k.db'));
    try {
      await expect(
        store.transaction(async (tx) => {
          await tx.run("INSERT INTO market VALUES ('2026-01', 10, 2, 4)");
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.all('SELECT * FROM market')).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

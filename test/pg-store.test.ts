import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { MIGRATIONS } from '../engine/store/migrations.js';
import { PG_MIGRATIONS } from '../engine/store/pg-migrations.js';
import { migratePg } from '../engine/store/pg-migrate.js';
import { pgDialect } from '../engine/store/pg-dialect.js';
import { isStoreBusy } from '../engine/store/store-busy.js';
import type { Store } from '../engine/store/store.js';
import { IN_CI, PG_URL, createTestSchema, dropTestSchema, openPgTestStore, pgReachable } from './backends.js';

describe('the migration lists of the two backends', () => {
  it('GIVEN the SQLite and the PostgreSQL list THEN they have the same versions with the same descriptions', () => {
    expect(PG_MIGRATIONS.map((m) => [m.version, m.description])).toEqual(MIGRATIONS.map((m) => [m.version, m.description]));
  });
});

describe('the PostgreSQL dialect', () => {
  it('GIVEN parameters THEN they are numbered from $1 and typed where a VALUES list needs it', () => {
    expect([pgDialect.param(0), pgDialect.param(9)]).toEqual(['$1', '$10']);
    expect([pgDialect.typedParam(0, 'text'), pgDialect.typedParam(2, 'integer')]).toEqual(['$1::text', '$3::bigint']);
  });

  it('GIVEN a two-row upsert THEN each row has its own placeholders and non-key columns take the new values', () => {
    expect(pgDialect.upsert('visits', ['day', 'channel', 'sessions'], ['day', 'channel'], 2)).toBe(
      'INSERT INTO visits (day, channel, sessions) VALUES ($1, $2, $3), ($4, $5, $6) ' +
        'ON CONFLICT (day, channel) DO UPDATE SET sessions = EXCLUDED.sessions',
    );
    expect(pgDialect.upsert('k', ['a'], ['a'], 1)).toBe('INSERT INTO k (a) VALUES ($1) ON CONFLICT (a) DO NOTHING');
  });
});

const skip = pgReachable.ok || IN_CI ? undefined : pgReachable.reason;

describe.skipIf(skip !== undefined)(`the PostgreSQL store${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const schemas: string[] = [];
  const stores: Store[] = [];
  const fresh = async (): Promise<string> => {
    const schema = await createTestSchema();
    schemas.push(schema);
    return schema;
  };
  const open = async (schema: string): Promise<Store> => {
    const store = await openPgTestStore(schema);
    stores.push(store);
    return store;
  };
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
    for (const s of schemas.splice(0)) await dropTestSchema(s);
  });

  it(`GIVEN ${PG_URL} THEN a server answers there`, () => {
    expect(pgReachable).toEqual({ ok: true });
  });

  it('GIVEN a fresh schema THEN every table of the SQLite schema exists with the same columns', async () => {
    const store = await open(await fresh());
    const columns = await store.all<{ table_name: string; column_name: string }>(
      'SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position',
    );
    const got = new Map<string, string[]>();
    for (const c of columns) got.set(c.table_name, [...(got.get(c.table_name) ?? []), c.column_name]);
    expect(got.get('kpibot_schema_version')).toEqual(['version', 'description', 'applied_at']);
    expect(got.get('customers')).toEqual(['customer_id', 'name', 'segment', 'region', 'plan', 'acquisition_channel', 'signup_at', 'churned_at']);
    expect(got.get('tickets')).toEqual(['ticket_id', 'customer_id', 'opened_at', 'first_response_at', 'resolved_at', 'channel', 'category', 'is_complaint', 'contacts']);
    expect(got.get('bot_subscriptions')).toEqual([
      'id', 'platform', 'channel', 'channel_name', 'created_by', 'created_at', 'spec', 'next_run_at', 'cancelled_at', 'paused_at', 'alert_state', 'language', 'locale',
    ]);
    expect([...got.keys()].filter((t) => t !== 'kpibot_schema_version').sort()).toEqual(
      ['bot_cells', 'bot_digest_runs', 'bot_messages', 'bot_rate_events', 'bot_replays', 'bot_sessions', 'bot_subscriptions', 'bot_targets',
        'customers', 'invoices', 'leads', 'market', 'marketing_spend', 'mentions', 'orders', 'surveys', 'table_origins', 'tickets', 'visits'].sort(),
    );
  });

  it('GIVEN two stores opening a fresh schema at once THEN both open and each version is recorded once', async () => {
    const schema = await fresh();
    await Promise.all([open(schema), open(schema)]);
    const versions = await stores[0]!.all<{ version: number }>('SELECT version FROM kpibot_schema_version ORDER BY version');
    expect(versions.map((v) => v.version)).toEqual(PG_MIGRATIONS.map((m) => m.version));
    // Opening again applies nothing.
    await open(schema);
    expect((await stores[0]!.get<{ n: number }>('SELECT count(*) AS n FROM kpibot_schema_version'))?.n).toBe(PG_MIGRATIONS.length);
  });

  it('GIVEN epoch-ms instants and sums of integers THEN they come back as JS numbers', async () => {
    const store = await open(await fresh());
    await store.run('INSERT INTO visits (day, channel, sessions) VALUES ($1, $2, $3), ($4, $5, $6)', ['2026-01-01', 'web', 2, '2026-01-02', 'web', 3]);
    await store.run('INSERT INTO customers (customer_id, signup_at) VALUES ($1, $2)', ['C1', 1767225600000]);
    expect(await store.get('SELECT sum(sessions) AS s, count(*) AS n FROM visits')).toEqual({ s: 5, n: 2 });
    expect(await store.get('SELECT signup_at, (signup_at - 0) / 3600000.0 AS h FROM customers')).toEqual({ signup_at: 1767225600000, h: 490896 });
  });

  it('GIVEN a database newer than this program THEN it is refused, not guessed at', async () => {
    const store = await open(await fresh());
    await expect(migratePg(store, PG_MIGRATIONS.slice(0, 3))).rejects.toThrow(
      `The database is at schema version ${PG_MIGRATIONS.length}, newer than this kpibot knows (3). Upgrade kpibot.`,
    );
  });

  it('GIVEN a migration that fails THEN the schema is left as it was, without the versions before it', async () => {
    const schema = await fresh();
    const store = await openPgTestStore(schema, { migrate: false });
    stores.push(store);
    const [first] = PG_MIGRATIONS;
    await expect(migratePg(store, [first!, { version: 2, description: 'broken', sql: 'CREATE TABLE broken (' }])).rejects.toThrow('syntax error');
    expect(await store.all('SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()')).toEqual([]);
  });

  it('GIVEN the store parses BIGINT as numbers THEN other users of pg in the process still get strings', async () => {
    await open(await fresh());
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      expect((await client.query('SELECT 5::bigint AS n, 1.5::numeric AS x')).rows).toEqual([{ n: '5', x: '1.5' }]);
    } finally {
      await client.end();
    }
  });

  it('GIVEN a transaction in progress THEN a reader outside it sees only what was committed', async () => {
    const store = await open(await fresh());
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let written!: () => void;
    const inserted = new Promise<void>((resolve) => (written = resolve));
    const tx = store.transaction(async (t) => {
      await t.run("INSERT INTO table_origins (table_name, origin) VALUES ('orders', 'import')");
      written();
      await held;
    });
    await inserted;
    expect(await store.all('SELECT * FROM table_origins')).toEqual([]);
    release();
    await tx;
    expect(await store.all('SELECT * FROM table_origins')).toEqual([{ table_name: 'orders', origin: 'import' }]);
  });

  it('GIVEN a transaction that throws THEN nothing of it is written, and one that resolves is committed', async () => {
    const store = await open(await fresh());
    await expect(
      store.transaction(async (tx) => {
        await tx.run("INSERT INTO table_origins (table_name, origin) VALUES ('orders', 'import')");
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(await store.all('SELECT * FROM table_origins')).toEqual([]);
    await store.transaction((tx) => tx.run("INSERT INTO table_origins (table_name, origin) VALUES ('orders', 'demo')"));
    expect(await store.all('SELECT * FROM table_origins')).toEqual([{ table_name: 'orders', origin: 'demo' }]);
  });

  it('GIVEN another session holding a row lock past the wait THEN the write fails with StoreBusyError', async () => {
    const schema = await fresh();
    const store = await openPgTestStore(schema, { busyTimeoutMs: 100 });
    stores.push(store);
    await store.run("INSERT INTO table_origins (table_name, origin) VALUES ('orders', 'demo')");
    const holder = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query("UPDATE table_origins SET origin = 'import' WHERE table_name = 'orders'");
      const error = await store.run("UPDATE table_origins SET origin = 'demo' WHERE table_name = 'orders'").catch((e: unknown) => e);
      expect(isStoreBusy(error)).toBe(true);
      await holder.query('ROLLBACK');
    } finally {
      await holder.end();
    }
  });
});

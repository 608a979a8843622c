import type { Store } from './store.js';
import { refuseNewer } from './migrate.js';
import type { Migration } from './migrations.js';
import { PG_MIGRATIONS } from './pg-migrations.js';

/**
 * Any constant of this program's own: the first key of the advisory lock migrations take. The
 * second key is the schema, so databases of separate schemas (tests, tenants) do not wait on
 * each other.
 */
const MIGRATION_LOCK = 0x6b7062;

/**
 * Brings a PostgreSQL schema up to the newest version in one transaction, and returns the
 * versions applied. The transaction first takes an advisory lock, so a second process starting
 * at the same moment waits, then finds the versions already recorded and applies nothing.
 * PostgreSQL's DDL is transactional: a failing migration leaves the schema as it was.
 */
export async function migratePg(store: Store, migrations: readonly Migration[] = PG_MIGRATIONS): Promise<number[]> {
  return store.transaction(async (tx) => {
    // current_schema() is NULL when no schema of the search_path exists; the lock must still be taken.
    await tx.get(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK}, hashtext(coalesce(current_schema(), ''))) AS locked`);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS kpibot_schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)',
    );
    const current = (await tx.get<{ v: number | null }>('SELECT max(version) AS v FROM kpibot_schema_version'))?.v ?? 0;
    refuseNewer(current, migrations);
    const applied: number[] = [];
    for (const m of migrations) {
      if (m.version <= current) continue;
      await tx.exec(m.sql);
      await tx.run('INSERT INTO kpibot_schema_version (version, description, applied_at) VALUES ($1, $2, $3)', [
        m.version,
        m.description,
        Date.now(),
      ]);
      applied.push(m.version);
    }
    return applied;
  });
}

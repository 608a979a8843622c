import type { Store } from './store.js';
import { MIGRATIONS, type Migration } from './migrations.js';

/** A database a newer kpibot migrated is refused rather than guessed at, on every backend. */
export function refuseNewer(current: number, migrations: readonly Migration[]): void {
  const newest = migrations.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new Error(`The database is at schema version ${current}, newer than this kpibot knows (${newest}). Upgrade kpibot.`);
  }
}

/**
 * Brings a database up to the newest schema version, one migration per transaction, and
 * returns the versions applied. A file newer than this program is refused rather than guessed at.
 */
export async function migrate(store: Store, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const row = await store.get<{ user_version: number }>('PRAGMA user_version');
  const current = row?.user_version ?? 0;
  refuseNewer(current, migrations);
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current) continue;
    const done = await store.transaction(async (tx) => {
      // Another process starting at the same moment may have applied it while this one waited
      // for the write lock: read the version again under the lock.
      const now = (await tx.get<{ user_version: number }>('PRAGMA user_version'))?.user_version ?? 0;
      if (now >= m.version) return false;
      await tx.exec(m.sql);
      // PRAGMA takes no bound parameters; the version is a number from this file.
      await tx.exec(`PRAGMA user_version = ${Number(m.version)}`);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}

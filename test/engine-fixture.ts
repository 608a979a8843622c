import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { loadCatalog, formatProblem } from '../engine/catalog/load-catalog.js';
import { createEngine, type Engine } from '../engine/query/engine.js';
import { DEFAULT_WORKSPACE, type Workspace } from '../engine/config.js';
import type { SqlValue, Store } from '../engine/store/store.js';
import type { Query, KpiResult } from '../engine/query/query.js';

export interface Fixture {
  readonly store: Store;
  readonly engine: Engine;
  insert(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void>;
  ask(query: Query): Promise<KpiResult>;
  close(): Promise<void>;
}

const openTempSqlite = (): Promise<Store> => openSqliteStore(join(mkdtempSync(join(tmpdir(), 'kpibot-fx-')), 'fixture.db'));

/**
 * A real database of its own (a SQLite file in a temp folder, or `openStore`: a backend's
 * `open` from ./backends.ts), the built-in catalog validated against it, and the engine.
 */
export async function openFixture(
  workspace: Partial<Workspace> = {},
  now = Date.parse('2026-11-22T10:00:00Z'),
  openStore: () => Promise<Store> = openTempSqlite,
): Promise<Fixture> {
  const store = await openStore();
  const catalog = await loadCatalog({ dirs: [join(process.cwd(), 'queries')], store });
  if (!catalog.ok) throw new Error(catalog.error.map(formatProblem).join('\n'));
  const engine = createEngine({ store, catalog: catalog.value, workspace: { ...DEFAULT_WORKSPACE, ...workspace }, now: () => now });
  return {
    store,
    engine,
    async insert(table, columns, rows) {
      for (const row of rows) {
        await store.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => store.dialect.param(i)).join(', ')})`, row);
      }
    },
    async ask(query) {
      const r = await engine.ask(query);
      if (!r.ok) throw new Error(`${query.metric}: ${JSON.stringify(r.error)}`);
      return r.value;
    },
    close: () => store.close(),
  };
}

/** Epoch ms of an ISO instant, for fixture rows. */
export const at = (iso: string): number => Date.parse(iso);

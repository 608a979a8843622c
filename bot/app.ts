import { join } from 'node:path';
import type { Workspace } from '../engine/config.js';
import type { Catalog } from '../engine/catalog/catalog.js';
import { loadCatalog, formatProblem } from '../engine/catalog/load-catalog.js';
import { createEngine, type Engine } from '../engine/query/engine.js';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import type { Store } from '../engine/store/store.js';
import { packageRoot } from './package-root.js';

export interface AppOptions {
  readonly dbPath: string;
  readonly workspace: Workspace;
  readonly kpiDirs: readonly string[];
  readonly now: () => number;
  /** How long one read may run before it is interrupted (config `query_timeout_seconds`); the store's default when absent. */
  readonly queryTimeoutMs?: number;
}

export interface App {
  readonly store: Store;
  readonly engine: Engine;
  close(): Promise<void>;
}

/** Thrown when the KPI catalog does not validate: the message lists every problem. */
export class CatalogError extends Error {}

/**
 * Opens the database, validates the KPI catalog against it, and builds the engine: the parts every
 * adapter (command line, console, chat) shares.
 */
export async function openApp(options: AppOptions): Promise<App> {
  const store = await openSqliteStore(options.dbPath, options.queryTimeoutMs !== undefined ? { queryTimeoutMs: options.queryTimeoutMs } : {});
  let catalog: Catalog;
  try {
    catalog = await loadKpiCatalog(options.kpiDirs, store);
  } catch (e) {
    await store.close();
    throw e;
  }
  const engine = createEngine({ store, catalog, workspace: options.workspace, now: options.now });
  return { store, engine, close: () => store.close() };
}

/**
 * The built-in KPI files and the workspace's own, validated; with a store, each KPI's SQL is
 * also prepared against its schema. Without one (`kpibot list`, `define`) only the files are read.
 */
export async function loadKpiCatalog(kpiDirs: readonly string[], store?: Store): Promise<Catalog> {
  const catalog = await loadCatalog({ dirs: [join(packageRoot(), 'queries'), ...kpiDirs], ...(store ? { store } : {}) });
  if (!catalog.ok) {
    const list = catalog.error.map((p) => `  - ${formatProblem(p)}`).join('\n');
    throw new CatalogError(`The KPI catalog has ${catalog.error.length} problem(s):\n${list}`);
  }
  return catalog.value;
}

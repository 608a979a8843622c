import type { Store } from '../../engine/store/store.js';
import { isTimeGrain } from '../../engine/schema/tables.js';
import { TARGET_OPS, type TargetOp, type WorkspaceTarget } from './target.js';

/** The workspace's targets, one per KPI (migration 10). */
export interface TargetStore {
  /** Sets the KPI's target, replacing the one it had. */
  set(target: WorkspaceTarget): Promise<void>;
  /** Every target, by KPI id. */
  list(): Promise<WorkspaceTarget[]>;
  /** Removes the KPI's target; false when it had none. */
  remove(kpi: string): Promise<boolean>;
}

interface TargetRow {
  kpi: string;
  op: string;
  value: number;
  grain: string | null;
  set_by: string;
  set_at: number;
}

const isOp = (s: string): s is TargetOp => (TARGET_OPS as readonly string[]).includes(s);

export function sqlTargetStore(store: Store): TargetStore {
  return {
    async set(t) {
      await store.run(
        `INSERT INTO bot_targets (kpi, op, value, grain, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (kpi) DO UPDATE SET op = excluded.op, value = excluded.value, grain = excluded.grain, set_by = excluded.set_by, set_at = excluded.set_at`,
        [t.kpi, t.op, t.value, t.grain, t.setBy, t.setAt],
      );
    },
    async list() {
      const rows = await store.all<TargetRow>('SELECT kpi, op, value, grain, set_by, set_at FROM bot_targets ORDER BY kpi');
      // The table's CHECK keeps ops valid; a grain written by a newer kpibot that this one does not know is read as "any period".
      return rows.flatMap((r) =>
        isOp(r.op) ? [{ kpi: r.kpi, op: r.op, value: r.value, grain: r.grain !== null && isTimeGrain(r.grain) ? r.grain : null, setBy: r.set_by, setAt: r.set_at }] : [],
      );
    },
    async remove(kpi) {
      const r = await store.run('DELETE FROM bot_targets WHERE kpi = ?', [kpi]);
      return r.changes > 0;
    },
  };
}

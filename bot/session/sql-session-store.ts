import type { Store } from '../../engine/store/store.js';
import type { QueryCommand, WhyCommand } from '../language/command.js';
import { cellReads } from '../notebook/calc-cells.js';
import type { Cell, CellCommand, NewCell, SessionStore } from './session-store.js';

interface CellRow {
  n: number;
  name: string | null;
  input: string;
  command: string;
  cell_values: string;
  reply: string;
  created_at: number;
}

/** A cell's command as stored; calc cells written before their `reads` were kept have none. */
type StoredCommand = QueryCommand | WhyCommand | { readonly kind: 'calc'; readonly expression: string; readonly reads?: readonly string[] };

/**
 * A calc cell from before `reads` were stored is taken to read every KPI of the cells before it:
 * more than it may have, never less, so an access rule cannot be passed through an old cell.
 */
function cellCommand(stored: StoredCommand, earlier: readonly Cell[]): CellCommand {
  if (stored.kind !== 'calc' || stored.reads !== undefined) return stored as CellCommand;
  const reads = new Set(earlier.flatMap(cellReads));
  return { kind: 'calc', expression: stored.expression, reads: [...reads] };
}

/** Sessions in the bot tables of the kpibot database (migration 2). */
export function sqlSessionStore(store: Store): SessionStore {
  return {
    async cells(sessionId) {
      const rows = await store.all<CellRow>(
        'SELECT n, name, input, command, cell_values, reply, created_at FROM bot_cells WHERE session_id = ? ORDER BY n',
        [sessionId],
      );
      const cells: Cell[] = [];
      for (const r of rows) {
        cells.push({
          n: r.n,
          name: r.name,
          input: r.input,
          command: cellCommand(JSON.parse(r.command) as StoredCommand, cells),
          values: JSON.parse(r.cell_values) as Cell['values'],
          reply: JSON.parse(r.reply) as Cell['reply'],
          createdAt: r.created_at,
        });
      }
      return cells;
    },
    append(sessionId, cell: NewCell, now) {
      return store.transaction(async (tx) => {
        await tx.run(
          'INSERT INTO bot_sessions (session_id, created_at, updated_at) VALUES (?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET updated_at = excluded.updated_at',
          [sessionId, now, now],
        );
        const row = await tx.get<{ n: number }>('SELECT coalesce(max(n), 0) + 1 AS n FROM bot_cells WHERE session_id = ?', [sessionId]);
        const n = row?.n ?? 1;
        await tx.run(
          'INSERT INTO bot_cells (session_id, n, name, input, command, cell_values, reply, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          [sessionId, n, cell.name, cell.input, JSON.stringify(cell.command), JSON.stringify(cell.values), JSON.stringify(cell.reply), now],
        );
        return n;
      });
    },
    async expire(before) {
      const r = await store.run('DELETE FROM bot_sessions WHERE updated_at < ?', [before]);
      return r.changes;
    },
  };
}

import type { Store } from '../../engine/store/store.js';
import type { ReplayGuard } from './replay-guard.js';

/** Expired keys are swept at most this often: they can never pass the age check again, so they only take space. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Replay claims in the kpibot database (migration 5), so every process sharing the database
 * refuses a request any one of them accepted. A claim is one INSERT that does nothing on a taken
 * key: whichever process inserts first wins, without a transaction or a read before the write.
 */
export function sqlReplayGuard(store: Store, now: () => number = Date.now): ReplayGuard {
  const p = (i: number): string => store.dialect.param(i);
  let sweptAt = Number.NEGATIVE_INFINITY;
  return {
    async firstSeen(key, expiresAtMs) {
      const t = now();
      if (t - sweptAt >= SWEEP_EVERY_MS) {
        sweptAt = t;
        await store.run(`DELETE FROM bot_replays WHERE expires_at <= ${p(0)}`, [t]);
      }
      const claimed = await store.run(
        `INSERT INTO bot_replays (request_key, expires_at) VALUES (${p(0)}, ${p(1)}) ON CONFLICT (request_key) DO NOTHING`,
        [key, expiresAtMs],
      );
      return claimed.changes === 1;
    },
  };
}

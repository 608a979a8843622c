import type { Store } from '../../engine/store/store.js';

/** What the rate limit asks of its ledger. */
export interface RateLedger {
  /**
   * Counts the person's messages in `(now - windowMs, now]`; when fewer than `limit`, records this
   * one. Returns how many there were before it and when the oldest of them was sent.
   */
  admit(user: string, now: number, windowMs: number, limit: number): Promise<{ readonly admitted: boolean; readonly oldest: number | null }>;
}

/** In memory, for one process (tests, and a bot without a database). */
export function memoryRateLedger(): RateLedger {
  const sent = new Map<string, number[]>();
  return {
    async admit(user, now, windowMs, limit) {
      const recent = (sent.get(user) ?? []).filter((t) => t > now - windowMs);
      const admitted = recent.length < limit;
      if (admitted) recent.push(now);
      sent.set(user, recent);
      return { admitted, oldest: recent[0] ?? null };
    },
  };
}

/**
 * In the database (migration 11), so that several processes behind one Slack app limit a person
 * as one. The count and the insert are one transaction: two processes cannot both let the last
 * message of a window through.
 */
export function sqlRateLedger(store: Store): RateLedger {
  const p = (i: number): string => store.dialect.param(i);
  return {
    admit(user, now, windowMs, limit) {
      return store.transaction(async (tx) => {
        await tx.run(`DELETE FROM bot_rate_events WHERE user_id = ${p(0)} AND at <= ${p(1)}`, [user, now - windowMs]);
        const row = await tx.get<{ n: number; oldest: number | null }>(
          `SELECT count(*) AS n, min(at) AS oldest FROM bot_rate_events WHERE user_id = ${p(0)}`,
          [user],
        );
        const n = row?.n ?? 0;
        const admitted = n < limit;
        if (admitted) await tx.run(`INSERT INTO bot_rate_events (user_id, at) VALUES (${p(0)}, ${p(1)})`, [user, now]);
        return { admitted, oldest: row?.oldest ?? (admitted ? now : null) };
      });
    },
  };
}

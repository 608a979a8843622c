/**
 * What the HTTP receiver needs to refuse a signed request it has already accepted: a claim on the
 * request's key that succeeds once. Every kpibot process behind one Request URL must share the
 * claims, or a request captured on the way could be replayed to another of them.
 */
export interface ReplayGuard {
  /**
   * Claims `key` and says whether this is the first claim. A key is remembered at least until
   * `expiresAtMs` (epoch milliseconds), after which the request it stands for is stale anyway.
   */
  firstSeen(key: string, expiresAtMs: number): Promise<boolean>;
}

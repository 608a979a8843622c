import type { SqlValue, Store } from '../engine/store/store.js';

/** Many rows in one transaction: hundreds of customers would take seconds one autocommit at a time. */
export async function bulk(store: Store, table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): Promise<void> {
  await store.transaction(async (tx) => {
    for (const row of rows) await tx.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => tx.dialect.param(i)).join(', ')})`, row);
  });
}

const at = (iso: string): number => Date.parse(iso);
const SEP = at('2026-09-15T12:00:00Z');
const OCT = at('2026-10-15T12:00:00Z');

/**
 * Complaints by channel, worked out by hand (2026-10 against the period before, 2026-09).
 * September: email 10, phone 10, chat 5 = 25. October: email 10, phone 40, chat 3, social 2 = 55.
 * Every ticket has no customer and no category, so only `channel` has more than one group. One
 * non-complaint ticket a month, on phone, must not count.
 * Change +30 = email 0 + phone +30 + chat −2 + social +2 (social is missing in September: 0 there).
 * Poisson SE = sqrt(25 + 55) = sqrt(80) = 8.944; 2 SE = 17.89 < 30: more than noise.
 */
export async function seedComplaintsByChannel(store: Store): Promise<void> {
  const rows: SqlValue[][] = [];
  const add = (month: number, channel: string, n: number, complaint = 1): void => {
    for (let i = 0; i < n; i++) rows.push([`t${rows.length}`, month, channel, complaint]);
  };
  add(SEP, 'email', 10);
  add(SEP, 'phone', 10);
  add(SEP, 'chat', 5);
  add(SEP, 'phone', 1, 0);
  add(OCT, 'email', 10);
  add(OCT, 'phone', 40);
  add(OCT, 'chat', 3);
  add(OCT, 'social', 2);
  add(OCT, 'phone', 1, 0);
  await bulk(store, 'tickets', ['ticket_id', 'opened_at', 'channel', 'is_complaint'], rows);
}

/**
 * Churn by segment with a mix shift, worked out by hand (2026-10 against 2026-09), in units of
 * 5 customers (so the sample is large enough for the change to be more than noise).
 * SMB churns more than Enterprise, and a wave of SMB signups in September makes SMB most of
 * October's starting base:
 *   2026-09: SMB     S = 100 (signed up in January), L_S = 10  → 10%   w = 100/200 = 0.50
 *            Ent.    S = 100,                        L_S = 2   → 2%    w = 0.50
 *            total   12 / 200 = 6%
 *   2026-10: SMB     S = 90 left + 210 new = 300,    L_S = 20 + 10 = 30 → 10%   w = 300/400 = 0.75
 *            Ent.    S = 98 left + 2 new = 100,      L_S = 3            → 3%    w = 0.25
 *            total   33 / 400 = 8.25%
 * Change +2.25 pp. Midpoint split:
 *   SMB  rate = (0.50 + 0.75) / 2 × (10 − 10) = 0        mix = (10 + 10) / 2 × (0.75 − 0.50) = +2.5
 *   Ent. rate = (0.50 + 0.25) / 2 × (3 − 2)   = +0.375   mix = (2 + 3) / 2 × (0.25 − 0.50)  = −0.625
 *   parts: SMB +2.5, Enterprise −0.25; +2.5 − 0.25 = +2.25 = the change.
 * Churn rose because SMB, which churns at the same 10%, became three quarters of the base: SMB
 * is the group a person would name, and all of it is mix. With 5 customers a unit (n = 1000 and
 * 2000), binomial SE = 100 × sqrt(0.06 × 0.94 / 1000 + 0.0825 × 0.9175 / 2000) = 0.9708 pp;
 * 2 SE = 1.94 pp < 2.25: more than noise.
 */
export const CHURN_UNIT = 5;
export async function seedChurnMixShift(store: Store): Promise<void> {
  const rows: SqlValue[][] = [];
  const add = (segment: string, n: number, signup: string, churned: number | null): void => {
    for (let i = 0; i < n * CHURN_UNIT; i++) rows.push([`${segment}-${rows.length}`, segment, at(signup), churned]);
  };
  add('SMB', 10, '2026-01-01T00:00:00Z', SEP);
  add('SMB', 20, '2026-01-01T00:00:00Z', OCT);
  add('SMB', 70, '2026-01-01T00:00:00Z', null);
  add('SMB', 10, '2026-09-10T12:00:00Z', OCT);
  add('SMB', 200, '2026-09-10T12:00:00Z', null);
  add('Enterprise', 2, '2026-01-01T00:00:00Z', SEP);
  add('Enterprise', 3, '2026-01-01T00:00:00Z', OCT);
  add('Enterprise', 95, '2026-01-01T00:00:00Z', null);
  add('Enterprise', 2, '2026-09-10T12:00:00Z', null);
  await bulk(store, 'customers', ['customer_id', 'segment', 'signup_at', 'churned_at'], rows);
}

/**
 * A small survey sample: CSAT 2026-09 4 satisfied of 5 answers (80%), 2026-10 3 of 5 (60%).
 * Change −20 pp; binomial SE = 100 × sqrt(0.8 × 0.2 / 5 + 0.6 × 0.4 / 5) = 100 × sqrt(0.08) =
 * 28.28 pp; 2 SE = 56.6 pp > 20: within the noise. Five answers are also under csat's minimum
 * sample of 30.
 */
export async function seedSmallCsat(store: Store): Promise<void> {
  const scores: [number, number[]][] = [
    [SEP, [5, 4, 4, 5, 2]],
    [OCT, [5, 4, 4, 1, 2]],
  ];
  const rows: SqlValue[][] = [];
  for (const [when, list] of scores) for (const s of list) rows.push([`s${rows.length}`, when, 'csat', s]);
  await bulk(store, 'surveys', ['response_id', 'answered_at', 'kind', 'score'], rows);
}

/**
 * Complaints where one pair of groups is the story: customers A (SMB, Europe), B (SMB, APAC),
 * C (Enterprise, Europe), D (Enterprise, APAC), all on email.
 *   2026-09: A 2, B 2, C 2, D 2 = 8          2026-10: A 12, B 3, C 3, D 2 = 20; change +12
 *   segment: SMB +11, Enterprise +1.  region: Europe +11, APAC +1.
 *   SMB in Europe (A): +10, at least 0.75 of both SMB's +11 and Europe's +11: the story of both.
 *   SMB in APAC +1 and Enterprise in Europe +1 are small beside SMB's and Europe's +11: not shown.
 * Poisson SE = sqrt(8 + 20) = 5.29; 2 SE = 10.58 < 12: more than noise.
 */
export async function seedComplaintPair(store: Store): Promise<void> {
  await bulk(store, 'customers', ['customer_id', 'segment', 'region', 'signup_at'], [
    ['A', 'SMB', 'Europe', 0],
    ['B', 'SMB', 'APAC', 0],
    ['C', 'Enterprise', 'Europe', 0],
    ['D', 'Enterprise', 'APAC', 0],
  ]);
  const counts: Record<string, [number, number]> = { A: [2, 12], B: [2, 3], C: [2, 3], D: [2, 2] };
  const rows: SqlValue[][] = [];
  for (const [customer, [sep, oct]] of Object.entries(counts)) {
    for (let i = 0; i < sep; i++) rows.push([`p${rows.length}`, customer, SEP, 'email', 1]);
    for (let i = 0; i < oct; i++) rows.push([`p${rows.length}`, customer, OCT, 'email', 1]);
  }
  await bulk(store, 'tickets', ['ticket_id', 'customer_id', 'opened_at', 'channel', 'is_complaint'], rows);
}

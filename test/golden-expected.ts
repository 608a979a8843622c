/**
 * The referee: every KPI of ../shared/kpis.md over the independent hand-made data set in
 * test/fixtures/golden/independent/, worked out BY HAND from the definitions, never by running
 * the engine. Each value is written as the arithmetic that gives it, with the rows that count.
 *
 * Time: workspace zone UTC. Main period 2026-Q1 = [2026-01-01T00:00Z, 2026-04-01T00:00Z),
 * 90 days; previous 2025-Q4 = [2025-10-01, 2026-01-01), 92 days; month 2026-02 = 28 days.
 * t0 = 2026-01-01T00:00Z, t1 = 2026-04-01T00:00Z.
 *
 * Customers (active at t: signup_at < t and (churned_at empty or churned_at >= t)):
 *   K01 SMB        signup 2025-03-10            never churns
 *   K02 SMB        signup 2025-06-01            churn 2026-02-14T10:00     (churn of Q1, of Feb)
 *   K03 Enterprise signup 2025-01-20            never churns
 *   K04 Enterprise signup 2025-09-01            churn 2026-01-01T00:00:00Z (exactly t0: active at start AND a Q1 churn)
 *   K05 SMB        signup 2026-01-01T00:00:00Z  (exactly t0: new in Q1, not active at start)
 *   K06 SMB        signup 2026-02-03            churn 2026-03-05           (in N and L, not in S nor L_S)
 *   K07 Enterprise signup 2025-04-01            never churns
 *   K08 Enterprise signup 2025-02-01            churn 2025-11-20           (churned in Q4: in nothing of Q1)
 *   K09 SMB        signup 2025-11-05 (in Q4)    never churns
 *   K10 Enterprise signup 2026-02-15T12:00      never churns               (new in Q1, in Feb)
 *   K11 SMB        signup 2026-04-01T00:00:00Z  (exactly t1: after the period, not new, not active at end)
 *   K12 (empty)    signup 2025-12-10            churn 2026-03-20           (segment group "(none)")
 *   K13 SMB        signup 2025-10-01            churn 2026-04-01T00:00:00Z (exactly t1: still active at end, not a Q1 churn)
 *   S  (at t0) = K01 K02 K03 K04 K07 K09 K12 K13                          = 8
 *   N  (signup in [t0,t1)) = K05 K06 K10                                  = 3
 *   L  (churn in [t0,t1))  = K02 K04 K06 K12                              = 4
 *   L_S (L among S)        = K02 K04 K12                                  = 3
 *   E  (at t1) = K01 K03 K05 K07 K09 K10 K13                              = 7 = S + N - L
 *
 * Orders (completed only for revenue; ordered_at places them):
 *   Q4 completed: R01 K01 120 | R02 K02 300 | R03 K03 1500 | R04 K07 400 (cost empty) |
 *     R06 K12 60 (2025-12-31T23:59:59Z) | R07 K08 250 = 2630. Not counted: R05 K09 returned,
 *     R08 K01 cancelled, R09 K03 700 on 2025-09-30 (Q3).
 *   Q1 completed (amount / cost):
 *     R10 K04 200/120 (exactly t0) | R11 K01 150/90 | R12 K05 90/empty=0 | R13 K03 2400/1600 |
 *     R15 K09 75/45 | R16 K01 60/35 | R18 X99 110/60 (customer not in customers) |
 *     R19 K10 500/320 | R21 K13 330/200 | R23 K03 40/20 (2026-03-31T23:59:59Z)
 *     revenue = 3955 over 10 orders; cost = 2490.
 *   Q1 returned: R14 K02, R20 K07, R25 K05 = 3. Q1 cancelled (ignored): R17 K06, R22 K12.
 *   R24 K07 900 at exactly t1 is outside.
 *   Buyers Q1 (distinct customer_id of completed orders) = K04 K01 K05 K03 K09 X99 K10 K13 = 8.
 *   Buyers Q4 = K01 K02 K03 K07 K12 K08 = 6 (K09 only returned).
 *
 * Tickets (opened in Q1: T01 T02 T03 T04 T05 T06 T07 T08 T11 = 9; T09, T10 opened in Q4,
 * T12 opened exactly at t1):
 *   id  complaint contacts first-response(h) resolved(h from open)  resolved in
 *   T01 yes       1        2                 24                     Q1
 *   T02 yes       3        0.5               120                    Q1
 *   T03 no        1        -                 36                     Q1 (Feb)
 *   T04 yes       2        4                 72 (exactly)           Q1 (Feb)
 *   T05 yes       1        1.5               unresolved             -
 *   T06 no        1        0.25              6                      Q1 (customer X99)
 *   T07 yes       2        12                48                     2026-04-01T10:00, after Q1
 *   T08 no        1        2                 24                     Q1
 *   T09 yes       2        (Q4)              96                     Q1 (opened 2025-12-29)
 *   T10 no        1        (Q4)              24                     Q4
 *   T11 yes       1        0.75              48                     Q1
 *   T12 yes       1        (Q2)              5                      Q2
 */

export const DAYS_Q1 = 90;
export const DAYS_FEB = 28;

export const S = 8;
export const N = 3;
export const L = 4;
export const L_S = 3;
export const E = 7;

export const REVENUE = 150 + 200 + 90 + 2400 + 75 + 60 + 110 + 500 + 330 + 40; // 3955
export const REVENUE_Q4 = 120 + 300 + 1500 + 400 + 60 + 250; // 2630
export const COST = 120 + 90 + 0 + 1600 + 45 + 35 + 60 + 320 + 200 + 20; // 2490
export const ORDERS = 10;
export const BUYERS = 8;
export const TICKETS = 9;

export const CHURN = (L_S / S) * 100; // 37.5
export const MARGIN = ((REVENUE - COST) / REVENUE) * 100; // 1465 / 3955 x 100
// Marketing spend days in Q1: 2026-01-01 paid_search 300, 2026-01-15 social 120,
// 2026-02-10 paid_search 200, 2026-03-31 email 80 = 700 (2025-12-31 and 2026-04-01 are outside).
export const CAC = (300 + 120 + 200 + 80) / N; // 233.33
export const ARPU = (REVENUE / ((S + E) / 2)) * (365 / DAYS_Q1); // 3955 / 7.5 x 365 / 90
export const LIFETIME = Math.min(10, 1 / ((CHURN / 100) * (365 / DAYS_Q1))); // 90 / 136.875 = 0.6575 (cap not reached)

/** Every KPI id of kpis.md over 2026-Q1, UTC. */
export const Q1_EXPECTED: readonly (readonly [metric: string, expected: number])[] = [
  // E: K01 K03 K05 K07 K09 K10 K13 (K13 churns exactly at t1, so still active; K11 signs up exactly at t1, so not).
  ['customers', E],
  // N: K05 (exactly t0), K06, K10. K11 at t1 is outside.
  ['new_customers', N],
  // L_S / S: K02, K04 (exactly t0), K12 of 8 active at start. K06 (joined and left in Q1) excluded.
  ['churn_rate', (3 / 8) * 100],
  // (E - N) / S = (7 - 3) / 8.
  ['retention_rate', ((7 - 3) / 8) * 100],
  // L / (S + N - L) = 4 / (8 + 3 - 4) = 4 / 7 (L includes K06).
  ['turnover_rate', (4 / 7) * 100],
  // Bought (completed) in Q4: K01 K02 K03 K07 K12 K08 = 6; again in Q1: K01, K03 = 2.
  // K02 and K07 only returned in Q1 (K07's R24 is at t1), K12 only cancelled, K08 churned;
  // K09 buys in Q1 but only returned in Q4, so it is not in the denominator.
  ['repeat_purchase_rate', (2 / 6) * 100],
  // Completed Q1 orders R10 R11 R12 R13 R15 R16 R18 R19 R21 R23.
  ['revenue', 3955],
  // Q4 completed: 120 + 300 + 1500 + 400 + 60 + 250 = 2630.
  ['sales_growth', ((3955 - 2630) / 2630) * 100],
  ['orders', 10],
  ['average_basket', 3955 / 10],
  // 8 distinct buyers: K04 K01 K05 K03 K09 X99 K10 K13 (K01 and K03 twice each).
  ['average_ticket', 3955 / 8],
  // cost 120 + 90 + 0 (R12 empty) + 1600 + 45 + 35 + 60 + 320 + 200 + 20 = 2490.
  ['gross_margin', ((3955 - 2490) / 3955) * 100],
  // Returned R14 R20 R25 = 3; completed 10; cancelled R17 R22 not in either side.
  ['return_rate', (3 / (10 + 3)) * 100],
  // Leads created in Q1: L01 L02 L03 (exactly 2026-02-01T00:00Z) L04 L05 L09 = 6 (L06 Q4, L07 Q4, L08 at t1);
  // with converted_at: L01, L03, L05 (converts 2026-04-05, after the period: still converted) = 3.
  ['conversion_rate', (3 / 6) * 100],
  // Sessions on Q1 days: 120 + 80 + 150 + 30 + 70 = 450 (2025-11-15, 2025-12-31, 2026-04-01 outside).
  ['web_conversion_rate', (10 / 450) * 100],
  // Spend 300 + 120 + 200 + 80 = 700 over N = 3.
  ['cac', 700 / 3],
  // revenue / ((S + E) / 2) x 365 / 90 = 3955 / 7.5 x 365 / 90.
  ['arpu_annual', (3955 / ((8 + 7) / 2)) * (365 / 90)],
  // 1 / (0.375 x 365 / 90) = 90 / 136.875, well under the 10-year cap.
  ['lifetime_years', Math.min(10, 1 / ((37.5 / 100) * (365 / 90)))],
  // arpu x margin x lifetime - cac = (3955 / 7.5 / 0.375) x (1465 / 3955) - 700 / 3 = 1465 / 2.8125 - 233.33 = 287.56.
  ['clv', ARPU * (MARGIN / 100) * LIFETIME - CAC],
  // support_cost_per_ticket = 0 (default): (3955 - 2490 - 9 x 0) / 8 buyers.
  ['customer_profitability', (3955 - 2490 - 9 * 0) / 8],
  // Receivables at t1: I02 2500 (paid 2026-04-15, after t1) + I03 400 (unpaid) + I04 300 (issued Q4,
  // unpaid) + I06 800 (issued exactly at t1: "issued at or before t") + I08 150 (issued 23:59:59, unpaid)
  // = 4150. Not: I01 (paid in Q1), I05 (paid exactly at t1 = paid by t), I07 (Q4, paid 2026-01-15).
  // Invoiced in Q1 (issued in [t0, t1)): I01 1000 + I02 2500 + I03 400 + I05 600 + I08 150 = 4650.
  ['dso', (4150 / 4650) * 90],
  // NPS answers in Q1: S01 10, S02 9, S03 6, S04 8, S05 10, S06 3, S07 9, S08 8, S09 2, S10 9,
  // S11 10 (23:59:59 on 31 Mar), S14 7 = 12. Promoters S01 S02 S05 S07 S10 S11 = 6; detractors
  // S03 S06 S09 = 3; passives S04 S08 S14. S12 at t1 and S13 (2025-12-31) are outside.
  ['nps', ((6 - 3) / 12) * 100],
  ['recommendation_rate', (6 / 12) * 100],
  // CSAT in Q1: 5, 4, 3, 2, 4, 1 (C07 is Q4): 4s and 5s = 3 of 6.
  ['csat', (3 / 6) * 100],
  // mean = (5 + 4 + 3 + 2 + 4 + 1) / 6 = 19 / 6.
  ['satisfaction_index', ((19 / 6 - 1) / 4) * 100],
  // Engagement in Q1: 4, 1, 4, 4, 1, 3, 2, 4, 4: fours 5, ones 2 (G10 Q4 and G11 at t1 are 1s outside).
  ['engagement_ratio', 5 / 2],
  // Brand in Q1: 7.5, 8.2, 6.3 (B04 9.0 is Q4).
  ['brand_equity', ((7.5 + 8.2 + 6.3) / 3) * 10],
  // Opened in Q1: T01 T02 T03 T04 T05 T06 T07 T08 T11.
  ['tickets', 9],
  // T01 T02 T04 T05 T07 T11 (T09 complaint opened in Q4, T12 at t1).
  ['complaints', 6],
  // Opened in Q1 with a first response (T03 has none): 2 + 0.5 + 4 + 1.5 + 0.25 + 12 + 2 + 0.75 = 23 over 8.
  ['first_response_time', (2 + 0.5 + 4 + 1.5 + 0.25 + 12 + 2 + 0.75) / 8],
  // Resolved in Q1 (by resolved_at): T01 24, T02 120, T03 36, T04 72, T06 6, T08 24, T09 96 (opened Q4),
  // T11 48 = 426 over 8. T05 unresolved, T07 resolved 2026-04-01T10:00 (after), T12 after.
  ['resolution_time', (24 + 120 + 36 + 72 + 6 + 24 + 96 + 48) / 8],
  // Complaints among those: T01 24, T02 120, T04 72, T09 96, T11 48.
  ['complaint_resolution_time', (24 + 120 + 72 + 96 + 48) / 5],
  // Complaints opened in Q1: T01 (24 h) yes, T02 (120 h) no, T04 (exactly 72 h) yes, T05 (open) no,
  // T07 (48 h, resolved after the period end) yes, T11 (48 h) yes = 4 of 6.
  ['complaints_resolved_72h', (4 / 6) * 100],
  // Opened in Q1 with contacts > 1: T02 (3), T04 (2), T07 (2) = 3 of 9 (T09's 2 is Q4).
  ['repeat_contact_rate', (3 / 9) * 100],
  // Months 2026-01..03: company 150 + 110 + 140 = 400; market 1200 + 1000 + 1300 = 3500 (2026-04 outside).
  ['market_share', (400 / 3500) * 100],
  // Largest competitor 360 + 330 + 410 = 1100.
  ['relative_market_share', 400 / 1100],
  // Market Q4 2025: 1000 + 1100 + 900 = 3000.
  ['market_growth', ((3500 - 3000) / 3000) * 100],
  // Own (OurBrand) on Q1 days: 40 + 25 = 65; all: 40 + 60 + 25 + 35 + 40 = 200 (2025-12-31, 2026-04-01 outside).
  ['share_of_voice', (65 / 200) * 100],
];

/**
 * 2026-02 = [2026-02-01, 2026-03-01), 28 days.
 * S_feb (active at 02-01) = K01 K02 K03 K05 K07 K09 K12 K13 = 8 (K04 gone, K06 joins 02-03, K10 02-15).
 * N_feb = K06, K10 = 2. L_feb = L_S_feb = K02 = 1. E_feb = 8 + 2 - 1 = 9.
 */
export const FEB_EXPECTED: readonly (readonly [metric: string, expected: number])[] = [
  ['customers', 9],
  ['new_customers', 2],
  ['churn_rate', (1 / 8) * 100],
  // R15 75 + R16 60 (R14 returned, R17 cancelled).
  ['revenue', 75 + 60],
  // T03 (opened 02-01T10:00), T04.
  ['tickets', 2],
  // Spend 2026-02-10 paid_search 200 / N_feb 2.
  ['cac', 200 / 2],
  // 135 / ((8 + 9) / 2) x 365 / 28.
  ['arpu_annual', (135 / ((8 + 9) / 2)) * (365 / 28)],
  // 1 / (0.125 x 365 / 28).
  ['lifetime_years', Math.min(10, 1 / ((12.5 / 100) * (365 / 28)))],
  // Resolved in Feb: T03 36, T04 72.
  ['resolution_time', (36 + 72) / 2],
  ['complaint_resolution_time', 72],
  // Receivables at 2026-03-01T00:00Z: I02 2500 (issued 02-10, paid 04-15) + I04 300 = 2800
  // (I03 is issued 03-02; I01 and I07 were paid in January). Invoiced in Feb: I02 2500.
  ['dso', (2800 / 2500) * 28],
  ['market_share', (110 / 1000) * 100],
];

/** Other periods with a value. */
export const OTHER_EXPECTED: readonly (readonly [metric: string, period: string, expected: number])[] = [
  // Q4 revenue 2630 against 2025-Q3's only completed order R09 700 (2025-09-30T23:59:59Z).
  ['sales_growth', '2025-Q4', ((2630 - 700) / 700) * 100],
  // Q4 NPS answers: S18 10 (exactly 2025-10-01T00:00Z), S15 5, S16 9, S17 7, S13 10 (23:59:59 on 31 Dec):
  // promoters 3, detractors 1 of 5.
  ['nps', '2025-Q4', ((3 - 1) / 5) * 100],
  ['revenue', '2025-Q4', 2630],
];

/** Empty denominators: no value (null), never 0. */
export const NULL_CASES: readonly (readonly [metric: string, query: { period?: string; filters?: { segment?: string[] } }, why: string])[] = [
  ['nps', { period: '2024-01' }, 'no answers'],
  ['first_response_time', { period: '2024-01' }, 'no tickets'],
  ['average_basket', { period: '2024-01' }, 'no orders'],
  ['dso', { period: '2024-01' }, 'nothing invoiced'],
  ['churn_rate', { period: '2024-01' }, 'S = 0: the first signup is 2025-01-20'],
  ['lifetime_years', { period: '2024-01' }, 'churn_rate has no value, so neither has what is derived from it'],
  ['churn_rate', { filters: { segment: ['Nobody'] } }, 'a filter that matches no customer'],
  ['engagement_ratio', { period: '2026-02' }, 'two answers of 4, none of 1: the denominator is 0 though the numerator is not'],
  ['sales_growth', { period: '2025-Q3' }, '2025-Q2 has no completed orders: previous revenue 0'],
  ['market_growth', { period: '2025-Q4' }, 'no market months in 2025-Q3'],
];

/** Sums and counts over no rows are 0 (they have no denominator). */
export const ZERO_CASES: readonly (readonly [metric: string, period: string])[] = [
  ['revenue', '2024-01'],
  ['tickets', '2024-01'],
  ['new_customers', '2024-01'],
];

/**
 * Breakdowns over 2026-Q1.
 * churn_rate by segment: SMB S = K01 K02 K09 K13 (4), L_S = K02; Enterprise S = K03 K04 K07 (3),
 * L_S = K04; (none) S = K12 (1), L_S = K12.
 */
export const CHURN_BY_SEGMENT: Record<string, { value: number; sample: number }> = {
  SMB: { value: (1 / 4) * 100, sample: 4 },
  Enterprise: { value: (1 / 3) * 100, sample: 3 },
  '(none)': { value: (1 / 1) * 100, sample: 1 },
};
/** SMB: K01 150 + 60, K05 90, K09 75, K13 330. Enterprise: K04 200, K03 2400 + 40, K10 500. (none): X99 110. */
export const REVENUE_BY_SEGMENT: Record<string, number> = {
  SMB: 150 + 60 + 90 + 75 + 330, // 705
  Enterprise: 200 + 2400 + 40 + 500, // 3140
  '(none)': 110, // X99, a customer id not in customers (K12's only Q1 order is cancelled)
};
/**
 * SMB: S01 10, S02 9, S04 8, S06 3, S10 9, S11 10, S14 7 -> 4 promoters, 1 detractor of 7.
 * Enterprise: S03 6, S05 10, S09 2 -> 1 promoter, 2 detractors of 3.
 * (none): S07 9 (K12, empty segment), S08 8 (X99, unknown customer) -> 1 promoter of 2.
 */
export const NPS_BY_SEGMENT: Record<string, { value: number; sample: number }> = {
  SMB: { value: ((4 - 1) / 7) * 100, sample: 7 },
  Enterprise: { value: ((1 - 2) / 3) * 100, sample: 3 },
  '(none)': { value: ((1 - 0) / 2) * 100, sample: 2 },
};
/** Jan: R10 200, R11 150, R12 90, R13 2400. Feb: R15 75, R16 60. Mar: R18 110, R19 500, R21 330, R23 40. */
export const REVENUE_BY_MONTH: Record<string, number> = {
  '2026-01': 200 + 150 + 90 + 2400, // 2840
  '2026-02': 75 + 60, // 135
  '2026-03': 110 + 500 + 330 + 40, // 980
};
/**
 * E at each month end. 2026-02-01: S (8) + K05 - K04 = K01 K02 K03 K05 K07 K09 K12 K13 = 8.
 * 2026-03-01: + K06 + K10 - K02 = 9. 2026-04-01: - K06 - K12 = 7.
 */
export const CUSTOMERS_BY_MONTH: Record<string, number> = { '2026-01': 8, '2026-02': 9, '2026-03': 7 };

/** revenue where segment = SMB. */
export const REVENUE_SMB = 705;
/** cac where channel = paid_search: paid_search spend 300 + 200 over N with acquisition_channel paid_search (K05) = 1. */
export const CAC_PAID_SEARCH = (300 + 200) / 1;
/** support_cost_per_ticket = 10: (3955 - 2490 - 9 tickets x 10) / 8. */
export const PROFITABILITY_AT_10 = (3955 - 2490 - 9 * 10) / 8;

/** vs previous (2025-Q4). */
export const REVENUE_VS_PREVIOUS = { value: 3955, compare: 2630, delta: 3955 - 2630, deltaPct: ((3955 - 2630) / 2630) * 100 };
/** NPS Q1 25, Q4 40: delta -15 points. */
export const NPS_VS_PREVIOUS = { value: 25, compare: 40, delta: 25 - 40 };

/**
 * America/Sao_Paulo (UTC-03:00 all year in 2026): local 2026-Q1 is
 * [2026-01-01T03:00Z, 2026-04-01T03:00Z).
 */
export const SAO_PAULO_CUSTOMERS = [
  'customer_id,name,segment,signup_at',
  'Z1,Sul,SMB,2025-06-01T00:00:00Z',
  'Z2,Norte,SMB,2026-01-01T02:00:00Z', // local 2025-12-31 23:00: new in December 2025, not Q1
  'Z3,Leste,Enterprise,2026-04-01T01:00:00Z', // local 2026-03-31 22:00: new in Q1
  'Z4,Oeste,Enterprise,2026-02-10 09:00', // naive, read in Sao Paulo: 12:00Z, new in Q1
  'Z5,Centro,SMB,2026-03-31T21:30:00-03:00', // 2026-04-01T00:30Z: new in Q1 locally
].join('\n');
export const SAO_PAULO_ORDERS = [
  'order_id,customer_id,ordered_at,amount,cost,status',
  'A,Z1,2026-03-31T23:30:00-03:00,70,,completed', // 2026-04-01T02:30Z: March locally, in
  'B,Z1,2026-01-01T01:00:00Z,5,,completed', // local 2025-12-31 22:00: out (December)
  'C,Z2,2026-01-01T03:00:00Z,11,,completed', // local 2026-01-01 00:00 exactly: in (start is inclusive)
  'D,Z3,2026-04-01T03:00:00Z,17,,completed', // local 2026-04-01 00:00 exactly: out (end is exclusive)
  'E,Z4,2025-12-31 23:30,23,,completed', // naive local: 2026-01-01T02:30Z but December locally: out
  'F,Z4,2026-02-15T12:00:00-03:00,7,,completed', // February
].join('\n');
export const SAO_PAULO = {
  revenueQ1: 70 + 11 + 7, // A, C, F (a UTC reading would give B + C + E + F = 46)
  revenueDec2025: 5 + 23, // B, E
  revenueByMonth: { '2026-01': 11, '2026-02': 7, '2026-03': 70 } as Record<string, number>,
  newCustomersQ1: 3, // Z3, Z4, Z5 (a UTC reading would give Z2, Z4)
  newCustomersDec2025: 1, // Z2
  customersQ1: 5, // all five active at 2026-04-01T03:00Z (Z3 and Z5 signed up just before, in UTC terms on 1 April)
};

/**
 * The benchmark's fixed mix: each question as a person types it, and the same numbers written
 * by hand as one SQL statement, as an analyst with the schema and the KPI files open would.
 *
 * Every statement returns rows (p, k, v): p is 'cur' for the asked period or 'cmp' for the one it
 * is compared with, k the group ('*' for the whole, dimension values joined by '|' in the
 * question's `by` order), v the value. The dates are fixed, read at BENCH_NOW in UTC (the
 * default workspace's zone), so the statements can name them as literals as a person would.
 */

/** The instant every question is read at: the demo's data ends just before it. */
export const BENCH_NOW = Date.parse('2026-12-01T09:00:00Z');

export type Area = 'customers' | 'sales' | 'satisfaction' | 'service' | 'market';

export interface BenchQuestion {
  readonly question: string;
  readonly area: Area;
  readonly sql: string;
}

/** Epoch ms of a UTC date, for the literals below. */
const at = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`);

// The periods the questions name, read at BENCH_NOW.
const Q1 = at('2026-01-01');
const Q2 = at('2026-04-01');
const Q3 = at('2026-07-01');
const Q4 = at('2026-10-01');
const DEC25 = at('2025-12-01');
const DEC24 = at('2024-12-01');
const DEC26 = at('2026-12-01');
const NOV26 = at('2026-11-01');
const OCT26 = at('2026-10-01');
/** `this-year` is read to date: up to and including the instant it is asked. */
const TO_DATE = BENCH_NOW + 1;
const TO_DATE_LAST_YEAR = Date.parse('2025-12-01T09:00:00.001Z');
/** last-30d and the 30 days before it. */
const D30 = at('2026-11-01');
const D30_BEFORE = at('2026-10-02');
/** last-90d. */
const D90 = at('2026-09-02');

/** The first day of each of the 12 months of last-12m, and the day after. */
const MONTHS_12 = Array.from({ length: 13 }, (_, i) => at(`${i === 0 ? '2025-12' : `2026-${String(i).padStart(2, '0')}`}-01`));

const month = (col: string): string => `strftime('%Y-%m', ${col} / 1000, 'unixepoch')`;
const isoWeek = (col: string): string => `strftime('%G-W%V', ${col} / 1000, 'unixepoch')`;
/** Which of the two periods [cmpStart, curStart) and [curStart, ...) a time falls in. */
const period = (col: string, curStart: number): string => `CASE WHEN ${col} >= ${curStart} THEN 'cur' ELSE 'cmp' END`;

/**
 * The whole and the groups of a ratio from per-group sums n and d in a CTE x(p, k, n, d). Adding
 * the groups up is exact for the whole here: every row lands in exactly one group, and a customer
 * has one value of each customer dimension, so distinct customers add up too.
 */
const ratioRows = (scale: string): string => `
SELECT p, k, ${scale} * n / d AS v FROM x
UNION ALL SELECT p, '*', ${scale} * sum(n) / sum(d) FROM x GROUP BY p`;
const sumRows = `
SELECT p, k, v FROM x
UNION ALL SELECT p, '*', sum(v) FROM x GROUP BY p`;

/** Completed orders of [from, to) with their customer's `dim`, split at `split`. */
const ordersBy = (dim: string, from: number, split: number, to: number, select: string): string => `
WITH x AS (
  SELECT ${period('o.ordered_at', split)} AS p, COALESCE(c.${dim}, '(none)') AS k, ${select}
  FROM orders o LEFT JOIN customers c ON c.customer_id = o.customer_id
  WHERE o.ordered_at >= ${from} AND o.ordered_at < ${to} AND o.status = 'completed'
  GROUP BY p, k)`;

/** The clv of [s, e), a period of `days` days, by acquisition channel and for the whole. */
const clvOf = (p: string, s: number, e: number, days: number): string => `
  SELECT '${p}' AS p, g.k AS k,
    -- arpu_annual × gross_margin / 100 × lifetime_years − cac; a churn of 0 makes the lifetime its cap of 10 years.
    (g.rev / ((g.cs + g.ce) / 2.0) * 365 / ${days})
    * (100.0 * g.margin / g.rev) / 100
    * CASE WHEN g.churned = 0 THEN 10 ELSE min(10, 1 / (100.0 * g.churned / g.cs / 100 * 365 / ${days})) END
    - g.spend / g.new AS v
  FROM (
    SELECT k, sum(rev) AS rev, sum(margin) AS margin, sum(cs) AS cs, sum(ce) AS ce, sum(churned) AS churned, sum(spend) AS spend, sum(new) AS new
    FROM (
      SELECT COALESCE(c.acquisition_channel, '(none)') AS k, sum(o.amount) AS rev, sum(o.amount - COALESCE(o.cost, 0)) AS margin, 0 AS cs, 0 AS ce, 0 AS churned, 0 AS spend, 0 AS new
      FROM orders o LEFT JOIN customers c ON c.customer_id = o.customer_id
      WHERE o.ordered_at >= ${s} AND o.ordered_at < ${e} AND o.status = 'completed' GROUP BY k
      UNION ALL
      SELECT COALESCE(acquisition_channel, '(none)'), 0, 0,
        sum(CASE WHEN signup_at < ${s} AND (churned_at IS NULL OR churned_at >= ${s}) THEN 1 ELSE 0 END),
        sum(CASE WHEN signup_at < ${e} AND (churned_at IS NULL OR churned_at >= ${e}) THEN 1 ELSE 0 END),
        sum(CASE WHEN signup_at < ${s} AND churned_at >= ${s} AND churned_at < ${e} THEN 1 ELSE 0 END),
        0,
        sum(CASE WHEN signup_at >= ${s} AND signup_at < ${e} THEN 1 ELSE 0 END)
      FROM customers WHERE signup_at < ${e} GROUP BY 1
      UNION ALL
      SELECT channel, 0, 0, 0, 0, 0, sum(amount), 0 FROM marketing_spend
      WHERE day >= '${iso(s)}' AND day < '${iso(e)}' GROUP BY channel)
    GROUP BY k
    UNION ALL SELECT '*', sum(rev), sum(margin), sum(cs), sum(ce), sum(churned), sum(spend), sum(new) FROM (
      SELECT sum(o.amount) AS rev, sum(o.amount - COALESCE(o.cost, 0)) AS margin, 0 AS cs, 0 AS ce, 0 AS churned, 0 AS spend, 0 AS new
      FROM orders o WHERE o.ordered_at >= ${s} AND o.ordered_at < ${e} AND o.status = 'completed'
      UNION ALL
      SELECT 0, 0,
        sum(CASE WHEN signup_at < ${s} AND (churned_at IS NULL OR churned_at >= ${s}) THEN 1 ELSE 0 END),
        sum(CASE WHEN signup_at < ${e} AND (churned_at IS NULL OR churned_at >= ${e}) THEN 1 ELSE 0 END),
        sum(CASE WHEN signup_at < ${s} AND churned_at >= ${s} AND churned_at < ${e} THEN 1 ELSE 0 END),
        0,
        sum(CASE WHEN signup_at >= ${s} AND signup_at < ${e} THEN 1 ELSE 0 END)
      FROM customers WHERE signup_at < ${e}
      UNION ALL
      SELECT 0, 0, 0, 0, 0, sum(amount), 0 FROM marketing_spend WHERE day >= '${iso(s)}' AND day < '${iso(e)}')
  ) g`;

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Active customers at each instant of `ats`, keyed by its k (and `dim`'s value after it, when given). */
const stockAt = (ats: readonly { p: string; k: string; at: number }[], dim: string | null): string => `
WITH a (p, k, at) AS (VALUES ${ats.map((x) => `('${x.p}', '${x.k}', ${x.at})`).join(', ')})
SELECT a.p AS p, ${dim ? `a.k || COALESCE(c.${dim}, '(none)')` : 'a.k'} AS k, count(*) AS v
FROM a JOIN customers c ON c.signup_at < a.at AND (c.churned_at IS NULL OR c.churned_at >= a.at)
GROUP BY 1, 2`;

export const BENCH_QUESTIONS: readonly BenchQuestion[] = [
  // ── customers ──
  {
    question: 'customers by segment',
    area: 'customers',
    sql: stockAt(
      [
        { p: 'cur', k: '', at: DEC26 },
        { p: 'cmp', k: '', at: D30 },
      ],
      'segment',
    ) + `
UNION ALL SELECT 'cur', '*', count(*) FROM customers WHERE signup_at < ${DEC26} AND (churned_at IS NULL OR churned_at >= ${DEC26})
UNION ALL SELECT 'cmp', '*', count(*) FROM customers WHERE signup_at < ${D30} AND (churned_at IS NULL OR churned_at >= ${D30})`,
  },
  {
    question: 'customers by month last-12m',
    area: 'customers',
    sql: stockAt(
      [...MONTHS_12.slice(1).map((end, i) => ({ p: 'cur', k: iso(MONTHS_12[i] ?? 0).slice(0, 7), at: end })), { p: 'cur', k: '*', at: DEC26 }],
      null,
    ),
  },
  {
    question: 'new_customers by month last-12m',
    area: 'customers',
    sql: `
WITH x AS (SELECT 'cur' AS p, ${month('signup_at')} AS k, count(*) AS v FROM customers
  WHERE signup_at >= ${DEC25} AND signup_at < ${DEC26} GROUP BY k)${sumRows}`,
  },
  {
    question: 'churn last-quarter by segment',
    area: 'customers',
    sql: `
WITH g AS (
  SELECT COALESCE(segment, '(none)') AS k,
    sum(CASE WHEN signup_at < ${Q3} AND churned_at >= ${Q3} AND churned_at < ${Q4} THEN 1 ELSE 0 END) AS n_cur,
    sum(CASE WHEN signup_at < ${Q3} AND (churned_at IS NULL OR churned_at >= ${Q3}) THEN 1 ELSE 0 END) AS d_cur,
    sum(CASE WHEN signup_at < ${Q2} AND churned_at >= ${Q2} AND churned_at < ${Q3} THEN 1 ELSE 0 END) AS n_cmp,
    sum(CASE WHEN signup_at < ${Q2} AND (churned_at IS NULL OR churned_at >= ${Q2}) THEN 1 ELSE 0 END) AS d_cmp
  FROM customers WHERE signup_at < ${Q3} GROUP BY k),
x AS (SELECT 'cur' AS p, k, n_cur AS n, d_cur AS d FROM g UNION ALL SELECT 'cmp', k, n_cmp, d_cmp FROM g)${ratioRows('100.0')}`,
  },
  {
    question: 'retention_rate last-quarter by region',
    area: 'customers',
    sql: `
WITH g AS (
  SELECT COALESCE(region, '(none)') AS k,
    sum(CASE WHEN signup_at < ${Q4} AND (churned_at IS NULL OR churned_at >= ${Q4}) THEN 1 ELSE 0 END)
      - sum(CASE WHEN signup_at >= ${Q3} AND signup_at < ${Q4} THEN 1 ELSE 0 END) AS n_cur,
    sum(CASE WHEN signup_at < ${Q3} AND (churned_at IS NULL OR churned_at >= ${Q3}) THEN 1 ELSE 0 END) AS d_cur,
    sum(CASE WHEN signup_at < ${Q3} AND (churned_at IS NULL OR churned_at >= ${Q3}) THEN 1 ELSE 0 END)
      - sum(CASE WHEN signup_at >= ${Q2} AND signup_at < ${Q3} THEN 1 ELSE 0 END) AS n_cmp,
    sum(CASE WHEN signup_at < ${Q2} AND (churned_at IS NULL OR churned_at >= ${Q2}) THEN 1 ELSE 0 END) AS d_cmp
  FROM customers WHERE signup_at < ${Q4} GROUP BY k),
x AS (SELECT 'cur' AS p, k, n_cur AS n, d_cur AS d FROM g UNION ALL SELECT 'cmp', k, n_cmp, d_cmp FROM g)${ratioRows('100.0')}`,
  },
  {
    question: 'buying_customers last-quarter by plan',
    area: 'customers',
    sql: `${ordersBy('plan', Q2, Q3, Q4, 'count(DISTINCT o.customer_id) AS v')}${sumRows}`,
  },
  {
    question: 'clv last-quarter by channel',
    area: 'customers',
    sql: `${clvOf('cur', Q3, Q4, 92)}\nUNION ALL${clvOf('cmp', Q2, Q3, 91)}`,
  },
  // ── sales ──
  {
    question: 'revenue by month last-12m',
    area: 'sales',
    sql: `
WITH x AS (SELECT 'cur' AS p, ${month('ordered_at')} AS k, sum(amount) AS v FROM orders
  WHERE ordered_at >= ${DEC25} AND ordered_at < ${DEC26} AND status = 'completed' GROUP BY k)${sumRows}`,
  },
  {
    question: 'revenue last-quarter by region',
    area: 'sales',
    sql: `${ordersBy('region', Q2, Q3, Q4, 'sum(o.amount) AS v')}${sumRows}`,
  },
  {
    question: 'orders this-year vs last-year',
    area: 'sales',
    sql: `
SELECT CASE WHEN ordered_at >= ${Q1} THEN 'cur' ELSE 'cmp' END AS p, '*' AS k, count(*) AS v FROM orders
WHERE status = 'completed' AND ((ordered_at >= ${Q1} AND ordered_at < ${TO_DATE}) OR (ordered_at >= ${at('2025-01-01')} AND ordered_at < ${TO_DATE_LAST_YEAR}))
GROUP BY p`,
  },
  {
    question: 'average_ticket last-12m by region',
    area: 'sales',
    sql: `${ordersBy('region', DEC24, DEC25, DEC26, 'sum(o.amount) AS n, count(DISTINCT o.customer_id) AS d')}${ratioRows('1.0')}`,
  },
  {
    question: 'average_basket last-quarter by segment',
    area: 'sales',
    sql: `${ordersBy('segment', Q2, Q3, Q4, 'sum(o.amount) AS n, count(*) AS d')}${ratioRows('1.0')}`,
  },
  {
    question: 'gross_margin last-quarter by plan',
    area: 'sales',
    sql: `${ordersBy('plan', Q2, Q3, Q4, 'sum(o.amount - COALESCE(o.cost, 0)) AS n, sum(o.amount) AS d')}${ratioRows('100.0')}`,
  },
  {
    question: 'repeat_purchase_rate last-quarter by segment',
    area: 'sales',
    // Per customer: whether they bought in Q1, Q2, Q3; a repeat buyer bought in the quarter before and in this one.
    sql: `
WITH f AS (
  SELECT customer_id,
    max(ordered_at < ${Q2}) AS a1, max(ordered_at >= ${Q2} AND ordered_at < ${Q3}) AS a2, max(ordered_at >= ${Q3}) AS a3
  FROM orders WHERE status = 'completed' AND customer_id IS NOT NULL AND ordered_at >= ${Q1} AND ordered_at < ${Q4}
  GROUP BY customer_id),
g AS (SELECT COALESCE(c.segment, '(none)') AS k, sum(a2 AND a3) AS n_cur, sum(a2) AS d_cur, sum(a1 AND a2) AS n_cmp, sum(a1) AS d_cmp
  FROM f LEFT JOIN customers c ON c.customer_id = f.customer_id GROUP BY k),
x AS (SELECT 'cur' AS p, k, n_cur AS n, d_cur AS d FROM g UNION ALL SELECT 'cmp', k, n_cmp, d_cmp FROM g)${ratioRows('100.0')}`,
  },
  {
    question: 'arpu_annual last-year',
    area: 'sales',
    sql: `
WITH y (p, s, e, days) AS (VALUES ('cur', ${at('2025-01-01')}, ${at('2026-01-01')}, 365), ('cmp', ${at('2024-01-01')}, ${at('2025-01-01')}, 366))
SELECT y.p AS p, '*' AS k,
  (SELECT sum(amount) FROM orders WHERE status = 'completed' AND ordered_at >= y.s AND ordered_at < y.e)
  / (((SELECT count(*) FROM customers WHERE signup_at < y.s AND (churned_at IS NULL OR churned_at >= y.s))
    + (SELECT count(*) FROM customers WHERE signup_at < y.e AND (churned_at IS NULL OR churned_at >= y.e))) / 2.0)
  * 365 / y.days AS v
FROM y`,
  },
  {
    question: 'return_rate last-quarter',
    area: 'sales',
    sql: `
WITH x AS (SELECT ${period('ordered_at', Q3)} AS p, '*' AS k, sum(status = 'returned') AS n, count(*) AS d FROM orders
  WHERE ordered_at >= ${Q2} AND ordered_at < ${Q4} AND status IN ('completed', 'returned') GROUP BY p)
SELECT p, k, 100.0 * n / d AS v FROM x`,
  },
  // ── satisfaction ──
  {
    question: 'nps last-quarter by segment',
    area: 'satisfaction',
    sql: `
WITH x AS (
  SELECT ${period('s.answered_at', Q3)} AS p, COALESCE(c.segment, '(none)') AS k,
    sum(CASE WHEN s.score >= 9 THEN 1 ELSE 0 END) - sum(CASE WHEN s.score <= 6 THEN 1 ELSE 0 END) AS n, count(*) AS d
  FROM surveys s LEFT JOIN customers c ON c.customer_id = s.customer_id
  WHERE s.kind = 'nps' AND s.answered_at >= ${Q2} AND s.answered_at < ${Q4} GROUP BY p, k)${ratioRows('100.0')}`,
  },
  {
    question: 'nps last-quarter',
    area: 'satisfaction',
    sql: `
SELECT ${period('answered_at', Q3)} AS p, '*' AS k,
  100.0 * (sum(CASE WHEN score >= 9 THEN 1 ELSE 0 END) - sum(CASE WHEN score <= 6 THEN 1 ELSE 0 END)) / count(*) AS v
FROM surveys WHERE kind = 'nps' AND answered_at >= ${Q2} AND answered_at < ${Q4} GROUP BY p`,
  },
  {
    question: 'csat by month last-12m',
    area: 'satisfaction',
    sql: `
WITH x AS (SELECT 'cur' AS p, ${month('answered_at')} AS k, sum(score >= 4) AS n, count(*) AS d FROM surveys
  WHERE kind = 'csat' AND answered_at >= ${DEC25} AND answered_at < ${DEC26} GROUP BY k)${ratioRows('100.0')}`,
  },
  // ── service ──
  {
    question: 'complaints by week last-90d by channel',
    area: 'service',
    sql: `
WITH x AS (SELECT 'cur' AS p, ${isoWeek('opened_at')} || '|' || COALESCE(channel, '(none)') AS k, count(*) AS v FROM tickets
  WHERE is_complaint = 1 AND opened_at >= ${D90} AND opened_at < ${DEC26} GROUP BY k)${sumRows}`,
  },
  {
    question: 'resolution_time last-quarter by category',
    area: 'service',
    sql: `
WITH x AS (SELECT ${period('resolved_at', Q3)} AS p, COALESCE(category, '(none)') AS k,
    sum((resolved_at - opened_at) / 3600000.0) AS n, count(*) AS d
  FROM tickets WHERE resolved_at >= ${Q2} AND resolved_at < ${Q4} GROUP BY p, k)${ratioRows('1.0')}`,
  },
  {
    question: 'first_response_time last-month by channel',
    area: 'service',
    sql: `
WITH x AS (SELECT ${period('opened_at', NOV26)} AS p, COALESCE(channel, '(none)') AS k,
    sum((first_response_at - opened_at) / 3600000.0) AS n, count(*) AS d
  FROM tickets WHERE first_response_at IS NOT NULL AND opened_at >= ${OCT26} AND opened_at < ${DEC26} GROUP BY p, k)${ratioRows('1.0')}`,
  },
  {
    question: 'tickets last-quarter by region, plan',
    area: 'service',
    sql: `
WITH x AS (SELECT ${period('t.opened_at', Q3)} AS p, COALESCE(c.region, '(none)') || '|' || COALESCE(c.plan, '(none)') AS k, count(*) AS v
  FROM tickets t LEFT JOIN customers c ON c.customer_id = t.customer_id
  WHERE t.opened_at >= ${Q2} AND t.opened_at < ${Q4} GROUP BY p, k)${sumRows}`,
  },
  {
    question: 'complaints last-30d',
    area: 'service',
    sql: `
SELECT ${period('opened_at', D30)} AS p, '*' AS k, count(*) AS v FROM tickets
WHERE is_complaint = 1 AND opened_at >= ${D30_BEFORE} AND opened_at < ${DEC26} GROUP BY p`,
  },
  // ── market ──
  {
    question: 'market_share by month last-12m',
    area: 'market',
    sql: `
WITH x AS (SELECT 'cur' AS p, month AS k, sum(company_sales) AS n, sum(market_sales) AS d FROM market
  WHERE month >= '2025-12' AND month < '2026-12' GROUP BY month)${ratioRows('100.0')}`,
  },
  {
    question: 'share_of_voice last-quarter by brand',
    area: 'market',
    // A brand's share is of every brand's mentions; the whole is the company's own share.
    sql: `
WITH x AS (SELECT CASE WHEN day >= '${iso(Q3)}' THEN 'cur' ELSE 'cmp' END AS p, brand AS k, sum(mentions) AS n, max(own) AS own
  FROM mentions WHERE day >= '${iso(Q2)}' AND day < '${iso(Q4)}' GROUP BY p, brand),
t AS (SELECT p, sum(n) AS d, sum(CASE WHEN own = 1 THEN n ELSE 0 END) AS o FROM x GROUP BY p)
SELECT x.p AS p, x.k AS k, 100.0 * x.n / t.d AS v FROM x JOIN t ON t.p = x.p
UNION ALL SELECT p, '*', 100.0 * o / d FROM t`,
  },
  {
    question: 'conversion_rate last-quarter by source',
    area: 'market',
    sql: `
WITH x AS (SELECT ${period('created_at', Q3)} AS p, COALESCE(source, '(none)') AS k, sum(converted_at IS NOT NULL) AS n, count(*) AS d FROM leads
  WHERE created_at >= ${Q2} AND created_at < ${Q4} GROUP BY p, k)${ratioRows('100.0')}`,
  },
  {
    question: 'cac last-quarter by channel',
    area: 'market',
    sql: `
WITH x AS (SELECT p, k, sum(n) AS n, sum(d) AS d FROM (
    SELECT CASE WHEN day >= '${iso(Q3)}' THEN 'cur' ELSE 'cmp' END AS p, channel AS k, sum(amount) AS n, 0 AS d FROM marketing_spend
    WHERE day >= '${iso(Q2)}' AND day < '${iso(Q4)}' GROUP BY 1, 2
    UNION ALL
    SELECT ${period('signup_at', Q3)}, COALESCE(acquisition_channel, '(none)'), 0, count(*) FROM customers
    WHERE signup_at >= ${Q2} AND signup_at < ${Q4} GROUP BY 1, 2)
  GROUP BY p, k)${ratioRows('1.0')}`,
  },
];

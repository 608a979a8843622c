import type { Store } from '../engine/store/store.js';

/**
 * Survey answers worked out by hand: 2026-Q1 has 10, 10, 9 (promoters) and 6 (a detractor) of 4,
 * so NPS = 75% - 25% = 50; SMB (customer A) answered 10, 10, 9: NPS 100; Enterprise (B) answered
 * 6: NPS -100. 2026-Q2 has 9, 10 (promoters) and 5, 5 (detractors) of 4: NPS 0.
 */
export async function seedSurveys(store: Store): Promise<void> {
  await store.run("INSERT INTO customers (customer_id, segment, region, signup_at) VALUES ('A', 'SMB', 'Europe', 0), ('B', 'Enterprise', 'APAC', 0)");
  const answers: [string, string, string, number][] = [
    ['1', 'A', '2026-01-10', 10], ['2', 'A', '2026-02-10', 10], ['3', 'A', '2026-03-10', 9], ['4', 'B', '2026-03-11', 6],
    ['5', 'A', '2026-04-10', 9], ['6', 'A', '2026-05-10', 5], ['7', 'B', '2026-06-10', 5], ['8', 'B', '2026-06-11', 10],
  ];
  for (const [id, c, day, score] of answers) {
    await store.run("INSERT INTO surveys (response_id, customer_id, answered_at, kind, score) VALUES (?, ?, ?, 'nps', ?)", [id, c, Date.parse(`${day}T12:00:00Z`), score]);
  }
}

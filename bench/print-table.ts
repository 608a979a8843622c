/** The benchmark's results as a Markdown table: the terminal shows it and the README keeps it. */

export interface QuestionTimes {
  readonly question: string;
  readonly area: string;
  readonly engine: { readonly median: number; readonly p95: number };
  readonly endToEnd: { readonly median: number; readonly p95: number };
  readonly raw: { readonly median: number };
  /** Engine median over raw SQL median: above 1, the engine is slower than the hand-written SQL. */
  readonly ratio: number;
  /** Empty when the raw SQL gives the engine's numbers. */
  readonly mismatches: readonly string[];
}

const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

export function markdownTable(rows: readonly QuestionTimes[]): string {
  const head = '| question | area | engine median ms | engine p95 | answer median ms | answer p95 | raw SQL median ms | engine / raw |';
  const rule = '|---|---|--:|--:|--:|--:|--:|--:|';
  const lines = rows.map(
    (r) =>
      `| \`${r.question}\`${r.mismatches.length ? ' (MISMATCH)' : ''} | ${r.area} | ${ms(r.engine.median)} | ${ms(r.engine.p95)} | ${ms(r.endToEnd.median)} | ${ms(r.endToEnd.p95)} | ${ms(r.raw.median)} | ${r.ratio.toFixed(2)} |`,
  );
  const sum = (f: (r: QuestionTimes) => number): number => rows.reduce((a, r) => a + f(r), 0);
  const engine = sum((r) => r.engine.median);
  const raw = sum((r) => r.raw.median);
  lines.push(`| **sum of medians** | | ${ms(engine)} | | ${ms(sum((r) => r.endToEnd.median))} | | ${ms(raw)} | ${(engine / raw).toFixed(2)} |`);
  return [head, rule, ...lines].join('\n');
}

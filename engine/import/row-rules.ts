import { SURVEY_SCALES, type SurveyKind, type TableName } from '../schema/tables.js';
import type { SqlValue } from '../store/store.js';

/** A problem that involves a row's columns together. */
export interface RowRuleProblem {
  readonly column: string;
  readonly reason: string;
}

type RowValues = Readonly<Record<string, SqlValue>>;
const num = (v: SqlValue | undefined): number | null => (typeof v === 'number' ? v : null);

/** An event column that may not come before another one of the same row. */
const ORDER_RULES: Partial<Record<TableName, readonly (readonly [later: string, earlier: string])[]>> = {
  customers: [['churned_at', 'signup_at']],
  tickets: [
    ['first_response_at', 'opened_at'],
    ['resolved_at', 'opened_at'],
  ],
  leads: [['converted_at', 'created_at']],
  invoices: [
    ['paid_at', 'issued_at'],
    ['due_at', 'issued_at'],
  ],
};

/**
 * The rules of the data contract that span columns: survey scores within their kind's scale,
 * and nothing happening before the event it follows (a ticket resolved before it was opened).
 */
export function rowRules(table: TableName, row: RowValues): RowRuleProblem[] {
  const problems: RowRuleProblem[] = [];
  for (const [later, earlier] of ORDER_RULES[table] ?? []) {
    const a = num(row[later]);
    const b = num(row[earlier]);
    if (a !== null && b !== null && a < b) problems.push({ column: later, reason: `${later} is before ${earlier}` });
  }
  if (table === 'surveys') {
    const kind = row['kind'] as SurveyKind | null;
    const score = num(row['score']);
    const scale = kind ? SURVEY_SCALES[kind] : undefined;
    if (scale && score !== null) {
      if (score < scale.min || score > scale.max || (scale.integer && !Number.isInteger(score))) {
        problems.push({
          column: 'score',
          reason: `${kind} scores are ${scale.integer ? 'whole numbers ' : ''}from ${scale.min} to ${scale.max}, not ${score}`,
        });
      }
    }
  }
  if (table === 'tickets') {
    const contacts = num(row['contacts']);
    if (contacts !== null && contacts < 1) problems.push({ column: 'contacts', reason: 'contacts is at least 1 (the first contact)' });
  }
  return problems;
}

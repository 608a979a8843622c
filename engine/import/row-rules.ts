import { SURVEY_SCALES, type SurveyKind, type TableDef, type TableName } from '../schema/tables.js';
import type { SqlValue } from '../store/store.js';

/** A problem that involves a row's columns together. */
export interface RowRuleProblem {
  readonly column: string;
  readonly reason: string;
}

/** Checks one row's values, given in the order of the table's columns; null when it passes. */
export type RowRules = (values: readonly SqlValue[]) => RowRuleProblem[] | null;

/**
 * Events that may not come before the event they follow. Only pairs whose disorder is
 * impossible and would make a KPI wrong: a negative resolution or first-response time, a
 * customer who churned before signing up (counted as lost without ever being active). Not
 * invoices paid before they were issued (shops that invoice on payment do that, and such an
 * invoice is simply never receivable), due before issued (no KPI reads due_at), or leads
 * converted before they were created (CRMs create lead records after the fact; the conversion
 * rate only asks whether a lead converted).
 */
const ORDER_RULES: Partial<Record<TableName, readonly (readonly [later: string, earlier: string])[]>> = {
  customers: [['churned_at', 'signup_at']],
  tickets: [
    ['first_response_at', 'opened_at'],
    ['resolved_at', 'opened_at'],
  ],
};

/** The data contract's rules that span a row's columns, compiled for one table. */
export function rowRules(table: TableDef): RowRules {
  const at = (name: string): number => table.columns.findIndex((c) => c.name === name);
  const checks: ((values: readonly SqlValue[]) => RowRuleProblem | null)[] = [];

  for (const [later, earlier] of ORDER_RULES[table.name] ?? []) {
    const a = at(later);
    const b = at(earlier);
    const reason = `${later} is before ${earlier}`;
    checks.push((v) => {
      const x = v[a];
      const y = v[b];
      return typeof x === 'number' && typeof y === 'number' && x < y ? { column: later, reason } : null;
    });
  }

  if (table.name === 'surveys') {
    const kindAt = at('kind');
    const scoreAt = at('score');
    checks.push((v) => {
      const kind = v[kindAt];
      const score = v[scoreAt];
      if (typeof kind !== 'string' || typeof score !== 'number') return null;
      const scale = SURVEY_SCALES[kind as SurveyKind];
      if (score >= scale.min && score <= scale.max && (!scale.integer || Number.isInteger(score))) return null;
      return {
        column: 'score',
        reason: `${kind} scores are ${scale.integer ? 'whole numbers ' : ''}from ${scale.min} to ${scale.max}, not ${score}`,
      };
    });
  }

  if (table.name === 'tickets') {
    const contactsAt = at('contacts');
    checks.push((v) => {
      const contacts = v[contactsAt];
      // Contacts count the customer's first contact too: 1 means solved at first contact.
      return typeof contacts === 'number' && contacts < 1 ? { column: 'contacts', reason: 'contacts is at least 1 (the first contact counts)' } : null;
    });
  }

  if (checks.length === 0) return () => null;
  return (values) => {
    let problems: RowRuleProblem[] | null = null;
    for (const check of checks) {
      const p = check(values);
      if (p !== null) (problems ??= []).push(p);
    }
    return problems;
  };
}

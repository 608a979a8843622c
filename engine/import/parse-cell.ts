import { DateTime } from 'luxon';
import type { SqlValue } from '../store/store.js';
import type { ColumnDef } from '../schema/tables.js';

/** A cell's stored value, or why it is not valid. */
export type CellResult = { readonly ok: true; readonly value: SqlValue } | { readonly ok: false; readonly reason: string };

const good = (value: SqlValue): CellResult => ({ ok: true, value });
const bad = (reason: string): CellResult => ({ ok: false, reason });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^(\d{4})-(\d{2})$/;
/** A date, optionally with a time (space or T) and an offset or Z. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const BOOLEAN: Record<string, number> = { '1': 1, '0': 0, true: 1, false: 0, yes: 1, no: 0 };

/**
 * Parses one CSV cell by its column kind. Times with an offset or Z are exact instants; a date or
 * a time without offset is read in the workspace time zone, where luxon moves a time that falls
 * in a spring-forward gap to just after it (2:30 on a day that skips 2:00-3:00 is 3:30).
 */
export function parseCell(column: ColumnDef, raw: string, timezone: string): CellResult {
  const text = raw.trim();
  if (text === '') return column.required ? bad('required, but empty') : good(null);
  switch (column.kind) {
    case 'text': {
      if (!column.values) return good(text);
      const value = column.values.find((v) => v === text.toLowerCase());
      return value ? good(value) : bad(`unknown ${column.name} '${text}' (expected ${column.values.join(', ')})`);
    }
    case 'instant': {
      const m = ISO_TIME.exec(text);
      if (!m) return bad(`not an ISO 8601 date or time: '${text}' (e.g. 2026-03-01, 2026-03-01 14:00 or 2026-03-01T14:00:00Z)`);
      const hasOffset = m[1] !== undefined;
      const d = DateTime.fromISO(text.replace(' ', 'T'), hasOffset ? { setZone: true } : { zone: timezone });
      return d.isValid ? good(d.toMillis()) : bad(`not a real date or time: '${text}'`);
    }
    case 'date': {
      const d = DateTime.fromISO(text, { zone: 'UTC' });
      return DATE.test(text) && d.isValid ? good(text) : bad(`not a calendar date YYYY-MM-DD: '${text}'`);
    }
    case 'month': {
      const m = MONTH.exec(text);
      const month = Number(m?.[2]);
      return m && month >= 1 && month <= 12 ? good(text) : bad(`not a month YYYY-MM: '${text}'`);
    }
    case 'money':
    case 'score': {
      const n = DECIMAL.test(text) ? Number(text) : NaN;
      if (!Number.isFinite(n)) return bad(`not a number: '${text}' (use a dot for decimals and no thousands separator)`);
      if (column.kind === 'money' && n < 0) return bad(`negative amount: ${text}`);
      return good(n);
    }
    case 'count': {
      const n = /^\d+$/.test(text) ? Number(text) : NaN;
      if (Number.isSafeInteger(n)) return good(n);
      return bad(/^-\d+$/.test(text) ? `negative count: ${text}` : `not a whole number: '${text}'`);
    }
    case 'boolean': {
      const b = BOOLEAN[text.toLowerCase()];
      return b === undefined ? bad(`not a boolean: '${text}' (use 1/0, true/false or yes/no)`) : good(b);
    }
  }
}

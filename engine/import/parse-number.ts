import type { DecimalMark } from './csv-format.js';

/**
 * A number as written with a decimal comma: thousands grouped by `.` or a space (also the
 * no-break spaces U+00A0 and U+202F that Excel and Intl write), one kind per number. A group
 * never starts a number with 0, so `0.500` is not five hundred.
 */
const WITH_COMMA = /^[+-]?(?:[1-9]\d{0,2}([. \u00A0\u202F])\d{3}(?:\1\d{3})*|\d+)(?:,\d+)?(?:[eE][+-]?\d+)?$/;
/** The same with a decimal point: thousands by `,` or a space; `.5` and `5.` as before. */
const WITH_POINT = /^[+-]?(?:[1-9]\d{0,2}([, \u00A0\u202F])\d{3}(?:\1\d{3})*(?:\.\d+)?|\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPING = /[., \u00A0\u202F]/;

/** The number `text` is when decimals are written with `mark`, or null when it is not one then. */
export function numberWith(text: string, mark: DecimalMark): number | null {
  const m = (mark === ',' ? WITH_COMMA : WITH_POINT).exec(text);
  if (m === null) return null;
  const grouping = m[1];
  let plain = text;
  if (grouping !== undefined) plain = plain.split(grouping).join('');
  if (mark === ',') plain = plain.replace(',', '.');
  const n = Number(plain);
  return Number.isFinite(n) ? n : null;
}

/**
 * How a number reads under each decimal mark. When both read it and differ (`1.234`, `2,500`),
 * only the file's convention can say which it is; when one reads it (`1.234,56`, `3.75`) it
 * shows the convention.
 */
export interface NumberReadings {
  readonly comma: number | null;
  readonly point: number | null;
}

export function numberReadings(text: string): NumberReadings {
  return { comma: numberWith(text, ','), point: numberWith(text, '.') };
}

/** The decimal mark a number shows, or null when it reads the same (or not at all) under both. */
export function markShownBy(text: string): DecimalMark | null {
  // Most cells are plain digits: they show nothing, and are common enough to skip the regexes.
  if (!GROUPING.test(text)) return null;
  const r = numberReadings(text);
  if (r.comma !== null && r.point === null) return ',';
  if (r.point !== null && r.comma === null) return '.';
  return null;
}

import { TABLES, TABLE_NAMES, SURVEY_SCALES, type ColumnDef } from '../../engine/schema/tables.js';

const KIND_TEXT: Record<ColumnDef['kind'], string> = {
  text: 'text',
  instant: 'ISO 8601 time',
  date: 'date YYYY-MM-DD',
  month: 'month YYYY-MM',
  money: 'amount >= 0',
  count: 'whole number >= 0',
  score: 'score',
  boolean: '1/0, true/false, yes/no',
};

/** `kpibot import --help`: the data contract, generated from the same table metadata the import checks. */
export function importHelp(): string {
  const lines = [
    'Usage: kpibot import <table> <file.csv> [--skip-invalid] [--rejects FILE] [--db PATH] [--tz ZONE]',
    '',
    'Loads a CSV file into one of the ten canonical tables, all or nothing: a file with any invalid',
    'row is rejected whole (each bad line with its number, column and reason) and the database is',
    'left as it was. --skip-invalid imports the valid rows and writes the rejected ones, with their',
    'reasons, to a side file (default <file>.rejected.csv).',
    '',
    'CSV: UTF-8, comma separated, header row required, columns in any order, extra columns ignored',
    'with a warning, RFC 4180 quoting, empty cell = empty value. Times: ISO 8601; with an offset or Z',
    'they are exact instants, a date (2026-03-01) or a time without offset (2026-03-01 14:00) is read',
    'in the workspace time zone (--tz or config `timezone`, default UTC); a local time that a clock',
    'change repeats (the autumn hour) is its first occurrence, one the spring gap skips moves forward',
    'by the gap. Money: decimal numbers in the workspace currency. A row whose key already exists',
    'replaces it, so re-importing is safe; a key given twice in one file is refused, naming both',
    'lines (--skip-invalid keeps the first).',
    'Rows may reference customers that are not imported yet; they just have no customer dimensions.',
    '',
    'Tables (* = required):',
  ];
  for (const name of TABLE_NAMES) {
    const t = TABLES[name];
    const cols = t.columns.map((c) => {
      const detail = c.values ? c.values.join('|') : KIND_TEXT[c.kind];
      return `${c.name}${c.required ? '*' : ''} (${detail})`;
    });
    lines.push(`  ${name}  key: ${t.key.join(', ')}`, `    ${cols.join(', ')}`);
  }
  const scales = Object.entries(SURVEY_SCALES).map(([k, s]) => `${k} ${s.min}-${s.max}`).join(', ');
  lines.push(
    '',
    `Survey scores by kind: ${scales}. Invalid: scores outside their scale, negative amounts or counts,`,
    'a ticket resolved or first answered before it was opened, contacts below 1, a customer churned',
    'before signing up, unknown status or kind values.',
  );
  return lines.join('\n');
}

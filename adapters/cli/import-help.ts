import { TABLES, TABLE_NAMES, SURVEY_SCALES, type ColumnDef } from '../../engine/schema/tables.js';
import { columnNameIn } from '../../engine/schema/column-aliases.js';

const KIND_TEXT: Record<ColumnDef['kind'], string> = {
  text: 'text',
  instant: 'ISO 8601 time',
  date: 'date YYYY-MM-DD',
  month: 'month YYYY-MM',
  money: 'amount >= 0',
  count: 'whole number >= 0',
  score: 'score',
  boolean: '1/0, true/false, yes/no, sim/não, da/nu',
};

/** `kpibot import --help`: the data contract, generated from the same table metadata the import checks. */
export function importHelp(): string {
  const lines = [
    'Usage: kpibot import <table> <file.csv> [--locale pt-PT|pt-BR|ro-RO|en] [--delimiter \';\'|\',\'|tab]',
    '         [--decimal \',\'|\'.\'] [--date-format DMY|MDY|YMD] [--skip-invalid] [--rejects FILE] [--db PATH] [--tz ZONE]',
    '',
    'Loads a CSV file into one of the ten canonical tables, all or nothing: a file with any invalid',
    'row is rejected whole (each bad line with its number, column and reason) and the database is',
    'left as it was. --skip-invalid imports the valid rows and writes the rejected ones, with their',
    'reasons, to a side file (default <file>.rejected.csv).',
    '',
    'CSV: UTF-8 (a byte-order mark and CRLF are fine), header row required, columns in any order,',
    'named in English, Portuguese or Romanian (valor, sumă; case, accents and spaces do not matter),',
    'extra columns ignored with a warning, RFC 4180 quoting, empty cell = empty value.',
    '',
    'Regional spreadsheets: --locale pt-PT, pt-BR or ro-RO reads what Excel and LibreOffice save there:',
    "';' separator, decimal comma with '.' or space thousands (1.234,56, 1 234,56), day-first dates",
    "(31/03/2026, 31-03-2026, 31.03.2026 14:05:30). --locale en is ',' separator, decimal point with ','",
    'thousands and ISO dates. The config `locale` is the default. --delimiter, --decimal and --date-format',
    "each override one setting. Without a locale the delimiter (',', ';' or tab) is detected from the",
    'header, and a value that reads two ways is refused with both readings unless another value in the',
    "file settles it: 1.234 is 1234 if the file also has 12,5 or 1.234,56, and 1.234 if it has 3.75;",
    '03/04/2026 is day-first if another date has a day above 12. The summary says what was assumed.',
    'ISO dates are read whatever the locale. A file that is not UTF-8 (Excel\'s plain "CSV") is refused:',
    'save it as "CSV UTF-8" in Excel, or with character set UTF-8 in LibreOffice.',
    '',
    'Times: ISO 8601 (or regional, as above); with an offset or Z they are exact instants, a date',
    '(2026-03-01) or a time without offset (2026-03-01 14:00) is read in the workspace time zone (--tz',
    'or config `timezone`, default UTC); a local time that a clock change repeats (the autumn hour) is',
    'its first occurrence, one the spring gap skips moves forward by the gap. Money: numbers in the',
    'workspace currency. A row whose key already exists replaces it, so re-importing is safe; a key',
    'given twice in one file is refused, naming both lines (--skip-invalid keeps the first).',
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
    const named = (language: 'pt' | 'ro'): string => t.columns.map((c) => columnNameIn(name, c.name, language)).join(', ');
    lines.push(`  ${name}  key: ${t.key.join(', ')}`, `    ${cols.join(', ')}`, `    pt: ${named('pt')}`, `    ro: ${named('ro')}`);
  }
  const scales = Object.entries(SURVEY_SCALES).map(([k, s]) => `${k} ${s.min}-${s.max}`).join(', ');
  lines.push(
    '',
    `Survey scores by kind: ${scales}. Invalid: scores outside their scale, negative amounts or counts,`,
    'a ticket resolved or first answered before it was opened, contacts below 1, a customer churned',
    'before signing up, unknown status or kind values.',
    '',
    'Examples:',
    '  kpibot import orders encomendas.csv --locale pt-PT',
    '    Encomenda;Data;Cliente;Valor;Estado',
    '    E-1001;31/03/2026 14:05;C1;1.234,56;completed',
    '  kpibot import orders comenzi.csv --locale ro-RO',
    '    Comandă;Data comenzii;Client;Sumă;Stare',
    '    R-1;31.03.2026 08:15;C1;2 345,50;completed',
  );
  return lines.join('\n');
}

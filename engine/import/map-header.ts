import type { TableDef } from '../schema/tables.js';
import { columnNameIn, headerNames, normalizeHeader, type HeaderName } from '../schema/column-aliases.js';
import { delimiterName, type Delimiter, type HeaderLanguage } from './csv-format.js';
import { HEADER_TEXTS } from './header-texts.js';
import type { RowProblem } from './import-types.js';

export interface HeaderMap {
  /** For each of the table's columns, in order, its field index in the file, or -1 when absent. */
  readonly fieldOf: readonly number[];
  readonly warnings: readonly string[];
  /** The language the header is in: the locale's, else the one its names are in. */
  readonly language: HeaderLanguage;
}

export interface HeaderContext {
  readonly line: number;
  /** The language a locale gives; null to tell it from the names. */
  readonly language: HeaderLanguage | null;
  readonly delimiter: Delimiter;
}

/**
 * Matches the header row to the table's columns by name, in English, Portuguese or Romanian (any
 * case or accents, spaces or underscores, any order; see column-aliases.ts). A missing required
 * column rejects the file, naming the unknown columns too (one of them is most likely it,
 * misspelt) and the expected ones in the header's language; a missing optional one is left
 * empty, and a column the table does not have is ignored; both with a warning.
 */
export function mapHeader(
  table: TableDef,
  header: readonly string[],
  at: HeaderContext,
): { readonly ok: true; readonly value: HeaderMap } | { readonly ok: false; readonly problems: readonly RowProblem[] } {
  const { line } = at;
  const lookup = headerNames(table.name);
  const matches = header.map((h): HeaderName | undefined => lookup.get(normalizeHeader(h)));
  const language = at.language ?? languageOf(matches);
  const texts = HEADER_TEXTS[language];
  const expected = table.columns
    .map((c) => `${columnNameIn(table.name, c.name, language)}${c.required ? '' : ` (${texts.optional})`}`)
    .join(', ');

  if (!matches.some((m) => m !== undefined)) {
    // Not a header at all: say what is wrong with the file rather than list every column.
    const first = header.join(at.delimiter);
    const separator = [',', ';', '\t', '|'].find((s) => s !== at.delimiter && header.length === 1 && first.includes(s));
    const reason = separator
      ? `the header is separated by ${separator === '\t' ? 'tabs' : `'${separator}'`}, not ${delimiterName(at.delimiter)}; ${
          separator === '|' ? "kpibot reads files separated by ',', ';' or tabs" : `give --delimiter ${separator === '\t' ? 'tab' : `'${separator}'`}`
        } (columns of ${table.name}: ${expected})`
      : texts.notAHeader(line, table.name, expected, first.length > 80 ? `${first.slice(0, 80)}…` : first);
    return { ok: false, problems: [{ line, column: null, reason }] };
  }

  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  matches.forEach((m, i) => {
    if (m === undefined) return;
    const n = m.column;
    if (seen.has(n)) problems.push({ line, column: n, reason: `the header names ${n} twice (fields ${(seen.get(n) ?? 0) + 1} and ${i + 1})` });
    else seen.set(n, i);
  });
  const missing = table.columns.filter((c) => !seen.has(c.name));
  const extra = header.flatMap((h, i) => (matches[i] !== undefined ? [] : [h.trim() === '' ? `(unnamed field ${i + 1})` : h.trim()]));
  const missingRequired = missing.filter((c) => c.required);
  if (missingRequired.length > 0) {
    for (const name of extra) problems.push({ line, column: null, reason: texts.unknownColumn(name, expected) });
    for (const c of missingRequired) {
      const local = columnNameIn(table.name, c.name, language);
      problems.push({ line, column: c.name, reason: texts.missingColumn(local === c.name ? c.name : `${local} (${c.name})`, table.name, expected) });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const warnings: string[] = [];
  if (extra.length > 0) warnings.push(`ignored columns not in ${table.name}: ${extra.join(', ')}`);
  if (missing.length > 0) warnings.push(`columns not in the file are left empty: ${missing.map((c) => c.name).join(', ')}`);
  return { ok: true, value: { fieldOf: table.columns.map((c) => seen.get(c.name) ?? -1), warnings, language } };
}

/**
 * The language of a header: the one more of its names are only in (`valor` is Portuguese, `sumă`
 * Romanian, `data` and `canal` are both). English when none says, or as many say each.
 */
function languageOf(matches: readonly (HeaderName | undefined)[]): HeaderLanguage {
  let pt = 0;
  let ro = 0;
  for (const m of matches) {
    if (m === undefined || m.languages.has('en')) continue;
    if (m.languages.has('pt') && !m.languages.has('ro')) pt++;
    if (m.languages.has('ro') && !m.languages.has('pt')) ro++;
  }
  if (pt > ro) return 'pt';
  if (ro > pt) return 'ro';
  return 'en';
}

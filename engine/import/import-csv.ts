import { readFileSync } from 'node:fs';
import type { Store } from '../store/store.js';
import { TABLES } from '../schema/tables.js';
import { CsvReader, estimateRecords, type CsvSyntaxError } from './csv-reader.js';
import { decodeUtf8 } from './decode-text.js';
import { mapHeader } from './map-header.js';
import { instantParser } from './parse-instant.js';
import { LOCALE_FORMATS, type Delimiter } from './csv-format.js';
import { detectDelimiter } from './detect-delimiter.js';
import { settleFormat } from './settle-format.js';
import { describeFormat, type Source } from './describe-format.js';
import { writeRejectsFile } from './rejects-file.js';
import { validateRows } from './validate-rows.js';
import { upsertRows } from './write-rows.js';
import { MAX_LISTED_PROBLEMS, type ImportOptions, type ImportOutcome, type RowProblem } from './import-types.js';

/**
 * Imports a CSV file into one canonical table, all or nothing: every row is validated before
 * anything is written, and the valid rows are upserted in one transaction, so importing the same
 * file again changes nothing. With `skipInvalid`, the valid rows are written and the others go,
 * with their line and reasons, to a side file.
 *
 * The file's format (delimiter, decimal mark, date order) comes from options, the locale, or the
 * file itself, and the summary says which; see settle-format.ts.
 *
 * The file is read whole: a million orders are about 60 MB, and one pass over one string is
 * far quicker than a stream.
 */
export async function importCsv(store: Store, options: ImportOptions): Promise<ImportOutcome> {
  const table = TABLES[options.table];
  if (instantParser(options.timezone) === null) return failed([{ line: 0, column: null, reason: `unknown time zone '${options.timezone}'` }], 0);
  const locale = options.locale === undefined ? null : LOCALE_FORMATS[options.locale];

  let bytes: Buffer;
  try {
    bytes = readFileSync(options.file);
  } catch (e) {
    return failed([{ line: 0, column: null, reason: `cannot read the file: ${(e as Error).message}` }], 0);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return failed([{ line: decoded.line, column: null, reason: decoded.reason }], 0);

  const delimiter: Source<Delimiter> =
    options.delimiter !== undefined
      ? { from: 'option', value: options.delimiter }
      : locale !== null
        ? { from: 'locale', value: locale.delimiter }
        : { from: 'detected', value: detectDelimiter(decoded.text, table.name) };
  const reader = new CsvReader(decoded.text, delimiter.value);
  const header = reader.next();
  if (header === null) {
    const e = reader.error;
    return failed([e ? syntaxProblem(e) : { line: 1, column: null, reason: 'the file is empty: a header row naming the columns is required' }], 0);
  }
  const headerLine = reader.line;
  const mapped = mapHeader(table, header, { line: headerLine, language: locale?.language ?? null, delimiter: delimiter.value });
  if (!mapped.ok) {
    // Count the rows anyway, so the message can say how many were not imported.
    let read = 0;
    while (reader.next() !== null) read++;
    return failed(reader.error ? [...mapped.problems, syntaxProblem(reader.error)] : mapped.problems, read);
  }

  const settled = settleFormat(decoded.text, delimiter.value, table, mapped.value.fieldOf, options, locale);
  const readAs = describeFormat({ locale: options.locale ?? null, delimiter, decimal: settled.decimal, dateOrder: settled.dateOrder });
  // The zone was checked on entry; only the date order is new here.
  const instant = instantParser(options.timezone, settled.cells.dateOrder);
  if (instant === null) return failed([{ line: 0, column: null, reason: `unknown time zone '${options.timezone}'` }], 0);

  const skipInvalid = options.skipInvalid ?? false;
  const checked = await validateRows(reader, {
    table,
    header: mapped.value,
    headerWidth: header.length,
    instant,
    format: settled.cells,
    delimiter: delimiter.value,
    keepRejected: skipInvalid,
    estimatedRows: estimateRecords(decoded.text),
    onProgress: (done, total) => options.onProgress?.({ phase: 'validate', done, total }),
  });
  if (checked.syntax !== null) {
    // Past a syntax error the records cannot be told apart: nothing is imported, even with skipInvalid.
    return failed([syntaxProblem(checked.syntax), ...checked.problems], checked.read, checked.problemCount + 1, checked.badRows, readAs);
  }
  if (checked.problemCount > 0 && !skipInvalid) return failed(checked.problems, checked.read, checked.problemCount, checked.badRows, readAs);

  const rejectsFile = checked.rejected.length > 0 ? (options.rejectsFile ?? `${options.file}.rejected.csv`) : undefined;
  let inserted = 0;
  if (checked.rows.length > 0 || rejectsFile !== undefined) {
    try {
      ({ inserted } = await upsertRows(store, table, checked.rows, {
        onProgress: (done, total) => options.onProgress?.({ phase: 'write', done, total }),
        beforeCommit: () => {
          if (rejectsFile === undefined) return;
          try {
            writeRejectsFile(rejectsFile, header, checked.rejected, delimiter.value);
          } catch (e) {
            throw new RejectsFileError(`cannot write the rejected rows to ${rejectsFile}: ${(e as Error).message}; nothing was imported`);
          }
        },
      }));
    } catch (e) {
      if (e instanceof RejectsFileError) return failed([{ line: 0, column: null, reason: e.message }], checked.read);
      throw e;
    }
  }

  return {
    ok: true,
    summary: {
      table: table.name,
      read: checked.read,
      inserted,
      // Keys are distinct within the file, so every written row that did not add a key replaced one.
      replaced: checked.rows.length - inserted,
      rejected: checked.badRows,
      ...(rejectsFile !== undefined ? { rejectsFile } : {}),
      warnings: mapped.value.warnings,
      readAs,
    },
  };
}

class RejectsFileError extends Error {}

/** A rejected import; `badRows` stays 0 when the file as a whole is at fault. */
function failed(problems: readonly RowProblem[], read: number, problemCount = problems.length, badRows = 0, readAs?: string): ImportOutcome {
  return { ok: false, problems: problems.slice(0, MAX_LISTED_PROBLEMS), read, problemCount, badRows, ...(readAs !== undefined ? { readAs } : {}) };
}

function syntaxProblem(e: CsvSyntaxError): RowProblem {
  return { line: e.line, column: null, reason: `not a valid CSV file: ${e.reason}` };
}

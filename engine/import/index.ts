/** CSV import into the canonical tables: all or nothing, with line-numbered problems. */
export { importCsv } from './import-csv.js';
export { progressBar, type ImportProgressBar } from './progress-bar.js';
export { MAX_LISTED_PROBLEMS } from './import-types.js';
export type { ImportOptions, ImportOutcome, ImportProgress, ImportSummary, RowProblem } from './import-types.js';
export { IMPORT_LOCALES, importLocaleOf } from './csv-format.js';
export type { DateOrder, DecimalMark, Delimiter, ImportLocale } from './csv-format.js';

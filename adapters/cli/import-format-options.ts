import { err, ok, type Result } from '../../engine/result.js';
import {
  delimiterOf,
  importLocaleOf,
  IMPORT_LOCALES,
  isDateOrder,
  isDecimalMark,
  isImportLocale,
  type DateOrder,
  type DecimalMark,
  type Delimiter,
  type ImportLocale,
} from '../../engine/import/csv-format.js';

export interface FormatValues {
  readonly locale?: string | undefined;
  readonly delimiter?: string | undefined;
  readonly decimal?: string | undefined;
  readonly 'date-format'?: string | undefined;
}

export interface ImportFormat {
  readonly locale?: ImportLocale;
  readonly delimiter?: Delimiter;
  readonly decimal?: DecimalMark;
  readonly dateOrder?: DateOrder;
}

/**
 * `--locale`, else the config file's `locale` (pt-BR, pt-PT, ro-RO, en-*), and the options that
 * override one of its settings each. A config locale kpibot has no CSV format for sets none.
 */
export function importFormatOf(values: FormatValues, configLocale: string | undefined): Result<ImportFormat, string> {
  let locale: ImportLocale | undefined;
  if (values.locale !== undefined) {
    if (!isImportLocale(values.locale)) return err(`--locale ${values.locale} is not one kpibot reads CSV in; use ${IMPORT_LOCALES.join(', ')}.`);
    locale = values.locale;
  } else if (configLocale !== undefined) locale = importLocaleOf(configLocale);
  const delimiter = values.delimiter === undefined ? undefined : delimiterOf(values.delimiter);
  if (values.delimiter !== undefined && delimiter === undefined) return err(`--delimiter ${values.delimiter}: use ';', ',' or tab.`);
  const decimal = values.decimal;
  if (decimal !== undefined && !isDecimalMark(decimal)) return err(`--decimal ${decimal}: use ',' or '.'.`);
  const order = values['date-format']?.toUpperCase();
  if (order !== undefined && !isDateOrder(order)) return err(`--date-format ${values['date-format'] ?? ''}: use DMY, MDY or YMD.`);
  return ok({
    ...(locale !== undefined ? { locale } : {}),
    ...(delimiter !== undefined ? { delimiter } : {}),
    ...(decimal !== undefined ? { decimal } : {}),
    ...(order !== undefined ? { dateOrder: order } : {}),
  });
}

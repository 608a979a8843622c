/**
 * How a CSV file writes its values: the field separator, the decimal mark and the order of a
 * date's parts. Spreadsheets save CSV in the conventions of the computer's region, so a file
 * from Lisbon, São Paulo or Bucharest is `;`-separated with decimal commas and day-first dates.
 */

export type Delimiter = ',' | ';' | '\t';
export type DecimalMark = ',' | '.';
/** `YMD` reads only year-first dates (ISO 8601); `DMY` and `MDY` read `31/03/2026` and `03/31/2026` too. */
export type DateOrder = 'DMY' | 'MDY' | 'YMD';
/** The languages a file's header names may be in, and its messages about the header. */
export type HeaderLanguage = 'en' | 'pt' | 'ro';

export const IMPORT_LOCALES = ['pt-PT', 'pt-BR', 'ro-RO', 'en'] as const;
export type ImportLocale = (typeof IMPORT_LOCALES)[number];

export interface LocaleFormat {
  readonly delimiter: Delimiter;
  readonly decimal: DecimalMark;
  readonly dateOrder: DateOrder;
  readonly language: HeaderLanguage;
}

/**
 * What Excel and LibreOffice write for "CSV" in each region. English keeps kpibot's first
 * format (commas, decimal point, ISO dates): en-US and en-GB disagree on slash dates, so they
 * are read only when --date-format says which.
 */
export const LOCALE_FORMATS: Readonly<Record<ImportLocale, LocaleFormat>> = {
  'pt-PT': { delimiter: ';', decimal: ',', dateOrder: 'DMY', language: 'pt' },
  'pt-BR': { delimiter: ';', decimal: ',', dateOrder: 'DMY', language: 'pt' },
  'ro-RO': { delimiter: ';', decimal: ',', dateOrder: 'DMY', language: 'ro' },
  en: { delimiter: ',', decimal: '.', dateOrder: 'YMD', language: 'en' },
};

export const isImportLocale = (s: string): s is ImportLocale => (IMPORT_LOCALES as readonly string[]).includes(s);
export const isDecimalMark = (s: string): s is DecimalMark => s === ',' || s === '.';
export const isDateOrder = (s: string): s is DateOrder => s === 'DMY' || s === 'MDY' || s === 'YMD';

/** `;`, `,`, or `tab` (a tab is hard to type on a command line) as a delimiter. */
export function delimiterOf(s: string): Delimiter | undefined {
  if (s === ',' || s === ';' || s === '\t') return s;
  return s.toLowerCase() === 'tab' ? '\t' : undefined;
}

/**
 * The import locale of the config file's BCP 47 `locale` (pt-BR → pt-BR, pt-AO → pt-PT,
 * en-GB → en), or undefined when kpibot has none for it.
 */
export function importLocaleOf(bcp47: string): ImportLocale | undefined {
  const [language = '', region = ''] = bcp47.split(/[-_]/).map((p) => p.toLowerCase());
  if (language === 'pt') return region === 'br' ? 'pt-BR' : 'pt-PT';
  if (language === 'ro') return 'ro-RO';
  if (language === 'en') return 'en';
  return undefined;
}

export const delimiterName = (d: Delimiter): string => (d === '\t' ? 'tab' : `'${d}'`);

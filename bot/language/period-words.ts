/**
 * The words people type for periods, per language, as data for `readPeriodPhrase`. Every key is
 * compared after `normalizeName` (no case, no accents), so it is written here the way it is
 * spelled, diacritics included. A word is added by adding it to its language; a language by adding
 * one entry to `PERIOD_LANGUAGES`. The phrases `vocabulary.ts` already has (`PERIOD_WORDS`: `last
 * month`, `mês passado`, `luna trecută`, ...) are read too and are not repeated here.
 *
 * Comparison words (`previous`, `anterior`, `precedent`) are deliberately absent: they belong to
 * `vs`, which the question reader handles.
 */

/** The unit of `last N ...`: the engine's `last-Nd`, `last-Nw` and `last-Nm`. */
export type LastUnit = 'd' | 'w' | 'm';

/** The parts of a year that are numbered within it. */
export type YearPart = 'quarter' | 'half';

/**
 * What a fixed phrase stands for: an engine keyword, or the current or previous calendar half,
 * which the engine has no keyword for (the reader names it, `2026-H2`).
 */
export type PhraseMeaning =
  | 'today'
  | 'yesterday'
  | 'this-week'
  | 'last-week'
  | 'this-month'
  | 'last-month'
  | 'this-quarter'
  | 'last-quarter'
  | 'this-half'
  | 'last-half'
  | 'this-year'
  | 'last-year'
  | 'ytd'
  | 'qtd'
  | 'mtd'
  | 'wtd';

/** One language's period words. Multi-word entries are phrases matched word by word. */
export interface PeriodLanguage {
  /** Month names and their usual short forms, with the month's number (1-12). */
  readonly months: Readonly<Record<string, number>>;
  /**
   * Month words that are everyday words too (EN `may`, PT `set`/`out`/`ago`/`dez`, RO `mai`
   * "more" and `noi` "we, new"): they are months only with a year after them, a day before them,
   * a month lead (`luna mai`), or one of this language's `timeWords` just before them.
   */
  readonly everydayMonths: readonly string[];
  /**
   * Words that, just before one of this language's everyday month words, make it a month (`in
   * may`, `desde set`). They are not part of the period, unless as a phrase of its own (`since`).
   */
  readonly timeWords: readonly string[];
  /** Words that open a month name and belong to the phrase: RO `luna martie`, PT `mês de março`. */
  readonly monthLeads: readonly string[];
  readonly quarterNouns: readonly string[];
  readonly halfNouns: readonly string[];
  /** Letters written before the number in one word: `Q1`, PT and RO `T1` / `H1`, `S1`. */
  readonly quarterLetters: readonly string[];
  readonly halfLetters: readonly string[];
  /** Ordinals before a quarter or half noun: `first quarter`, `1º trimestre`, `al doilea semestru`. */
  readonly ordinals: Readonly<Record<string, number>>;
  /**
   * Ordinals after the noun, besides the digits and Roman numerals every language shares:
   * RO `trimestrul întâi`, `trimestrul al doilea`.
   */
  readonly ordinalsAfterNoun: Readonly<Record<string, number>>;
  /**
   * Ordinals meaning the final one of the year, read only when a year follows (`last quarter of
   * 2025` is 2025-Q4); alone, `last quarter` is the fixed phrase for the quarter before this one.
   */
  readonly finalOrdinals: readonly string[];
  /** Words between a month, quarter or half and its year: `of 2025`, `de 2025`, `din 2025`. */
  readonly yearConnectors: readonly string[];
  /** Years named from today after a month, quarter or half (`Q1 last year`): 0 this year, -1 the one before. */
  readonly relativeYears: Readonly<Record<string, number>>;
  /** Words between a day and its month: `15th of march`, `15 de março`. */
  readonly dayConnectors: readonly string[];
  /** Words that open `last N days` (PT `nos` and `nas` included: `nos últimos 3 meses`). */
  readonly lastWords: readonly string[];
  /** Numbers written as words, for `last three months`. */
  readonly numbers: Readonly<Record<string, number>>;
  /** Words between a number and its unit: RO `30 de zile`, as Romanian says it from 20 up. */
  readonly unitConnectors: readonly string[];
  readonly units: Readonly<Record<string, LastUnit>>;
  /** Words that open `since <date>`: from that date through today. */
  readonly sinceWords: readonly string[];
  /** Words around a date that mean since it: `din martie încoace`, `from march onwards`. */
  readonly sinceAround: readonly (readonly [string, string])[];
  /** Fixed phrases and what they stand for. */
  readonly phrases: Readonly<Record<string, PhraseMeaning>>;
}

/** `1º`, `1o`, `1°` and `1.º` for 1 to 4: how Portuguese writes ordinals in digits. */
const PT_DIGIT_ORDINALS: Readonly<Record<string, number>> = Object.fromEntries(
  [1, 2, 3, 4].flatMap((n) => ['º', 'o', '°', '.º'].map((mark) => [`${n}${mark}`, n] as const)),
);

const EN: PeriodLanguage = {
  months: {
    january: 1, jan: 1,
    february: 2, feb: 2,
    march: 3, mar: 3,
    april: 4, apr: 4,
    may: 5,
    june: 6, jun: 6,
    july: 7, jul: 7,
    august: 8, aug: 8,
    september: 9, sep: 9, sept: 9,
    october: 10, oct: 10,
    november: 11, nov: 11,
    december: 12, dec: 12,
  },
  everydayMonths: ['may'],
  timeWords: ['in', 'during', 'for', 'since'],
  monthLeads: ['month of'],
  quarterNouns: ['quarter', 'qtr'],
  halfNouns: ['half', 'half year'],
  quarterLetters: ['q'],
  halfLetters: ['h'],
  ordinals: { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 },
  ordinalsAfterNoun: {},
  finalOrdinals: ['last'],
  yearConnectors: ['of'],
  relativeYears: { 'this year': 0, 'last year': -1 },
  dayConnectors: ['of'],
  lastWords: ['last', 'past', 'over the last', 'over the past', 'over last', 'over past'],
  numbers: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
    seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  },
  unitConnectors: [],
  units: { day: 'd', days: 'd', week: 'w', weeks: 'w', wk: 'w', wks: 'w', month: 'm', months: 'm', mo: 'm', mos: 'm', mth: 'm', mths: 'm' },
  sinceWords: ['since', 'starting', 'starting from'],
  sinceAround: [['from', 'onwards'], ['from', 'on']],
  phrases: {
    'year to date': 'ytd',
    'so far this year': 'ytd',
    'this year so far': 'ytd',
    'this year to date': 'ytd',
    'since the start of the year': 'ytd',
    'since the beginning of the year': 'ytd',
    'since start of year': 'ytd',
    'since beginning of year': 'ytd',
    'quarter to date': 'qtd',
    'so far this quarter': 'qtd',
    'this quarter so far': 'qtd',
    'this quarter to date': 'qtd',
    'since the start of the quarter': 'qtd',
    'since the beginning of the quarter': 'qtd',
    'month to date': 'mtd',
    'so far this month': 'mtd',
    'this month so far': 'mtd',
    'this month to date': 'mtd',
    'since the start of the month': 'mtd',
    'since the beginning of the month': 'mtd',
    'week to date': 'wtd',
    'so far this week': 'wtd',
    'this week so far': 'wtd',
    'current week': 'this-week',
    'current month': 'this-month',
    'current quarter': 'this-quarter',
    'current year': 'this-year',
    'this half': 'this-half',
    'current half': 'this-half',
  },
};

const PT: PeriodLanguage = {
  months: {
    janeiro: 1, jan: 1,
    fevereiro: 2, fev: 2,
    março: 3, mar: 3,
    abril: 4, abr: 4,
    maio: 5, mai: 5,
    junho: 6, jun: 6,
    julho: 7, jul: 7,
    agosto: 8, ago: 8,
    setembro: 9, set: 9,
    outubro: 10, out: 10,
    novembro: 11, nov: 11,
    dezembro: 12, dez: 12,
  },
  // `set` and `out` are English words, `ago` too (`3 months ago`), `dez` is "ten".
  everydayMonths: ['set', 'out', 'ago', 'dez'],
  timeWords: ['em', 'no', 'na', 'durante', 'desde'],
  monthLeads: ['mês de'],
  quarterNouns: ['trimestre', 'tri'],
  halfNouns: ['semestre'],
  quarterLetters: ['t'],
  halfLetters: ['s'],
  ordinals: { primeiro: 1, segundo: 2, terceiro: 3, quarto: 4, ...PT_DIGIT_ORDINALS },
  ordinalsAfterNoun: {},
  finalOrdinals: ['último'],
  yearConnectors: ['de', 'do'],
  relativeYears: { 'este ano': 0, 'deste ano': 0, 'ano passado': -1 },
  dayConnectors: ['de'],
  lastWords: ['últimos', 'últimas', 'último', 'última', 'nos últimos', 'nas últimas', 'no último', 'na última'],
  numbers: {
    um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6,
    sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12,
  },
  unitConnectors: [],
  units: { dia: 'd', dias: 'd', semana: 'w', semanas: 'w', mês: 'm', meses: 'm' },
  sinceWords: ['desde', 'a partir de'],
  sinceAround: [['de', 'para cá'], ['de', 'em diante']],
  phrases: {
    'até agora este ano': 'ytd',
    'este ano até agora': 'ytd',
    'neste ano até agora': 'ytd',
    'desde o início do ano': 'ytd',
    'desde o começo do ano': 'ytd',
    'acumulado do ano': 'ytd',
    'no acumulado do ano': 'ytd',
    'acumulado no ano': 'ytd',
    'ano até à data': 'ytd',
    'até agora este trimestre': 'qtd',
    'este trimestre até agora': 'qtd',
    'neste trimestre até agora': 'qtd',
    'desde o início do trimestre': 'qtd',
    'acumulado do trimestre': 'qtd',
    'no acumulado do trimestre': 'qtd',
    'até agora este mês': 'mtd',
    'este mês até agora': 'mtd',
    'neste mês até agora': 'mtd',
    'desde o início do mês': 'mtd',
    'desde o começo do mês': 'mtd',
    'acumulado do mês': 'mtd',
    'no acumulado do mês': 'mtd',
    'acumulado no mês': 'mtd',
    'mês até à data': 'mtd',
    'até agora esta semana': 'wtd',
    'esta semana até agora': 'wtd',
    'desde o início da semana': 'wtd',
    // Brazilian usage: `esse` for "this", the contractions `neste`/`nesse`/`deste`, `atual`.
    'essa semana': 'this-week',
    'nesta semana': 'this-week',
    'nessa semana': 'this-week',
    'semana atual': 'this-week',
    'esse mês': 'this-month',
    'neste mês': 'this-month',
    'nesse mês': 'this-month',
    'deste mês': 'this-month',
    'mês atual': 'this-month',
    'mês corrente': 'this-month',
    'esse trimestre': 'this-quarter',
    'neste trimestre': 'this-quarter',
    'nesse trimestre': 'this-quarter',
    'trimestre atual': 'this-quarter',
    'esse ano': 'this-year',
    'neste ano': 'this-year',
    'nesse ano': 'this-year',
    'deste ano': 'this-year',
    'ano atual': 'this-year',
    'ano corrente': 'this-year',
    'última semana': 'last-week',
    'na última semana': 'last-week',
    'último mês': 'last-month',
    'no último mês': 'last-month',
    'último trimestre': 'last-quarter',
    'no último trimestre': 'last-quarter',
    'último ano': 'last-year',
    'no último ano': 'last-year',
    'este semestre': 'this-half',
    'esse semestre': 'this-half',
    'neste semestre': 'this-half',
    'nesse semestre': 'this-half',
    'semestre atual': 'this-half',
    'semestre passado': 'last-half',
    'último semestre': 'last-half',
    'no último semestre': 'last-half',
  },
};

const RO: PeriodLanguage = {
  months: {
    ianuarie: 1, ian: 1,
    februarie: 2, feb: 2,
    martie: 3, mar: 3,
    aprilie: 4, apr: 4,
    mai: 5,
    iunie: 6, iun: 6,
    iulie: 7, iul: 7,
    august: 8, aug: 8,
    septembrie: 9, sep: 9, sept: 9,
    octombrie: 10, oct: 10,
    noiembrie: 11, noi: 11, nov: 11,
    decembrie: 12, dec: 12,
  },
  // `mai` is also "more" (`cele mai multe`), `noi` "we" and "new" (`clienți noi`).
  everydayMonths: ['mai', 'noi'],
  timeWords: ['în'],
  monthLeads: ['luna'],
  quarterNouns: ['trimestrul', 'trimestru'],
  halfNouns: ['semestrul', 'semestru'],
  quarterLetters: ['t'],
  halfLetters: ['s'],
  ordinals: { primul: 1, 'al doilea': 2, 'al treilea': 3, 'al patrulea': 4 },
  ordinalsAfterNoun: { întâi: 1, 'al doilea': 2, 'al treilea': 3, 'al patrulea': 4 },
  finalOrdinals: ['ultimul'],
  yearConnectors: ['din', 'din anul'],
  relativeYears: { 'anul acesta': 0, 'anul ăsta': 0, 'anul trecut': -1 },
  dayConnectors: [],
  lastWords: ['ultimele', 'ultimii', 'ultima', 'ultimul'],
  numbers: {
    unu: 1, una: 1, doi: 2, două: 2, trei: 3, patru: 4, cinci: 5, șase: 6,
    șapte: 7, opt: 8, nouă: 9, zece: 10, unsprezece: 11, doisprezece: 12, douăsprezece: 12,
  },
  unitConnectors: ['de'],
  units: { zi: 'd', zile: 'd', săptămână: 'w', săptămâni: 'w', lună: 'm', luni: 'm' },
  // Not `din` alone: `veniturile din martie` is March's revenue; `din martie încoace` is since March.
  sinceWords: ['începând cu', 'începând din', 'de la'],
  sinceAround: [['din', 'încoace'], ['de la', 'încoace']],
  phrases: {
    'de la începutul anului': 'ytd',
    'de la începutul anului până acum': 'ytd',
    'anul acesta până acum': 'ytd',
    'anul ăsta până acum': 'ytd',
    'până acum anul acesta': 'ytd',
    'de la începutul trimestrului': 'qtd',
    'trimestrul acesta până acum': 'qtd',
    'până acum trimestrul acesta': 'qtd',
    'de la începutul lunii': 'mtd',
    'de la începutul lunii până acum': 'mtd',
    'luna aceasta până acum': 'mtd',
    'luna asta până acum': 'mtd',
    'până acum luna aceasta': 'mtd',
    'de la începutul săptămânii': 'wtd',
    'săptămâna aceasta până acum': 'wtd',
    'săptămâna asta': 'this-week',
    'săptămâna curentă': 'this-week',
    'luna asta': 'this-month',
    'luna curentă': 'this-month',
    'trimestrul ăsta': 'this-quarter',
    'trimestrul curent': 'this-quarter',
    'anul ăsta': 'this-year',
    'anul curent': 'this-year',
    'ultima săptămână': 'last-week',
    'ultima lună': 'last-month',
    'ultimul trimestru': 'last-quarter',
    'ultimul an': 'last-year',
    'semestrul acesta': 'this-half',
    'semestrul ăsta': 'this-half',
    'semestrul curent': 'this-half',
    'semestrul trecut': 'last-half',
    'ultimul semestru': 'last-half',
  },
};

/** Every language the reader understands; a phrase in any of them is read whatever the user's language. */
export const PERIOD_LANGUAGES: Readonly<Record<string, PeriodLanguage>> = { en: EN, pt: PT, ro: RO };

/** Ordinals after a quarter or half noun that every language writes the same: `trimestrul 2`, `trimestrul II`. */
export const SHARED_ORDINALS_AFTER_NOUN: Readonly<Record<string, number>> = { 1: 1, 2: 2, 3: 3, 4: 4, i: 1, ii: 2, iii: 3, iv: 4 };

/** The years a bare four-digit number may be: outside them `2500` is a count, not a year. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

import type { Dimension, TimeGrain } from '../../engine/schema/tables.js';
import { normalizeName } from '../../engine/catalog/normalize-name.js';

/**
 * The words of the query language in English, Portuguese and Romanian, mapped to one canonical
 * English word each. Words are compared after `normalizeName` (no case, no accents, `-` and `_`
 * as spaces), so `luna-trecută`, `luna trecuta` and `Luna-Trecuta` are the same word.
 */

/** Period words and their canonical form (resolved by the engine's period resolver). */
export const PERIOD_WORDS: Readonly<Record<string, string>> = {
  // English, typed with spaces (`last month`): the hyphenated forms are the engine's own
  'this week': 'this-week',
  'last week': 'last-week',
  'this month': 'this-month',
  'last month': 'last-month',
  'this quarter': 'this-quarter',
  'last quarter': 'last-quarter',
  'this year': 'this-year',
  'last year': 'last-year',
  'last 7 days': 'last-7d',
  'last 30 days': 'last-30d',
  'last 90 days': 'last-90d',
  'last 12 months': 'last-12m',
  // Portuguese
  hoje: 'today',
  ontem: 'yesterday',
  'esta semana': 'this-week',
  'semana passada': 'last-week',
  'este mes': 'this-month',
  'mes passado': 'last-month',
  'este trimestre': 'this-quarter',
  'trimestre passado': 'last-quarter',
  'este ano': 'this-year',
  'ano passado': 'last-year',
  'ultimos 7 dias': 'last-7d',
  'ultimos 30 dias': 'last-30d',
  'ultimos 90 dias': 'last-90d',
  'ultimos 12 meses': 'last-12m',
  // Romanian
  azi: 'today',
  astazi: 'today',
  ieri: 'yesterday',
  'saptamana aceasta': 'this-week',
  'saptamana trecuta': 'last-week',
  'luna aceasta': 'this-month',
  'luna asta': 'this-month',
  'luna curenta': 'this-month',
  'saptamana asta': 'this-week',
  'anul asta': 'this-year',
  'anul curent': 'this-year',
  'trimestrul asta': 'this-quarter',
  'trimestrul curent': 'this-quarter',
  'luna trecuta': 'last-month',
  'trimestrul acesta': 'this-quarter',
  'trimestrul trecut': 'last-quarter',
  'anul acesta': 'this-year',
  'anul trecut': 'last-year',
  'ultimele 7 zile': 'last-7d',
  'ultimele 30 zile': 'last-30d',
  'ultimele 90 zile': 'last-90d',
  'ultimele 12 luni': 'last-12m',
};

/** Breakdown and filter names in the three languages. */
export const AXIS_WORDS: Readonly<Record<string, Dimension | TimeGrain>> = {
  // Portuguese
  segmento: 'segment',
  segmentos: 'segment',
  regiao: 'region',
  regioes: 'region',
  plano: 'plan',
  planos: 'plan',
  canal: 'channel',
  canais: 'channel',
  categoria: 'category',
  categorias: 'category',
  origem: 'source',
  fonte: 'source',
  marca: 'brand',
  marcas: 'brand',
  'canal de aquisicao': 'acquisition_channel',
  'canais de aquisicao': 'acquisition_channel',
  'canal de vendas': 'acquisition_channel',
  'origem do cliente': 'acquisition_channel',
  dia: 'day',
  semana: 'week',
  mes: 'month',
  meses: 'month',
  trimestre: 'quarter',
  ano: 'year',
  // English, beyond the dimension names themselves
  'sales channel': 'acquisition_channel',
  'sales channels': 'acquisition_channel',
  'acquisition channel': 'acquisition_channel',
  'acquisition channels': 'acquisition_channel',
  'customer segment': 'segment',
  'customer segments': 'segment',
  // Romanian
  'canal de achizitie': 'acquisition_channel',
  'canale de achizitie': 'acquisition_channel',
  'canalul de achizitie': 'acquisition_channel',
  'canal de vanzare': 'acquisition_channel',
  segmente: 'segment',
  planuri: 'plan',
  canale: 'channel',
  categorii: 'category',
  surse: 'source',
  marci: 'brand',
  brand: 'brand',
  branduri: 'brand',
  regiune: 'region',
  regiuni: 'region',
  categorie: 'category',
  sursa: 'source',
  zi: 'day',
  zile: 'day',
  saptamana: 'week',
  luna: 'month',
  luni: 'month',
  trimestru: 'quarter',
  an: 'year',
  ani: 'year',
};

/** The language's keywords, by canonical meaning. */
export const KEYWORDS = {
  by: ['by', 'por', 'pe', 'dupa'],
  where: ['where', 'onde', 'com', 'unde', 'cu'],
  vs: ['vs', 'versus', 'contra', 'fata de', 'comparado com'],
  previous: ['previous', 'prev', 'anterior', 'precedent', 'precedenta'],
  lastYear: ['last-year', 'ly', 'ano passado', 'anul trecut'],
  none: ['none', 'nothing', 'nada', 'nenhum', 'nimic'],
  as: ['as', 'como', 'ca'],
  top: ['top'],
  and: ['and', 'e', 'si'],
} as const;

/** Answer shapes a user may ask for with `as`. */
export const VIEW_WORDS: Readonly<Record<string, 'number' | 'table' | 'bar' | 'line'>> = {
  number: 'number',
  numero: 'number',
  numar: 'number',
  table: 'table',
  tabela: 'table',
  tabel: 'table',
  bar: 'bar',
  bars: 'bar',
  barras: 'bar',
  bare: 'bar',
  line: 'line',
  linha: 'line',
  linie: 'line',
};

/** Commands, in the three languages. */
export const COMMAND_WORDS: Readonly<
  Record<
    string,
    | 'list'
    | 'define'
    | 'explain'
    | 'why'
    | 'help'
    | 'let'
    | 'calc'
    | 'export'
    | 'subscribe'
    | 'unsubscribe'
    | 'subscriptions'
    | 'pause'
    | 'resume'
    | 'digest'
    | 'target'
    | 'targets'
    | 'untarget'
  >
> = {
  list: 'list',
  lista: 'list',
  listă: 'list',
  define: 'define',
  definir: 'define',
  defini: 'define',
  defineste: 'define',
  explain: 'explain',
  explicar: 'explain',
  explica: 'explain',
  // What moved a number; `por que` and `de ce` are two words, read as one command.
  why: 'why',
  porque: 'why',
  porquê: 'why',
  'por que': 'why',
  'por quê': 'why',
  'de ce': 'why',
  'de-ce': 'why',
  help: 'help',
  ajuda: 'help',
  ajutor: 'help',
  '?': 'help',
  let: 'let',
  calc: 'calc',
  calcular: 'calc',
  calculeaza: 'calc',
  export: 'export',
  exportar: 'export',
  exporta: 'export',
  subscribe: 'subscribe',
  assinar: 'subscribe',
  inscrever: 'subscribe',
  aboneaza: 'subscribe',
  abonare: 'subscribe',
  unsubscribe: 'unsubscribe',
  desinscrever: 'unsubscribe',
  cancelar: 'unsubscribe',
  dezaboneaza: 'unsubscribe',
  dezabonare: 'unsubscribe',
  subscriptions: 'subscriptions',
  assinaturas: 'subscriptions',
  abonamente: 'subscriptions',
  pause: 'pause',
  pausar: 'pause',
  pauză: 'pause',
  resume: 'resume',
  retomar: 'resume',
  reia: 'resume',
  // `digest 3 now`, `resumo 3 agora`, `rezumat 3 acum`: what follows the number is in DIGEST_WORDS.
  digest: 'digest',
  resumo: 'digest',
  rezumat: 'digest',
  // Workspace targets: `target revenue >= 1200`, `meta receita pelo menos 1200`, `tinta venituri cel putin 1200`.
  target: 'target',
  meta: 'target',
  alvo: 'target',
  tinta: 'target',
  targets: 'targets',
  metas: 'targets',
  alvos: 'targets',
  tinte: 'targets',
  untarget: 'untarget',
  'remover meta': 'untarget',
  'sem meta': 'untarget',
  'sterge tinta': 'untarget',
  'fara tinta': 'untarget',
};

/** How a workspace target is met, in the three languages: at least its value, or at most. */
export const TARGET_OP_WORDS: Readonly<Record<string, 'at-least' | 'at-most'>> = {
  '>=': 'at-least',
  '≥': 'at-least',
  above: 'at-least',
  'at least': 'at-least',
  'pelo menos': 'at-least',
  'no minimo': 'at-least',
  acima: 'at-least',
  'cel putin': 'at-least',
  peste: 'at-least',
  '<=': 'at-most',
  '≤': 'at-most',
  below: 'at-most',
  'at most': 'at-most',
  'no maximo': 'at-most',
  abaixo: 'at-most',
  'cel mult': 'at-most',
  sub: 'at-most',
};

/** What `digest <n> ...` does with subscription n, in the three languages. */
export const DIGEST_WORDS: Readonly<Record<string, 'now' | 'log'>> = {
  now: 'now',
  agora: 'now',
  acum: 'now',
  log: 'log',
  history: 'log',
  historico: 'log',
  registo: 'log',
  registro: 'log',
  istoric: 'log',
  jurnal: 'log',
};

/** How often a digest goes out, in the three languages. */
export const CADENCE_WORDS: Readonly<Record<string, 'daily' | 'weekly' | 'monthly'>> = {
  daily: 'daily',
  diario: 'daily',
  diaria: 'daily',
  zilnic: 'daily',
  weekly: 'weekly',
  semanal: 'weekly',
  saptamanal: 'weekly',
  monthly: 'monthly',
  mensal: 'monthly',
  lunar: 'monthly',
};

/** Days of the week for weekly digests. */
export const WEEKDAY_WORDS: Readonly<Record<string, 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday'>> = {
  monday: 'monday', mon: 'monday', segunda: 'monday', 'segunda-feira': 'monday', luni: 'monday',
  tuesday: 'tuesday', tue: 'tuesday', terca: 'tuesday', 'terca-feira': 'tuesday', marti: 'tuesday',
  wednesday: 'wednesday', wed: 'wednesday', quarta: 'wednesday', 'quarta-feira': 'wednesday', miercuri: 'wednesday',
  thursday: 'thursday', thu: 'thursday', quinta: 'thursday', 'quinta-feira': 'thursday', joi: 'thursday',
  friday: 'friday', fri: 'friday', sexta: 'friday', 'sexta-feira': 'friday', vineri: 'friday',
  saturday: 'saturday', sat: 'saturday', sabado: 'saturday', sambata: 'saturday',
  sunday: 'sunday', sun: 'sunday', domingo: 'sunday', duminica: 'sunday',
};

/** The words of a subscription's schedule, targets and alert, by meaning. */
export const SUBSCRIBE_WORDS = {
  /** Before a weekday or a day of the month: `weekly on monday`, `monthly on 1`. */
  on: ['on', 'em', 'na', 'no', 'dia', 'day', 'in', 'ziua', 'lunea'],
  at: ['at', 'as', 'la', 'a'],
  zone: ['in', 'tz', 'em', 'fuso'],
  cron: ['cron'],
  target: ['target', 'meta', 'alvo', 'tinta'],
  alert: ['alert', 'alerta'],
  above: ['above', 'over', 'acima', 'peste', '>'],
  below: ['below', 'under', 'abaixo', 'sub', 'sob', '<'],
} as const;

/** A word table keyed by its words as the reader compares them (no case, no accents). */
export const normalizedKeys = <T>(table: Readonly<Record<string, T>>): Map<string, T> =>
  new Map(Object.entries(table).map(([k, v]) => [normalizeName(k), v]));

export const PERIOD_LOOKUP = normalizedKeys(PERIOD_WORDS);
export const AXIS_LOOKUP = normalizedKeys(AXIS_WORDS);
export const VIEW_LOOKUP = normalizedKeys(VIEW_WORDS);
export const COMMAND_LOOKUP = normalizedKeys(COMMAND_WORDS);
export const DIGEST_LOOKUP = normalizedKeys(DIGEST_WORDS);
export const CADENCE_LOOKUP = normalizedKeys(CADENCE_WORDS);
export const WEEKDAY_LOOKUP = normalizedKeys(WEEKDAY_WORDS);
export const TARGET_OP_LOOKUP = normalizedKeys(TARGET_OP_WORDS);

/** Whether a normalized word is one of a subscription word's forms. */
export function isSubscribeWord(kind: keyof typeof SUBSCRIBE_WORDS, word: string): boolean {
  return (SUBSCRIBE_WORDS[kind] as readonly string[]).some((k) => normalizeName(k) === word);
}

/** Whether a normalized word (or words) is one of a keyword's forms. */
export function isKeyword(kind: keyof typeof KEYWORDS, words: string): boolean {
  return (KEYWORDS[kind] as readonly string[]).some((k) => normalizeName(k) === words);
}

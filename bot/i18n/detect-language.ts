import { normalizeName } from '../../engine/catalog/normalize-name.js';
import { FILLER_WORDS } from '../language/question-words.js';
import { PERIOD_LANGUAGES } from '../language/period-words.js';
import type { Language } from './language.js';

/** Letters only one of the languages writes: a word with them says which language it is in. */
const LETTERS: Readonly<Record<Exclude<Language, 'en'>, RegExp>> = { pt: /[ãõç]/i, ro: /[ășşțţ]/i };

/**
 * Command words (parse-command.ts reads them all, whatever the language), by the language they
 * are written in: `ajuda` or `definir rotatividade` asks in Portuguese, `ajutor` in Romanian.
 * Words two languages share once accents are gone (`lista`, `listă`) tell nothing, and neither do
 * the English commands: they are the syntax everyone types, so the platform's language decides.
 */
const COMMANDS_BY_LANGUAGE: Readonly<Record<Language, readonly string[]>> = {
  en: [],
  pt: ['lista', 'definir', 'explicar', 'porque', 'porquê', 'ajuda', 'calcular', 'exportar', 'assinar', 'inscrever', 'desinscrever', 'assinaturas', 'pausar', 'retomar', 'metas'],
  ro: ['listă', 'defini', 'definește', 'explică', 'ajutor', 'calculează', 'exportă', 'abonează', 'abonare', 'dezabonează', 'dezabonare', 'abonamente', 'pauză', 'reia', 'rezumat', 'țintă', 'ținte'],
};

/**
 * The command language's own words (`top 3`, `by region`, `as table`): people type them whatever
 * language they speak, so they never tell one language from another, even where a phrase of one
 * holds them (RO `top-ul`).
 */
const SYNTAX_WORDS: ReadonlySet<string> = new Set(['top', 'bottom', 'by', 'vs', 'as', 'where', 'table', 'bar', 'line', 'number', 'why']);

/** The words of each language, from its word lists, as the reader compares them. */
function wordsOf(language: Language): Set<string> {
  const period = PERIOD_LANGUAGES[language];
  const words = [
    ...FILLER_WORDS[language],
    ...COMMANDS_BY_LANGUAGE[language],
    ...(period ? [...Object.keys(period.months), ...Object.keys(period.phrases), ...Object.keys(period.units), ...period.lastWords, ...period.sinceWords] : []),
  ];
  return new Set(words.flatMap((w) => normalizeName(w).split(' ')).filter((w) => w.length > 1 && !SYNTAX_WORDS.has(w)));
}

/** For each language, the words no other language's lists hold: the ones that tell the languages apart. */
const OWN: ReadonlyMap<Language, ReadonlySet<string>> = (() => {
  const all = (['en', 'pt', 'ro'] as const).map((l) => [l, wordsOf(l)] as const);
  return new Map(all.map(([l, words]) => [l, new Set([...words].filter((w) => all.every(([other, o]) => other === l || !o.has(w))))]));
})();

/**
 * The language a line is written in, when its words say so: words only that language's lists
 * hold (`qual`, `foi`, `mês`; `care`, `luna`, `veniturile`'s neighbours), and letters only it
 * writes (ã, ç; ă, ș, ț). Undefined when the words do not tell (a bare `nps 2026-Q1`): the
 * platform's locale or the workspace's language decide then.
 */
export function languageOf(text: string): Language | undefined {
  const score: Record<Language, number> = { en: 0, pt: 0, ro: 0 };
  for (const raw of text.split(/\s+/)) {
    if (raw === '') continue;
    for (const [language, letters] of Object.entries(LETTERS) as [Exclude<Language, 'en'>, RegExp][]) if (letters.test(raw)) score[language] += 2;
    const word = normalizeName(raw.replace(/[?!.,;:]+$/, ''));
    for (const [language, own] of OWN) if (own.has(word)) score[language] += 1;
  }
  const ranked = (Object.entries(score) as [Language, number][]).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] > 0 && (!second || first[1] > second[1]) ? first[0] : undefined;
}

import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatReading } from '../../bot/language/format-reading.js';
import { corpusParser, type Parse } from './corpus-parser.js';
import { QUESTIONS } from './questions.js';

let parse: Parse;
beforeAll(async () => {
  parse = await corpusParser();
});

const reading = (q: string): string => {
  const r = parse(q);
  return r.ok && r.value.kind === 'query' ? formatReading(r.value) : `error ${r.ok ? r.value.kind : r.error.code}`;
};

/** Question words a person may put before a question, and closings after it, by language. */
const OPENINGS = {
  en: ['what was', 'show me', 'hey kpibot, what is', 'can you tell me', 'please give me'],
  pt: ['qual foi', 'mostra-me', 'olá, qual é', 'diz-me', 'por favor, quero ver'],
  ro: ['care a fost', 'arată-mi', 'salut, care este', 'spune-mi', 'vă rog, vreau să văd'],
} as const;
const CLOSINGS = ['?', '??', '!', '.', ' please?', ' por favor', ' vă rog'] as const;

const stripAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');

describe('reading questions: what must not change it', () => {
  const question = fc.constantFrom(...QUESTIONS);

  it('GIVEN any corpus question WHEN its casing, accents, question words and punctuation change THEN its reading does not', () => {
    fc.assert(
      fc.property(
        question,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 400 }),
        fc.boolean(),
        fc.nat(4),
        fc.constantFrom(...CLOSINGS),
        (c, upper, accents, opening, closing) => {
          const cased = [...c.q].map((ch, k) => (upper[k % upper.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');
          const plain = accents ? stripAccents(cased) : cased;
          const open = OPENINGS[c.lang][opening] ?? '';
          // A question that already starts with a command word keeps it first.
          const asked = /^(let|calc|explain|define|subscribe|list|help)\b/i.test(c.q) ? `${plain}${closing}` : `${open} ${plain}${closing}`;
          expect([asked, reading(asked)]).toEqual([asked, c.reading]);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('GIVEN any corpus question WHEN a word nobody knows is put anywhere in it THEN it is refused, never answered', () => {
    const nonsense = fc.stringMatching(/^[bcdfghjklmnpqrstvwxz]{5,9}$/);
    fc.assert(
      fc.property(question, nonsense, fc.nat(), (c, word, at) => {
        const words = c.q.split(' ');
        words.splice(at % (words.length + 1), 0, word);
        const r = parse(words.join(' '));
        expect(r.ok && r.value.kind === 'query' ? `answered: ${words.join(' ')}` : 'refused').toBe('refused');
      }),
      { numRuns: 600 },
    );
  });
});

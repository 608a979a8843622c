import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeName } from '../../engine/catalog/normalize-name.js';
import { errorMessage } from '../../bot/messages.js';
import { corpusParser, readingOf, type Parse } from './corpus-parser.js';
import { QUESTIONS, REFUSED } from './questions.js';
import { SECOND_CORPUS } from './second-corpus.js';

let parse: Parse;
beforeAll(async () => {
  parse = await corpusParser();
});

describe('the question corpus: questions as people type them, read as they mean', () => {
  it.each(QUESTIONS.map((c) => [c.lang, c.q, c.reading] as const))('GIVEN (%s) %j THEN it reads %j', (_lang, q, reading) => {
    expect(readingOf(parse(q))).toBe(reading);
  });

  it.each(SECOND_CORPUS.map((c) => [c.lang, c.q, c.reading] as const))('GIVEN (%s, second corpus) %j THEN it reads %j', (_lang, q, reading) => {
    expect(readingOf(parse(q))).toBe(reading);
  });

  it.each(REFUSED.map((c) => [c.lang, c.q, c.word] as const))('GIVEN (%s) %j THEN it is refused, naming %j', (_lang, q, word) => {
    const r = parse(q);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(normalizeName(errorMessage(r.error))).toContain(normalizeName(word));
  });
});

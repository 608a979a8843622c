import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusParser, readingOf, type Parse } from './corpus-parser.js';

/** The README's language section reads its examples as of 1 December 2026. */
const TODAY = '2026-12-01';
let parse: Parse;
beforeAll(async () => {
  parse = await corpusParser(TODAY);
});

/** The rows of the README's "you type | kpibot reads" table. */
function examples(): [string, string][] {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('| you type | kpibot reads |'));
  const rows: [string, string][] = [];
  for (const line of table.split('\n').slice(2)) {
    const m = /^\| `(.+)` \| `(.+)` \|$/.exec(line);
    if (!m) break;
    rows.push([m[1] ?? '', m[2] ?? '']);
  }
  return rows;
}

describe('the README shows readings kpibot really gives', () => {
  it('GIVEN the README THEN its language table has examples in it', () => {
    expect(examples().length).toBeGreaterThanOrEqual(12);
  });

  it.each(examples())('GIVEN %j THEN it reads %j', (q, reading) => {
    expect(readingOf(parse(q))).toBe(reading);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../engine/catalog/load-catalog.js';
import type { Catalog } from '../../engine/catalog/catalog.js';
import { resolvePeriod } from '../../engine/time/index.js';
import { parseCommand } from '../../bot/language/parse-command.js';
import { formatReading } from '../../bot/language/format-reading.js';
import { errorMessage } from '../../bot/messages.js';
import { CORPUS_VALUES } from './questions.js';

/** The README's language section reads its examples as of 1 December 2026. */
const TODAY = '2026-12-01';
let catalog: Catalog;
const clock = { now: Date.parse(`${TODAY}T10:00:00Z`), timezone: 'UTC', fiscalYearStart: 1 };
const isPeriod = (w: string): boolean => {
  const r = resolvePeriod(w, clock);
  return r.ok || r.error.code === 'period.invalid';
};

beforeAll(async () => {
  const loaded = await loadCatalog({ dirs: [join(process.cwd(), 'queries')] });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error, null, 2));
  catalog = loaded.value;
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
    const r = parseCommand(q, { catalog, isPeriod, values: CORPUS_VALUES, today: TODAY });
    expect(r.ok ? (r.value.kind === 'query' ? formatReading(r.value) : r.value.kind) : errorMessage(r.error)).toBe(reading);
  });
});

import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKpibot } from './cli-harness.js';

/**
 * Runs `kpibot ask` in a folder whose kpibot.config.yaml is `text`: the config is read before
 * anything else, so its problems are all the command prints. Returns them with the folder cut.
 */
async function problems(text: string): Promise<{ code: number; lines: string[] }> {
  const cwd = mkdtempSync(join(tmpdir(), 'kpibot-config-'));
  writeFileSync(join(cwd, 'kpibot.config.yaml'), text);
  const r = await runKpibot(['ask', 'nps last-month', '--db', 'k.db'], { cwd });
  return { code: r.code, lines: r.stderr.trimEnd().split('\n').map((l) => l.replace(`${cwd}/`, '')) };
}

describe('kpibot.config.yaml problems name the file, the line and the column', () => {
  it('GIVEN an unknown top-level key THEN its line and column, and the closest valid key', async () => {
    expect(await problems('timezone: UTC\ncurency: EUR\n')).toEqual({
      code: 2,
      lines: ['kpibot.config.yaml:2:1: unknown setting `curency`; did you mean `currency`?'],
    });
  });

  it('GIVEN an unknown key under access THEN its line, column and the closest key of access', async () => {
    expect(await problems('currency: EUR\naccess:\n  allow_guests: true\n  rate_limt: { questions: 3 }\n')).toEqual({
      code: 2,
      lines: ['kpibot.config.yaml:4:3: unknown setting `rate_limt` under `access`; did you mean `rate_limit`?'],
    });
  });

  it('GIVEN an unknown key close to nothing THEN the keys that are valid there', async () => {
    const r = await problems('access:\n  rate_limit: { questions: 3, xyzzy: 1 }\n');
    expect(r.lines).toEqual(['kpibot.config.yaml:2:31: unknown setting `xyzzy` under `access.rate_limit`; the settings here are `questions`, `per_seconds`.']);
  });

  it('GIVEN a value of the wrong type THEN the line and column of the value, what it takes and what it is', async () => {
    expect(await problems('currency: EUR\nsession_days: thirty\n')).toEqual({
      code: 2,
      lines: ['kpibot.config.yaml:2:15: session_days: expected a number, but it is `thirty`.'],
    });
  });

  it('GIVEN a YAML slip that makes a mapping a string THEN it says a mapping was expected, where, and what it got', async () => {
    // `questions 5` lacks its colon, so rate_limit is the text "questions 5".
    expect((await problems('access:\n  rate_limit: questions 5\n')).lines).toEqual([
      'kpibot.config.yaml:2:15: access.rate_limit: expected indented `key: value` lines, but it is `questions 5`.',
    ]);
  });

  it('GIVEN a file whose top level is not a mapping THEN it says so', async () => {
    expect(await problems('timezone Europe/Lisbon\n')).toEqual({
      code: 2,
      lines: ['kpibot.config.yaml:1:1: the settings must be `key: value` lines (e.g. `timezone: Europe/Lisbon`), but the file holds `timezone Europe/Lisbon`.'],
    });
    expect((await problems('- timezone: UTC\n')).lines).toEqual([
      'kpibot.config.yaml:1:1: the settings must be `key: value` lines (e.g. `timezone: Europe/Lisbon`), but the file holds a list.',
    ]);
  });

  it('GIVEN invalid YAML THEN the line and column of the syntax error', async () => {
    expect((await problems('currency: EUR\naccess: rate_limit: 5\n')).lines).toEqual([
      'kpibot.config.yaml:2:9: not valid YAML: Nested mappings are not allowed in compact mappings',
    ]);
  });

  it('GIVEN several problems THEN each is reported, in file order', async () => {
    expect((await problems('sesion_days: 3\nfiscal_year_start: 13\naccess:\n  restricted:\n    - kpis: [revenue]\ncurrency: eur\n')).lines).toEqual([
      'kpibot.config.yaml:1:1: unknown setting `sesion_days`; did you mean `session_days`?',
      'kpibot.config.yaml:2:20: fiscal_year_start `13`: Too big: expected number to be <=12',
      'kpibot.config.yaml:5:7: access.restricted[0].channels is missing: it takes a list (`[a, b]`, or one `- item` line each).',
      'kpibot.config.yaml:6:11: currency `eur`: not an ISO 4217 code (such as USD, EUR, BRL or RON)',
    ]);
  });

  it('GIVEN a file of comments only THEN it is the defaults', async () => {
    const r = await problems('# nothing set yet\n');
    // Past the config: the command goes on to the (missing) database.
    expect(r.lines[0]).toContain('There is no database at');
  });
});

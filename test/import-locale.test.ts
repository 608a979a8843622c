import { beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKpibot, type CliRun } from './cli-harness.js';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'import-locale');
const NOW = '2026-11-22T10:00:00Z';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'kpibot-locale-'));
});

/** Imports a fixture (copied into the working folder) through the real command line into k.db. */
async function importFixture(table: string, fixture: string, ...options: string[]): Promise<CliRun> {
  copyFileSync(join(FIXTURES, fixture), join(cwd, fixture));
  return runKpibot(['import', table, fixture, '--db', 'k.db', ...options], { cwd });
}
/** A KPI's value over k.db, asked through the real command line and engine. */
async function kpi(question: string): Promise<number> {
  const r = await runKpibot(['ask', question, '--json', '--db', 'k.db', '--now', NOW], { cwd });
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { value: number }).value;
}

describe('kpibot import --locale: spreadsheets as people save them', () => {
  it('GIVEN pt-PT orders (BOM, CRLF, ;, 1.234,56, 31/03/2026 14:05, Portuguese headers, a quoted ;) THEN revenue and orders are the hand-worked sums', async () => {
    const r = await importFixture('orders', 'orders-pt-PT.csv', '--locale', 'pt-PT');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("orders: 5 read, 5 inserted, 0 replaced, 0 rejected\nread as pt-PT: ';' separator, decimal comma, day-first dates\n");
    // Observações is no column of orders: ignored, said, and its quoted ';' did not split a row.
    expect(r.stderr).toContain('warning: ignored columns not in orders: Observações');
    // Completed in March 2026: E-1001 1.234,56 + E-1002 89,90 + E-1004 1 045,00 (no-break space)
    // = 1234.56 + 89.90 + 1045.00 = 2369.46. E-1003 (2.500 = 2500) is returned, E-1005 cancelled.
    expect(await kpi('revenue 2026-03')).toBeCloseTo(2369.46, 9);
    expect(await kpi('orders 2026-03')).toBe(3);
  });

  it('GIVEN pt-BR orders (pedido, data_pedido, valor_total) THEN revenue of April is the hand-worked sum', async () => {
    const r = await importFixture('orders', 'orders-pt-BR.csv', '--locale', 'pt-BR');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("read as pt-BR: ';' separator, decimal comma, day-first dates");
    // Completed in April: 1.999,99 + 350,00 + 0,01 = 1999.99 + 350 + 0.01 = 2350; 10.000,00 is cancelled.
    expect(await kpi('revenue 2026-04')).toBeCloseTo(2350, 9);
    expect(await kpi('orders 2026-04')).toBe(3);
  });

  it('GIVEN ro-RO orders (Comandă, Data comenzii, Sumă, 31.03.2026, space thousands) THEN revenue of March is the hand-worked sum', async () => {
    const r = await importFixture('orders', 'orders-ro-RO.csv', '--locale', 'ro-RO');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("read as ro-RO: ';' separator, decimal comma, day-first dates");
    // Completed in March: 2 345,50 (narrow no-break space) + 99,99 + 0,51 = 2345.50 + 99.99 + 0.51 = 2446;
    // R-3 (1 000 000,00) is returned.
    expect(await kpi('revenue 2026-03')).toBeCloseTo(2446, 9);
    expect(await kpi('orders 2026-03')).toBe(3);
  });

  it('GIVEN the config file names locale pt-PT THEN import reads pt-PT without --locale, and an option overrides one setting', async () => {
    writeFileSync(join(cwd, 'kpibot.config.yaml'), 'locale: pt-PT\n');
    const r = await importFixture('orders', 'orders-pt-PT.csv');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("read as pt-PT: ';' separator, decimal comma, day-first dates");
    expect(await kpi('revenue 2026-03')).toBeCloseTo(2369.46, 9);
    // The same locale with ISO-only dates refuses the day-first ones.
    const iso = await importFixture('orders', 'orders-pt-PT.csv', '--date-format', 'YMD');
    expect(iso.code).toBe(1);
    expect(iso.stderr).toContain("read as pt-PT: ';' separator, decimal comma, ISO dates (--date-format)");
  });

  it('GIVEN a pt-PT file with a bad row and --skip-invalid THEN the side file keeps the ; delimiter and, fixed, imports with the same --locale', async () => {
    writeFileSync(join(cwd, 'o.csv'), 'encomenda;data;valor;estado\nE-1;31/03/2026;1.234,50;completed\nE-2;32/03/2026;7,25;completed\n');
    const r = await runKpibot(['import', 'orders', 'o.csv', '--db', 'k.db', '--locale', 'pt-PT', '--skip-invalid'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const side = readFileSync(join(cwd, 'o.csv.rejected.csv'), 'utf8');
    expect(side.split('\n')[0]).toBe('encomenda;data;valor;estado;line;reason');
    writeFileSync(join(cwd, 'fixed.csv'), side.replace('32/03/2026', '30/03/2026'));
    const again = await runKpibot(['import', 'orders', 'fixed.csv', '--db', 'k.db', '--locale', 'pt-PT'], { cwd });
    expect(again.code, again.stderr).toBe(0);
    // 1.234,50 + 7,25 = 1234.50 + 7.25 = 1241.75.
    expect(await kpi('revenue 2026-03')).toBeCloseTo(1241.75, 9);
  });

  it('GIVEN a tab-separated file and no locale THEN the delimiter is detected and said in the summary', async () => {
    const r = await importFixture('visits', 'visits-tab.csv');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('delimiter tab detected');
    // 1 200 (space thousands reads the same with either decimal mark) + 800 = 2000.
    expect(await kpi('sessions 2026-03')).toBe(2000);
  });

  it('GIVEN a ;-separated file with Portuguese headers and no locale THEN the delimiter is detected and said', async () => {
    writeFileSync(join(cwd, 'o.csv'), 'encomenda;data;valor;estado\nE-1;2026-03-01;10;completed\nE-2;2026-03-02;5;completed\n');
    const r = await runKpibot(['import', 'orders', 'o.csv', '--db', 'k.db'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("delimiter ';' detected");
    expect(await kpi('revenue 2026-03')).toBe(15);
  });

  it("GIVEN a comma file whose 1.234 was read as 1.234 before THEN another row's 1.234,56 shows decimal comma, so it is 1234", async () => {
    const r = await importFixture('orders', 'orders-evident-comma.csv');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("delimiter ',' detected, decimal comma (line 3, amount '1.234,56')");
    // 1.234 = 1234, "1.234,56" = 1234.56, 7: 1234 + 1234.56 + 7 = 2475.56.
    expect(await kpi('revenue 2026-03')).toBeCloseTo(2475.56, 9);
  });
});

describe('kpibot import: refusals that never guess', () => {
  it('GIVEN 1.234 and 2,500 and nothing in the file that shows the decimal mark THEN both readings and the deciding option are named, and nothing is imported', async () => {
    const r = await importFixture('orders', 'orders-ambiguous-decimal.csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("  line 2, amount: '1.234' is 1234 with --decimal ',' or 1.234 with --decimal '.'\n");
    expect(r.stderr).toContain("  line 4, amount: '2,500' is 2.5 with --decimal ',' or 2500 with --decimal '.'\n");
    expect(existsSync(join(cwd, 'k.db'))).toBe(false);
    // Deciding it imports: 1234 + 250 + 2.5 = 1486.5.
    const decided = await importFixture('orders', 'orders-ambiguous-decimal.csv', '--decimal', ',');
    expect(decided.code, decided.stderr).toBe(0);
    expect(decided.stdout).toContain("delimiter ';' detected, decimal comma (--decimal)");
    expect(await kpi('revenue 2026-03')).toBeCloseTo(1486.5, 9);
  });

  it('GIVEN 03/04/2026 and no day above 12 in the file THEN both dates are named; GIVEN a row with 13/04/2026 THEN the file is day-first', async () => {
    const r = await importFixture('orders', 'orders-ambiguous-date.csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("  line 2, ordered_at: '03/04/2026' is 2026-04-03 with --date-format DMY or 2026-03-04 with --date-format MDY\n");
    expect(r.stderr).toContain("  line 3, ordered_at: '05/06/2026 10:00' is 2026-06-05 with --date-format DMY or 2026-05-06 with --date-format MDY\n");
    writeFileSync(join(cwd, 'o.csv'), 'order_id,ordered_at,amount,status\nD-1,03/04/2026,10,completed\nD-2,13/04/2026,20,completed\n');
    const evident = await runKpibot(['import', 'orders', 'o.csv', '--db', 'k.db'], { cwd });
    expect(evident.code, evident.stderr).toBe(0);
    expect(evident.stdout).toContain("day-first dates (line 3, ordered_at '13/04/2026')");
    // Both are in April when day-first: 10 + 20 = 30; none in March.
    expect(await kpi('revenue 2026-04')).toBe(30);
    expect(await kpi('revenue 2026-03')).toBe(0);
  });

  it('GIVEN --locale en THEN slash dates are refused unless --date-format MDY, which reads them month-first', async () => {
    const r = await importFixture('orders', 'orders-ambiguous-date.csv', '--locale', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('for day-first or month-first dates give --date-format DMY or MDY');
    const mdy = await importFixture('orders', 'orders-ambiguous-date.csv', '--locale', 'en', '--date-format', 'MDY');
    expect(mdy.code, mdy.stderr).toBe(0);
    expect(mdy.stdout).toContain("read as en: ',' separator, decimal point, month-first dates (--date-format)");
    // Month-first: D-1 is 4 March (10), D-2 is 6 May (20).
    expect(await kpi('revenue 2026-03')).toBe(10);
    expect(await kpi('revenue 2026-05')).toBe(20);
  });

  it('GIVEN misspelt Portuguese headers THEN each unknown one is named with the expected columns in Portuguese, with or without --locale', async () => {
    const expected = 'as colunas esperadas são encomenda, cliente (opcional), data, valor, custo (opcional), estado';
    for (const options of [['--locale', 'pt-PT'], []]) {
      const r = await importFixture('orders', 'orders-unknown-header-pt.csv', ...options);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`  line 1: coluna desconhecida 'clinte': ${expected}\n`);
      expect(r.stderr).toContain(`  line 1: coluna desconhecida 'vlaor': ${expected}\n`);
      expect(r.stderr).toContain('  line 1, amount: o cabeçalho não tem a coluna valor (amount), obrigatória em orders');
    }
  });

  it('GIVEN a misspelt Romanian header THEN the expected columns are in Romanian', async () => {
    writeFileSync(join(cwd, 'o.csv'), 'comandă;data_comenzii;sma;stare\nR-1;31.03.2026;10;completed\n');
    const r = await runKpibot(['import', 'orders', 'o.csv', '--db', 'k.db'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("  line 1: coloană necunoscută 'sma': coloanele așteptate sunt comandă, client (opțional), data_comenzii, sumă, cost (opțional), stare\n");
  });

  it('GIVEN a Windows-1252 file (Conceição as old Excel saves it) THEN it is refused on its line with how to save it as UTF-8', async () => {
    const r = await importFixture('customers', 'customers-cp1252.csv', '--locale', 'pt-PT');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 3 is not UTF-8 text (perhaps Windows-1252 or Latin-1');
    expect(r.stderr).toContain('in Excel "Save As" > "CSV UTF-8 (Comma delimited)"');
    expect(r.stderr).toContain('in LibreOffice "Save As" > Text CSV with character set "Unicode (UTF-8)"');
    expect(existsSync(join(cwd, 'k.db'))).toBe(false);
  });

  it('GIVEN --help THEN the options, the Portuguese and Romanian column names and one example of each are printed', async () => {
    const r = await runKpibot(['import', '--help'], { cwd });
    expect(r.stdout).toContain('[--locale pt-PT|pt-BR|ro-RO|en]');
    expect(r.stdout).toContain('[--date-format DMY|MDY|YMD]');
    expect(r.stdout).toContain('    pt: encomenda, cliente, data, valor, custo, estado');
    expect(r.stdout).toContain('    ro: comandă, client, data_comenzii, sumă, cost, stare');
    expect(r.stdout).toContain('kpibot import orders encomendas.csv --locale pt-PT');
    expect(r.stdout).toContain('kpibot import orders comenzi.csv --locale ro-RO');
  });

  it('GIVEN an unknown locale or option value THEN it is a usage error naming the choices', async () => {
    writeFileSync(join(cwd, 'o.csv'), 'order_id,ordered_at,amount,status\n');
    expect((await runKpibot(['import', 'orders', 'o.csv', '--locale', 'fr-FR'], { cwd })).stderr).toContain('use pt-PT, pt-BR, ro-RO, en');
    expect((await runKpibot(['import', 'orders', 'o.csv', '--delimiter', '|'], { cwd })).code).toBe(2);
    expect((await runKpibot(['import', 'orders', 'o.csv', '--date-format', 'DDMMYY'], { cwd })).stderr).toContain('use DMY, MDY or YMD');
  });
});

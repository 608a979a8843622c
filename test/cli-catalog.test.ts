import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKpibot } from './cli-harness.js';

const NOW = '2026-11-22T10:00:00Z';
/** An empty folder: no database, no config. */
const empty = (): string => mkdtempSync(join(tmpdir(), 'kpibot-cli-catalog-'));

describe('kpibot list', () => {
  it('GIVEN no database anywhere THEN it lists every KPI by area, and creates nothing', async () => {
    const cwd = empty();
    const r = await runKpibot(['list'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['customers:', '  churn_rate                 Churn rate', '  churned_customers          Churned customers']);
    // The five areas in order, each once.
    expect(lines.filter((l) => /^\S.*:$/.test(l))).toEqual(['customers:', 'sales:', 'satisfaction:', 'service:', 'market:']);
    expect(lines).toContain('  share_of_voice             Online share of voice');
    expect(lines.filter((l) => l.startsWith('  '))).toHaveLength(50);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('GIVEN the console THEN `list` there prints the same text', async () => {
    const cwd = empty();
    const db = join(cwd, 'k.db');
    expect((await runKpibot(['demo', '--customers', '50', '--db', db, '--now', NOW], { cwd })).code).toBe(0);
    const cli = await runKpibot(['list', '--db', db], { cwd });
    const chat = await runKpibot(['console', '--db', db, '--now', NOW], { cwd, stdin: 'list\ndefine chrun\nexit\n' });
    expect(chat.stdout).toContain(`kpi> list\n${cli.stdout}`);
    const define = await runKpibot(['define', 'chrun'], { cwd });
    expect(chat.stdout).toContain(`kpi> define chrun\n${define.stderr}`);
  });

  it('GIVEN --help THEN its usage, exit 0; GIVEN an extra word THEN the usage on stderr, exit 2', async () => {
    const help = await runKpibot(['list', '--help'], { cwd: empty() });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: kpibot list\n/);
    const extra = await runKpibot(['list', 'churn'], { cwd: empty() });
    expect(extra.code).toBe(2);
    expect(extra.stderr).toMatch(/^Usage: kpibot list\n/);
  });
});

describe('kpibot define', () => {
  it('GIVEN a KPI by an alias THEN its definition as the chat gives it, with no database', async () => {
    const cwd = empty();
    const r = await runKpibot(['define', 'churn'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Churn rate (churn_rate)');
    expect(lines).toContain('Formula: L_S / S × 100');
    expect(lines).toContain('Unit: percent; better when it goes down.');
    expect(lines).toContain('Data: customers; by segment, region, plan, acquisition_channel, channel, source and any time grain.');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('GIVEN a name of several words, in Portuguese THEN the KPI it names', async () => {
    const r = await runKpibot(['define', 'valor', 'médio', 'do', 'pedido'], { cwd: empty() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Average basket \(order value\) \(average_basket\)\n/);
  });

  it('GIVEN an unknown KPI THEN exit 2 and the chat’s did-you-mean', async () => {
    const r = await runKpibot(['define', 'chrun'], { cwd: empty() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("I don't know a KPI called `chrun`. Did you mean `churn_rate`? `list` shows every KPI.\n");
  });

  it('GIVEN no KPI THEN the usage on stderr, exit 2; GIVEN --help THEN the usage, exit 0', async () => {
    const none = await runKpibot(['define'], { cwd: empty() });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Usage: kpibot define <kpi>\n/);
    const help = await runKpibot(['define', '--help'], { cwd: empty() });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: kpibot define <kpi>\n/);
  });

  it('GIVEN a workspace KPI in the config’s kpi_dirs THEN list shows it and define defines it', async () => {
    const cwd = empty();
    mkdirSync(join(cwd, 'my-kpis'));
    writeFileSync(join(cwd, 'kpibot.config.yaml'), 'kpi_dirs: [my-kpis]\n');
    writeFileSync(join(cwd, 'my-kpis', 'big_orders.yaml'), [
      'id: big_orders',
      'name: Big orders',
      'area: sales',
      'aliases: [large orders]',
      'unit: count',
      'better: up',
      'definition: Completed orders of 1000 or more.',
      'formula: count of completed orders with amount >= 1000',
      'type: simple',
      'measure:',
      '  table: orders',
      '  time: ordered_at',
      "  select: count(*)",
      "  where: t.status = 'completed' AND t.amount >= 1000",
      '',
    ].join('\n'));
    const list = await runKpibot(['list'], { cwd });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('  big_orders                 Big orders\n');
    const define = await runKpibot(['define', 'large', 'orders'], { cwd });
    expect(define.code, define.stderr).toBe(0);
    expect(define.stdout).toBe([
      'Big orders (big_orders)',
      'Completed orders of 1000 or more.',
      'Formula: count of completed orders with amount >= 1000',
      'Unit: count; better when it goes up.',
      'Data: orders; by any time grain.',
      'Also: large orders.',
      '',
    ].join('\n'));
  });

  it('GIVEN kpibot help THEN list and define are in it', async () => {
    const r = await runKpibot(['help'], { cwd: empty() });
    expect(r.stdout).toContain('  kpibot list                      every KPI, by area');
    expect(r.stdout).toContain('  kpibot define <kpi>              a KPI');
  });
});

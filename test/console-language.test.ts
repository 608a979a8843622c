import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { seedSurveys } from './survey-seed.js';
import { runKpibot } from './cli-harness.js';

const NOW = '2026-11-22T10:00:00Z';

/**
 * The console (`npm start` without chat tokens) in Portuguese and Romanian, over the survey seed:
 * 2026-Q1 has 10, 10, 9 (promoters) and 6 (a detractor) of 4 answers, so NPS = 75 - 25 = +50;
 * 2026-Q2 has 9, 10, 5, 5: 50 - 50 = 0, so Q2 is 50 points below Q1.
 */
async function seeded(config?: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kpibot-console-lang-'));
  const store = await openSqliteStore(join(dir, 'k.db'));
  await seedSurveys(store);
  await store.close();
  if (config !== undefined) writeFileSync(join(dir, 'kpibot.config.yaml'), config);
  return dir;
}

describe('the console in the asker\'s language', () => {
  it('GIVEN Portuguese and Romanian questions piped in THEN each is answered in its own language, with its numbers, dates and chart', async () => {
    const dir = await seeded();
    const r = await runKpibot(['console', '--db', join(dir, 'k.db'), '--now', NOW], {
      cwd: dir,
      stdin: 'qual foi o nps no 2º trimestre de 2026?\ncare a fost nps-ul în trimestrul 1 din 2026\nnps 2026-Q1\nexit\n',
    });
    expect(r.code, r.stderr).toBe(0);
    // The workspace is English, so the greeting is.
    expect(r.stdout).toMatch(/^kpibot console · /);
    const out = r.stdout;
    expect(out).toContain('Net Promoter Score (NPS) · 2026-Q2 (01/04/2026 – 30/06/2026, UTC)');
    expect(out).toContain('0,0   ↓ −50,0 pontos face ao período anterior, 2026-Q1 (01/01/2026 – 31/03/2026, UTC): +50,0');
    expect(out).toContain(`gráfico: ${join(dir, 'notebooks', 'console-cell1.png')}`);
    expect(out).toContain('Scorul net de promovare (NPS) · 2026-Q1 (1 ian. – 31 mar. 2026, UTC)');
    expect(out).toContain(`grafic: ${join(dir, 'notebooks', 'console-cell2.png')}`);
    expect(out).toContain('Net Promoter Score · 2026-Q1 (Jan 1 – Mar 31, 2026, UTC)');
    expect(existsSync(join(dir, 'notebooks', 'console-cell2.png'))).toBe(true);
  });

  it('GIVEN a Romanian workspace THEN the greeting and help are Romanian, and a bare question is answered in Romanian', async () => {
    const dir = await seeded('language: ro\n');
    const r = await runKpibot(['console', '--db', join(dir, 'k.db'), '--now', NOW], { cwd: dir, stdin: 'nps 2026-Q1\nexit\n' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^consola kpibot · .* · UTC · \d+ de KPI-uri \(niciun token de chat setat\)/);
    expect(r.stdout).toContain('Scorul net de promovare (NPS) · 2026-Q1 (1 ian. – 31 mar. 2026, UTC)');
    expect(r.stdout).toContain('  +50,0');
  });

  it('GIVEN a pt-BR workspace THEN a Portuguese answer uses Brazilian dates', async () => {
    const dir = await seeded('language: pt\nlocale: pt-BR\n');
    const r = await runKpibot(['console', '--db', join(dir, 'k.db'), '--now', NOW], { cwd: dir, stdin: 'nps 2026-Q1\nexit\n' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Net Promoter Score (NPS) · 2026-Q1 (1 de jan. – 31 de mar. de 2026, UTC)');
  });
});

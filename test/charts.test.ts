import { describe, expect, it } from 'vitest';
import { chartSpec } from '../engine/chart/chart-spec.js';
import { npsDistributionSpec } from '../engine/chart/nps-distribution.js';
import { smallMultiplesSpec } from '../engine/chart/small-multiples.js';
import { subtitle } from '../engine/chart/chart-text.js';
import { createChartRenderer, type RenderedChart } from '../engine/chart/chart-renderer.js';
import { loadChartFont } from '../engine/chart/chart-font.js';
import { useDemoAnswers } from './demo-answers.js';
import type { KpiResult } from '../engine/query/query.js';

const NOW = Date.parse('2026-11-22T10:00:00Z');
const renderer = createChartRenderer();

const { fixture, result } = useDemoAnswers(NOW);

/** Share of pixels in a band of rows that are not white. */
function ink(chart: RenderedChart, fromY: number, toY: number): number {
  let dark = 0;
  let all = 0;
  for (let y = Math.max(0, fromY); y < Math.min(chart.height, toY); y++) {
    for (let x = 0; x < chart.width; x++) {
      const i = (y * chart.width + x) * 4;
      all++;
      if ((chart.rgba[i] ?? 255) + (chart.rgba[i + 1] ?? 255) + (chart.rgba[i + 2] ?? 255) < 600) dark++;
    }
  }
  return dark / Math.max(1, all);
}

function checkPicture(chart: RenderedChart): void {
  expect(chart.png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(chart.width).toBe(chart.canvas.width * 2);
  expect(chart.width).toBeGreaterThan(500);
  expect(chart.height).toBeGreaterThan(200);
  // Not blank, and the title (top 40 chart pixels) has ink: text was really drawn with the font.
  expect(ink(chart, 0, chart.height)).toBeGreaterThan(0.01);
  expect(ink(chart, 10, 2 * 40)).toBeGreaterThan(0.01);
  // No text outside the canvas.
  for (const t of chart.texts) {
    expect(t.x1, t.text).toBeGreaterThanOrEqual(0);
    expect(t.y1, t.text).toBeGreaterThanOrEqual(0);
    expect(t.x2, t.text).toBeLessThanOrEqual(chart.canvas.width);
    expect(t.y2, t.text).toBeLessThanOrEqual(chart.canvas.height);
  }
}

describe('charts rendered to PNG from real query results', () => {
  it('GIVEN nps by segment THEN sorted bars with a value label per segment', async () => {
    const r = await result('nps by segment last-quarter');
    const chart = await renderer.render(chartSpec(r, { currency: 'USD' }));
    checkPicture(chart);
    const labels = chart.texts.map((t) => t.text);
    expect(labels).toEqual(expect.arrayContaining(['Net Promoter Score', 'SMB', 'Mid-Market', 'Enterprise']));
    // Each bar is labelled with its value, formatted as NPS points.
    const values = labels.filter((l) => /^[+-]\d+\.\d$/.test(l));
    expect(values.length).toBeGreaterThanOrEqual(3);
    // Sorted: the segment drawn highest is the one with the best score.
    const best = [...(r.groups ?? [])].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0]?.key['segment'];
    const ys = ['SMB', 'Mid-Market', 'Enterprise'].map((s) => [s, chart.texts.find((t) => t.text === s)?.y1 ?? 0] as const);
    expect([...ys].sort((a, b) => a[1] - b[1])[0]?.[0]).toBe(best);
  });

  it('GIVEN a breakdown compared with the period before THEN a dark tick marks each bar at its earlier value', async () => {
    // Asked on 2026-11-22: last-quarter is 2026-Q3, and the period before it 2026-Q2.
    const r = await result('churn last-quarter by segment');
    const spec = chartSpec(r, { currency: 'USD' });
    const layers = spec['layer'] as { mark: { type: string } }[];
    expect(layers.map((l) => l.mark.type)).toEqual(['bar', 'tick', 'text']);
    const drawn = (spec['data'] as { values: { segment: string; before: number | null }[] }).values;
    for (const g of r.groups ?? []) expect(drawn.find((d) => d.segment === g.key['segment'])?.before, g.key['segment']).toBe(g.compare?.value);
    const chart = await renderer.render(spec);
    checkPicture(chart);
    expect(chart.texts.some((t) => t.text.includes('dark ticks: 2026-Q2 (the period before)'))).toBe(true);

    const plain = chartSpec(await result('churn last-quarter by segment vs none'), { currency: 'USD' });
    expect((plain['layer'] as { mark: { type: string } }[]).map((l) => l.mark.type)).toEqual(['bar', 'text']);
  });

  it('GIVEN revenue by month THEN a line with money on the axis', async () => {
    const chart = await renderer.render(chartSpec(await result('revenue by month last-12m'), { currency: 'EUR' }));
    checkPicture(chart);
    expect(chart.texts.some((t) => /^€\d/.test(t.text))).toBe(true);
    expect(chart.texts.some((t) => t.text === '2026-10')).toBe(true);
  });

  it('GIVEN complaints by week and channel THEN one line per channel with a legend', async () => {
    const chart = await renderer.render(chartSpec(await result('complaints by week last-90d by channel'), { currency: 'USD' }));
    checkPicture(chart);
    expect(chart.texts.map((t) => t.text)).toEqual(expect.arrayContaining(['channel', 'email', 'chat', 'phone', 'social']));
  });

  it('GIVEN a single number vs previous THEN a headline card with the change in points', async () => {
    const chart = await renderer.render(chartSpec(await result('churn last-quarter vs previous'), { currency: 'USD' }));
    checkPicture(chart);
    expect(chart.texts.some((t) => / pp vs 2026-Q2 /.test(t.text))).toBe(true);
  });

  it('GIVEN NPS falling THEN the card says ▼ and the size of the fall, without a plus sign', () => {
    const fell: KpiResult = {
      metric: 'nps', name: 'Net Promoter Score', unit: 'points', better: 'up', value: 7.6, sample: 50, smallSample: false, dataThrough: null, by: [], filters: {}, statements: [],
      period: { label: '2026-Q2', start: '2026-04-01', end: '2026-07-01', timezone: 'UTC', fiscal: null },
      compare: { kind: 'previous', period: { label: '2026-Q1', start: '2026-01-01', end: '2026-04-01', timezone: 'UTC', fiscal: null }, value: 39.8, sample: 40, delta: -32.2, deltaPct: null },
    };
    const lines = ((chartSpec(fell, { currency: 'USD' })['data'] as { values: { text: string }[] }).values).map((l) => l.text);
    expect(lines).toContain('▼ 32.2 vs 2026-Q1 (+39.8)');
  });

  it('GIVEN a relative quarter in a fiscal workspace THEN the chart subtitle says which fiscal quarter, as the echo does', () => {
    const base: KpiResult = {
      metric: 'nps', name: 'Net Promoter Score', unit: 'points', better: 'up', value: 7.6, sample: 50, smallSample: false, dataThrough: null, by: [], filters: {}, statements: [],
      period: { label: 'last-quarter', start: '2026-07-01', end: '2026-10-01', timezone: 'UTC', fiscal: 'FY2027-Q2' },
    };
    expect(subtitle(base)).toBe('last-quarter (fiscal FY2027-Q2): Jul 1 – Sep 30, 2026 (UTC)');
    expect(subtitle({ ...base, period: { ...base.period, fiscal: null } })).toBe('last-quarter: Jul 1 – Sep 30, 2026 (UTC)');
  });

  it('GIVEN a trend and a target THEN the card draws the sparkline, the target line and whether it is met', async () => {
    const r = await result('churn last-quarter vs previous');
    const trend = [4.1, 3.9, 6.2, 5.5, 4.4, 4.0, 4.2, r.value].map((value, i) => ({ label: `p${i}`, value }));
    const above = (r.value ?? 0) + 1;
    const chart = await renderer.render(chartSpec(r, { currency: 'USD', trend, target: above }));
    checkPicture(chart);
    // Churn is better down: a value under the target meets it.
    expect(chart.texts.some((t) => t.text.startsWith('target ') && t.text.endsWith(': met'))).toBe(true);
    expect(chart.texts.some((t) => t.text === '8 periods to p7')).toBe(true);
    const missed = await renderer.render(chartSpec(r, { currency: 'USD', trend, target: (r.value ?? 0) - 1 }));
    expect(missed.texts.some((t) => t.text.endsWith(': not met'))).toBe(true);
  });

  it('GIVEN a breakdown bigger than a chart holds THEN the top groups plus "other", still drawn inside the canvas', async () => {
    const r = await result('orders by region, plan last-quarter');
    const many: KpiResult = { ...r, groups: Array.from({ length: 60 }, (_, i) => ({ key: { region: `Region number ${i} with a long name`, plan: 'Pro' }, value: 1000 - i, sample: 1 })) };
    const spec = chartSpec(many, { currency: 'USD' });
    const chart = await renderer.render(spec);
    checkPicture(chart);
    expect(chart.texts.some((t) => t.text === 'other (49)')).toBe(true);
    // The subtitle is two lines: the period, then the note.
    expect(chart.texts.some((t) => t.text.includes('top 11 of 60 and the rest as other'))).toBe(true);
  });

  it('GIVEN the NPS shares by segment THEN promoters, passives and detractors stack to 100% per segment', async () => {
    const ask3 = async (metric: string): Promise<KpiResult> => {
      const r = await fixture().engine.ask({ metric, period: 'last-quarter', by: ['segment'] });
      if (!r.ok) throw new Error(metric);
      return r.value;
    };
    const shares = { promoters: await ask3('recommendation_rate'), passives: await ask3('passive_rate'), detractors: await ask3('detractor_rate') };
    for (const g of shares.promoters.groups ?? []) {
      const key = g.key['segment'];
      const sum = (g.value ?? 0) + (shares.passives.groups?.find((x) => x.key['segment'] === key)?.value ?? 0) + (shares.detractors.groups?.find((x) => x.key['segment'] === key)?.value ?? 0);
      expect(sum, key).toBeCloseTo(100, 9);
    }
    const chart = await renderer.render(npsDistributionSpec(shares));
    checkPicture(chart);
    expect(chart.texts.map((t) => t.text)).toEqual(expect.arrayContaining(['promoters', 'passives', 'detractors', 'SMB']));
  });

  it('GIVEN several KPIs by month THEN one sheet of small multiples, each with its own scale', async () => {
    const results = await Promise.all(['revenue', 'orders', 'nps', 'churn_rate'].map((m) => result(`${m} by month last-12m`)));
    const chart = await renderer.render(smallMultiplesSpec(results, { currency: 'USD' }));
    checkPicture(chart);
    for (const name of ['Revenue', 'Orders', 'Net Promoter Score', 'Churn rate']) expect(chart.texts.some((t) => t.text === name), name).toBe(true);
  });

  it('GIVEN the shipped font THEN its metrics are real: wide letters measure wider than narrow ones', () => {
    const font = loadChartFont();
    expect(font.family).toBe('Inter');
    expect(font.width('WWWW', 12)).toBeGreaterThan(2 * font.width('iiii', 12));
    expect(font.width('Revenue', 24)).toBeCloseTo(2 * font.width('Revenue', 12), 9);
  });
});

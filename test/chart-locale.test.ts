import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartSpec } from '../engine/chart/chart-spec.js';
import { npsDistributionSpec } from '../engine/chart/nps-distribution.js';
import { contributionBarsSpec } from '../engine/chart/contribution-bars.js';
import { smallMultiplesSpec } from '../engine/chart/small-multiples.js';
import { d3Locale } from '../engine/chart/d3-locale.js';
import { createChartRenderer } from '../engine/chart/chart-renderer.js';
import { topContributors } from '../engine/query/top-contributors.js';
import { CATALOG } from '../bot/i18n/catalog.js';
import { useDemoAnswers } from './demo-answers.js';
import type { KpiResult } from '../engine/query/query.js';
import type { ChartSpec } from '../engine/chart/chart-types.js';

const NOW = Date.parse('2026-11-22T10:00:00Z');
const NBSP = '\u00a0';
const renderer = createChartRenderer();
/** Set to a folder (`/tmp`) to write the pictures of this file there, to look at them. */
const PNG_DIR = process.env['KPIBOT_CHART_PNGS'];

const { fixture, result } = useDemoAnswers(NOW);

const pt = { texts: CATALOG.pt.chart, locale: 'pt-PT' } as const;
const ro = { texts: CATALOG.ro.chart, locale: 'ro-RO' } as const;

/** Every text the SVG draws, before the renderer turns text into glyph outlines. */
async function drawn(spec: ChartSpec, name: string): Promise<string[]> {
  const chart = await renderer.render(spec);
  if (PNG_DIR) writeFileSync(join(PNG_DIR, `chart-${name}.png`), chart.png);
  for (const t of chart.texts) {
    expect(t.x2, t.text).toBeLessThanOrEqual(chart.canvas.width);
    expect(t.y2, t.text).toBeLessThanOrEqual(chart.canvas.height);
  }
  // Multi-line text (subtitles) is drawn as one <tspan> a line.
  return [...chart.svg.matchAll(/<(?:text|tspan)[^>]*>([^<]*)<\/(?:text|tspan)>/g)].map((m) => (m[1] ?? '').replace(/&#160;|&nbsp;/g, NBSP));
}

const subtitleOf = (spec: ChartSpec): string[] => {
  const s = (spec['title'] as { subtitle: string | string[] }).subtitle;
  return Array.isArray(s) ? s : [s];
};

describe('the d3 locale is read from Intl', () => {
  it('GIVEN pt-PT THEN decimal comma, the group separator Intl writes in 1 234 567, euros after the amount, Portuguese months', () => {
    const l = d3Locale('pt-PT', 'EUR');
    expect(l.number.decimal).toBe(',');
    // Intl (CLDR) writes 1234567 in pt-PT as `1 234 567` with no-break spaces.
    expect(new Intl.NumberFormat('pt-PT').format(1234567)).toBe(`1${NBSP}234${NBSP}567`);
    expect(l.number.thousands).toBe(NBSP);
    expect(l.number.grouping).toEqual([3]);
    expect(l.number.currency).toEqual(['', `${NBSP}€`]);
    expect(l.time.months.slice(0, 3)).toEqual(['janeiro', 'fevereiro', 'março']);
    expect(l.time.shortMonths.slice(0, 3)).toEqual(['jan.', 'fev.', 'mar.']);
    expect(l.time.days[0]).toBe('domingo');
    expect(l.time.date).toBe('%d/%m/%Y');
    expect(l.time.time).toBe('%H:%M:%S');
  });

  it('GIVEN ro-RO THEN decimal comma, dots between thousands, lei after the amount, Romanian months', () => {
    const l = d3Locale('ro-RO', 'RON');
    expect(l.number).toEqual({ decimal: ',', thousands: '.', grouping: [3], currency: ['', `${NBSP}RON`] });
    expect(l.time.months[0]).toBe('ianuarie');
    expect(l.time.shortMonths.slice(0, 2)).toEqual(['ian.', 'feb.']);
    expect(l.time.days[6]).toBe('sâmbătă');
    expect(l.time.date).toBe('%d.%m.%Y');
  });

  it('GIVEN en-US THEN what d3 has by default, and dollars before the amount', () => {
    const l = d3Locale('en-US', 'USD');
    expect(l.number).toEqual({ decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] });
    expect(l.time.shortMonths[1]).toBe('Feb');
    expect(l.time.date).toBe('%m/%d/%Y');
    // Intl puts a narrow no-break space before AM/PM.
    expect(l.time.time).toBe('%I:%M:%S\u202f%p');
    expect(l.time.periods).toEqual(['AM', 'PM']);
  });

  it('GIVEN the locale in a spec THEN vega formats with it: 3.334,46 RON, 1 234 567,50 €', async () => {
    const text = (locale: string, currency: string, n: number): ChartSpec => ({
      data: { values: [{ n }] },
      mark: 'text',
      encoding: { text: { field: 'n', format: '$,.2f' } },
      config: { locale: d3Locale(locale, currency) },
    });
    expect(await drawn(text('ro-RO', 'RON', 3334.46), 'format-ro')).toContain(`3.334,46${NBSP}RON`);
    expect(await drawn(text('pt-PT', 'EUR', 1234567.5), 'format-pt')).toContain(`1${NBSP}234${NBSP}567,50${NBSP}€`);
  });
});

describe('charts in Portuguese and Romanian', () => {
  it('GIVEN revenue by month in pt-PT THEN Portuguese words, the locale in the spec and month names on the axis', async () => {
    const r = await result('revenue by month this-year');
    const spec = chartSpec(r, { currency: 'EUR', ...pt });
    const locale = (spec['config'] as { locale: ReturnType<typeof d3Locale> }).locale;
    expect(locale.number.decimal).toBe(',');
    expect(locale.time.months[0]).toBe('janeiro');
    // Asked on 22 November: this-year is read to date and November is partial.
    expect(subtitleOf(spec)[0]).toBe('este ano até à data: 01/01/2026 – 22/11/2026 até às 10:00 (UTC)');
    expect(subtitleOf(spec)).toContain('pontos vazios: períodos parciais (encurtados pelo fim do período ou pelo dia de hoje)');
    const texts = await drawn(spec, 'pt-revenue-by-month');
    expect(texts).toEqual(expect.arrayContaining(['mês', 'Revenue (EUR)', 'jan. 2026', 'fev.', 'mar.', 'nov.']));
    // Money on the axis: decimal comma and the euro after the number.
    expect(texts.some((t) => /^\d+(,\d+)?k€$/.test(t.replace(NBSP, '')) && t.endsWith(`${NBSP}€`))).toBe(true);
  });

  it('GIVEN revenue by month in ro-RO THEN Romanian words and months', async () => {
    const r = await result('revenue by month this-year vs last-year');
    const spec = chartSpec(r, { currency: 'RON', ...ro });
    expect((spec['config'] as { locale: ReturnType<typeof d3Locale> }).locale.time.months[0]).toBe('ianuarie');
    expect(subtitleOf(spec)[0]).toBe('anul acesta până azi: 1 ian. – 22 nov. 2026 până la 10:00 (UTC)');
    const texts = await drawn(spec, 'ro-revenue-by-month');
    expect(texts).toEqual(expect.arrayContaining(['lună', 'Revenue (RON)', 'ian. 2026', 'feb.', 'mai', 'perioada aceasta', 'comparație', 'parțial']));
    expect(texts.some((t) => t.endsWith(`${NBSP}RON`))).toBe(true);
  });

  it('GIVEN the same question in English THEN the chart is as it always was', async () => {
    const r = await result('revenue by month last-12m');
    const spec = chartSpec(r, { currency: 'EUR' });
    expect(subtitleOf(spec)[0]).toBe('last-12m: Nov 1, 2025 – Oct 31, 2026 (UTC)');
    const texts = await drawn(spec, 'en-revenue-by-month');
    expect(texts).toEqual(expect.arrayContaining(['month', '2026-10']));
    expect(texts.some((t) => /^€\d/.test(t))).toBe(true);
  });

  it('GIVEN money by region THEN bars labelled in the locale', async () => {
    const r = await result('revenue by region last-quarter vs previous');
    const ptTexts = await drawn(chartSpec(r, { currency: 'EUR', ...pt }), 'pt-revenue-by-region');
    expect(ptTexts.some((t) => t.startsWith('marcas escuras: 2026-Q2 (o período anterior)'))).toBe(true);
    expect(ptTexts.filter((t) => /^\d+(,\d+)?k\u00a0€$/.test(t)).length).toBeGreaterThan(2);
    const roTexts = await drawn(chartSpec(r, { currency: 'RON', ...ro }), 'ro-revenue-by-region');
    expect(roTexts.some((t) => t.startsWith('repere închise: 2026-Q2 (perioada anterioară)'))).toBe(true);
    expect(roTexts.filter((t) => /^\d+(,\d+)?k\u00a0RON$/.test(t)).length).toBeGreaterThan(2);
  });

  it('GIVEN a headline card THEN its lines in the language and its numbers in the locale', async () => {
    const r = await result('revenue last-quarter vs previous');
    const trend = [0.8, 0.9, 1.1, 1].map((k, i) => ({ label: `2025-Q${i + 1}`, value: (r.value ?? 0) * k }));
    const ptCard = await drawn(chartSpec(r, { currency: 'EUR', trend, target: 1_000_000, ...pt }), 'pt-card');
    expect(ptCard.some((t) => / face a trimestre passado|face a 2026-Q2/.test(t))).toBe(true);
    expect(ptCard).toContain(`meta 1${NBSP}M${NBSP}€: não cumprida`);
    expect(ptCard).toContain('4 períodos até 2025-Q4');
    const roCard = await drawn(chartSpec(r, { currency: 'RON', trend, target: 1_000_000, ...ro }), 'ro-card');
    expect(roCard).toContain(`țintă 1${NBSP}mil.${NBSP}RON: neatinsă`);
    expect(roCard.some((t) => /^eșantion de \d/.test(t))).toBe(true);
    expect(roCard).toContain('4 perioade până la 2025-Q4');
  });

  it('GIVEN the NPS shares THEN promoters, passives and detractors in the language', async () => {
    const ask3 = async (metric: string): Promise<KpiResult> => {
      const r = await fixture().engine.ask({ metric, period: 'last-quarter', by: ['segment'] });
      if (!r.ok) throw new Error(metric);
      return r.value;
    };
    const shares = { promoters: await ask3('recommendation_rate'), passives: await ask3('passive_rate'), detractors: await ask3('detractor_rate') };
    const ptTexts = await drawn(npsDistributionSpec(shares, pt), 'pt-nps');
    expect(ptTexts).toEqual(expect.arrayContaining(['NPS: promotores, passivos, detratores', 'promotores', 'passivos', 'detratores', '% das respostas NPS', '50%']));
    const roTexts = await drawn(npsDistributionSpec(shares, ro), 'ro-nps');
    expect(roTexts).toEqual(expect.arrayContaining(['promotori', 'pasivi', 'detractori', '% din răspunsurile NPS', `50${NBSP}%`]));
  });

  it('GIVEN a what-moved-it chart THEN its title, axis and legend lines in the language', async () => {
    const r = await fixture().engine.decompose({ metric: 'revenue', period: '2026-10', compare: 'previous' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const top = topContributors(r.value.split, 5);
    const ptSpec = contributionBarsSpec(r.value, top, { currency: 'EUR', ...pt });
    expect((ptSpec['title'] as { text: string }).text).toBe('Revenue: o que explica a mudança');
    expect(subtitleOf(ptSpec)[0]).toBe('2026-10 (01/10/2026 – 31/10/2026) face a 2026-09 (01/09/2026 – 30/09/2026), UTC');
    const ptTexts = await drawn(ptSpec, 'pt-why');
    expect(ptTexts).toContain('parte da mudança (EUR)');
    expect(ptTexts.some((t) => t.startsWith('mudança '))).toBe(true);
    const roTexts = await drawn(contributionBarsSpec(r.value, top, { currency: 'RON', ...ro }), 'ro-why');
    expect(roTexts).toEqual(expect.arrayContaining(['Revenue: ce a dus la schimbare', 'contribuția la schimbare (RON)']));
    expect(roTexts.some((t) => /^[+−]\d+(,\d+)?k\u00a0RON$/.test(t))).toBe(true);
  });

  it('GIVEN small multiples THEN one locale for the sheet and Portuguese words in each chart', async () => {
    const results = await Promise.all(['revenue', 'churn_rate'].map((m) => result(`${m} by month last-12m`)));
    const spec = smallMultiplesSpec(results, { currency: 'EUR', ...pt });
    expect((spec['config'] as { locale: ReturnType<typeof d3Locale> }).locale.number.decimal).toBe(',');
    // A concatenation's charts may not carry a config of their own.
    for (const c of spec['concat'] as Record<string, unknown>[]) expect(c['config']).toBeUndefined();
    const texts = await drawn(spec, 'pt-small-multiples');
    expect(texts).toEqual(expect.arrayContaining(['mês', 'nov. 2025', 'dez.', 'jan. 2026', 'Churn rate (%)']));
    expect(texts.some((t) => /^\d+,\d%$/.test(t) || /^\d+%$/.test(t))).toBe(true);
  });

  it('GIVEN a day breakdown in ro-RO THEN the day and month name where a month begins, the day alone between', async () => {
    const spec = chartSpec(await result('orders by day 2026-10-25..2026-11-05'), { currency: 'RON', ...ro });
    const texts = await drawn(spec, 'ro-orders-by-day');
    expect(texts).toEqual(expect.arrayContaining(['zi', '25 oct.', '26', '31', '1 nov.', '5']));
  });
});

import type { ChartTexts } from '../../engine/chart/chart-texts.js';
import type { KpiUnit } from '../../engine/catalog/kpi-schema.js';

const PERIODS: Readonly<Record<string, string>> = {
  today: 'hoje',
  yesterday: 'ontem',
  'this-week': 'esta semana',
  'last-week': 'semana passada',
  'this-month': 'este mês',
  'last-month': 'mês passado',
  'this-quarter': 'este trimestre',
  'last-quarter': 'trimestre passado',
  'this-year': 'este ano',
  'last-year': 'ano passado',
  ytd: 'ano até à data',
  qtd: 'trimestre até à data',
  mtd: 'mês até à data',
  wtd: 'semana até à data',
};

const LAST_N: Readonly<Record<string, readonly [string, string]>> = { d: ['dia', 'dias'], w: ['semana', 'semanas'], m: ['mês', 'meses'] };

/** `last-12m` → `últimos 12 meses`; names of single periods (`2026-Q1`, dates) are the same in every language. */
function periodName(label: string): string {
  const named = PERIODS[label];
  if (named !== undefined) return named;
  const m = /^last-(\d+)([dwm])$/.exec(label);
  const words = m ? LAST_N[m[2] ?? ''] : undefined;
  if (!m || !words) return label;
  const n = Number(m[1]);
  const feminine = m[2] === 'w';
  return n === 1 ? `${feminine ? 'última' : 'último'} ${words[0]}` : `${feminine ? 'últimas' : 'últimos'} ${n} ${words[1]}`;
}

const UNITS: Readonly<Record<Exclude<KpiUnit, 'money'>, string>> = {
  percent: '%',
  count: 'número',
  points: 'pontos',
  hours: 'horas',
  days: 'dias',
  years: 'anos',
  ratio: 'rácio',
  index: 'índice 0-100',
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The chart words in European Portuguese. */
export const chartPt: ChartTexts = {
  periodName,
  fiscal: (name) => ` (período fiscal ${name})`,
  toDate: ' até à data',
  until: (time) => ` até às ${time}`,
  unitTitle: (unit, currency) => (unit === 'money' ? currency : UNITS[unit]),
  grain: (grain) => ({ day: 'dia', week: 'semana', month: 'mês', quarter: 'trimestre', year: 'ano' })[grain],
  timeAxis: { month: { first: '%b %Y', next: '%b' }, day: { first: '%-d %b', next: '%-d' } },
  comparedWith: (label, kind) =>
    `${periodName(label)}${kind === 'previous' ? ' (o período anterior)' : kind === 'last-year' ? ' (um ano antes)' : ''}`,
  darkTicks: (compared) => `marcas escuras: ${compared}`,
  lighterBarsPartial: 'barras mais claras: períodos parciais (encurtados pelo fim do período ou pelo dia de hoje)',
  hollowPointsPartial: 'pontos vazios: períodos parciais (encurtados pelo fim do período ou pelo dia de hoje)',
  other: (count) => `outros (${count})`,
  topAndOther: (shown, of) => `os ${shown} maiores de ${of}; o resto em «outros»`,
  top: (shown, of, what) => `os ${shown} maiores de ${of}${what === '' ? '' : ` (${what})`}`,
  lines: { current: 'este período', compared: 'comparação', partial: 'parcial' },
  card: {
    noData: 'sem dados',
    percentagePoints: 'p.p.',
    versus: (change, compared, before) => `${change} face a ${compared} (${before})`,
    target: (value, verdict) =>
      `meta ${value}: ${{ met: 'cumprida', 'not met so far': 'ainda não cumprida', 'not met': 'não cumprida', 'no data': 'sem dados' }[verdict]}`,
    sample: (count, small) => `amostra de ${count}${small ? ' (pequena)' : ''}`,
    trend: (count, last) => `${plural(count, 'período', 'períodos')} até ${last}`,
  },
  why: {
    title: (name) => `${name}: o que explica a mudança`,
    periods: (period, span, compared, comparedSpan, timezone) => `${period} (${span}) face a ${compared} (${comparedSpan}), ${timezone}`,
    change: (change, noise) => `mudança ${change}${noise === undefined ? '' : `, dentro da margem de erro da amostra (±${noise})`}`,
    noChange: 'sem mudança',
    partsAxis: (unit) => `parte da mudança (${unit})`,
    ownChangeAxis: (unit) => `mudança do próprio grupo (${unit})`,
    partsLegend: 'cada barra é a parte de um grupo na mudança: verde quando é uma boa notícia, vermelho quando é má',
    formulaLegend: 'uma fórmula de outros KPIs não se divide por grupo: cada barra é a mudança do próprio grupo',
    topGroups: (shown, of) => `os ${shown} maiores de ${of} grupos`,
  },
  nps: {
    title: 'NPS: promotores, passivos, detratores',
    allAnswers: 'todas as respostas',
    promoters: 'promotores',
    passives: 'passivos',
    detractors: 'detratores',
    axis: '% das respostas NPS',
  },
};

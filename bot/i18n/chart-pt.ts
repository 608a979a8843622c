import type { ChartTexts } from '../../engine/chart/chart-texts.js';
import { namePeriod } from './period-names.js';
import { answerPt } from './answer-pt.js';
import type { KpiUnit } from '../../engine/catalog/kpi-schema.js';

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
  periodName: (label) => namePeriod(answerPt, label),
  fiscal: (name) => ` (período fiscal ${name})`,
  toDate: ' até à data',
  until: (time) => ` até às ${time}`,
  unitTitle: (unit, currency) => (unit === 'money' ? currency : UNITS[unit]),
  grain: (grain) => ({ day: 'dia', week: 'semana', month: 'mês', quarter: 'trimestre', year: 'ano' })[grain],
  timeAxis: { month: { first: '%b %Y', next: '%b' }, day: { first: '%-d %b', next: '%-d' } },
  comparedWith: (label, kind) =>
    `${namePeriod(answerPt, label)}${kind === 'previous' ? ' (o período anterior)' : kind === 'last-year' ? ' (um ano antes)' : ''}`,
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
    answersOf: (period, by) => `Respostas NPS ${period}${by ? ` por ${by}` : ''}`,
  },
};

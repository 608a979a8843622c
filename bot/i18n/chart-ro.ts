import type { ChartTexts } from '../../engine/chart/chart-texts.js';
import { namePeriod } from './period-names.js';
import { answerRo } from './answer-ro.js';
import { countRo } from './romanian-count.js';
import type { KpiUnit } from '../../engine/catalog/kpi-schema.js';

const UNITS: Readonly<Record<Exclude<KpiUnit, 'money'>, string>> = {
  percent: '%',
  count: 'număr',
  points: 'puncte',
  hours: 'ore',
  days: 'zile',
  years: 'ani',
  ratio: 'raport',
  index: 'indice 0-100',
};

/** The chart words in Romanian. */
export const chartRo: ChartTexts = {
  periodName: (label) => namePeriod(answerRo, label),
  fiscal: (name) => ` (perioadă fiscală ${name})`,
  toDate: ' până azi',
  until: (time) => ` până la ${time}`,
  unitTitle: (unit, currency) => (unit === 'money' ? currency : UNITS[unit]),
  grain: (grain) => ({ day: 'zi', week: 'săptămână', month: 'lună', quarter: 'trimestru', year: 'an' })[grain],
  timeAxis: { month: { first: '%b %Y', next: '%b' }, day: { first: '%-d %b', next: '%-d' } },
  comparedWith: (label, kind) =>
    `${namePeriod(answerRo, label)}${kind === 'previous' ? ' (perioada anterioară)' : kind === 'last-year' ? ' (cu un an înainte)' : ''}`,
  darkTicks: (compared) => `repere închise: ${compared}`,
  lighterBarsPartial: 'bare mai deschise: perioade parțiale (scurtate de sfârșitul perioadei sau de ziua de azi)',
  hollowPointsPartial: 'puncte goale: perioade parțiale (scurtate de sfârșitul perioadei sau de ziua de azi)',
  other: (count) => `altele (${count})`,
  topAndOther: (shown, of) => `primele ${shown} din ${of}; restul la „altele”`,
  top: (shown, of, what) => `primele ${shown} din ${of}${what === '' ? '' : ` (${what})`}`,
  lines: { current: 'perioada aceasta', compared: 'comparație', partial: 'parțial' },
  card: {
    noData: 'fără date',
    percentagePoints: 'pp',
    versus: (change, compared, before) => `${change} față de ${compared} (${before})`,
    target: (value, verdict) =>
      `țintă ${value}: ${{ met: 'atinsă', 'not met so far': 'neatinsă deocamdată', 'not met': 'neatinsă', 'no data': 'fără date' }[verdict]}`,
    sample: (count, small) => `eșantion de ${count}${small ? ' (mic)' : ''}`,
    trend: (count, last) => `${countRo(count, 'perioadă', 'perioade')} până la ${last}`,
  },
  why: {
    title: (name) => `${name}: ce a dus la schimbare`,
    periods: (period, span, compared, comparedSpan, timezone) => `${period} (${span}) față de ${compared} (${comparedSpan}), ${timezone}`,
    change: (change, noise) => `schimbare ${change}${noise === undefined ? '' : `, în marja de eroare a eșantionului (±${noise})`}`,
    noChange: 'nicio schimbare',
    partsAxis: (unit) => `contribuția la schimbare (${unit})`,
    ownChangeAxis: (unit) => `schimbarea proprie a grupului (${unit})`,
    partsLegend: 'fiecare bară este contribuția unui grup la schimbare: verde când e o veste bună, roșu când e una proastă',
    formulaLegend: 'o formulă din alți KPI nu se împarte pe grupuri: fiecare bară este schimbarea proprie a grupului',
    topGroups: (shown, of) => `primele ${shown} din ${countRo(of, 'grup', 'grupuri')}`,
  },
  nps: {
    title: 'NPS: promotori, pasivi, detractori',
    allAnswers: 'toate răspunsurile',
    promoters: 'promotori',
    passives: 'pasivi',
    detractors: 'detractori',
    axis: '% din răspunsurile NPS',
    answersOf: (period, by) => `Răspunsuri NPS ${period}${by ? ` pe ${by}` : ''}`,
  },
};

import type { AnswerTexts } from './answer-texts.js';
import { countRo } from './romanian-count.js';

const UNITS = { d: ['zi', 'zile'], w: ['săptămână', 'săptămâni'], m: ['lună', 'luni'] } as const;

export const answerRo: AnswerTexts = {
  relativePeriods: {
    today: 'azi',
    yesterday: 'ieri',
    'this-week': 'săptămâna aceasta',
    'last-week': 'săptămâna trecută',
    'this-month': 'luna aceasta',
    'last-month': 'luna trecută',
    'this-quarter': 'trimestrul acesta',
    'last-quarter': 'trimestrul trecut',
    'this-year': 'anul acesta',
    'last-year': 'anul trecut',
    ytd: 'anul până azi',
    qtd: 'trimestrul până azi',
    mtd: 'luna până azi',
    wtd: 'săptămâna până azi',
  },
  lastN: (n, unit) => (n === 1 ? `${unit === 'd' ? 'ultima zi' : unit === 'w' ? 'ultima săptămână' : 'ultima lună'}` : `ultimele ${countRo(n, UNITS[unit][0], UNITS[unit][1])}`),
  toDate: 'până azi',
  fiscal: (name) => `an fiscal ${name}`,
  until: (time) => `până la ${time}`,
  days: (n) => countRo(n, 'zi', 'zile'),
  dimensions: {
    segment: 'segment',
    region: 'regiune',
    plan: 'plan',
    acquisition_channel: 'canal de achiziție',
    channel: 'canal',
    category: 'categorie',
    source: 'sursă',
    brand: 'marcă',
    day: 'zi',
    week: 'săptămână',
    month: 'lună',
    quarter: 'trimestru',
    year: 'an',
  },
  filter: (dimension, values) => `${dimension} = ${values.join(' sau ')}`,
  where: (filters) => ` · cu ${filters.join(', ')}`,
  sample: (n) => `eșantion de ${n}`,
  smallSample: 'eșantion mic: de citit cu prudență',
  noAnswers: 'niciun răspuns în această perioadă',
  dataThrough: (when, zone) => `date până la ${when} ${zone}`,
  noDataBeforeEnd: 'nicio dată înainte de sfârșitul perioadei',
  versus: (kind, period, sameSpan, value) =>
    `față de ${kind === 'previous' ? 'perioada anterioară, ' : kind === 'last-year' ? 'anul anterior, ' : ''}${period}${sameSpan ? ', același interval' : ''}: ${value}`,
  change: 'variație',
  shownOf: (end, shown, of) => `${end === 'top' ? 'primele' : end === 'bottom' ? 'ultimele' : 'cele mai recente'} ${shown} din ${of}`,
  starNote: '* eșantion mic: de citit cu prudență',
  target: (value, verdict) =>
    `țintă ${value}: ${verdict === 'met' ? 'atinsă' : verdict === 'not-met' ? 'neatinsă' : verdict === 'not-met-so-far' ? 'neatinsă deocamdată' : 'fără date'}`,
  readAs: (reading) => `citit ca \`${reading}\``,
  breakdownAlt: (kpi, by, groups, period, highest, partial) =>
    `${kpi} pe ${by.join(' și ')}, ${groups} grup(uri), ${period}.` +
    (highest ? ` Cel mai mare primul: ${highest.group} cu ${highest.value}.` : '') +
    (partial.length > 0 ? ` Parțial: ${partial.join(', ')}.` : ''),
  cardAlt: (kpi, period, value, trend) =>
    `${kpi} ${period}: ${value}${trend ? `, ${trend.direction === 'up' ? 'în creștere' : trend.direction === 'down' ? 'în scădere' : 'stabil'} în ultimele ${trend.periods} perioade` : ''}.`,
  sideBySideAlt: (kpis, period) => `${kpis.join(', ')}, alăturate, ${period}.`,
  notebookWritten: (cells, path) => `Caiet cu ${cells} celul(e) scris în ${path}, cu graficele alături.`,
};

import type { AnswerTexts } from './answer-texts.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const UNITS = { d: ['day', 'days'], w: ['week', 'weeks'], m: ['month', 'months'] } as const;

export const answerEn: AnswerTexts = {
  relativePeriods: {
    today: 'today',
    yesterday: 'yesterday',
    'this-week': 'this week',
    'last-week': 'last week',
    'this-month': 'this month',
    'last-month': 'last month',
    'this-quarter': 'this quarter',
    'last-quarter': 'last quarter',
    'this-year': 'this year',
    'last-year': 'last year',
    ytd: 'year to date',
    qtd: 'quarter to date',
    mtd: 'month to date',
    wtd: 'week to date',
  },
  lastN: (n, unit) => `last ${plural(n, UNITS[unit][0], UNITS[unit][1])}`,
  toDate: 'to date',
  fiscal: (name) => `fiscal ${name}`,
  until: (time) => `until ${time}`,
  days: (n) => plural(n, 'day', 'days'),
  dimensions: {
    segment: 'segment',
    region: 'region',
    plan: 'plan',
    acquisition_channel: 'acquisition channel',
    channel: 'channel',
    category: 'category',
    source: 'source',
    brand: 'brand',
    day: 'day',
    week: 'week',
    month: 'month',
    quarter: 'quarter',
    year: 'year',
  },
  filter: (dimension, values) => `${dimension} = ${values.join(' or ')}`,
  where: (filters) => ` · where ${filters.join(', ')}`,
  sample: (n) => `sample ${n}`,
  smallSample: 'small sample: read with care',
  noAnswers: 'no answers in this period',
  dataThrough: (when, zone) => `data through ${when} ${zone}`,
  noDataBeforeEnd: 'no data before the end of the period',
  versus: (kind, period, sameSpan, value) =>
    `vs ${kind === 'previous' ? 'previous ' : kind === 'last-year' ? 'last year ' : ''}${period}${sameSpan ? ', the same span' : ''}: ${value}`,
  change: 'change',
  shownOf: (end, shown, of) => `${end} ${shown} of ${of}`,
  starNote: '* small sample: read with care',
  target: (value, verdict) =>
    `target ${value}: ${verdict === 'met' ? 'met' : verdict === 'not-met' ? 'not met' : verdict === 'not-met-so-far' ? 'not met so far' : 'no data'}`,
  readAs: (reading) => `read as \`${reading}\``,
  breakdownAlt: (kpi, by, groups, period, highest, partial) =>
    `${kpi} by ${by.join(' and ')}, ${groups} group(s), ${period}.` +
    (highest ? ` Highest first: ${highest.group} at ${highest.value}.` : '') +
    (partial.length > 0 ? ` Partial: ${partial.join(', ')}.` : ''),
  cardAlt: (kpi, period, value, trend) =>
    `${kpi} ${period}: ${value}${trend ? `, ${trend.direction} over the last ${trend.periods} periods` : ''}.`,
  sideBySideAlt: (kpis, period) => `${kpis.join(', ')}, side by side, ${period}.`,
  notebookWritten: (cells, path) => `Notebook of ${cells} cell(s) written to ${path}, with its charts beside it.`,
};

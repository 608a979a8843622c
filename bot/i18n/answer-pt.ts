import type { AnswerTexts } from './answer-texts.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const UNITS = { d: ['dia', 'dias'], w: ['semana', 'semanas'], m: ['mês', 'meses'] } as const;

/** European Portuguese. */
export const answerPt: AnswerTexts = {
  relativePeriods: {
    today: 'hoje',
    yesterday: 'ontem',
    'this-week': 'esta semana',
    'last-week': 'semana passada',
    'this-month': 'este mês',
    'last-month': 'mês passado',
    'this-quarter': 'este trimestre',
    'last-quarter': 'último trimestre',
    'this-year': 'este ano',
    'last-year': 'ano passado',
    ytd: 'ano até à data',
    qtd: 'trimestre até à data',
    mtd: 'mês até à data',
    wtd: 'semana até à data',
  },
  // Semana is feminine: última semana, últimas 8 semanas.
  lastN: (n, unit) => (n === 1 ? `${unit === 'w' ? 'última' : 'último'} ${UNITS[unit][0]}` : `${unit === 'w' ? 'últimas' : 'últimos'} ${plural(n, UNITS[unit][0], UNITS[unit][1])}`),
  toDate: 'até à data',
  fiscal: (name) => `ano fiscal ${name}`,
  until: (time) => `até às ${time}`,
  days: (n) => plural(n, 'dia', 'dias'),
  dimensions: {
    segment: 'segmento',
    region: 'região',
    plan: 'plano',
    acquisition_channel: 'canal de aquisição',
    channel: 'canal',
    category: 'categoria',
    source: 'origem',
    brand: 'marca',
    day: 'dia',
    week: 'semana',
    month: 'mês',
    quarter: 'trimestre',
    year: 'ano',
  },
  filter: (dimension, values) => `${dimension} = ${values.join(' ou ')}`,
  where: (filters) => ` · com ${filters.join(', ')}`,
  sample: (n) => `amostra de ${n}`,
  smallSample: 'amostra pequena: ler com cautela',
  noAnswers: 'sem respostas neste período',
  dataThrough: (when, zone) => `dados até ${when} ${zone}`,
  noDataBeforeEnd: 'sem dados antes do fim do período',
  versus: (kind, period, sameSpan, value) =>
    `${kind === 'previous' ? 'face ao período anterior, ' : kind === 'last-year' ? 'face ao ano anterior, ' : 'face a '}${period}${sameSpan ? ', o mesmo intervalo' : ''}: ${value}`,
  change: 'variação',
  shownOf: (end, shown, of) => `${end === 'top' ? 'os primeiros' : end === 'bottom' ? 'os últimos' : 'os mais recentes'} ${shown} de ${of}`,
  starNote: '* amostra pequena: ler com cautela',
  target: (value, verdict) =>
    `meta ${value}: ${verdict === 'met' ? 'atingida' : verdict === 'not-met' ? 'não atingida' : verdict === 'not-met-so-far' ? 'ainda não atingida' : 'sem dados'}`,
  readAs: (reading) => `lido como \`${reading}\``,
  breakdownAlt: (kpi, by, groups, period, highest, partial) =>
    `${kpi} por ${by.join(' e ')}, ${groups} grupo(s), ${period}.` +
    (highest ? ` O maior primeiro: ${highest.group} com ${highest.value}.` : '') +
    (partial.length > 0 ? ` Parcial: ${partial.join(', ')}.` : ''),
  cardAlt: (kpi, period, value, trend) =>
    `${kpi} ${period}: ${value}${trend ? `, ${trend.direction === 'up' ? 'a subir' : trend.direction === 'down' ? 'a descer' : 'estável'} nos últimos ${trend.periods} períodos` : ''}.`,
  sideBySideAlt: (kpis, period) => `${kpis.join(', ')}, lado a lado, ${period}.`,
  notebookWritten: (cells, path) => `Caderno com ${cells} célula(s) gravado em ${path}, com os gráficos ao lado.`,
};

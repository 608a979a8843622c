import type { ChartTexts } from '../../engine/chart/chart-texts.js';
import type { KpiUnit } from '../../engine/catalog/kpi-schema.js';

const PERIODS: Readonly<Record<string, string>> = {
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
  ytd: 'anul până la zi',
  qtd: 'trimestrul până la zi',
  mtd: 'luna până la zi',
  wtd: 'săptămâna până la zi',
};

/** Romanian puts `de` between a number and its noun from 20 on, unless the number ends in 01-19. */
export function countRo(n: number, one: string, many: string): string {
  if (n === 1) return `1 ${one}`;
  const rest = n % 100;
  return `${n} ${n >= 20 && (rest === 0 || rest >= 20) ? 'de ' : ''}${many}`;
}

const LAST_N: Readonly<Record<string, readonly [string, string, string]>> = {
  d: ['ultima zi', 'ultimele', 'zile'],
  w: ['ultima săptămână', 'ultimele', 'săptămâni'],
  m: ['ultima lună', 'ultimele', 'luni'],
};

/** `last-12m` → `ultimele 12 luni`; names of single periods (`2026-Q1`, dates) are the same in every language. */
function periodName(label: string): string {
  const named = PERIODS[label];
  if (named !== undefined) return named;
  const m = /^last-(\d+)([dwm])$/.exec(label);
  const words = m ? LAST_N[m[2] ?? ''] : undefined;
  if (!m || !words) return label;
  const n = Number(m[1]);
  return n === 1 ? words[0] : `${words[1]} ${countRo(n, '', words[2])}`;
}

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
  periodName,
  fiscal: (name) => ` (perioadă fiscală ${name})`,
  toDate: ' până la zi',
  until: (time) => ` până la ${time}`,
  unitTitle: (unit, currency) => (unit === 'money' ? currency : UNITS[unit]),
  grain: (grain) => ({ day: 'zi', week: 'săptămână', month: 'lună', quarter: 'trimestru', year: 'an' })[grain],
  timeAxis: { month: { first: '%b %Y', next: '%b' }, day: { first: '%-d %b', next: '%-d' } },
  comparedWith: (label, kind) =>
    `${periodName(label)}${kind === 'previous' ? ' (perioada anterioară)' : kind === 'last-year' ? ' (cu un an înainte)' : ''}`,
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
  },
};

import type { ExplainWhyTexts, SkippedText } from './explain-why-texts.js';

const skipped = (s: SkippedText): string =>
  s.reason === 'same-as'
    ? `${s.dimension} (aceleași grupuri ca ${s.as ?? ''})`
    : s.reason === 'one-group'
      ? `${s.dimension} (un singur grup)`
      : `${s.dimension} (grupurile sale sunt cote dintr-un același întreg sau numără alte înregistrări, nu părți din total)`;

const NO_NOISE = {
  'not-a-share': 'valoarea sa nu este o cotă din înregistrările eșantionului, deci regula binomială nu se aplică',
  'not-a-count': 'nu este o numărare de evenimente (o sumă de bani sau o medie are o împrăștiere pe care totalurile nu o dau)',
  stock: 'un stoc se numără la un moment dat, un recensământ, nu un eșantion de evenimente',
  formula: 'o formulă din alți KPI nu are o eroare standard simplă',
  'empty-sample': 'una dintre perioade nu are valoare sau nu are eșantion',
} as const;

const RATIO = {
  ratio: ['N', 'D'],
  mean: ['valoare × rânduri', 'rânduri'],
} as const;

/** Romanian. */
export const explainWhyRo: ExplainWhyTexts = {
  heading: (metric, name, formula) => `De ce: ${metric} (${name}), ${formula}`,
  filterIn: (dimension, values) => `${dimension} în (${values.join(', ')})`,
  filters: (filters) => `Filtre: ${filters.length > 0 ? filters.join(', ') : 'niciunul'}`,
  noValue: 'fără valoare',
  valueWithSample: (value, sample) => (sample === null ? value : `${value} (eșantion ${sample})`),
  value: (before, after, change, shown) => `Valoare: ${before} → ${after}; schimbare ${change ?? 'niciuna'} (afișat ca ${shown.before} → ${shown.after})`,
  splitRule: (kind, metric, formula) => {
    switch (kind) {
      case 'additive':
        return [
          'Împărțire: o sumă sau o numărare (un stoc este una la un moment dat): grupurile împart înregistrările, deci partea fiecărui grup este propria lui schimbare, după − înainte, un grup absent într-o perioadă contând acolo ca 0; părțile se adună la schimbare.',
        ];
      case 'ratio':
      case 'mean': {
        const what = kind === 'ratio' ? 'N_g și D_g sunt numărătorul și numitorul grupului' : 'o medie este Σ valoare × rânduri / Σ rânduri, deci N_g = valoarea grupului × rândurile lui și D_g = rândurile lui';
        return [
          `Împărțire: R = N / D × scară = Σ w_g r_g, cu w_g = D_g / D și r_g = N_g / D_g × scară (${what}). Partea unui grup este w_g1 r_g1 − w_g0 r_g0, împărțită exact în forma punctului de mijloc (Shapley) în`,
          '  rată_g = (w_g0 + w_g1) / 2 × (r_g1 − r_g0)  și  mix_g = (r_g0 + r_g1) / 2 × (w_g1 − w_g0);',
          '  un grup al cărui D_g este 0 într-o perioadă nu are rată acolo, deci toată partea lui, (N_g1 / D_1 − N_g0 / D_0) × scară, este mix. Părțile se adună la schimbare.',
        ];
      }
      case 'deltas':
        return [
          `Împărțire: niciuna. ${metric} este o formulă din alți KPI (${formula}); un produs sau un cât de valori pe grupuri nu este o sumă peste grupuri, deci nicio împărțire pe grupuri nu se adună la schimbare. Se listează schimbarea proprie a fiecărui grup.`,
        ];
    }
  },
  noiseRule: (rule, ses) => {
    const judged = (r: { se: string; limit: string; within: boolean }): string =>
      `ES ${r.se}; în limita zgomotului când |schimbare| < ${ses} × ES = ${r.limit}: ${r.within ? 'este' : 'nu este'}.`;
    switch (rule.kind) {
      case 'binomial':
        return `Zgomot: eroarea standard binomială a diferenței a două proporții, ES = scară × sqrt(p0 (1 − p0) / n0 + p1 (1 − p1) / n1), p ratele ca proporții (0..1), n eșantioanele: ${judged(rule)}`;
      case 'poisson':
        return `Zgomot: eroarea standard Poisson a diferenței a două numărări, ES = sqrt(c0 + c1): ${judged(rule)}`;
      case 'none':
        return `Zgomot: fără test: ${NO_NOISE[rule.reason]}. (Procente: binomial, ES = scară × sqrt(p0 (1 − p0) / n0 + p1 (1 − p1) / n1); numărări: Poisson, ES = sqrt(c0 + c1); în limita zgomotului când |schimbare| < ${ses} × ES.)`;
    }
  },
  notSplitBy: (s) => `Neîmpărțit pe: ${s.map(skipped).join(', ')}`,
  totals: (kind, before, after, scale) => {
    const [n, d] = RATIO[kind];
    return `Totaluri: ${before.label} ${n} / ${d} = ${before.parts}; ${after.label} ${n} / ${d} = ${after.parts}${scale !== null ? `; × ${scale}` : ''}`;
  },
  splitHeading: (kind, by, before, after, residual) => {
    switch (kind) {
      case 'ratio':
      case 'mean': {
        const [n, d] = RATIO[kind];
        return `Pe ${by} (părțile se adună la schimbare; rest ${residual}): grup: ${before} ${n} / ${d} = rată, pondere w; ${after} la fel; rată + mix = parte`;
      }
      case 'additive':
        return `Pe ${by} (părțile se adună la schimbare; rest ${residual}): grup: ${before} → ${after} = parte`;
      case 'deltas':
        return `Pe ${by} (schimbarea proprie a fiecărui grup; acestea nu se adună la schimbare): grup: ${before} → ${after} = schimbare`;
    }
  },
  rateMixLine: (group, before, after, parts, noRate) =>
    `${group}: ${before.label} ${before.parts} = ${before.value}, w ${before.weight}; ${after.label} ${after.parts} = ${after.value}, w ${after.weight}; rată ${parts.rate} + mix ${parts.mix} = ${parts.part}${noRate ? ' (fără rată într-una dintre perioade: totul este mix)' : ''}`,
  noChangeToGive: 'nicio schimbare de dat',
  sql: (n, after, before) =>
    `SQL (${n} ${n === 1 ? 'instrucțiune' : 'instrucțiuni'}, valori transmise ca parametri; fiecare citește ambele perioade, felia k = 0 este ${after} și k = 1 este ${before}):`,
};

import type { ExplainWhyTexts, SkippedText } from './explain-why-texts.js';

const skipped = (s: SkippedText): string =>
  s.reason === 'same-as'
    ? `${s.dimension} (os mesmos grupos que ${s.as ?? ''})`
    : s.reason === 'one-group'
      ? `${s.dimension} (um só grupo)`
      : `${s.dimension} (os seus grupos são quotas de um mesmo todo, ou contam outros registos, não partes do total)`;

const NO_NOISE = {
  'not-a-share': 'o seu valor não é uma quota dos registos da amostra, por isso a regra binomial não se aplica',
  'not-a-count': 'não é uma contagem de eventos (uma soma de dinheiro ou uma média tem uma dispersão que os totais não dão)',
  stock: 'um stock conta-se num instante, é um censo e não uma amostra de eventos',
  formula: 'uma fórmula de outros KPI não tem um erro-padrão simples',
  'empty-sample': 'um dos períodos não tem valor ou não tem amostra',
} as const;

const RATIO = {
  ratio: ['N', 'D'],
  mean: ['valor × linhas', 'linhas'],
} as const;

/** European Portuguese. */
export const explainWhyPt: ExplainWhyTexts = {
  heading: (metric, name, formula) => `Porquê: ${metric} (${name}), ${formula}`,
  filterIn: (dimension, values) => `${dimension} em (${values.join(', ')})`,
  filters: (filters) => `Filtros: ${filters.length > 0 ? filters.join(', ') : 'nenhum'}`,
  noValue: 'sem valor',
  valueWithSample: (value, sample) => (sample === null ? value : `${value} (amostra ${sample})`),
  value: (before, after, change, shown) => `Valor: ${before} → ${after}; variação ${change ?? 'nenhuma'} (mostrado como ${shown.before} → ${shown.after})`,
  splitRule: (kind, metric, formula) => {
    switch (kind) {
      case 'additive':
        return [
          'Divisão: uma soma ou contagem (um stock é uma num instante): os grupos repartem os registos, por isso a parte de cada grupo é a sua própria variação, depois − antes, contando como 0 um grupo ausente num período; as partes somam a variação.',
        ];
      case 'ratio':
      case 'mean': {
        const what = kind === 'ratio' ? 'N_g e D_g são o numerador e o denominador do grupo' : 'uma média é Σ valor × linhas / Σ linhas, por isso N_g = o valor do grupo × as suas linhas e D_g = as suas linhas';
        return [
          `Divisão: R = N / D × escala = Σ w_g r_g, com w_g = D_g / D e r_g = N_g / D_g × escala (${what}). A parte de um grupo é w_g1 r_g1 − w_g0 r_g0, dividida exatamente na forma do ponto médio (Shapley) em`,
          '  taxa_g = (w_g0 + w_g1) / 2 × (r_g1 − r_g0)  e  composição_g = (r_g0 + r_g1) / 2 × (w_g1 − w_g0);',
          '  um grupo cujo D_g é 0 num período não tem taxa nesse período, por isso toda a sua parte, (N_g1 / D_1 − N_g0 / D_0) × escala, é composição. As partes somam a variação.',
        ];
      }
      case 'deltas':
        return [
          `Divisão: nenhuma. ${metric} é uma fórmula de outros KPI (${formula}); um produto ou quociente de valores por grupo não é uma soma sobre os grupos, por isso nenhuma divisão por grupo soma a variação. Lista-se a variação própria de cada grupo.`,
        ];
    }
  },
  noiseRule: (rule, ses) => {
    const judged = (r: { se: string; limit: string; within: boolean }): string =>
      `EP ${r.se}; dentro do ruído quando |variação| < ${ses} × EP = ${r.limit}: ${r.within ? 'está' : 'não está'}.`;
    switch (rule.kind) {
      case 'binomial':
        return `Ruído: erro-padrão binomial da diferença de duas proporções, EP = escala × sqrt(p0 (1 − p0) / n0 + p1 (1 − p1) / n1), p as taxas como proporções (0..1), n as amostras: ${judged(rule)}`;
      case 'poisson':
        return `Ruído: erro-padrão de Poisson da diferença de duas contagens, EP = sqrt(c0 + c1): ${judged(rule)}`;
      case 'none':
        return `Ruído: sem teste: ${NO_NOISE[rule.reason]}. (Percentagens: binomial, EP = escala × sqrt(p0 (1 − p0) / n0 + p1 (1 − p1) / n1); contagens: Poisson, EP = sqrt(c0 + c1); dentro do ruído quando |variação| < ${ses} × EP.)`;
    }
  },
  notSplitBy: (s) => `Não dividido por: ${s.map(skipped).join(', ')}`,
  totals: (kind, before, after, scale) => {
    const [n, d] = RATIO[kind];
    return `Totais: ${before.label} ${n} / ${d} = ${before.parts}; ${after.label} ${n} / ${d} = ${after.parts}${scale !== null ? `; × ${scale}` : ''}`;
  },
  splitHeading: (kind, by, before, after, residual) => {
    switch (kind) {
      case 'ratio':
      case 'mean': {
        const [n, d] = RATIO[kind];
        return `Por ${by} (as partes somam a variação; resíduo ${residual}): grupo: ${before} ${n} / ${d} = taxa, peso w; ${after} o mesmo; taxa + composição = parte`;
      }
      case 'additive':
        return `Por ${by} (as partes somam a variação; resíduo ${residual}): grupo: ${before} → ${after} = parte`;
      case 'deltas':
        return `Por ${by} (a variação própria de cada grupo; estas não somam a variação): grupo: ${before} → ${after} = variação`;
    }
  },
  rateMixLine: (group, before, after, parts, noRate) =>
    `${group}: ${before.label} ${before.parts} = ${before.value}, w ${before.weight}; ${after.label} ${after.parts} = ${after.value}, w ${after.weight}; taxa ${parts.rate} + composição ${parts.mix} = ${parts.part}${noRate ? ' (sem taxa num dos períodos: tudo composição)' : ''}`,
  noChangeToGive: 'sem variação a indicar',
  sql: (n, after, before) =>
    `SQL (${n} ${n === 1 ? 'instrução' : 'instruções'}, valores passados como parâmetros; cada uma lê os dois períodos, a fatia k = 0 é ${after} e k = 1 é ${before}):`,
};

import type { ExplainWhyTexts, SkippedText } from './explain-why-texts.js';

const skipped = (s: SkippedText): string =>
  s.reason === 'same-as'
    ? `${s.dimension} (the same groups as ${s.as ?? ''})`
    : s.reason === 'one-group'
      ? `${s.dimension} (one group)`
      : `${s.dimension} (its groups are shares of one whole, or count other records, not parts of the total)`;

const NO_NOISE = {
  'not-a-share': "its value is not a share of its sample's records, so the binomial rule does not apply",
  'not-a-count': 'it is not a count of events (a money sum or an average has a spread its totals do not give)',
  stock: 'a stock is counted at an instant, a census rather than a sample of events',
  formula: 'a formula of other KPIs has no simple standard error',
  'empty-sample': 'one of the periods has no value or no sample',
} as const;

export const explainWhyEn: ExplainWhyTexts = {
  heading: (metric, name, formula) => `Why: ${metric} (${name}), ${formula}`,
  filterIn: (dimension, values) => `${dimension} in (${values.join(', ')})`,
  filters: (filters) => `Filters: ${filters.length > 0 ? filters.join(', ') : 'none'}`,
  noValue: 'no value',
  valueWithSample: (value, sample) => (sample === null ? value : `${value} (sample ${sample})`),
  value: (before, after, change, shown) => `Value: ${before} → ${after}; change ${change ?? 'none'} (shown as ${shown.before} → ${shown.after})`,
  splitRule: (kind, metric, formula) => {
    switch (kind) {
      case 'additive':
        return [
          "Split: a sum or count (a stock is one at an instant): the groups partition the records, so each group's part is its own change, after − before, with a group missing in a period counted as 0 there; the parts add up to the change.",
        ];
      case 'ratio':
      case 'mean': {
        const what = kind === 'ratio' ? "N_g and D_g are the group's numerator and denominator" : "an average is Σ value × rows / Σ rows, so N_g = the group's value × its rows and D_g = its rows";
        return [
          `Split: R = N / D × scale = Σ w_g r_g, with w_g = D_g / D and r_g = N_g / D_g × scale (${what}). A group's part is w_g1 r_g1 − w_g0 r_g0, split exactly in the midpoint (Shapley) form into`,
          '  rate_g = (w_g0 + w_g1) / 2 × (r_g1 − r_g0)  and  mix_g = (r_g0 + r_g1) / 2 × (w_g1 − w_g0);',
          '  a group whose D_g is 0 in one period has no rate there, so its whole part, (N_g1 / D_1 − N_g0 / D_0) × scale, is mix. The parts add up to the change.',
        ];
      }
      case 'deltas':
        return [
          `Split: none. ${metric} is a formula of other KPIs (${formula}); a product or quotient of group-level inputs is not a sum over the groups, so no split by group adds up to the change. Each group's own change is listed.`,
        ];
    }
  },
  noiseRule: (rule, ses) => {
    const judged = (r: { se: string; limit: string; within: boolean }): string =>
      `SE ${r.se}; within the noise when |change| < ${ses} × SE = ${r.limit}: ${r.within ? 'it is' : 'it is not'}.`;
    switch (rule.kind) {
      case 'binomial':
        return `Noise: binomial standard error of the difference of two shares, SE = scale × sqrt(p0 (1 − p0) / n0 + p1 (1 − p1) / n1), p the rates as shares (0..1), n the samples: ${judged(rule)}`;
      case 'poisson':
        return `Noise: Poisson standard error of the difference of two counts, SE = sqrt(c0 + c1): ${judged(rule)}`;
      case 'none':
        return `Noise: no test: ${NO_NOISE[rule.reason]}. (Percentages: binomial, SE = scale × sqrt(p0 (1 − p0) / n0 + p1 (1 − p1) / n1); counts: Poisson, SE = sqrt(c0 + c1); within the noise when |change| < ${ses} × SE.)`;
    }
  },
  notSplitBy: (s) => `Not split by: ${s.map(skipped).join(', ')}`,
  totals: (kind, before, after, scale) => {
    const [n, d] = kind === 'ratio' ? ['N', 'D'] : ['value × rows', 'rows'];
    return `Totals: ${before.label} ${n} / ${d} = ${before.parts}; ${after.label} ${n} / ${d} = ${after.parts}${scale !== null ? `; × ${scale}` : ''}`;
  },
  splitHeading: (kind, by, before, after, residual) => {
    switch (kind) {
      case 'ratio':
      case 'mean': {
        const [n, d] = kind === 'ratio' ? ['N', 'D'] : ['value × rows', 'rows'];
        return `By ${by} (the parts add up to the change; residual ${residual}): group: ${before} ${n} / ${d} = rate, weight w; ${after} the same; rate + mix = part`;
      }
      case 'additive':
        return `By ${by} (the parts add up to the change; residual ${residual}): group: ${before} → ${after} = part`;
      case 'deltas':
        return `By ${by} (each group's own change; these do not add up to the change): group: ${before} → ${after} = change`;
    }
  },
  rateMixLine: (group, before, after, parts, noRate) =>
    `${group}: ${before.label} ${before.parts} = ${before.value}, w ${before.weight}; ${after.label} ${after.parts} = ${after.value}, w ${after.weight}; rate ${parts.rate} + mix ${parts.mix} = ${parts.part}${noRate ? ' (no rate in one period: all mix)' : ''}`,
  noChangeToGive: 'no change to give',
  sql: (n, after, before) => `SQL (${n} statements, values bound as parameters; each reads both periods, slice k = 0 is ${after} and k = 1 is ${before}):`,
};

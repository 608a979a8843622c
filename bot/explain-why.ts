import type { ChangeDecomposition, GroupChange, RateMixGroup } from '../engine/query/decompose-change.js';
import { NOISE_SES } from '../engine/query/change-noise.js';
import type { RatioParts } from '../engine/query/change-split.js';
import { groupLabel } from '../engine/query/top-contributors.js';
import { formatValue, type FormatOptions } from '../engine/format-value.js';
import type { Dimension } from '../engine/schema/tables.js';
import { describePeriod } from './reply/answer-reply.js';
import type { Voice } from './i18n/voice.js';

/** Digits for the numbers worked out from the data (weights, rates, parts): enough to redo the sums. */
const DIGITS = 4;

/**
 * `explain why ...`: every number a why answer rests on, so it can be redone by hand or in a
 * spreadsheet: both periods with their bounds, the totals, the rule that splits the change and
 * the one that judges noise, each group's numerator and denominator (or value) in each period
 * with its weight, rate and mix, and the SQL that was run.
 */
export function explainWhyText(d: ChangeDecomposition, voice: Voice): string {
  const options: FormatOptions = voice.format;
  const unit = d.unit === 'percent' ? ' pp' : '';
  const num = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: DIGITS });
  const raw = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const signed = (x: number): string => {
    const m = num(Math.abs(x));
    // Rounding residue (1e-17) reads as no change at all.
    return `${m === '0' ? '±' : x > 0 ? '+' : '−'}${m}${unit}`;
  };
  const value = (x: number | null): string => (x === null ? 'no value' : `${num(x)}${d.unit === 'percent' ? '%' : ''}`);
  const [p0, p1] = [d.compare.period.label, d.period.label];
  const bounds = (p: ChangeDecomposition['period']): string =>
    `${describePeriod(p, voice)}; bounds [${p.start}, ${p.end}) in ${p.timezone}${p.asOf ? `, records up to ${p.asOf}` : ''}`;
  const filters = Object.entries(d.filters).map(([dim, v]) => `${dim} in (${(v ?? []).join(', ')})`);
  const sample = (s: number | null): string => (s === null ? '' : ` (sample ${s.toLocaleString('en-US')})`);
  const lines = [
    `Why: ${d.metric} (${d.name}), ${d.formula}`,
    `Period: ${bounds(d.period)}`,
    `Compared with: ${bounds(d.compare.period)}`,
    `Filters: ${filters.length > 0 ? filters.join(', ') : 'none'}`,
    `Value: ${p0} ${value(d.before.value)}${sample(d.before.sample)} → ${p1} ${value(d.after.value)}${sample(d.after.sample)}; change ${d.delta === null ? 'none' : signed(d.delta)}` +
      ` (shown as ${formatValue(d.before.value, d.unit, options)} → ${formatValue(d.after.value, d.unit, options)})`,
    ...splitRule(d),
    noiseRule(d, signed),
    ...(d.skipped.length > 0
      ? [`Not split by: ${d.skipped.map(skippedText).join(', ')}`]
      : []),
  ];
  const parts = (p: RatioParts): string => `${raw(p.numerator)} / ${raw(p.denominator)}`;
  switch (d.split.kind) {
    case 'ratio':
    case 'mean': {
      const { totals, scale } = d.split;
      const [n, dn] = d.split.kind === 'ratio' ? ['N', 'D'] : ['value × rows', 'rows'];
      lines.push(`Totals: ${p0} ${n} / ${dn} = ${parts(totals.before)}; ${p1} ${n} / ${dn} = ${parts(totals.after)}${scale !== 1 ? `; × ${scale}` : ''}`);
      for (const s of d.split.splits) {
        lines.push('', `By ${s.by.join(' × ')} (the parts add up to the change; residual ${signed(s.residual)}): group: ${p0} ${n} / ${dn} = rate, weight w; ${p1} the same; rate + mix = part`);
        for (const g of s.groups) lines.push(`  ${rateMixLine(s.by, g, p0, p1, parts, value, num, signed)}`);
      }
      break;
    }
    case 'additive':
      for (const s of d.split.splits) {
        lines.push('', `By ${s.by.join(' × ')} (the parts add up to the change; residual ${signed(s.residual)}): group: ${p0} → ${p1} = part`);
        for (const g of s.groups) lines.push(`  ${groupLabel(s.by, g.key)}: ${raw(g.before ?? 0)} → ${raw(g.after ?? 0)} = ${signed(g.contribution)}`);
      }
      break;
    case 'deltas':
      for (const s of d.split.splits) {
        lines.push('', `By ${s.by.join(' × ')} (each group's own change; these do not add up to the change): group: ${p0} → ${p1} = change`);
        for (const g of s.groups) lines.push(`  ${deltaLine(s.by, g, value, signed)}`);
      }
      break;
  }
  lines.push('', `SQL (${d.statements.length} statements, values bound as parameters; each reads both periods, slice k = 0 is ${p1} and k = 1 is ${p0}):`);
  d.statements.forEach((s, i) => lines.push(`-- ${i + 1}`, s.sql, `-- params: ${JSON.stringify(s.params)}`));
  return lines.join('\n');
}

function skippedText(s: ChangeDecomposition['skipped'][number]): string {
  switch (s.reason) {
    case 'same-as':
      return `${s.dimension} (the same groups as ${s.as})`;
    case 'one-group':
      return `${s.dimension} (one group)`;
    case 'not-parts':
      return `${s.dimension} (its groups are shares of one whole, or count other records, not parts of the total)`;
  }
}

function rateMixLine(
  by: readonly Dimension[],
  g: RateMixGroup,
  p0: string,
  p1: string,
  parts: (p: RatioParts) => string,
  value: (x: number | null) => string,
  num: (x: number) => string,
  signed: (x: number) => string,
): string {
  const side = (label: string, p: RatioParts, rate: number | null, w: number): string => `${label} ${parts(p)} = ${value(rate)}, w ${num(w)}`;
  const undefinedRate = g.before === null || g.after === null ? ' (no rate in one period: all mix)' : '';
  return `${groupLabel(by, g.key)}: ${side(p0, g.parts.before, g.before, g.weight.before)}; ${side(p1, g.parts.after, g.after, g.weight.after)}; rate ${signed(g.rate)} + mix ${signed(g.mix)} = ${signed(g.contribution)}${undefinedRate}`;
}

function deltaLine(by: readonly Dimension[], g: GroupChange, value: (x: number | null) => string, signed: (x: number) => string): string {
  return `${groupLabel(by, g.key)}: ${value(g.before)} → ${value(g.after)} = ${g.delta === null ? 'no change to give' : signed(g.delta)}`;
}

/** How the change was split, as a rule a person can apply. */
function splitRule(d: ChangeDecomposition): string[] {
  switch (d.split.kind) {
    case 'additive':
      return [
        'Split: a sum or count (a stock is one at an instant): the groups partition the records, so each group\'s part is its own change, after − before, with a group missing in a period counted as 0 there; the parts add up to the change.',
      ];
    case 'ratio':
    case 'mean': {
      const what = d.split.kind === 'ratio' ? 'N_g and D_g are the group\'s numerator and denominator' : 'an average is Σ value × rows / Σ rows, so N_g = the group\'s value × its rows and D_g = its rows';
      return [
        `Split: R = N / D × scale = Σ w_g r_g, with w_g = D_g / D and r_g = N_g / D_g × scale (${what}). A group's part is w_g1 r_g1 − w_g0 r_g0, split exactly in the midpoint (Shapley) form into`,
        '  rate_g = (w_g0 + w_g1) / 2 × (r_g1 − r_g0)  and  mix_g = (r_g0 + r_g1) / 2 × (w_g1 − w_g0);',
        '  a group whose D_g is 0 in one period has no rate there, so its whole part, (N_g1 / D_1 − N_g0 / D_0) × scale, is mix. The parts add up to the change.',
      ];
    }
    case 'deltas':
      return [
        `Split: none. ${d.metric} is a formula of other KPIs (${d.formula}); a product or quotient of group-level inputs is not a sum over the groups, so no split by group adds up to the change. Each group's own change is listed.`,
      ];
  }
}

/** The noise rule and its numbers. */
function noiseRule(d: ChangeDecomposition, signed: (x: number) => string): string {
  const n = d.noise;
  const judged = (se: number, within: boolean): string =>
    `SE ${signed(se).replace(/^\+/, '')}; within the noise when |change| < ${NOISE_SES} × SE = ${signed(NOISE_SES * se).replace(/^\+/, '')}: ${within ? 'it is' : 'it is not'}.`;
  switch (n.kind) {
    case 'binomial':
      return `Noise: binomial standard error of the difference of two shares, SE = scale × sqrt(p0 (1 − p0) / n0 + p1 (1 − p1) / n1), p the rates as shares (0..1), n the samples: ${judged(n.se, n.within)}`;
    case 'poisson':
      return `Noise: Poisson standard error of the difference of two counts, SE = sqrt(c0 + c1): ${judged(n.se, n.within)}`;
    case 'none': {
      const why = {
        'not-a-share': 'its value is not a share of its sample\'s records, so the binomial rule does not apply',
        'not-a-count': 'it is not a count of events (a money sum or an average has a spread its totals do not give)',
        stock: 'a stock is counted at an instant, a census rather than a sample of events',
        formula: 'a formula of other KPIs has no simple standard error',
        'empty-sample': 'one of the periods has no value or no sample',
      }[n.reason];
      return `Noise: no test: ${why}. (Percentages: binomial, SE = scale × sqrt(p0 (1 − p0) / n0 + p1 (1 − p1) / n1); counts: Poisson, SE = sqrt(c0 + c1); within the noise when |change| < ${NOISE_SES} × SE.)`;
    }
  }
}

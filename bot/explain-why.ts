import type { ChangeDecomposition } from '../engine/query/decompose-change.js';
import { NOISE_SES } from '../engine/query/change-noise.js';
import type { RatioParts } from '../engine/query/change-split.js';
import { formatValue, type FormatOptions } from '../engine/format-value.js';
import type { Dimension } from '../engine/schema/tables.js';
import { describePeriod } from './reply/answer-reply.js';
import type { Voice } from './i18n/voice.js';
import type { ExplainWhyTexts, RateMixSide } from './i18n/explain-why-texts.js';
import { dimensionName, dimensionsName, groupName } from './reply/group-names.js';

/** Digits for the numbers worked out from the data (weights, rates, parts): enough to redo the sums. */
const DIGITS = 4;

/**
 * `explain why ...`: every number a why answer rests on, so it can be redone by hand or in a
 * spreadsheet: both periods with their bounds, the totals, the rule that splits the change and
 * the one that judges noise, each group's numerator and denominator (or value) in each period
 * with its weight, rate and mix, and the SQL that was run. Words and numbers are in the reply's
 * voice; formulas and SQL are code.
 */
export function explainWhyText(d: ChangeDecomposition, voice: Voice): string {
  const options: FormatOptions = voice.format;
  const words = voice.texts.explainWhy;
  const shared = voice.texts.explain;
  const unit = d.unit === 'percent' ? ` ${voice.texts.units.percentagePoints}` : '';
  const short = new Intl.NumberFormat(voice.locale, { maximumFractionDigits: DIGITS });
  const long = new Intl.NumberFormat(voice.locale, { maximumFractionDigits: 6 });
  const num = (x: number): string => short.format(x);
  const raw = (x: number): string => long.format(x);
  const signed = (x: number): string => {
    const m = num(Math.abs(x));
    // Rounding residue (1e-17) reads as no change at all.
    return `${/[1-9]/.test(m) ? (x > 0 ? '+' : '−') : '±'}${m}${unit}`;
  };
  const value = (x: number | null): string => (x === null ? words.noValue : `${num(x)}${d.unit === 'percent' ? '%' : ''}`);
  const [p0, p1] = [d.compare.period.label, d.period.label];
  const bounds = (p: ChangeDecomposition['period']): string => shared.bounds(p.start, p.end, p.timezone, p.asOf);
  const filters = Object.entries(d.filters).map(([dim, v]) => words.filterIn(dimensionName(dim as Dimension, voice), v ?? []));
  const sample = (s: number | null): string | null => (s === null ? null : num(s));
  const lines = [
    words.heading(d.metric, d.name, d.formula),
    shared.period(describePeriod(d.period, voice), bounds(d.period)),
    shared.compared(describePeriod(d.compare.period, voice), bounds(d.compare.period)),
    words.filters(filters),
    words.value(
      `${p0} ${words.valueWithSample(value(d.before.value), sample(d.before.sample))}`,
      `${p1} ${words.valueWithSample(value(d.after.value), sample(d.after.sample))}`,
      d.delta === null ? null : signed(d.delta),
      { before: formatValue(d.before.value, d.unit, options), after: formatValue(d.after.value, d.unit, options) },
    ),
    ...words.splitRule(d.split.kind, d.metric, d.formula),
    noiseRule(d, signed, num, words),
    ...(d.skipped.length > 0
      ? [words.notSplitBy(d.skipped.map((s) => ({ dimension: dimensionName(s.dimension, voice), reason: s.reason, ...(s.reason === 'same-as' ? { as: dimensionName(s.as, voice) } : {}) })))]
      : []),
  ];
  const parts = (p: RatioParts): string => `${raw(p.numerator)} / ${raw(p.denominator)}`;
  switch (d.split.kind) {
    case 'ratio':
    case 'mean': {
      const { totals, scale, kind } = d.split;
      lines.push(words.totals(kind, { label: p0, parts: parts(totals.before) }, { label: p1, parts: parts(totals.after) }, scale !== 1 ? num(scale) : null));
      for (const s of d.split.splits) {
        lines.push('', words.splitHeading(kind, dimensionsName(s.by, voice), p0, p1, signed(s.residual)));
        for (const g of s.groups) {
          const side = (label: string, p: RatioParts, rate: number | null, w: number): RateMixSide => ({ label, parts: parts(p), value: value(rate), weight: num(w) });
          lines.push(
            `  ${words.rateMixLine(
              groupName(s.by, g.key, voice),
              side(p0, g.parts.before, g.before, g.weight.before),
              side(p1, g.parts.after, g.after, g.weight.after),
              { rate: signed(g.rate), mix: signed(g.mix), part: signed(g.contribution) },
              g.before === null || g.after === null,
            )}`,
          );
        }
      }
      break;
    }
    case 'additive':
      for (const s of d.split.splits) {
        lines.push('', words.splitHeading('additive', dimensionsName(s.by, voice), p0, p1, signed(s.residual)));
        for (const g of s.groups) lines.push(`  ${groupName(s.by, g.key, voice)}: ${raw(g.before ?? 0)} → ${raw(g.after ?? 0)} = ${signed(g.contribution)}`);
      }
      break;
    case 'deltas':
      for (const s of d.split.splits) {
        lines.push('', words.splitHeading('deltas', dimensionsName(s.by, voice), p0, p1, ''));
        for (const g of s.groups) lines.push(`  ${groupName(s.by, g.key, voice)}: ${value(g.before)} → ${value(g.after)} = ${g.delta === null ? words.noChangeToGive : signed(g.delta)}`);
      }
      break;
  }
  lines.push('', words.sql(d.statements.length, p1, p0));
  d.statements.forEach((s, i) => lines.push(`-- ${i + 1}`, s.sql, `-- ${shared.params}: ${JSON.stringify(s.params)}`));
  return lines.join('\n');
}

/** The noise rule and its numbers. */
function noiseRule(d: ChangeDecomposition, signed: (x: number) => string, num: (x: number) => string, words: ExplainWhyTexts): string {
  const n = d.noise;
  const unsigned = (x: number): string => signed(x).replace(/^\+/, '');
  return n.kind === 'none'
    ? words.noiseRule({ kind: 'none', reason: n.reason }, num(NOISE_SES))
    : words.noiseRule({ kind: n.kind, se: unsigned(n.se), limit: unsigned(NOISE_SES * n.se), within: n.within }, num(NOISE_SES));
}

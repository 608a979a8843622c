import { MAD_SCALE, MIN_KNOWN, Z_LIMIT } from './robust-outlier.js';
import type { AnomalyFlag } from './anomaly-flag.js';
import type { Voice } from '../i18n/voice.js';

/**
 * The anomaly check as `explain` shows it: the rule, the earlier values it read and what it made
 * of them, so a flag (or its absence) can be checked by hand. Numbers are raw (unrounded enough
 * to redo the sums, no grouping) but in the reply's locale, so a decimal comma reads as one.
 */
export function explainAnomalyText(flag: AnomalyFlag, voice: Voice): string[] {
  const words = voice.texts.anomaly;
  const raw = new Intl.NumberFormat(voice.locale, { maximumFractionDigits: 4, useGrouping: false });
  const num = (x: number): string => raw.format(x);
  const c = flag.check;
  const n = c.history.length;
  const [z, scale] = [num(Z_LIMIT), num(MAD_SCALE)];
  const values = c.history.map((v, i) => `${flag.labels[i] ?? ''} ${v === null ? voice.texts.units.noData : num(v)}`);
  const head = [words.rule(n, flag.kind, z, scale, MIN_KNOWN), words.history(n, flag.kind, values)];
  switch (c.kind) {
    case 'no-value':
      return [...head, words.noValue];
    case 'few-periods':
      return [...head, words.fewPeriods(c.known, n, MIN_KNOWN)];
    case 'no-spread':
      return [...head, words.noSpread(num(c.median))];
    case 'usual':
    case 'unusual': {
      const numbers = { median: num(c.median), mad: num(c.mad), threshold: num(c.threshold), value: num(c.value), distance: num(Math.abs(c.value - c.median)) };
      const lead = flag.contributor ? [words.leading(flag.kind, flag.contributor.label, num(flag.contributor.part))] : [];
      return [...head, words.check(numbers, z, scale, c.kind === 'unusual'), ...lead];
    }
  }
}

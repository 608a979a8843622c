import { MAD_SCALE, MIN_KNOWN, Z_LIMIT } from './robust-outlier.js';
import type { AnomalyFlag } from './anomaly-flag.js';

/** A raw number for `explain`: unrounded enough to redo the sums by hand. */
const num = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 4, useGrouping: false });

/**
 * The anomaly check as `explain` shows it: the rule, the earlier values it read and what it made
 * of them, so a flag (or its absence) can be checked by hand.
 */
export function explainAnomalyText(flag: AnomalyFlag): string[] {
  const c = flag.check;
  const n = c.history.length;
  const values = c.history.map((v, i) => `${flag.labels[i] ?? ''} ${v === null ? 'no data' : num(v)}`).join(', ');
  const rule = `Anomaly rule: over the last ${n} ${flag.kind.plural}, median m and MAD (median absolute deviation); unusual when |value − m| > ${Z_LIMIT} × ${MAD_SCALE} × MAD (a modified z-score above ${Z_LIMIT}); skipped with fewer than ${MIN_KNOWN} known values or MAD 0`;
  const head = [rule, `Last ${n} ${flag.kind.plural}, oldest first: ${values}`];
  switch (c.kind) {
    case 'no-value':
      return [...head, 'Anomaly check: skipped, this period has no value'];
    case 'few-periods':
      return [...head, `Anomaly check: skipped, only ${c.known} of ${n} have a value (at least ${MIN_KNOWN} needed)`];
    case 'no-spread':
      return [...head, `Anomaly check: skipped, median ${num(c.median)} and MAD 0 (half the values or more equal the median: no spread to measure against)`];
    case 'usual':
    case 'unusual': {
      const verdict = c.kind === 'unusual' ? `> ${num(c.threshold)}: unusual` : `≤ ${num(c.threshold)}: not unusual`;
      const lead = flag.contributor ? [`Leading contributor vs the previous ${flag.kind.singular}: ${flag.contributor.label}, ${num(flag.contributor.part)}`] : [];
      return [
        ...head,
        `Anomaly check: median ${num(c.median)}, MAD ${num(c.mad)}, threshold ${Z_LIMIT} × ${MAD_SCALE} × ${num(c.mad)} = ${num(c.threshold)}; |${num(c.value)} − ${num(c.median)}| = ${num(Math.abs(c.value - c.median))} ${verdict}`,
        ...lead,
      ];
    }
  }
}

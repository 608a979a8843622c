import type { AnomalyTexts, PeriodKind } from './anomaly-texts.js';

const PLURAL: Readonly<Record<PeriodKind, string>> = { day: 'days', week: 'weeks', month: 'months', quarter: 'quarters', half: 'halves', year: 'years', period: 'periods like it' };

export const anomalyEn: AnomalyTexts = {
  unusual: (l) =>
    `unusual: ${l.value.kind === 'count' ? `${l.value.shown} ${l.value.name.toLowerCase()}` : `${l.value.name} at ${l.value.shown}`} is far ${l.direction} the last ${l.periods} ${PLURAL[l.kind]}` +
    ` (median ${l.median}, typical spread ±${l.spread})${l.lead ? `; ${l.lead.who} accounts for ${l.lead.part} of the change vs the previous ${l.kind}` : ''}`,
  rule: (n, kind, z, scale, min) =>
    `Anomaly rule: over the last ${n} ${PLURAL[kind]}, median m and MAD (median absolute deviation); unusual when |value − m| > ${z} × ${scale} × MAD (a modified z-score above ${z}); skipped with fewer than ${min} known values or MAD 0`,
  history: (n, kind, values) => `Last ${n} ${PLURAL[kind]}, oldest first: ${values.join(', ')}`,
  noValue: 'Anomaly check: skipped, this period has no value',
  fewPeriods: (known, of, min) => `Anomaly check: skipped, only ${known} of ${of} have a value (at least ${min} needed)`,
  noSpread: (median) => `Anomaly check: skipped, median ${median} and MAD 0 (half the values or more equal the median: no spread to measure against)`,
  check: (n, z, scale, unusual) =>
    `Anomaly check: median ${n.median}, MAD ${n.mad}, threshold ${z} × ${scale} × ${n.mad} = ${n.threshold}; |${n.value} − ${n.median}| = ${n.distance} ${unusual ? `> ${n.threshold}: unusual` : `≤ ${n.threshold}: not unusual`}`,
  leading: (kind, who, part) => `Leading contributor vs the previous ${kind}: ${who}, ${part}`,
};

import type { AnomalyTexts, PeriodKind } from './anomaly-texts.js';

/** Each kind of period: `ultimele 12 săptămâni`, `săptămâna anterioară`, `luna anterioară`. */
const KINDS: Readonly<Record<PeriodKind, { many: string; previous: string }>> = {
  day: { many: 'zile', previous: 'ziua anterioară' },
  week: { many: 'săptămâni', previous: 'săptămâna anterioară' },
  month: { many: 'luni', previous: 'luna anterioară' },
  quarter: { many: 'trimestre', previous: 'trimestrul anterior' },
  half: { many: 'semestre', previous: 'semestrul anterior' },
  year: { many: 'ani', previous: 'anul anterior' },
  period: { many: 'perioade asemănătoare', previous: 'perioada anterioară' },
};

/** Romanian. */
export const anomalyRo: AnomalyTexts = {
  // No verb: the KPI's name is the catalog's, of no known gender or number.
  unusual: (l) =>
    `neobișnuit: ${l.value.name} la ${l.value.shown}, mult ${l.direction === 'above' ? 'peste' : 'sub'} ultimele ${l.periods} ${KINDS[l.kind].many}` +
    ` (mediana ${l.median}, abatere tipică ±${l.spread})${l.lead ? `; ${l.lead.who} reprezintă ${l.lead.part} din schimbarea față de ${KINDS[l.kind].previous}` : ''}`,
  rule: (n, kind, z, scale, min) =>
    `Regula de anomalie: în ultimele ${n} ${KINDS[kind].many}, mediana m și MAD (abaterea absolută mediană); neobișnuit când |valoare − m| > ${z} × ${scale} × MAD (un scor z modificat peste ${z}); omisă cu mai puțin de ${min} valori cunoscute sau MAD 0`,
  history: (n, kind, values) => `Ultimele ${n} ${KINDS[kind].many}, de la cea mai veche: ${values.join('; ')}`,
  noValue: 'Verificarea anomaliei: omisă, perioada aceasta nu are valoare',
  fewPeriods: (known, of, min) => `Verificarea anomaliei: omisă, doar ${known} din ${of} au valoare (sunt necesare cel puțin ${min})`,
  noSpread: (median) => `Verificarea anomaliei: omisă, mediana ${median} și MAD 0 (jumătate din valori sau mai multe sunt egale cu mediana: nu există abatere cu care să comparăm)`,
  check: (n, z, scale, unusual) =>
    `Verificarea anomaliei: mediana ${n.median}, MAD ${n.mad}, prag ${z} × ${scale} × ${n.mad} = ${n.threshold}; |${n.value} − ${n.median}| = ${n.distance} ${unusual ? `> ${n.threshold}: neobișnuit` : `≤ ${n.threshold}: nu este neobișnuit`}`,
  leading: (kind, who, part) => `Principalul contribuitor față de ${KINDS[kind].previous}: ${who}, ${part}`,
};

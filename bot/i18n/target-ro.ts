import type { TimeGrain } from '../../engine/schema/tables.js';
import type { TargetTexts } from './target-texts.js';

const PER: Readonly<Record<TimeGrain, string>> = { day: 'pe zi', week: 'pe săptămână', month: 'pe lună', quarter: 'pe trimestru', year: 'pe an' };

/** Romanian. */
export const targetRo: TargetTexts = {
  describe: (name, id, op, value, grain) => `${name} (${id}) ${op} ${value} ${grain ? PER[grain] : 'pentru orice perioadă'}`,
  set: (description, metric) =>
    `Țintă stabilită: ${description}. Fiecare răspuns și rezumat pentru ${metric} arată acum dacă ținta este atinsă; \`fără țintă ${metric}\` o șterge.`,
  none: 'Acest spațiu de lucru nu are ținte. Încercați `țintă venituri cel puțin 1200 lună`.',
  listHead: 'Țintele acestui spațiu de lucru:',
  listEntry: (description, by, day) => `${description}; stabilită de ${by} pe ${day}`,
  removed: (name) => `Ținta pentru ${name} a fost ștearsă.`,
  head: (op, value) => `țintă ${op} ${value}`,
  noData: 'fără date',
  atTarget: 'atinsă, exact la țintă',
  onTrack: (gap, side) => `atinsă, cu ${gap} ${side === 'above' ? 'peste' : 'sub'}`,
  offTrack: (gap, side) => (side === 'short' ? `neatinsă: lipsesc ${gap}` : `neatinsă: cu ${gap} peste limită`),
  soFar: ' până acum',
  onPace: (value, by, onTrack) => `în ritmul actual, ${value} până la ${by}: ${onTrack ? 'atinsă' : 'neatinsă'}`,
};

import type { TimeGrain } from '../../engine/schema/tables.js';
import type { TargetTexts } from './target-texts.js';

const PER: Readonly<Record<TimeGrain, string>> = { day: 'por dia', week: 'por semana', month: 'por mês', quarter: 'por trimestre', year: 'por ano' };

/** European Portuguese. */
export const targetPt: TargetTexts = {
  describe: (name, id, op, value, grain) => `${name} (${id}) ${op} ${value} ${grain ? PER[grain] : 'em qualquer período'}`,
  set: (description, metric) =>
    `Meta definida: ${description}. Todas as respostas e resumos de ${metric} passam a dizer se a meta está a ser cumprida; \`sem meta ${metric}\` remove-a.`,
  none: 'Este espaço de trabalho não tem metas. Experimente `meta receita pelo menos 1200 mês`.',
  listHead: 'Metas deste espaço de trabalho:',
  listEntry: (description, by, day) => `${description}; definida por ${by} em ${day}`,
  removed: (name) => `Meta de ${name} removida.`,
  head: (op, value) => `meta ${op} ${value}`,
  noData: 'sem dados',
  atTarget: 'cumprida, exatamente na meta',
  onTrack: (gap, side) => `cumprida, ${gap} ${side === 'above' ? 'acima' : 'abaixo'}`,
  offTrack: (gap, side) => (side === 'short' ? `por cumprir: faltam ${gap}` : `por cumprir: ${gap} acima do limite`),
  soFar: ' até agora',
  onPace: (value, by, onTrack) => `a este ritmo, ${value} até ${by}: ${onTrack ? 'cumprida' : 'por cumprir'}`,
};

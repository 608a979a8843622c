import type { ExplainTexts } from './explain-texts.js';

/** Romanian. */
export const explainRo: ExplainTexts = {
  kpi: (metric, name, formula) => `KPI: ${metric} (${name}), ${formula}`,
  bounds: (start, end, zone, asOf) => `limite [${start}, ${end}) în ${zone}${asOf ? `, înregistrări până la ${asOf}` : ''}`,
  period: (described, bounds) => `Perioada: ${described}; ${bounds}`,
  compared: (described, bounds) => `Comparat cu: ${described}${bounds ? `; ${bounds}` : ''}`,
  breakdown: (by, filters) => `Defalcare: ${by.length > 0 ? by.join(', ') : 'niciuna'}; filtre: ${filters ?? 'niciunul'}`,
  sql: (n) => `SQL (${n} ${n === 1 ? 'instrucțiune' : 'instrucțiuni'}, valori transmise ca parametri):`,
  params: 'parametri',
};

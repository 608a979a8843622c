import type { ExplainTexts } from './explain-texts.js';

/** European Portuguese. */
export const explainPt: ExplainTexts = {
  kpi: (metric, name, formula) => `KPI: ${metric} (${name}), ${formula}`,
  bounds: (start, end, zone, asOf) => `limites [${start}, ${end}) em ${zone}${asOf ? `, registos até ${asOf}` : ''}`,
  period: (described, bounds) => `Período: ${described}; ${bounds}`,
  compared: (described, bounds) => `Comparado com: ${described}${bounds ? `; ${bounds}` : ''}`,
  breakdown: (by, filters) => `Desagregação: ${by.length > 0 ? by.join(', ') : 'nenhuma'}; filtros: ${filters ?? 'nenhum'}`,
  sql: (n) => `SQL (${n} ${n === 1 ? 'instrução' : 'instruções'}, valores passados como parâmetros):`,
  params: 'parâmetros',
};

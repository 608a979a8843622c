import type { ExplainTexts } from './explain-texts.js';

export const explainEn: ExplainTexts = {
  kpi: (metric, name, formula) => `KPI: ${metric} (${name}), ${formula}`,
  bounds: (start, end, zone, asOf) => `bounds [${start}, ${end}) in ${zone}${asOf ? `, records up to ${asOf}` : ''}`,
  period: (described, bounds) => `Period: ${described}; ${bounds}`,
  compared: (described, bounds) => `Compared with: ${described}${bounds ? `; ${bounds}` : ''}`,
  breakdown: (by, filters) => `Breakdown: ${by.length > 0 ? by.join(', ') : 'none'}; filters: ${filters ?? 'none'}`,
  sql: (n) => `SQL (${n} statements, values bound as parameters):`,
  params: 'params',
};

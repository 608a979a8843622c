import type { KpiResult } from '../query/query.js';
import { chartSpec } from './chart-spec.js';
import { chartVoice, type ChartOptions, type ChartSpec } from './chart-types.js';
import { subtitle } from './chart-text.js';

/**
 * Several KPIs of one question side by side, each with its own scale: the sheet a digest (and a
 * question like `revenue, orders this-year by month`) shows.
 */
export function smallMultiplesSpec(results: readonly KpiResult[], options: ChartOptions): ChartSpec {
  const first = results[0];
  const voice = chartVoice(options);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: results.map((r) => r.name).join(' · '), subtitle: first ? subtitle(first, voice.texts, voice.locale) : '' },
    // The same locale as each sub-chart's, which may not carry a config of its own.
    config: { locale: voice.d3 },
    columns: 2,
    concat: results.map((r) => {
      // Sub-charts of a concatenation carry no $schema or config of their own.
      const rest = Object.fromEntries(Object.entries(chartSpec(r, options)).filter(([k]) => k !== '$schema' && k !== 'config'));
      return { ...rest, title: { text: r.name, fontSize: 13 }, width: 280, ...(rest['height'] === 240 ? { height: 150 } : {}) };
    }),
    resolve: { scale: { y: 'independent', x: 'independent', color: 'independent' } },
  };
}

/**
 * Prints the KPI catalog as a Markdown table, by area, for the README:
 *   npx tsx scripts/kpi-table.ts
 */
import { join } from 'node:path';
import { loadCatalog, formatProblem } from '../engine/catalog/load-catalog.js';
import { KPI_AREAS } from '../engine/catalog/kpi-schema.js';
import { packageRoot } from '../bot/package-root.js';

const catalog = await loadCatalog({ dirs: [join(packageRoot(), 'queries')] });
if (!catalog.ok) throw new Error(catalog.error.map(formatProblem).join('\n'));
const lines = ['| KPI | what it is | unit | also answers to |', '|---|---|---|---|'];
for (const area of KPI_AREAS) {
  lines.push(`| **${area}** | | | |`);
  for (const kpi of catalog.value.list().filter((k) => k.area === area).sort((a, b) => a.id.localeCompare(b.id))) {
    // A few of each language: English aliases come first in each file, then Portuguese, then Romanian.
    const a = kpi.aliases;
    const aliases = [...new Set([a[0], a[1], a[Math.floor(a.length / 2)], a[a.length - 1]].filter(Boolean))].join(', ');
    lines.push(`| \`${kpi.id}\` | ${kpi.name}: ${kpi.formula.replace(/\|/g, '\\|')} | ${kpi.unit} | ${aliases} |`);
  }
}
console.log(lines.join('\n'));

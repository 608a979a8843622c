import type { KpiDef } from '../engine/catalog/catalog.js';
import type { Catalog } from '../engine/catalog/catalog.js';
import { KPI_AREAS } from '../engine/catalog/kpi-schema.js';
import { ok, type Result } from '../engine/result.js';
import { kpiToDefine } from './language/parse-command.js';
import type { ParseError } from './language/parse-error.js';
import { tokenize } from './tokenize.js';

/** `/kpi define <kpi>`: the definition in words, the formula, unit, caveats and where the data comes from. */
export function defineText(kpi: KpiDef): string {
  const lines = [
    `${kpi.name} (${kpi.id})`,
    kpi.definition,
    `Formula: ${kpi.formula}`,
    `Unit: ${kpi.unit}; better when it goes ${kpi.better}.`,
    `Data: ${kpi.tables.join(', ')}${kpi.dimensions.length > 0 ? `; by ${kpi.dimensions.join(', ')} and any time grain` : '; by any time grain'}.`,
  ];
  if (kpi.caveats) lines.push(`Caveats: ${kpi.caveats}`);
  if (kpi.example) lines.push(`Example: ${kpi.example.text}`);
  if (kpi.aliases.length > 0) lines.push(`Also: ${kpi.aliases.join(', ')}.`);
  return lines.join('\n');
}

/** `define <name>` outside a chat (`kpibot define`): the chat's text, or the chat's error for an unknown name. */
export function defineKpi(catalog: Catalog, name: string): Result<string, ParseError> {
  const kpi = kpiToDefine(tokenize(name), catalog);
  return kpi.ok ? ok(defineText(kpi.value)) : kpi;
}

/** `/kpi list`: every KPI, by area. */
export function listText(catalog: Catalog): string {
  return KPI_AREAS.map((area) => {
    const kpis = catalog.list().filter((k) => k.area === area).sort((a, b) => a.id.localeCompare(b.id));
    return `${area}:\n${kpis.map((k) => `  ${k.id.padEnd(26)} ${k.name}`).join('\n')}`;
  }).join('\n');
}

export const HELP_TEXT = `Ask for a KPI, then refine it:
  /kpi churn last-quarter by segment          (pt: rotatividade trimestre-passado por segmento)
  /kpi nps 2026-Q1 vs previous                (ro: reclamații luna-trecută pe canal)
  /kpi complaints by week last-90d where channel=phone
  /kpi revenue, orders this-year by month
  /kpi revenue by region top 5 as table
Answers are compared with the period before; say vs last-year, vs 2025-Q1 or vs none instead.
Follow-ups change the last answer: by region · vs last-year · as table · last-month
What moved a number: /kpi why churn last-month (or just why after an answer) · /kpi explain why churn last-month
Notebook: /kpi let q1 = nps 2026-Q1 · /kpi calc q2 - q1 · /kpi calc [4] / [3] - 1 · /kpi export
Digests: /kpi subscribe nps, churn weekly on monday at 09:00 Europe/Lisbon · /kpi subscriptions · /kpi unsubscribe 1
         /kpi pause 1 · /kpi resume 1 · /kpi digest 1 now · /kpi digest 1 log
Targets: /kpi target revenue >= 1200 month · /kpi targets · /kpi untarget revenue
More: /kpi list · /kpi define <kpi> · /kpi explain <query>
Periods: today, yesterday, this/last-week, this/last-month, this/last-quarter, this/last-year, ytd, qtd,
mtd, last-7d, last-30d, last-90d, last-12m, 2026, 2026-Q1, 2026-H1, 2026-03, 2026-W05, 2026-01-01..2026-03-31`;

import type { KpiInfoTexts } from './kpi-info-texts.js';

export const kpiInfoEn: KpiInfoTexts = {
  area: (area) => area,
  unitLine: (unit, better) => `Unit: ${unit}; better when it goes ${better}.`,
  dataLine: (tables, dimensions) =>
    `Data: ${tables.join(', ')}${dimensions.length > 0 ? `; by ${dimensions.join(', ')} and any time grain` : '; by any time grain'}.`,
  formula: 'Formula',
  caveats: 'Caveats',
  example: 'Example',
  also: 'Also',
  help: `Ask for a KPI, then refine it:
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
mtd, last-7d, last-30d, last-90d, last-12m, 2026, 2026-Q1, 2026-H1, 2026-03, 2026-W05, 2026-01-01..2026-03-31`,
};

export const DEFINE_HELP = `Usage: kpibot define <kpi>
       kpibot define <kpi> --language ro

  A KPI's definition, formula, unit, the tables it reads and its caveats: the chat's /kpi define.
  <kpi> is its id, name or any alias, in any of the three languages; --language en, pt or ro
  picks the language of the answer (default: the config's language).
  e.g.  kpibot define churn
        kpibot define "average order value"
        kpibot define rotatividade --language pt
  It reads the KPI files only (the built-in ones and the config's kpi_dirs), so it needs no database.`;

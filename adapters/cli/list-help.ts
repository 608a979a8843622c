export const LIST_HELP = `Usage: kpibot list
       kpibot list --language pt

  Every KPI, by area, with its id and name: the chat's /kpi list. It reads the KPI files only
  (the built-in ones and the config's kpi_dirs), so it needs no database. --language en, pt or ro
  picks the language of the areas and names (default: the config's language).`;

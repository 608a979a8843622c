export const LIST_HELP = `Usage: kpibot list

  Every KPI, by area, with its id and name: the chat's /kpi list. It reads the KPI files only
  (the built-in ones and the config's kpi_dirs), so it needs no database.`;

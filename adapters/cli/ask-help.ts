export const ASK_HELP = `Usage: kpibot ask "<query>" [--json] [--png FILE] [--now ISO-INSTANT] [--tz ZONE] [--db PATH]

  <query> reads: <kpi> [period] [by <dim>[, <dim>]] [where <dim>=<value>[,<value>]] [vs previous|last-year]
  e.g.  kpibot ask "churn last-quarter by segment"
        kpibot ask "revenue by month last-12m" --json
        kpibot ask "nps 2026-Q1 vs previous where region=Europe"

  --json   print one JSON object (metric, value, unit, period.start/end, groups, compare, ...)
  --png    also write the answer's chart to this PNG file
  --now    answer as if it were this instant (e.g. 2026-11-22T10:00:00Z)
  --tz     workspace time zone for this answer (IANA name)`;

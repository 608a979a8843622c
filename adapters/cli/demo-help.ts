export const DEMO_HELP = `Usage: kpibot demo [--customers N] [--seed S] [--force] [--db PATH] [--tz ZONE] [--now ISO-INSTANT]

Writes a realistic demo data set (about three years up to now, all ten tables) into the database,
replacing what the tables held. --customers scales it (default 2000, about 50 000 orders).
A database holding data the demo did not write (imported with kpibot import) is refused unless
--force is given; writing the demo over an earlier demo needs no --force.`;

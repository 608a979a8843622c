/**
 * What `kpibot ask` says when --db names no file. Opening it would create an empty database and
 * answer "no data", which reads like a true answer; a typo in the path should say so instead.
 */
export function missingDatabaseMessage(dbPath: string): string {
  return [
    `There is no database at ${dbPath}.`,
    'Check the path (--db, or the KPIBOT_DB variable), or create one there:',
    `  kpibot demo --db ${dbPath}                          the demo data set`,
    `  kpibot import <table> <file.csv> --db ${dbPath}     your own data (kpibot import --help)`,
  ].join('\n');
}

import type { HeaderLanguage } from './csv-format.js';

/**
 * What kpibot says about a file's header, in the language the header is written in: someone
 * whose columns are `data;valor;cliente` reads the expected names as they would write them.
 * `expected` is the table's columns in that language, optional ones marked.
 */
export interface HeaderTexts {
  readonly optional: string;
  unknownColumn(name: string, expected: string): string;
  missingColumn(column: string, table: string, expected: string): string;
  notAHeader(line: number, table: string, expected: string, first: string): string;
}

export const HEADER_TEXTS: Readonly<Record<HeaderLanguage, HeaderTexts>> = {
  en: {
    optional: 'optional',
    unknownColumn: (name, expected) => `unknown column '${name}': the expected columns are ${expected}`,
    missingColumn: (column, table, expected) => `the header has no ${column} column, which ${table} requires (columns: ${expected})`,
    notAHeader: (line, table, expected, first) => `line ${line} should be the header row naming the columns of ${table} (${expected}); it reads '${first}'`,
  },
  pt: {
    optional: 'opcional',
    unknownColumn: (name, expected) => `coluna desconhecida '${name}': as colunas esperadas são ${expected}`,
    missingColumn: (column, table, expected) => `o cabeçalho não tem a coluna ${column}, obrigatória em ${table} (colunas: ${expected})`,
    notAHeader: (line, table, expected, first) => `a linha ${line} devia ser o cabeçalho com as colunas de ${table} (${expected}); tem '${first}'`,
  },
  ro: {
    optional: 'opțional',
    unknownColumn: (name, expected) => `coloană necunoscută '${name}': coloanele așteptate sunt ${expected}`,
    missingColumn: (column, table, expected) => `antetul nu are coloana ${column}, obligatorie în ${table} (coloane: ${expected})`,
    notAHeader: (line, table, expected, first) => `linia ${line} ar trebui să fie antetul cu coloanele din ${table} (${expected}); conține '${first}'`,
  },
};

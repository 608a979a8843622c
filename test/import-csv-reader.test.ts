import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { CsvReader, estimateRecords } from '../engine/import/csv-reader.js';

/** Every record with the line it starts on, then the syntax error if any. */
function readAll(text: string): { records: [number, string[]][]; error: string | null } {
  const reader = new CsvReader(text);
  const records: [number, string[]][] = [];
  for (let r = reader.next(); r !== null; r = reader.next()) records.push([reader.line, r]);
  return { records, error: reader.error ? `${reader.error.line}: ${reader.error.reason}` : null };
}

describe('CsvReader', () => {
  it('GIVEN any table written as RFC 4180 CSV with any line endings THEN it reads the same records as csv-parse, each at the line it starts on', () => {
    const cell = fc.stringMatching(/^[a-zé ,"\r\n]{0,6}$/);
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 })),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        (rows, eol, trailing) => {
          // Each record written on its own, to know where it starts. RFC 4180 quotes every line
          // break; csv-stringify leaves a CR unquoted in LF files, which would be another file.
          const texts = rows.map((r) =>
            stringify([r], { record_delimiter: eol === '\n' ? 'unix' : eol === '\r\n' ? 'windows' : 'mac', quoted_match: /[\r\n]/ }),
          );
          let text = texts.join('');
          if (!trailing) text = text.slice(0, -eol.length);
          const starts: number[] = [];
          let line = 1;
          for (const t of texts) {
            starts.push(line);
            line += t.match(/\r\n|\n|\r/g)?.length ?? 0;
          }
          const got = readAll(text);
          expect(got.error).toBeNull();
          expect(got.records.map(([, r]) => r)).toEqual(parse(text, { relax_quotes: true }));
          expect(got.records.map(([, r]) => r)).toEqual(rows);
          expect(got.records.map(([l]) => l)).toEqual(starts);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('GIVEN blank lines and a quoted field over three lines THEN blank lines are skipped and numbers stay physical', () => {
    expect(readAll('\r\na,b\r\n\r\n1,"x\r\ny\nz"\n\n2,w').records).toEqual([
      [2, ['a', 'b']],
      [4, ['1', 'x\r\ny\nz']],
      [8, ['2', 'w']],
    ]);
  });

  it('GIVEN a quote inside an unquoted field, empty fields and a comma at the very end THEN they are read as spreadsheets do', () => {
    expect(readAll('a,b,c\n5" screen,,x\n,"",').records).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['5" screen', '', 'x']],
      [3, ['', '', '']],
    ]);
  });

  it('GIVEN a quote that never closes THEN the error names the line it opens on', () => {
    expect(readAll('a,b\n1,2\n3,"4\n5\n6,7\n')).toEqual({
      records: [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
      error: '3: a quoted value that starts on line 3 is never closed',
    });
  });

  it('GIVEN text after a closing quote THEN it is an error on that line', () => {
    expect(readAll('a,b\n1,"x\ny" z\n').error).toBe(
      '3: a closing quote is followed by " " instead of a comma or the end of the line (write a quote inside a quoted value as "")',
    );
  });

  it('GIVEN a text THEN the record estimate counts lines after the header', () => {
    expect([estimateRecords(''), estimateRecords('a\n'), estimateRecords('a\n1\n2'), estimateRecords('a\r1\r2\r')]).toEqual([0, 0, 2, 2]);
  });
});

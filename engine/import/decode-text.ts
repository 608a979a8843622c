import { isUtf8 } from 'node:buffer';

/** The file's text, or why it cannot be read as UTF-8 (with the line where that shows). */
export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly line: number; readonly reason: string };

/**
 * Decodes a CSV file's bytes as UTF-8 and drops a byte-order mark. Text in another encoding is
 * refused rather than read with replacement characters: Excel's plain "CSV" is Windows-1252, and
 * silently importing `SÃ£o Paulo` for `São Paulo` would split a region in two.
 */
export function decodeUtf8(bytes: Buffer): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, line: 1, reason: 'the file is UTF-16 text; save it as UTF-8 (in Excel: "CSV UTF-8")' };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const text = body.toString('utf8');
  if (isUtf8(body)) return { ok: true, text };
  // The first replacement character marks the first byte that is not UTF-8.
  const bad = text.indexOf('\uFFFD');
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < bad; i = text.indexOf('\n', i + 1)) line++;
  return {
    ok: false,
    line,
    reason: `line ${line} is not UTF-8 text (perhaps Windows-1252 or Latin-1, which older Excel saves as plain "CSV"); save the file as UTF-8: in Excel "Save As" > "CSV UTF-8 (Comma delimited)", in LibreOffice "Save As" > Text CSV with character set "Unicode (UTF-8)"`,
  };
}

/**
 * Splits a command line into words. Double quotes, and single quotes that open a word, keep spaces inside one word
 * (`where region="North America"`), commas stand alone so lists read naturally
 * (`by segment, region`), and `=` stays inside its word (`segment=SMB`).
 */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: string | null = null;
  const flush = (): void => {
    if (current !== '') words.push(current);
    current = '';
  };
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
      else current += ch;
    } else if (ch === '"' || ch === '“' || ch === '”' || (ch === "'" && (current === '' || current.endsWith('=')))) {
      // An apostrophe inside a word (`what's`, `month's`) is part of it, not a quote.
      quote = ch === '“' ? '”' : ch;
    } else if (/\s/.test(ch)) {
      flush();
    } else if (ch === ',') {
      flush();
      words.push(',');
    } else {
      current += ch;
    }
  }
  flush();
  return words;
}

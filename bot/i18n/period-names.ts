import { RELATIVE_PERIODS, type AnswerTexts, type RelativePeriod } from './answer-texts.js';

/**
 * A period's label as people of a language say it: relative words (`last-quarter` → `último
 * trimestre`, `last-12m` → `ultimele 12 luni`), and codes (`2026-Q3`, `FY2027`, dates) as they
 * are. Answers and charts both name periods through this, so a reply never calls one period two
 * things.
 */
export function namePeriod(words: AnswerTexts, label: string): string {
  if ((RELATIVE_PERIODS as readonly string[]).includes(label)) return words.relativePeriods[label as RelativePeriod];
  const last = /^last-(\d+)([dwm])$/.exec(label);
  return last ? words.lastN(Number(last[1]), last[2] as 'd' | 'w' | 'm') : label;
}

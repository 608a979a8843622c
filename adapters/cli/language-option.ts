import { LANGUAGES, isLanguage, type Language } from '../../bot/i18n/language.js';
import { err, ok, type Result } from '../../engine/result.js';

/** `--language en|pt|ro`, for the commands that print KPI words (list, define). */
export const LANGUAGE_OPTION = { language: { type: 'string' } } as const;

/** The language asked for, else the config's `language`. */
export function languageOption(value: string | undefined, configured: Language): Result<Language, string> {
  if (value === undefined) return ok(configured);
  return isLanguage(value) ? ok(value) : err(`--language ${value} is not one of ${LANGUAGES.join(', ')}.`);
}

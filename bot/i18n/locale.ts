import { LANGUAGES, type Language } from './language.js';

/** The locale each language formats in when the config names none of that language. */
export const DEFAULT_LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', pt: 'pt-PT', ro: 'ro-RO' };

/** The language a BCP 47 locale is in (`pt-BR` → pt), when it is one kpibot speaks. */
export function languageOfLocale(locale: string): Language | undefined {
  const base = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : undefined;
}

/** True when `locale` is a well-formed BCP 47 tag that Intl formats in, in one of kpibot's languages. */
export function isSupportedLocale(locale: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    return canonical !== undefined && Intl.NumberFormat.supportedLocalesOf(canonical).length === 1 && languageOfLocale(canonical) !== undefined;
  } catch {
    return false;
  }
}

/**
 * The locale a reply in `language` formats numbers and dates in: the workspace's `locale` when it
 * is of that language (a pt-BR workspace answers a Portuguese question in pt-BR), else the
 * language's own default (an English workspace's Portuguese asker reads pt-PT, not en-US).
 */
export function localeFor(language: Language, configured?: string): string {
  return configured !== undefined && languageOfLocale(configured) === language ? configured : DEFAULT_LOCALES[language];
}

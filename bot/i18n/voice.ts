import type { FormatOptions } from '../../engine/format-value.js';
import { CATALOG, type Texts } from './catalog.js';
import type { Language } from './language.js';
import { localeFor } from './locale.js';

/**
 * How one reply speaks: its language, the catalog of that language, and the locale and currency
 * its numbers and dates are formatted in. Made once per message (bot.ts) and handed to whatever
 * writes text, so no part of a reply can fall back to English on its own.
 */
export interface Voice {
  readonly language: Language;
  readonly locale: string;
  readonly texts: Texts;
  /** For formatValue and formatDelta (engine/format-value.ts). */
  readonly format: FormatOptions;
}

export interface VoiceSettings {
  /** The workspace currency (ISO 4217). */
  readonly currency: string;
  /** The workspace's `locale` from the config, when it names one. */
  readonly locale?: string;
}

export function voiceOf(language: Language, settings: VoiceSettings): Voice {
  const locale = localeFor(language, settings.locale);
  return { language, locale, texts: CATALOG[language], format: { currency: settings.currency, locale, words: CATALOG[language].units } };
}

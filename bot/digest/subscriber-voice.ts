import type { Language } from '../i18n/language.js';
import { voiceOf, type Voice } from '../i18n/voice.js';
import type { Subscription } from './subscription.js';

/** What a digest falls back on when its subscription keeps no language: the workspace's settings. */
export interface WorkspaceVoice {
  /** The config's `language`. */
  readonly language: Language;
  readonly currency: string;
  /** The config's `locale`, when it names one. */
  readonly locale?: string;
}

/**
 * How a subscription's digests speak: in the language and locale it was made in, since a
 * scheduled digest has no message of its own to read a language from; a subscription made before
 * they were kept speaks the workspace's.
 */
export function subscriberVoice(s: Pick<Subscription, 'language' | 'locale'>, workspace: WorkspaceVoice): Voice {
  const locale = s.locale ?? workspace.locale;
  return voiceOf(s.language ?? workspace.language, { currency: workspace.currency, ...(locale !== undefined ? { locale } : {}) });
}

import type { EngineError } from '../engine/query/engine-error.js';
import type { ParseError } from './language/parse-error.js';
import type { Reply } from './reply/reply.js';
import type { Language } from './i18n/language.js';
import { CATALOG } from './i18n/catalog.js';

/** Every failure a user can meet, by code. */
export type BotError =
  | EngineError
  | ParseError
  | { readonly code: 'line.too_long'; readonly length: number; readonly max: number }
  | { readonly code: 'store.busy' }
  /** A read ran past the store's time limit (`limitMs`) and was stopped. */
  | { readonly code: 'store.timeout'; readonly limitMs: number }
  | { readonly code: 'followup.nothing' }
  | { readonly code: 'why.one_kpi'; readonly metrics: readonly string[] }
  | { readonly code: 'why.time_breakdown'; readonly grain: string }
  | { readonly code: 'why.no_comparison' }
  | { readonly code: 'why.no_value'; readonly metric: string; readonly period: string }
  | { readonly code: 'export.empty' }
  | { readonly code: 'calc.invalid'; readonly detail: string }
  | { readonly code: 'ask.single'; readonly input: string }
  | { readonly code: 'policy.rate_limited'; readonly questions: number; readonly perSeconds: number; readonly waitSeconds: number }
  | { readonly code: 'policy.guest' }
  | { readonly code: 'policy.external' }
  | {
      readonly code: 'policy.kpi_restricted';
      readonly metric: string;
      /** When `metric` is not itself restricted: the restricted KPI it reads from, and what it reads. */
      readonly via: { readonly kpi: string; readonly reads: string } | null;
      readonly channels: readonly string[];
    }
  | { readonly code: 'policy.not_manager'; readonly changes: 'digests' | 'targets' }
  | { readonly code: 'subscriptions.off' }
  | { readonly code: 'subscribe.too_often'; readonly everyMinutes: number; readonly minMinutes: number }
  | { readonly code: 'subscription.unknown'; readonly id: number }
  | { readonly code: 'target.unknown'; readonly metric: string }
  | { readonly code: 'targets.off' };

/**
 * The words for an error, from the language's catalog (bot/i18n/catalog.ts): each language's
 * error texts are an exhaustive switch, so a message missing in any language fails the type check.
 */
export function errorMessage(e: BotError, language: Language = 'en'): string {
  return CATALOG[language].error(e);
}

/** An error as a reply part: its code for programs, its words for people, in their language. */
export function failure(e: BotError, language: Language = 'en'): Reply {
  return { kind: 'error', code: e.code, message: errorMessage(e, language), cause: e };
}

import type { PlatformTexts } from '../../bot/i18n/platform-texts.js';

/**
 * The error code in a Web API refusal (`not_in_channel`, `missing_scope`…), else the message.
 * A missing scope names the scope Slack said it needs, so the log and the asker see what to add.
 */
export function slackErrorCode(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'data' in e) {
    const data = (e as { data?: { error?: unknown; needed?: unknown } }).data;
    if (data?.error === 'missing_scope' && typeof data.needed === 'string') return `missing_scope ${data.needed}`;
    if (typeof data?.error === 'string') return data.error;
  }
  return e instanceof Error ? e.message : String(e);
}

/** What a person can do about a refusal they cannot fix themselves, in the reply's words. */
export function adviceFor(code: string, words: Pick<PlatformTexts, 'adviceMissingScope' | 'adviceRetry'>): string {
  return code.startsWith('missing_scope') ? words.adviceMissingScope : words.adviceRetry;
}

/**
 * The wait a rate-limited call was told to keep (Retry-After, in ms), or null when the failure was
 * not a rate limit. Only a client made with `rejectRateLimitedCalls` throws this instead of
 * sleeping through the wait inside the call.
 */
export function slackRetryAfterMs(e: unknown): number | null {
  if (typeof e !== 'object' || e === null || !('code' in e) || e.code !== 'slack_webapi_rate_limited_error') return null;
  const seconds = 'retryAfter' in e ? e.retryAfter : undefined;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}

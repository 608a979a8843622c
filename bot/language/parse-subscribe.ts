import { isValidTimeZone } from '../../engine/config.js';
import { normalizeName } from '../../engine/catalog/normalize-name.js';
import { err, ok, type Result } from '../../engine/result.js';
import { checkCron, type Schedule } from '../digest/schedule.js';
import type { Alert } from '../digest/subscription.js';
import type { Catalog } from '../../engine/catalog/catalog.js';
import type { ParseError } from './parse-error.js';
import { CADENCE_LOOKUP, WEEKDAY_LOOKUP, isSubscribeWord } from './vocabulary.js';

/** A subscription as typed, before its question is parsed: the schedule words taken out. */
export interface SubscribeWords {
  /** The remaining words: the question (KPIs, period, breakdown, filters), as it will be asked at each run. */
  readonly question: string;
  readonly schedule: Schedule;
  readonly timezone?: string;
  /** Targets by KPI name as typed (`nps=40`), or under `*` for the question's one KPI (`target 40`). */
  readonly targets: Readonly<Record<string, number>>;
  readonly alert?: Omit<Alert, 'metric'> & { readonly metric?: string };
}

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const NUMBER = /^-?\d+(\.\d+)?%?$/;

const numberOf = (word: string | undefined): number | undefined => (word !== undefined && NUMBER.test(word) ? Number(word.replace('%', '')) : undefined);

/**
 * Takes a subscription's schedule out of its words: `daily|weekly [on <weekday>]|monthly [on <day>]`
 * or `cron "<expression>"`, `[at HH:MM]`, `[in <IANA zone>]`, `[target <n> | target <kpi>=<n>, ...]`,
 * `[alert above|below <n>]`, in any order, in English, Portuguese or Romanian. What is left is the
 * question. A weekday or day of the month counts only right after its cadence, so `pe luni`
 * (by months, in Romanian) stays the question's.
 */
export function parseSubscribeWords(words: readonly string[], catalog: Catalog): Result<SubscribeWords, ParseError> {
  let cadence: 'daily' | 'weekly' | 'monthly' | undefined;
  let weekday: Extract<Schedule, { kind: 'weekly' }>['day'] | undefined;
  let monthDay: number | undefined;
  let cron: string | undefined;
  let at: string | undefined;
  let timezone: string | undefined;
  const targets: Record<string, number> = {};
  let alert: SubscribeWords['alert'];
  const question: string[] = [];

  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const norm = normalizeName(word);
    const next = words[i + 1];
    const found = CADENCE_LOOKUP.get(norm);
    if (found) {
      cadence = found;
      // `weekly monday`, `weekly on monday`, `monthly 15`, `monthly on day 15`.
      let j = i + 1;
      while (words[j] !== undefined && isSubscribeWord('on', normalizeName(words[j] ?? '')) && j < i + 3) j++;
      const day = words[j];
      if (found === 'weekly' && day !== undefined && WEEKDAY_LOOKUP.has(normalizeName(day))) {
        weekday = WEEKDAY_LOOKUP.get(normalizeName(day));
        i = j;
      } else if (found === 'monthly' && numberOf(day) !== undefined) {
        monthDay = numberOf(day);
        if (monthDay === undefined || !Number.isInteger(monthDay) || monthDay < 1 || monthDay > 28) return err({ code: 'subscribe.day', input: day ?? '' });
        i = j;
      }
      continue;
    }
    if (isSubscribeWord('cron', norm)) {
      if (next === undefined) return err({ code: 'subscribe.cron', input: '', detail: 'give the expression in quotes' });
      cron = next;
      i++;
      continue;
    }
    if (TIME.test(word) || (isSubscribeWord('at', norm) && next !== undefined && TIME.test(next))) {
      const time = TIME.test(word) ? word : (next ?? '');
      if (!TIME.test(word)) i++;
      const [, h = '0', m = '0'] = TIME.exec(time) ?? [];
      at = `${h.padStart(2, '0')}:${m}`;
      continue;
    }
    if (isSubscribeWord('zone', norm) && next !== undefined && /\/|^(utc|gmt)$/i.test(next)) {
      if (!isValidTimeZone(next)) return err({ code: 'subscribe.zone', input: next });
      timezone = next;
      i++;
      continue;
    }
    if (/^[A-Za-z]+\/[A-Za-z_/+-]+$/.test(word) || /^(utc|gmt)$/i.test(word)) {
      if (!isValidTimeZone(word)) return err({ code: 'subscribe.zone', input: word });
      timezone = word;
      continue;
    }
    if (isSubscribeWord('target', norm)) {
      const plain = numberOf(next);
      if (plain !== undefined) {
        targets['*'] = plain;
        i++;
        continue;
      }
      // target nps=40, churn=5
      let j = i + 1;
      for (;;) {
        const pair = words[j];
        const [name = '', value] = (pair ?? '').split('=');
        const n = numberOf(value);
        if (pair === undefined || n === undefined || name === '') break;
        const kpi = catalog.find(name);
        if (!kpi) return err({ code: 'kpi.unknown', input: name, suggestions: catalog.suggest(name) });
        targets[kpi.id] = n;
        j++;
        if (words[j] === ',' && words[j + 1]?.includes('=')) j++;
        else break;
      }
      if (j === i + 1) return err({ code: 'subscribe.target', input: next ?? null });
      i = j - 1;
      continue;
    }
    if (isSubscribeWord('alert', norm)) {
      // alert above 5, alert churn above 5
      let j = i + 1;
      let metric: string | undefined;
      const named = words[j] !== undefined ? catalog.find(words[j] ?? '') : undefined;
      if (named) {
        metric = named.id;
        j++;
      }
      const op = isSubscribeWord('above', normalizeName(words[j] ?? '')) ? 'above' : isSubscribeWord('below', normalizeName(words[j] ?? '')) ? 'below' : undefined;
      const value = numberOf(words[j + 1]);
      if (!op || value === undefined) return err({ code: 'subscribe.alert', input: words.slice(i + 1, j + 2).join(' ') || null });
      alert = { op, value, ...(metric ? { metric } : {}) };
      i = j + 1;
      continue;
    }
    question.push(word);
  }

  const time = at ?? '09:00';
  let schedule: Schedule;
  if (cron !== undefined) {
    const problem = checkCron(cron, timezone ?? 'UTC');
    if (problem) return err({ code: 'subscribe.cron', input: cron, detail: problem });
    schedule = { kind: 'cron', expression: cron };
  } else if (cadence === 'daily') schedule = { kind: 'daily', at: time };
  else if (cadence === 'weekly') schedule = { kind: 'weekly', day: weekday ?? 'monday', at: time };
  else if (cadence === 'monthly') schedule = { kind: 'monthly', day: monthDay ?? 1, at: time };
  else return err({ code: 'subscribe.schedule' });

  return ok({
    question: question.map(requote).join(' ').replace(/ ,/g, ','),
    schedule,
    ...(timezone ? { timezone } : {}),
    targets,
    ...(alert ? { alert } : {}),
  });
}

/** A word as it must be typed to read back as the same word: `region="North America"`. */
function requote(word: string): string {
  if (!/\s/.test(word)) return word;
  const eq = word.indexOf('=');
  return eq > 0 ? `${word.slice(0, eq + 1)}"${word.slice(eq + 1)}"` : `"${word}"`;
}

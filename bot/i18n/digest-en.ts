import type { DigestTexts } from './digest-texts.js';

const late = (due: string | null): string => (due ? ` (late: it was due ${due})` : '');
const next = (at: string | null): string => (at ? `next ${at}` : 'it never fires again');

export const digestEn: DigestTexts = {
  daily: (at, zone) => `every day at ${at} (${zone})`,
  weekly: (weekday, at, zone) => `every ${weekday} at ${at} (${zone})`,
  monthly: (day, at, zone) => `on day ${day} of every month at ${at} (${zone})`,
  cron: (expression, zone) => `on cron "${expression}" (${zone})`,
  // Day before month whatever the English locale: the log has always read so, and it cannot be misread.
  instant: (p) => `${p.weekday} ${p.day} ${p.month} ${p.year} ${p.hour}:${p.minute}`,
  condition: (metric, op, value) => `${metric} is ${op} ${value}`,
  subscribed: (f) => {
    const alert = f.alertWhen !== null;
    return (
      `Subscribed this channel (#${f.id}) to ${alert ? 'an alert on' : 'a digest of'} \`${f.question}\` ${alert ? 'checked ' : ''}${f.schedule}` +
      `${f.reporting ? `, reporting ${f.reporting}` : ''}${f.targets.length > 0 ? `, target ${f.targets.join(', ')}` : ''}` +
      `${alert ? `, sent when ${f.alertWhen}` : ''}. ${alert ? 'First check' : 'First'}: ${f.first}. \`unsubscribe ${f.id}\` stops it.`
    );
  },
  unsubscribed: (id) => `Unsubscribed #${id}: this channel gets no more of it.`,
  noSubscriptions: 'This channel has no subscriptions. Try `subscribe nps, churn weekly on monday at 09:00`.',
  listHead: 'Subscriptions of this channel:',
  listEntry: (f) =>
    `#${f.id} \`${f.question}\` ${f.schedule}${f.alertWhen ? `, alert when ${f.alertWhen}` : ''}${f.targets.length > 0 ? `, target ${f.targets.join(', ')}` : ''}` +
    `${f.pausedSince ? `; paused since ${f.pausedSince}` : ''}; by ${f.by}`,
  upcoming: (times, paused) => `  ${paused ? 'next (skipped while paused)' : 'next'}: ${times.length > 0 ? times.join(', ') : 'never again'}`,
  lastRun: (line) => `  last: ${line ?? 'none yet'}`,
  alreadyPaused: (id) => `#${id} is already paused; \`resume ${id}\` starts it again.`,
  paused: (id) => `Paused #${id}: its firings are skipped until \`resume ${id}\`.`,
  notPaused: (id, at) => `#${id} is not paused; ${next(at)}.`,
  resumed: (id, at) => `Resumed #${id}: ${next(at)}. The firings it missed while paused are not sent.`,
  sendingNow: (id, question) => `Sending #${id} \`${question}\` to this channel now; its schedule is unchanged.`,
  notFiredYet: (id, first) => `#${id} has not fired yet; first: ${first ?? 'never'}.`,
  logHead: (id, zone) => `Last firings of #${id} (${zone}), newest first:`,
  status: (status, note, retryAt) => {
    switch (status) {
      case 'due':
        return retryAt === null ? 'due' : `waiting to retry at ${retryAt}${note ? ` (${note})` : ''}`;
      case 'sending':
        return 'being sent';
      case 'sent':
        return 'sent';
      case 'skipped':
        return `skipped${note ? `: ${note}` : ''}`;
      case 'failed':
        return `failed${note ? `: ${note}` : ''}`;
    }
  },
  manual: (status) => `manual, ${status}`,
  notes: {
    paused: 'paused',
    missed: 'missed',
    'missed beyond the grace window': 'missed beyond the grace window',
    unsubscribed: 'unsubscribed',
    'subscription removed': 'subscription removed',
    'alert still true': 'alert still true',
    'alert condition false': 'alert condition false',
  },
  header: (id, schedule, due) => `Digest #${id}, ${schedule}${late(due)}`,
  alertRaised: (id, name, value, op, threshold, due) => `Alert #${id}: ${name} is ${value}, ${op} ${threshold}${late(due)}`,
  alertCleared: (id, name, value, op, threshold, due) => `Alert #${id} cleared: ${name} is ${value}, no longer ${op} ${threshold}${late(due)}`,
  failed: (id, question, why) =>
    `The digest #${id} \`${question}\` could not be sent (${why}). \`digest ${id} log\` shows its firings; \`digest ${id} now\` tries again.`,
};

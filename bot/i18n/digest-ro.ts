import type { DigestTexts } from './digest-texts.js';

const late = (due: string | null): string => (due ? ` (întârziat: era programat pentru ${due})` : '');
const next = (when: string | null): string => (when ? `următoarea trimitere: ${when}` : 'nu se mai trimite niciodată');
const side = (op: 'above' | 'below'): string => (op === 'above' ? 'peste' : 'sub');
const targets = (list: readonly string[]): string => (list.length > 0 ? `, ținta: ${list.join(', ')}` : '');

/** Romanian. */
export const digestRo: DigestTexts = {
  daily: (time, zone) => `în fiecare zi la ${time} (${zone})`,
  weekly: (weekday, time, zone) => `în fiecare ${weekday} la ${time} (${zone})`,
  monthly: (day, time, zone) => `pe data de ${day} a fiecărei luni la ${time} (${zone})`,
  cron: (expression, zone) => `după cron-ul "${expression}" (${zone})`,
  instant: (_parts, intl) => intl,
  condition: (metric, op, value) => `${metric} este ${side(op)} ${value}`,
  subscribed: (f) =>
    f.alertWhen !== null
      ? `Abonamentul #${f.id}: canalul acesta primește o alertă pentru \`${f.question}\`, verificată ${f.schedule}${f.reporting ? `, perioada: ${f.reporting}` : ''}` +
        `${targets(f.targets)}, când ${f.alertWhen}. Prima verificare: ${f.first}. \`dezabonează ${f.id}\` o oprește.`
      : `Abonamentul #${f.id}: canalul acesta primește rezumatul \`${f.question}\` ${f.schedule}${f.reporting ? `, perioada: ${f.reporting}` : ''}` +
        `${targets(f.targets)}. Prima trimitere: ${f.first}. \`dezabonează ${f.id}\` îl oprește.`,
  unsubscribed: (id) => `Abonamentul #${id} a fost anulat: canalul acesta nu îl mai primește.`,
  noSubscriptions: 'Canalul acesta nu are abonamente. Încercați `abonare nps, churn săptămânal luni la 09:00`.',
  listHead: 'Abonamentele acestui canal:',
  listEntry: (f) =>
    `#${f.id} \`${f.question}\` ${f.schedule}${f.alertWhen ? `, alertă când ${f.alertWhen}` : ''}${targets(f.targets)}` +
    `${f.pausedSince ? `; în pauză din ${f.pausedSince}` : ''}; creat de ${f.by}`,
  upcoming: (times, paused) => `  ${paused ? 'următoarele (sărite cât timp e în pauză)' : 'următoarele'}: ${times.length > 0 ? times.join('; ') : 'niciuna'}`,
  lastRun: (line) => `  ultima: ${line ?? 'niciuna încă'}`,
  alreadyPaused: (id) => `Abonamentul #${id} este deja în pauză; \`reia ${id}\` îl repornește.`,
  paused: (id) => `Abonamentul #${id} a fost pus în pauză: trimiterile sunt sărite până la \`reia ${id}\`.`,
  notPaused: (id, when) => `Abonamentul #${id} nu este în pauză; ${next(when)}.`,
  resumed: (id, when) => `Abonamentul #${id} a fost reluat; ${next(when)}. Trimiterile din timpul pauzei nu se mai fac.`,
  sendingNow: (id, question) => `Trimit acum #${id} \`${question}\` pe acest canal; programul rămâne neschimbat.`,
  notFiredYet: (id, first) => `Abonamentul #${id} nu a fost trimis încă; prima trimitere: ${first ?? 'niciodată'}.`,
  logHead: (id, zone) => `Ultimele trimiteri ale #${id} (${zone}), de la cea mai recentă:`,
  status: (status, note, retryAt) => {
    switch (status) {
      case 'due':
        return retryAt === null ? 'programată' : `se reîncearcă la ${retryAt}${note ? ` (${note})` : ''}`;
      case 'sending':
        return 'în curs de trimitere';
      case 'sent':
        return 'trimisă';
      case 'skipped':
        return `sărită${note ? `: ${note}` : ''}`;
      case 'failed':
        return `eșuată${note ? `: ${note}` : ''}`;
    }
  },
  manual: (status) => `manuală, ${status}`,
  notes: {
    paused: 'în pauză',
    missed: 'ratată',
    'missed beyond the grace window': 'ratată, peste marja de întârziere',
    unsubscribed: 'dezabonat',
    'subscription removed': 'abonament șters',
    'alert still true': 'alerta este încă activă',
    'alert condition false': 'condiția alertei nu este îndeplinită',
  },
  header: (id, schedule, due) => `Rezumatul #${id}, ${schedule}${late(due)}`,
  alertRaised: (id, name, value, op, threshold, due) => `Alertă #${id}: ${name} este ${value}, ${side(op)} ${threshold}${late(due)}`,
  alertCleared: (id, name, value, op, threshold, due) => `Alerta #${id} s-a încheiat: ${name} este ${value}, nu mai este ${side(op)} ${threshold}${late(due)}`,
  failed: (id, question, why) =>
    `Rezumatul #${id} \`${question}\` nu a putut fi trimis (${why}). \`rezumat ${id} istoric\` arată trimiterile; \`rezumat ${id} acum\` încearcă din nou.`,
};

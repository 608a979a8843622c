import type { DigestTexts } from './digest-texts.js';

/** `à` before one o'clock, `às` before every other hour. */
const at = (time: string): string => `${time.startsWith('01:') ? 'à' : 'às'} ${time}`;
/** Intl's `segunda-feira` or `sábado` said of every week: `todas as segundas-feiras`, `todos os sábados`. */
const everyWeekday = (weekday: string): string => {
  const plural = weekday.split('-').map((w) => `${w}s`).join('-');
  return weekday.endsWith('feira') ? `todas as ${plural}` : `todos os ${plural}`;
};
const late = (due: string | null): string => (due ? ` (atrasado: estava previsto para ${due})` : '');
const next = (when: string | null): string => (when ? `próximo envio: ${when}` : 'não volta a ser enviada');
const side = (op: 'above' | 'below'): string => (op === 'above' ? 'acima de' : 'abaixo de');
const targets = (list: readonly string[]): string => (list.length > 0 ? `, meta: ${list.join(', ')}` : '');

/** European Portuguese. */
export const digestPt: DigestTexts = {
  daily: (time, zone) => `todos os dias ${at(time)} (${zone})`,
  weekly: (weekday, time, zone) => `${everyWeekday(weekday)} ${at(time)} (${zone})`,
  monthly: (day, time, zone) => `no dia ${day} de cada mês ${at(time)} (${zone})`,
  cron: (expression, zone) => `segundo o cron "${expression}" (${zone})`,
  instant: (_parts, intl) => intl,
  condition: (metric, op, value) => `${metric} estiver ${side(op)} ${value}`,
  subscribed: (f) =>
    f.alertWhen !== null
      ? `Subscrição #${f.id}: este canal recebe um alerta sobre \`${f.question}\`, verificado ${f.schedule}${f.reporting ? `, período: ${f.reporting}` : ''}` +
        `${targets(f.targets)}, quando ${f.alertWhen}. Primeira verificação: ${f.first}. \`cancelar ${f.id}\` termina-a.`
      : `Subscrição #${f.id}: este canal recebe o resumo de \`${f.question}\` ${f.schedule}${f.reporting ? `, período: ${f.reporting}` : ''}` +
        `${targets(f.targets)}. Primeiro envio: ${f.first}. \`cancelar ${f.id}\` termina-a.`,
  unsubscribed: (id) => `Subscrição #${id} cancelada: este canal deixa de a receber.`,
  noSubscriptions: 'Este canal não tem subscrições. Experimente `assinar nps, churn semanal segunda às 09:00`.',
  listHead: 'Subscrições deste canal:',
  listEntry: (f) =>
    `#${f.id} \`${f.question}\` ${f.schedule}${f.alertWhen ? `, alerta quando ${f.alertWhen}` : ''}${targets(f.targets)}` +
    `${f.pausedSince ? `; em pausa desde ${f.pausedSince}` : ''}; criada por ${f.by}`,
  upcoming: (times, paused) => `  ${paused ? 'próximos (não enviados durante a pausa)' : 'próximos'}: ${times.length > 0 ? times.join('; ') : 'nenhum'}`,
  lastRun: (line) => `  último: ${line ?? 'ainda nenhum'}`,
  alreadyPaused: (id) => `A subscrição #${id} já está em pausa; \`retomar ${id}\` retoma-a.`,
  paused: (id) => `Subscrição #${id} em pausa: os envios ficam suspensos até \`retomar ${id}\`.`,
  notPaused: (id, when) => `A subscrição #${id} não está em pausa; ${next(when)}.`,
  resumed: (id, when) => `Subscrição #${id} retomada; ${next(when)}. Os envios previstos durante a pausa não são feitos.`,
  sendingNow: (id, question) => `A enviar agora a #${id} \`${question}\` para este canal; o horário mantém-se.`,
  notFiredYet: (id, first) => `A subscrição #${id} ainda não foi enviada; primeiro envio: ${first ?? 'nunca'}.`,
  logHead: (id, zone) => `Últimos envios da #${id} (${zone}), do mais recente para o mais antigo:`,
  status: (status, note, retryAt) => {
    switch (status) {
      case 'due':
        return retryAt === null ? 'pendente' : `nova tentativa: ${retryAt}${note ? ` (${note})` : ''}`;
      case 'sending':
        return 'a ser enviado';
      case 'sent':
        return 'enviado';
      case 'skipped':
        return `não enviado${note ? `: ${note}` : ''}`;
      case 'failed':
        return `falhou${note ? `: ${note}` : ''}`;
    }
  },
  manual: (status) => `manual, ${status}`,
  notes: {
    paused: 'em pausa',
    missed: 'perdido',
    'missed beyond the grace window': 'perdido, fora da margem de atraso',
    unsubscribed: 'subscrição cancelada',
    'subscription removed': 'subscrição removida',
    'alert still true': 'o alerta continua ativo',
    'alert condition false': 'a condição do alerta não se verifica',
  },
  header: (id, schedule, due) => `Resumo #${id}, ${schedule}${late(due)}`,
  alertRaised: (id, name, value, op, threshold, due) => `Alerta #${id}: ${name} está em ${value}, ${side(op)} ${threshold}${late(due)}`,
  alertCleared: (id, name, value, op, threshold, due) => `Fim do alerta #${id}: ${name} está em ${value}, já não está ${side(op)} ${threshold}${late(due)}`,
  failed: (id, question, why) =>
    `Não foi possível enviar o resumo #${id} \`${question}\` (${why}). \`resumo ${id} registo\` mostra os envios; \`resumo ${id} agora\` tenta de novo.`,
};

import type { Engine } from '../engine/query/engine.js';
import { isStoreBusy } from '../engine/store/store-busy.js';
import { isQueryTimeout } from '../engine/store/query-timeout.js';
import type { Command, QueryCommand, Refinement, WhyCommand } from './language/command.js';
import { failedOnAWord, parseLine } from './parse-line.js';
import { valueDictionary } from './language/value-dictionary.js';
import { formatReading } from './language/format-reading.js';
import { answerQuestion } from './answer-question.js';
import { explainQuestion } from './explain-question.js';
import { answerWhy, decomposeWhy } from './answer-why.js';
import { explainWhyText } from './explain-why.js';
import type { Reply } from './reply/reply.js';
import { text } from './reply/reply.js';
import { nextSteps } from './reply/next-steps.js';
import { completeQuery, type Choice } from './complete-query.js';
import type { Cell, NewCell, SessionStore } from './session/session-store.js';
import { failure, type BotError } from './messages.js';
import { languageOf } from './i18n/detect-language.js';
import type { Language } from './i18n/language.js';
import { voiceOf, type Voice } from './i18n/voice.js';
import { languageOfLocale } from './i18n/locale.js';
import { isTimeGrain } from '../engine/schema/tables.js';
import { planCalc, runCalc } from './notebook/calc-cells.js';
import { defineText, helpText, listText } from './describe-kpi.js';
import { writeNotebook } from './notebook/write-notebook.js';
import { withPolicies, type Inbound, type Policy, type Unreadable } from './policy/turn.js';
import type { ChartRenderer } from '../engine/chart/chart-renderer.js';
import { subscriptionCommands, type Digests } from './digest/subscription-commands.js';
import { targetCommands } from './target/target-commands.js';
import type { TargetStore } from './target/target-store.js';

export interface BotDeps {
  readonly engine: Engine;
  readonly sessions: SessionStore;
  readonly now: () => number;
  /** Where `/kpi export` writes notebooks. */
  readonly notebookDir: string;
  /** Cross-cutting rules run around every command (rate limit, KPI access), in order. */
  readonly policies?: readonly Policy[];
  /** Draws exported notebooks' charts as PNG; without it they are written as Vega-Lite specs only. */
  readonly charts?: () => Promise<ChartRenderer>;
  /** Where `subscribe` keeps digests; without it, subscription commands say digests are not available. */
  readonly digests?: Digests;
  /** The workspace's targets; without it, answers show none and target commands say targets are not available. */
  readonly targets?: TargetStore;
  /** Whether a KPI's numbers may be shown where a message came from (the access rules), for lists that leave some out. */
  readonly shownIn?: (metric: string, inbound: Inbound) => boolean;
  /** The workspace's language (config `language`): replies use it when neither the question's words nor the platform say otherwise. */
  readonly language?: Language;
  /** The workspace's locale (config `locale`), for replies in its language. */
  readonly locale?: string;
}

/** The longest line the bot reads; Slack allows 40,000 characters, and parsing costs time per character. */
export const MAX_LINE_CHARS = 1000;

/** The platform-neutral bot: one message in, one reply out, in the session of its channel or thread. */
export interface Bot {
  handle(inbound: Inbound): Promise<Reply>;
  /** How a reply to this message speaks, for the words a platform adds around it (buttons, cuts). */
  voiceFor(inbound: Inbound): Voice;
  /** Completions of a half-typed question (Discord's autocomplete), in the language of `locale` (`pt-BR`) when kpibot speaks it. */
  complete(prefix: string, locale?: string): Promise<Choice[]>;
}

/** Each channel, and each thread inside one, is a notebook session. */
export const sessionOf = (inbound: Inbound): string =>
  inbound.session ?? (inbound.thread ? `${inbound.channel}/${inbound.thread}` : inbound.channel);

export function createBot(deps: BotDeps): Bot {
  const { engine, sessions } = deps;
  const subscriptions = subscriptionCommands(engine, deps.digests, deps.now);
  const targets = targetCommands(engine, deps.targets, deps.now);
  const values = valueDictionary(() => engine.dimensionValues(), deps.now);

  async function remember(sessionId: string, cell: NewCell, voice: Voice): Promise<Reply> {
    const n = await sessions.append(sessionId, cell, deps.now());
    const reply = cell.reply.kind === 'multi' ? cell.reply : { kind: 'multi' as const, parts: [cell.reply] };
    const query = cell.command.kind === 'query' ? { query: cell.command } : {};
    const next = cell.command.kind === 'query' ? { next: nextSteps(n, cell.command, voice) } : {};
    return { ...reply, cell: { n, ...(cell.name ? { name: cell.name } : {}), ...query }, ...next };
  }

  async function answer(sessionId: string, line: string, command: QueryCommand, name: string | null, voice: Voice): Promise<Reply> {
    const r = await answerQuestion(engine, command, voice, {}, (await deps.targets?.list()) ?? []);
    if (!r.ok) return failure(r.error);
    const values = Object.fromEntries(r.value.results.map((x) => [x.metric, x.value]));
    return remember(sessionId, { name, input: line, command, values, reply: { kind: 'multi', parts: withReading(r.value.parts, command, voice) } }, voice);
  }

  /** A why answer is a cell like any other; its number is the change, for `calc`. */
  async function why(sessionId: string, line: string, command: WhyCommand, voice: Voice): Promise<Reply> {
    const r = await answerWhy(engine, command.query, voice);
    if (!r.ok) return failure(r.error);
    const { decomposition: d, parts } = r.value;
    return remember(sessionId, { name: null, input: line, command, values: { [d.metric]: d.delta }, reply: { kind: 'multi', parts: withReading(parts, command.query, voice, 'why ') } }, voice);
  }

  function voiceFor(inbound: Inbound): Voice {
    // The language of the question's words, else the person's on the platform, else the workspace's.
    const language = languageOf(inbound.text) ?? inbound.language ?? deps.language ?? 'en';
    // The person's own locale, when it is of the reply's language, else the workspace's (localeFor).
    const locale = inbound.locale !== undefined && languageOfLocale(inbound.locale) === language ? inbound.locale : deps.locale;
    return voiceOf(language, { currency: engine.workspace.currency, ...(locale !== undefined ? { locale } : {}) });
  }

  async function handle(inbound: Inbound): Promise<Reply> {
    const voice = voiceFor(inbound);
    const { language } = voice;
    try {
      return inLanguage(await turn(inbound, voice), language);
    } catch (e) {
      // Another writer (an import) holds the database: nothing of this turn was written, so the
      // person can simply ask again.
      if (isStoreBusy(e)) return failure({ code: 'store.busy' }, language);
      // A read ran past the store's time limit and was interrupted: nothing was saved either, and
      // a smaller question may well answer.
      if (isQueryTimeout(e)) return failure({ code: 'store.timeout', limitMs: e.limitMs }, language);
      throw e;
    }
  }

  async function turn(inbound: Inbound, voice: Voice): Promise<Reply> {
    const sessionId = sessionOf(inbound);
    const line = inbound.text.trim();
    const { command, reads } = await resolve(sessionId, inbound, line);
    return withPolicies(deps.policies ?? [], { inbound, command, reads, now: deps.now() }, () =>
      command.kind === 'unreadable' ? Promise.resolve(failure(command.error)) : execute(inbound, sessionId, line, command, voice),
    );
  }

  /** What a line means in its session, and the KPIs it reads, before any policy judges it. */
  async function resolve(sessionId: string, inbound: Inbound, line: string): Promise<{ command: Command | Unreadable; reads: readonly string[] }> {
    const unreadable = (error: BotError) => ({ command: { kind: 'unreadable' as const, error }, reads: [] });
    // Reading a line costs time in proportion to its length; no question needs more than this.
    if (line.length > MAX_LINE_CHARS) return unreadable({ code: 'line.too_long', length: line.length, max: MAX_LINE_CHARS });
    let parsed = parseLine(engine, line, await values.fresh());
    // A word nothing read may be a value an import has just added: read the values again, once.
    if (failedOnAWord(parsed)) parsed = parseLine(engine, line, await values.refresh());
    if (!parsed.ok) return unreadable(parsed.error);
    const command = parsed.value;
    switch (command.kind) {
      case 'followup':
      case 'why-followup': {
        // A follow-up is the previous question changed; policies judge the question it becomes.
        const cells = await sessions.cells(sessionId);
        const last = inbound.refines !== undefined ? cells.find((c) => c.n === inbound.refines) : [...cells].reverse().find(isQuestion);
        if (!last || !isQuestion(last)) return unreadable({ code: 'followup.nothing' });
        const base = last.command.kind === 'why' ? last.command.query : last.command;
        const query = refine(base, command.refinement);
        // A why keeps explaining (`vs last-year` after a why is a why); `why` after a question explains it.
        if (command.kind === 'why-followup' || last.command.kind === 'why') {
          const asked = command.kind === 'why-followup' && last.command.kind === 'query' ? whyOf(query) : query;
          return { command: { kind: 'why', query: asked }, reads: asked.metrics };
        }
        return { command: query, reads: query.metrics };
      }
      case 'calc': {
        const plan = planCalc(command.expression, await sessions.cells(sessionId));
        return plan.ok ? { command, reads: plan.value.reads } : unreadable(plan.error);
      }
      case 'query':
        return { command, reads: command.metrics };
      case 'let':
      case 'explain':
      case 'why':
      case 'explain-why':
      case 'subscribe':
        return { command, reads: command.query.metrics };
      // A target is shown in every answer of its KPI, so setting one is judged like asking for it.
      case 'target':
      case 'untarget':
        return { command, reads: [command.metric] };
      case 'list':
      case 'help':
      case 'define':
      case 'export':
      case 'unsubscribe':
      case 'subscriptions':
      case 'pause':
      case 'resume':
      // A digest's KPIs were judged in its channel when it was made, as its scheduled firings are.
      case 'digest-now':
      case 'digest-log':
      case 'targets':
        return { command, reads: [] };
    }
  }

  async function execute(inbound: Inbound, sessionId: string, line: string, command: Command, voice: Voice): Promise<Reply> {
    switch (command.kind) {
      case 'subscribe':
        return subscriptions.subscribe(inbound, command, voice);
      case 'unsubscribe':
        return subscriptions.unsubscribe(inbound, command.id, voice);
      case 'subscriptions':
        return subscriptions.list(inbound, voice);
      case 'pause':
        return subscriptions.pause(inbound, command.id, voice);
      case 'resume':
        return subscriptions.resume(inbound, command.id, voice);
      case 'digest-now':
        return subscriptions.sendNow(inbound, command.id, voice);
      case 'digest-log':
        return subscriptions.log(inbound, command.id, voice);
      case 'target':
        return targets.set(inbound, command, voice);
      case 'targets':
        return targets.list(voice, (metric) => (deps.shownIn ? deps.shownIn(metric, inbound) : true));
      case 'untarget':
        return targets.remove(command.metric, voice);
      case 'query':
        return answer(sessionId, line, command, null, voice);
      case 'followup':
      case 'why-followup':
        return failure({ code: 'followup.nothing' });
      case 'why':
        return why(sessionId, line, command, voice);
      case 'explain-why': {
        const r = await decomposeWhy(engine, command.query);
        return r.ok ? text(explainWhyText(r.value, voice)) : failure(r.error);
      }
      case 'let':
        return answer(sessionId, line, command.query, command.name, voice);
      case 'calc':
        return calc(sessionId, line, command.expression, voice);
      case 'list':
        return text(listText(engine.catalog, voice.language));
      case 'help':
        return text(helpText(voice.language));
      case 'define': {
        const kpi = engine.catalog.get(command.metric);
        return text(kpi ? defineText(kpi, voice.language) : '');
      }
      case 'explain':
        return explainQuestion(engine, command.query, voice);
      case 'export': {
        const cells = await sessions.cells(sessionId);
        if (cells.length === 0) return failure({ code: 'export.empty' });
        const path = await writeNotebook(deps.notebookDir, sessionId, cells, deps.now(), voice, deps.charts ? await deps.charts() : undefined);
        return text(voice.texts.answer.notebookWritten(cells.length, path));
      }
    }
  }

  async function calc(sessionId: string, line: string, expression: string, voice: Voice): Promise<Reply> {
    const plan = planCalc(expression, await sessions.cells(sessionId));
    if (!plan.ok) return failure(plan.error);
    const format = new Intl.NumberFormat(voice.locale, { maximumFractionDigits: 4 });
    const number = (x: number | null): string => (x === null ? voice.texts.units.noData : format.format(x));
    const { value, refs } = runCalc(plan.value, number);
    const reply: Reply = { kind: 'headline', title: `calc ${expression}`, interpretation: refs.join(', '), value: number(value), context: [] };
    return remember(sessionId, { name: null, input: line, command: { kind: 'calc', expression, reads: plan.value.reads }, values: { calc: value }, reply }, voice);
  }

  async function complete(prefix: string, locale?: string): Promise<Choice[]> {
    const language = languageOf(prefix) ?? (locale !== undefined ? languageOfLocale(locale) : undefined) ?? deps.language ?? 'en';
    return completeQuery(prefix, language, engine.catalog, await values.fresh());
  }

  return { handle, voiceFor, complete };
}

/** An error reply said again in the asker's language (answers are in English until their own catalogs come). */
function inLanguage(reply: Reply, language: Language): Reply {
  return reply.kind === 'error' && reply.cause && language !== 'en' ? failure(reply.cause, language) : reply;
}

/**
 * The question as it was read, under the first headline (`read as nps 2026-02 where
 * segment=SMB`), so a misreading shows at once; in the reply's words when a voice is given (a why's).
 */
function withReading(parts: readonly Reply[], command: QueryCommand, voice: Voice, prefix = ''): Reply[] {
  const first = parts.findIndex((p) => p.kind === 'headline');
  const line = voice.texts.answer.readAs(`${prefix}${formatReading(command)}`);
  return parts.map((p, k) => (k === first && p.kind === 'headline' ? { ...p, context: [...p.context, line] } : p));
}

/** The cells a follow-up can refine: questions and why answers. */
const isQuestion = (c: Cell): c is Cell & { command: QueryCommand | WhyCommand } => c.command.kind === 'query' || c.command.kind === 'why';

/**
 * A question asked `why` after it was answered: the same question, less what a why cannot take.
 * A time breakdown showed its own trend; the why compares the whole period with the one before.
 */
function whyOf(query: QueryCommand): QueryCommand {
  const by = (query.by ?? []).filter((a) => !isTimeGrain(a));
  const { by: _by, view, ...rest } = query;
  return { ...rest, ...(by.length > 0 ? { by } : {}), ...(view === 'table' || view === 'number' ? { view } : {}) };
}

/** A follow-up changes what it names and keeps the rest; filters add to the ones in force. */
export function refine(base: QueryCommand, change: Refinement): QueryCommand {
  return {
    ...base,
    ...change,
    kind: 'query',
    metrics: change.metrics ?? base.metrics,
    ...(change.filters ? { filters: { ...base.filters, ...change.filters } } : {}),
  };
}

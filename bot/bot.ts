import type { Engine } from '../engine/query/engine.js';
import { compileFormula } from '../engine/formula/restricted-formula.js';
import type { Command, QueryCommand, Refinement } from './language/command.js';
import { parseLine } from './parse-line.js';
import { describePeriod } from './reply/answer-reply.js';
import { answerQuestion, askKpi } from './answer-question.js';
import type { Reply } from './reply/reply.js';
import { text } from './reply/reply.js';
import type { Cell, NewCell, SessionStore } from './session/session-store.js';
import { failure } from './messages.js';
import { HELP_TEXT, defineText, listText } from './describe-kpi.js';
import { writeNotebook } from './notebook/write-notebook.js';
import { withPolicies, type Inbound, type Policy } from './policy/turn.js';
import type { ChartRenderer } from '../engine/chart/chart-renderer.js';
import { subscriptionCommands, type Digests } from './digest/subscription-commands.js';

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
}

/** The platform-neutral bot: one message in, one reply out, in the session of its channel or thread. */
export interface Bot {
  handle(inbound: Inbound): Promise<Reply>;
}

/** Each channel, and each thread inside one, is a notebook session. */
export const sessionOf = (inbound: Inbound): string =>
  inbound.session ?? (inbound.thread ? `${inbound.channel}/${inbound.thread}` : inbound.channel);

export function createBot(deps: BotDeps): Bot {
  const { engine, sessions } = deps;
  const subscriptions = subscriptionCommands(engine, deps.digests, deps.now);

  async function remember(sessionId: string, cell: NewCell): Promise<Reply> {
    const n = await sessions.append(sessionId, cell, deps.now());
    const reply = cell.reply.kind === 'multi' ? cell.reply : { kind: 'multi' as const, parts: [cell.reply] };
    const query = cell.command.kind === 'query' ? { query: cell.command } : {};
    return { ...reply, cell: { n, ...(cell.name ? { name: cell.name } : {}), ...query } };
  }

  async function answer(sessionId: string, line: string, command: QueryCommand, name: string | null): Promise<Reply> {
    const r = await answerQuestion(engine, command);
    if (!r.ok) return failure(r.error);
    const values = Object.fromEntries(r.value.results.map((x) => [x.metric, x.value]));
    return remember(sessionId, { name, input: line, command, values, reply: { kind: 'multi', parts: r.value.parts } });
  }

  async function handle(inbound: Inbound): Promise<Reply> {
    const sessionId = sessionOf(inbound);
    const line = inbound.text.trim();
    const parsed = parseLine(engine, line);
    if (!parsed.ok) return failure(parsed.error);
    let command: Command = parsed.value;
    if (command.kind === 'followup') {
      // A follow-up is the previous question changed; policies judge the question it becomes.
      const cells = await sessions.cells(sessionId);
      const last = inbound.refines !== undefined ? cells.find((c) => c.n === inbound.refines) : [...cells].reverse().find((c) => c.command.kind === 'query');
      if (!last || last.command.kind !== 'query') return failure({ code: 'followup.nothing' });
      command = refine(last.command, command.refinement);
    }
    const resolved = command;
    return withPolicies(deps.policies ?? [], { inbound, command: resolved, now: deps.now() }, () => execute(inbound, sessionId, line, resolved));
  }

  async function execute(inbound: Inbound, sessionId: string, line: string, command: Command): Promise<Reply> {
    switch (command.kind) {
      case 'subscribe':
        return subscriptions.subscribe(inbound, command);
      case 'unsubscribe':
        return subscriptions.unsubscribe(inbound, command.id);
      case 'subscriptions':
        return subscriptions.list(inbound);
      case 'query':
        return answer(sessionId, line, command, null);
      case 'followup':
        return failure({ code: 'followup.nothing' });
      case 'let':
        return answer(sessionId, line, command.query, command.name);
      case 'calc':
        return calc(sessionId, line, command.expression);
      case 'list':
        return text(listText(engine.catalog));
      case 'help':
        return text(HELP_TEXT);
      case 'define': {
        const kpi = engine.catalog.get(command.metric);
        return text(kpi ? defineText(kpi) : '');
      }
      case 'explain':
        return explain(command.query);
      case 'export': {
        const cells = await sessions.cells(sessionId);
        if (cells.length === 0) return failure({ code: 'export.empty' });
        const path = await writeNotebook(deps.notebookDir, sessionId, cells, deps.now(), deps.charts ? await deps.charts() : undefined);
        return text(`Notebook of ${cells.length} cell(s) written to ${path}, with its charts beside it.`);
      }
    }
  }

  async function calc(sessionId: string, line: string, expression: string): Promise<Reply> {
    const cells = await sessions.cells(sessionId);
    const byName = new Map<string, Cell>();
    for (const c of cells) {
      byName.set(`cell_${c.n}`, c);
      if (c.name) byName.set(c.name, c);
    }
    const compiled = compileFormula(expression, { isVariable: (n) => byName.has(n.toLowerCase()), cellRefs: true });
    if (!compiled.ok) return failure({ code: 'calc.invalid', detail: compiled.error.detail });
    const value = compiled.value.evaluate((n) => primaryValue(byName.get(n.toLowerCase())));
    const number = (x: number | null): string => (x === null ? 'no data' : x.toLocaleString('en-US', { maximumFractionDigits: 4 }));
    const shown = number(value);
    const refs = compiled.value.variables.map((v) => `${v.startsWith('cell_') ? `[${v.slice(5)}]` : v} = ${number(primaryValue(byName.get(v)))}`);
    const reply: Reply = { kind: 'headline', title: `calc ${expression}`, interpretation: refs.join(', '), value: shown, context: [] };
    return remember(sessionId, { name: null, input: line, command: { kind: 'calc', expression }, values: { calc: value }, reply });
  }

  async function explain(command: QueryCommand): Promise<Reply> {
    const lines: string[] = [];
    for (const metric of command.metrics) {
      const r = await askKpi(engine, command, metric);
      if (!r.ok) return failure(r.error);
      const x = r.value;
      lines.push(
        `KPI: ${x.metric} (${x.name}), ${engine.catalog.get(x.metric)?.formula ?? ''}`,
        `Period: ${describePeriod(x.period)}; bounds [${x.period.start}, ${x.period.end}) in ${x.period.timezone}`,
        ...(x.compare ? [`Compared with: ${describePeriod(x.compare.period)}`] : []),
        `Breakdown: ${x.by.length > 0 ? x.by.join(', ') : 'none'}; filters: ${Object.keys(x.filters).length > 0 ? JSON.stringify(x.filters) : 'none'}`,
        `SQL (${x.statements.length} statements, values bound as parameters):`,
        ...x.statements.flatMap((s, i) => [`-- ${i + 1}`, s.sql, `-- params: ${JSON.stringify(s.params)}`]),
      );
    }
    return text(lines.join('\n'));
  }

  return { handle };
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

function primaryValue(cell: Cell | undefined): number | null {
  if (!cell) return null;
  const first = Object.values(cell.values)[0];
  return first ?? null;
}

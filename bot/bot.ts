import type { Engine } from '../engine/query/engine.js';
import type { KpiResult, Query } from '../engine/query/query.js';
import { compileFormula } from '../engine/formula/restricted-formula.js';
import { ok, type Result } from '../engine/result.js';
import type { Command, QueryCommand, Refinement } from './language/command.js';
import { parseCommand } from './language/parse-command.js';
import { answerParts, describePeriod } from './reply/answer-reply.js';
import { DateTime } from 'luxon';
import { chartSpec, type TrendPoint } from '../engine/chart/chart-spec.js';
import { npsDistributionSpec, type NpsShares } from '../engine/chart/nps-distribution.js';
import { smallMultiplesSpec } from '../engine/chart/small-multiples.js';
import { shiftPeriod } from '../engine/time/index.js';
import { formatValue } from '../engine/format-value.js';

/** How many periods the headline card's sparkline shows, this one included. */
const TREND_PERIODS = 8;
import { isTimeGrain } from '../engine/schema/tables.js';
import type { Reply } from './reply/reply.js';
import { text } from './reply/reply.js';
import type { Cell, NewCell, SessionStore } from './session/session-store.js';
import { failure, type BotError } from './messages.js';
import { HELP_TEXT, defineText, listText } from './describe-kpi.js';
import { writeNotebook } from './notebook/write-notebook.js';
import { withPolicies, type Inbound, type Policy } from './policy/turn.js';
import type { ChartRenderer } from '../engine/chart/chart-renderer.js';

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
}

/** The platform-neutral bot: one message in, one reply out, in the session of its channel or thread. */
export interface Bot {
  handle(inbound: Inbound): Promise<Reply>;
}

/** Each channel, and each thread inside one, is a notebook session. */
export const sessionOf = (inbound: Inbound): string => (inbound.thread ? `${inbound.channel}/${inbound.thread}` : inbound.channel);

export function createBot(deps: BotDeps): Bot {
  const { engine, sessions } = deps;
  const format = { currency: engine.workspace.currency };

  const isPeriod = (word: string): boolean => {
    const r = engine.period(word);
    return r.ok || r.error.code === 'period.invalid';
  };

  const queryOf = (command: QueryCommand, metric: string, withCompare = true): Query => ({
    metric,
    ...(command.period !== undefined ? { period: command.period } : {}),
    ...(command.by ? { by: command.by } : {}),
    ...(command.filters ? { filters: command.filters } : {}),
    ...(withCompare && command.compare !== undefined ? { compare: command.compare } : {}),
  });

  async function run(command: QueryCommand): Promise<Result<{ results: KpiResult[]; parts: Reply[] }, BotError>> {
    const results: KpiResult[] = [];
    for (const metric of command.metrics) {
      const r = await engine.ask(queryOf(command, metric));
      if (!r.ok) return r;
      results.push(r.value);
    }
    const several = results.length > 1;
    const shape = { ...format, ...(command.view ? { view: command.view } : {}), ...(command.top ? { top: command.top } : {}) };
    const parts: Reply[] = [];
    for (const r of results) {
      const nps = r.metric === 'nps' && !r.by.some(isTimeGrain) && command.view !== 'table' && command.view !== 'number';
      parts.push(...answerParts(r, { ...shape, chart: !several && !nps }));
      if (!several && (!r.groups || r.groups.length === 0) && command.view !== 'number' && command.view !== 'table') {
        const trend = await trendOf(command, r);
        parts.push({ kind: 'chart', spec: chartSpec(r, { currency: format.currency, trend }), alt: cardAlt(r, trend, format) });
      }
      if (nps && !several) {
        const distribution = await npsDistribution(command);
        if (distribution) parts.push({ kind: 'chart', spec: npsDistributionSpec(distribution), alt: npsAlt(distribution) });
      }
    }
    if (several && command.view !== 'table' && command.view !== 'number') {
      parts.push({ kind: 'chart', spec: smallMultiplesSpec(results, { currency: format.currency }), alt: `${results.map((r) => r.name).join(', ')}, side by side, ${results[0]?.period.label ?? ''}.` });
    }
    return ok({ results, parts });
  }

  /** The KPI over the periods before this one (same length), oldest first, for the sparkline. */
  async function trendOf(command: QueryCommand, r: KpiResult): Promise<TrendPoint[]> {
    const resolved = engine.period(command.period);
    if (!resolved.ok) return [];
    const periods = [resolved.value];
    for (let i = 1; i < TREND_PERIODS; i++) {
      const before = periods[0];
      if (before) periods.unshift(shiftPeriod(before, 'previous', engine.workspace.fiscal_year_start));
    }
    const points: TrendPoint[] = [];
    for (const p of periods.slice(0, -1)) {
      const last = DateTime.fromISO(p.endDate).minus({ days: 1 }).toISODate();
      const answer = await engine.ask({ ...queryOf(command, r.metric, false), by: [], period: `${p.startDate}..${last}` });
      points.push({ label: p.label, value: answer.ok ? answer.value.value : null });
    }
    points.push({ label: resolved.value.label, value: r.value });
    return points;
  }

  /** Promoters, passives and detractors for the same question, for the NPS distribution chart. */
  async function npsDistribution(command: QueryCommand): Promise<NpsShares | undefined> {
    const [promoters, passives, detractors] = await Promise.all(
      ['recommendation_rate', 'passive_rate', 'detractor_rate'].map((m) => engine.ask(queryOf(command, m, false))),
    );
    if (!promoters?.ok || !passives?.ok || !detractors?.ok) return undefined;
    return { promoters: promoters.value, passives: passives.value, detractors: detractors.value };
  }

  async function remember(sessionId: string, cell: NewCell): Promise<Reply> {
    const n = await sessions.append(sessionId, cell, deps.now());
    const reply = cell.reply.kind === 'multi' ? cell.reply : { kind: 'multi' as const, parts: [cell.reply] };
    return { ...reply, cell: { n, ...(cell.name ? { name: cell.name } : {}) } };
  }

  async function answer(sessionId: string, line: string, command: QueryCommand, name: string | null): Promise<Reply> {
    const r = await run(command);
    if (!r.ok) return failure(r.error);
    const values = Object.fromEntries(r.value.results.map((x) => [x.metric, x.value]));
    return remember(sessionId, { name, input: line, command, values, reply: { kind: 'multi', parts: r.value.parts } });
  }

  async function handle(inbound: Inbound): Promise<Reply> {
    const sessionId = sessionOf(inbound);
    const line = inbound.text.trim();
    const parsed = parseCommand(line, { catalog: engine.catalog, isPeriod });
    if (!parsed.ok) return failure(parsed.error);
    let command: Command = parsed.value;
    if (command.kind === 'followup') {
      // A follow-up is the previous question changed; policies judge the question it becomes.
      const cells = await sessions.cells(sessionId);
      const last = [...cells].reverse().find((c) => c.command.kind === 'query');
      if (!last || last.command.kind !== 'query') return failure({ code: 'followup.nothing' });
      command = refine(last.command, command.refinement);
    }
    const resolved = command;
    return withPolicies(deps.policies ?? [], { inbound, command: resolved, now: deps.now() }, () => execute(sessionId, line, resolved));
  }

  async function execute(sessionId: string, line: string, command: Command): Promise<Reply> {
    switch (command.kind) {
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
      const r = await engine.ask({
        metric,
        ...(command.period !== undefined ? { period: command.period } : {}),
        ...(command.by ? { by: command.by } : {}),
        ...(command.filters ? { filters: command.filters } : {}),
        ...(command.compare !== undefined ? { compare: command.compare } : {}),
      });
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

function npsAlt(d: NpsShares): string {
  const pct = (x: number | null): string => (x === null ? 'no data' : `${Math.round(x)}%`);
  return `NPS answers ${d.promoters.period.label}: ${pct(d.promoters.value)} promoters, ${pct(d.passives.value)} passives, ${pct(d.detractors.value)} detractors.`;
}

function cardAlt(r: KpiResult, trend: readonly TrendPoint[], format: { currency: string }): string {
  const value = formatValue(r.value, r.unit, format);
  const known = trend.filter((p) => p.value !== null);
  const first = known[0];
  const direction = first && r.value !== null && first.value !== null ? (r.value > first.value ? 'up' : r.value < first.value ? 'down' : 'flat') : null;
  return `${r.name} ${r.period.label}: ${value}${direction ? `, ${direction} over the last ${known.length} periods` : ''}.`;
}

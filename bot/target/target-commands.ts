import { DateTime } from 'luxon';
import type { Engine } from '../../engine/query/engine.js';
import { formatValue } from '../../engine/format-value.js';
import type { Command } from '../language/command.js';
import { failure } from '../messages.js';
import type { Inbound } from '../policy/turn.js';
import type { Reply } from '../reply/reply.js';
import { opSymbol, type WorkspaceTarget } from './target.js';
import type { TargetStore } from './target-store.js';

/**
 * `target`, `targets` and `untarget`. A target is the workspace's, not the channel's, so setting
 * and removing one is shared with the channel: everyone there sees the answers change.
 */
export function targetCommands(engine: Engine, store: TargetStore | undefined, now: () => number) {
  async function set(inbound: Inbound, c: Extract<Command, { kind: 'target' }>): Promise<Reply> {
    if (!store) return failure({ code: 'targets.off' });
    const target: WorkspaceTarget = { kpi: c.metric, op: c.op, value: c.value, grain: c.grain, setBy: inbound.user, setAt: now() };
    await store.set(target);
    return {
      kind: 'text',
      shared: true,
      text: `Target set: ${describeTarget(engine, target)}. Every answer and digest of ${c.metric} now says whether it is on track; \`untarget ${c.metric}\` removes it.`,
    };
  }

  /** The workspace's targets, but only of the KPIs `shown` lets this channel see: a target's value says much of its KPI. */
  async function list(shown: (metric: string) => boolean = () => true): Promise<Reply> {
    if (!store) return failure({ code: 'targets.off' });
    const all = (await store.list()).filter((t) => shown(t.kpi));
    if (all.length === 0) return { kind: 'text', text: 'This workspace has no targets. Try `target revenue >= 1200 month`.' };
    const zone = engine.workspace.timezone;
    const lines = all.map((t) => `${describeTarget(engine, t)}; set by ${t.setBy} on ${DateTime.fromMillis(t.setAt, { zone }).toISODate() ?? ''}`);
    return { kind: 'text', text: `Targets of this workspace:\n${lines.join('\n')}` };
  }

  async function remove(metric: string): Promise<Reply> {
    if (!store) return failure({ code: 'targets.off' });
    if (!(await store.remove(metric))) return failure({ code: 'target.unknown', metric });
    return { kind: 'text', shared: true, text: `Removed the target of ${engine.catalog.get(metric)?.name ?? metric}.` };
  }

  return { set, list, remove };
}

/** `Revenue (revenue) ≥ $1,200.00 per month`; a target without a grain holds for any period asked. */
function describeTarget(engine: Engine, t: WorkspaceTarget): string {
  const kpi = engine.catalog.get(t.kpi);
  const value = formatValue(t.value, kpi?.unit ?? 'count', { currency: engine.workspace.currency });
  return `${kpi?.name ?? t.kpi} (${t.kpi}) ${opSymbol(t.op)} ${value} ${t.grain ? `per ${t.grain}` : 'for any period'}`;
}

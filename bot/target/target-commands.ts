import type { Engine } from '../../engine/query/engine.js';
import { formatValue } from '../../engine/format-value.js';
import { formatDay } from '../../engine/format-date.js';
import type { Voice } from '../i18n/voice.js';
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
  async function set(inbound: Inbound, c: Extract<Command, { kind: 'target' }>, voice: Voice): Promise<Reply> {
    if (!store) return failure({ code: 'targets.off' });
    const target: WorkspaceTarget = { kpi: c.metric, op: c.op, value: c.value, grain: c.grain, setBy: inbound.user, setAt: now() };
    await store.set(target);
    return { kind: 'text', shared: true, text: voice.texts.target.set(describeTarget(engine, target, voice), c.metric) };
  }

  /** The workspace's targets, but only of the KPIs `shown` lets this channel see: a target's value says much of its KPI. */
  async function list(voice: Voice, shown: (metric: string) => boolean = () => true): Promise<Reply> {
    if (!store) return failure({ code: 'targets.off' });
    const words = voice.texts.target;
    const all = (await store.list()).filter((t) => shown(t.kpi));
    if (all.length === 0) return { kind: 'text', text: words.none };
    const zone = engine.workspace.timezone;
    const lines = all.map((t) => words.listEntry(describeTarget(engine, t, voice), t.setBy, formatDay(dayIn(t.setAt, zone), voice.locale)));
    return { kind: 'text', text: `${words.listHead}\n${lines.join('\n')}` };
  }

  async function remove(metric: string, voice: Voice): Promise<Reply> {
    if (!store) return failure({ code: 'targets.off' });
    if (!(await store.remove(metric))) return failure({ code: 'target.unknown', metric });
    return { kind: 'text', shared: true, text: voice.texts.target.removed(engine.catalog.get(metric)?.name ?? metric) };
  }

  return { set, list, remove };
}

/** `Revenue (revenue) ≥ $1,200.00 per month`; a target without a grain holds for any period asked. */
function describeTarget(engine: Engine, t: WorkspaceTarget, voice: Voice): string {
  const kpi = engine.catalog.get(t.kpi);
  const value = formatValue(t.value, kpi?.unit ?? 'count', voice.format);
  return voice.texts.target.describe(kpi?.name ?? t.kpi, t.kpi, opSymbol(t.op), value, t.grain);
}

/** The calendar day (YYYY-MM-DD) an instant falls on in the workspace's zone. */
const dayIn = (at: number, zone: string): string => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

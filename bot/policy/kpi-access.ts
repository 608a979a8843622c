import type { Catalog } from '../../engine/catalog/catalog.js';
import type { Command } from '../language/command.js';
import type { Policy } from './turn.js';
import { failure } from '../messages.js';

export interface Restriction {
  readonly kpis: readonly string[];
  readonly channels: readonly string[];
}

/**
 * Channel rules for sensitive KPIs: a restricted KPI, and any KPI computed from one (CLV reads
 * gross margin), is answered only in the channels its rule lists. The refusal names them.
 */
export function kpiAccess(catalog: Catalog, restrictions: readonly Restriction[]): Policy {
  const allowedIn = new Map<string, Set<string>>();
  for (const r of restrictions) {
    for (const name of r.kpis) {
      const id = catalog.find(name)?.id ?? name;
      const set = allowedIn.get(id) ?? new Set<string>();
      for (const c of r.channels) set.add(c.replace(/^#/, ''));
      allowedIn.set(id, set);
    }
  }
  /** The restricted KPIs a KPI reads, itself included, through derived formulas. */
  const restrictedBehind = (id: string, seen = new Set<string>()): string[] => {
    if (seen.has(id)) return [];
    seen.add(id);
    const kpi = catalog.get(id);
    const inputs = kpi?.compiled ? [...kpi.compiled.variables, ...kpi.compiled.previous].filter((v) => catalog.get(v)) : [];
    return [...(allowedIn.has(id) ? [id] : []), ...inputs.flatMap((v) => restrictedBehind(v, seen))];
  };
  return async (turn, next) => {
    for (const metric of metricsOf(turn.command)) {
      for (const id of restrictedBehind(metric)) {
        const channels = allowedIn.get(id);
        const { channel, channelName } = turn.inbound;
        if (channels && !channels.has(channel) && !(channelName !== undefined && channels.has(channelName))) {
          return failure({ code: 'policy.kpi_restricted', metric, via: id === metric ? null : id, channels: [...channels] });
        }
      }
    }
    return next();
  };
}

function metricsOf(command: Command): readonly string[] {
  switch (command.kind) {
    case 'query':
      return command.metrics;
    case 'let':
    case 'explain':
    case 'subscribe':
      return command.query.metrics;
    case 'define':
      return [];
    default:
      return [];
  }
}

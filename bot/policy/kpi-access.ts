import type { Catalog } from '../../engine/catalog/catalog.js';
import { measuresRead } from '../../engine/catalog/measures-read.js';
import { quantityOf, readsQuantity, type Quantity } from '../../engine/catalog/measure-quantity.js';
import type { Measure } from '../../engine/catalog/kpi-schema.js';
import type { Inbound, Policy } from './turn.js';
import { failure } from '../messages.js';

export interface Restriction {
  readonly kpis: readonly string[];
  readonly channels: readonly string[];
}

/** A restricted KPI: the quantities it is computed from, and the channels that may see them. */
interface Rule {
  readonly kpi: string;
  readonly quantities: readonly { readonly measure: Measure; readonly quantity: Quantity }[];
  readonly channels: ReadonlySet<string>;
}

/**
 * Channel rules for sensitive KPIs, decided from what a KPI reads, not from its name. Restricting
 * a KPI restricts the quantities it is computed from (each measure of it; for a ratio or a
 * derived KPI every part, since its parts rebuild it), and any KPI that reads one of them is
 * answered only in the rule's channels: with revenue restricted, the average basket (revenue over
 * orders) and the average ticket are too, so `calc` cannot multiply them back into revenue. The
 * turn's `reads` include the KPIs behind the cells a `calc` combines.
 */
export function kpiAccess(catalog: Catalog, restrictions: readonly Restriction[]): Policy {
  return kpiRules(catalog, restrictions).policy;
}

/** The access rules as a policy, and as a question a handler can ask of any KPI (a list that must leave some out). */
export interface KpiRules {
  readonly policy: Policy;
  /** Whether the KPI's numbers may be shown where the message came from. */
  shownIn(metric: string, inbound: Inbound): boolean;
}

export function kpiRules(catalog: Catalog, restrictions: readonly Restriction[]): KpiRules {
  const byKpi = new Map<string, Set<string>>();
  for (const r of restrictions) {
    for (const name of r.kpis) {
      const id = catalog.find(name)?.id ?? name;
      const set = byKpi.get(id) ?? new Set<string>();
      for (const c of r.channels) set.add(c.replace(/^#/, ''));
      byKpi.set(id, set);
    }
  }
  const rules: Rule[] = [...byKpi].map(([kpi, channels]) => ({
    kpi,
    channels,
    quantities: measuresRead(catalog, kpi).map((measure) => ({ measure, quantity: quantityOf(measure) })),
  }));

  /** The first rule a KPI falls under and, when it is not the restricted KPI itself, the measure of it that it reads. */
  const ruleFor = (metric: string, allowed: (channels: ReadonlySet<string>) => boolean): { rule: Rule; via: Measure | null } | undefined => {
    const measures = measuresRead(catalog, metric);
    for (const rule of rules) {
      if (allowed(rule.channels)) continue;
      if (rule.kpi === metric) return { rule, via: null };
      const hit = rule.quantities.find((q) => measures.some((m) => readsQuantity(m, q.quantity)));
      if (hit) return { rule, via: hit.measure };
    }
    return undefined;
  };

  const allowedFor = ({ channel, channelName }: Inbound) => (channels: ReadonlySet<string>): boolean =>
    channels.has(channel) || (channelName !== undefined && channels.has(channelName));
  const policy: Policy = async (turn, next) => {
    const allowed = allowedFor(turn.inbound);
    for (const metric of turn.reads) {
      const found = ruleFor(metric, allowed);
      if (found) {
        const { rule, via } = found;
        return failure({
          code: 'policy.kpi_restricted',
          metric,
          via: via === null ? null : { kpi: rule.kpi, reads: describeMeasure(via) },
          channels: [...rule.channels],
        });
      }
    }
    return next();
  };
  return { policy, shownIn: (metric, inbound) => ruleFor(metric, allowedFor(inbound)) === undefined };
}

/** `sum(t.amount) of orders where t.status = 'completed'`: what a refusal says was read. */
function describeMeasure(m: Measure): string {
  return `${m.select} of ${m.table}${m.where ? ` where ${m.where}` : ''}`;
}

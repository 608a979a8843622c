import type { Catalog } from '../../engine/catalog/catalog.js';
import type { BreakdownAxis } from '../../engine/query/query.js';
import { dimensionSource, TABLE_DIMENSIONS, type Dimension } from '../../engine/schema/tables.js';
import { ok, type Result } from '../../engine/result.js';
import type { CompareChoice, Rank, Refinement, View } from './command.js';
import type { ParseError } from './parse-error.js';

/** A value typed on its own, to be given its dimension once the KPIs are known. */
export interface LooseValue {
  readonly candidates: readonly { dim: Dimension; value: string }[];
  /** The dimension an axis word beside it named (`segmento Enterprise`). */
  readonly dim?: Dimension;
  readonly typed: string;
}

/** What has been read so far: the reading grows as the words are taken. */
export class Reading {
  readonly metrics: string[] = [];
  period: string | undefined;
  readonly by: BreakdownAxis[] = [];
  readonly filters: Partial<Record<Dimension, string[]>> = {};
  readonly loose: LooseValue[] = [];
  compare: CompareChoice | undefined;
  rank: { n: number; sense: 'top' | 'bottom' | 'best' | 'worst' } | undefined;
  view: View | undefined;
  /** Whether anything but filler was read. */
  understoodSomething = false;

  refinement(catalog: Catalog): Result<Refinement, ParseError> {
    const filters: Partial<Record<Dimension, string[]>> = {};
    for (const [dim, values] of Object.entries(this.filters) as [Dimension, string[]][]) filters[dim] = [...values];
    for (const v of this.loose) {
      const dim = v.dim ?? chooseDimension(v.candidates, this.metrics, catalog);
      const value = v.candidates.find((c) => c.dim === dim)?.value ?? v.typed;
      const list = (filters[dim] ??= []);
      if (!list.includes(value)) list.push(value);
    }
    let rank: Rank | undefined;
    if (this.rank) {
      const better = catalog.get(this.metrics[0] ?? '')?.better ?? 'up';
      const { n, sense } = this.rank;
      const end = sense === 'top' || sense === 'bottom' ? sense : (sense === 'best') === (better === 'up') ? 'top' : 'bottom';
      rank = { n, end };
    }
    return ok({
      ...(this.metrics.length > 0 ? { metrics: [...this.metrics] } : {}),
      ...(this.period !== undefined ? { period: this.period } : {}),
      ...(this.by.length > 0 ? { by: [...this.by] } : {}),
      ...(Object.keys(filters).length > 0 ? { filters } : {}),
      ...(this.compare !== undefined ? { compare: this.compare } : {}),
      ...(rank ? { rank } : {}),
      ...(this.view ? { view: this.view } : {}),
    });
  }
}

/**
 * A value of several dimensions (`email` is a ticket channel and an acquisition channel) goes to
 * the one every KPI asked about allows, a table's own dimension before the customer's.
 */
function chooseDimension(candidates: readonly { dim: Dimension }[], metrics: readonly string[], catalog: Catalog): Dimension {
  const allowed = candidates.filter((c) => metrics.every((m) => catalog.get(m)?.dimensions.includes(c.dim) ?? true));
  const pool = allowed.length > 0 ? allowed : candidates;
  // `channel` is a ticket's (or a visit's) own channel only where the table has one; for orders
  // and customers it means the acquisition channel, so a value of both is the acquisition channel.
  const hasOwnChannel = metrics.some((m) => ownChannel(catalog, m));
  const preferred = pool.find((c) => (c.dim === 'channel' ? hasOwnChannel : c.dim === 'acquisition_channel' ? !hasOwnChannel : false));
  const own = pool.find((c) => (TABLE_DIMENSIONS as readonly string[]).includes(c.dim));
  return (preferred ?? own ?? pool[0])?.dim ?? 'segment';
}

/** Whether a KPI's rows carry a channel of their own (tickets, visits, spend), not only the customer's. */
function ownChannel(catalog: Catalog, metric: string): boolean {
  const kpi = catalog.get(metric);
  if (!kpi) return false;
  const tables = kpi.tables;
  return tables.some((t) => {
    const source = dimensionSource(t, 'channel');
    return source?.kind === 'own' && source.column === 'channel';
  });
}


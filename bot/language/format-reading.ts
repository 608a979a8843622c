import { DIMENSIONS, type Dimension } from '../../engine/schema/tables.js';
import type { Refinement } from './command.js';

/**
 * A question as kpibot read it, in the command language itself, so a misreading shows at once and
 * it reads like the command language: `nps last-month by segment where segment=SMB vs previous top 3`.
 * Parts in a fixed order (KPIs, period, breakdown, filters by dimension, comparison, rank, view);
 * filter values in the order typed.
 */
export function formatReading(q: Refinement): string {
  const parts: string[] = [];
  if (q.metrics && q.metrics.length > 0) parts.push(q.metrics.join(', '));
  if (q.period !== undefined) parts.push(q.period);
  if (q.by && q.by.length > 0) parts.push(`by ${q.by.join(', ')}`);
  const filters = q.filters ?? {};
  for (const dim of DIMENSIONS) {
    const values = filters[dim as Dimension];
    if (values && values.length > 0) parts.push(`where ${dim}=${values.join(',')}`);
  }
  if (q.compare !== undefined) parts.push(`vs ${typeof q.compare === 'string' ? q.compare : q.compare.period}`);
  if (q.rank) parts.push(`${q.rank.end} ${q.rank.n}`);
  if (q.view) parts.push(`as ${q.view}`);
  return parts.join(' ');
}

import type { KpiDef } from '../catalog/catalog.js';
import type { BeforeAfter } from './change-split.js';

/**
 * Whether a change is larger than the chance variation of the records it rests on. Kept simple,
 * one rule per kind of KPI, each an approximate standard error (SE) of the change; a change is
 * within the noise when |change| < 2 × SE (about a 95% band):
 *   - a percentage ratio (churn, csat, conversion): the rate is a share p of its sample's n
 *     records, and the SE of the difference of two independent shares is
 *     scale × sqrt(p0 (1 − p0) / n0 + p1 (1 − p1) / n1)   (binomial);
 *   - a count of events in a period (complaints, orders): each count varies like a Poisson
 *     count, whose variance is the count itself, so SE = sqrt(c0 + c1)   (Poisson).
 * Other KPIs get no test, and say why: a money sum or an average has a spread the KPI's numbers
 * alone do not give, a stock is a census at an instant rather than a sample of events, and a
 * formula of other KPIs has no simple error.
 */
export type ChangeNoise =
  | {
      readonly kind: 'binomial' | 'poisson';
      /** The standard error of the change, in the KPI's unit. */
      readonly se: number;
      /** |change| < 2 × se (or no change at all). */
      readonly within: boolean;
    }
  | { readonly kind: 'none'; readonly reason: NoNoiseTest };

export type NoNoiseTest = 'not-a-share' | 'not-a-count' | 'stock' | 'formula' | 'empty-sample';

/** How many standard errors a change must exceed to be more than noise. */
export const NOISE_SES = 2;

export function changeNoise(
  kpi: KpiDef,
  value: BeforeAfter<number | null>,
  sample: BeforeAfter<number | null>,
): ChangeNoise {
  const v0 = value.before;
  const v1 = value.after;
  if (v0 === null || v1 === null) return { kind: 'none', reason: 'empty-sample' };
  const delta = v1 - v0;
  // No change at all is within any noise, even a zero one (no records in either period).
  const judged = (kind: 'binomial' | 'poisson', se: number): ChangeNoise => ({ kind, se, within: delta === 0 || Math.abs(delta) < NOISE_SES * se });
  switch (kpi.type) {
    case 'ratio': {
      const n0 = sample.before;
      const n1 = sample.after;
      const p0 = v0 / kpi.scale;
      const p1 = v1 / kpi.scale;
      if (kpi.unit !== 'percent' || p0 < 0 || p0 > 1 || p1 < 0 || p1 > 1) return { kind: 'none', reason: 'not-a-share' };
      if (n0 === null || n1 === null || n0 <= 0 || n1 <= 0) return { kind: 'none', reason: 'empty-sample' };
      return judged('binomial', kpi.scale * Math.sqrt((p0 * (1 - p0)) / n0 + (p1 * (1 - p1)) / n1));
    }
    case 'simple':
      return kpi.unit === 'count' && v0 >= 0 && v1 >= 0 ? judged('poisson', Math.sqrt(v0 + v1)) : { kind: 'none', reason: 'not-a-count' };
    case 'stock':
      return { kind: 'none', reason: 'stock' };
    case 'derived':
      return { kind: 'none', reason: 'formula' };
  }
}

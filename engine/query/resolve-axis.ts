import { DIMENSIONS, TIME_GRAINS, isDimension, isTimeGrain, type Dimension, type TimeGrain } from '../schema/tables.js';
import { closest } from '../catalog/closest.js';
import { normalizeName } from '../catalog/normalize-name.js';
import { err, ok, type Result } from '../result.js';

/** Other words for a dimension or grain that people type. */
const AXIS_ALIASES: Readonly<Record<string, Dimension | TimeGrain>> = {
  segments: 'segment',
  regions: 'region',
  plans: 'plan',
  channels: 'channel',
  categories: 'category',
  sources: 'source',
  brands: 'brand',
  acquisition: 'acquisition_channel',
  days: 'day',
  daily: 'day',
  weeks: 'week',
  weekly: 'week',
  months: 'month',
  monthly: 'month',
  quarters: 'quarter',
  quarterly: 'quarter',
  years: 'year',
  yearly: 'year',
};

export interface UnknownAxis {
  readonly code: 'dimension.unknown';
  readonly input: string;
  readonly suggestions: readonly string[];
}

/** Resolves a breakdown or filter name the user typed to a dimension or a time grain. */
export function resolveAxis(text: string): Result<Dimension | TimeGrain, UnknownAxis> {
  const name = normalizeName(text).replace(/ /g, '_');
  if (isDimension(name) || isTimeGrain(name)) return ok(name);
  const alias = AXIS_ALIASES[name];
  if (alias !== undefined) return ok(alias);
  const candidates = [...DIMENSIONS, ...TIME_GRAINS].map((d) => [d, d] as const);
  return err({ code: 'dimension.unknown', input: text, suggestions: closest(text, candidates) });
}

import type { Dimension } from '../../engine/schema/tables.js';
import type { Voice } from '../i18n/voice.js';

/** A dimension as the reader says it (`acquisition channel`, `canal de aquisição`). */
export const dimensionName = (d: Dimension, voice: Voice): string => voice.texts.answer.dimensions[d];

/** `segment × region`, in the reader's words. */
export const dimensionsName = (by: readonly Dimension[], voice: Voice): string => by.map((d) => dimensionName(d, voice)).join(' × ');

/**
 * A group as a table row names it: `SMB`, `SMB in Europe` (a region reads as a place), else
 * `Basic · organic`. Values are data, the same in every language; only the joining words move.
 */
export function groupName(by: readonly Dimension[], key: Readonly<Record<string, string>>, voice: Voice): string {
  const values = by.map((d) => key[d] ?? '');
  const region = by.indexOf('region');
  if (by.length === 2 && region >= 0) return voice.texts.why.inRegion(values[1 - region] ?? '', values[region] ?? '');
  return values.join(' · ');
}

/** A group with what it is a group of, for a list across dimensions: `SMB (segment)`, `SMB in Europe`. */
export function contributorName(by: readonly Dimension[], key: Readonly<Record<string, string>>, voice: Voice): string {
  if (by.length === 2 && by.includes('region')) return groupName(by, key, voice);
  return `${groupName(by, key, voice)} (${dimensionsName(by, voice)})`;
}

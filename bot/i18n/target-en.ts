import type { TargetTexts } from './target-texts.js';

export const targetEn: TargetTexts = {
  describe: (name, id, op, value, grain) => `${name} (${id}) ${op} ${value} ${grain ? `per ${grain}` : 'for any period'}`,
  set: (description, metric) => `Target set: ${description}. Every answer and digest of ${metric} now says whether it is on track; \`untarget ${metric}\` removes it.`,
  none: 'This workspace has no targets. Try `target revenue >= 1200 month`.',
  listHead: 'Targets of this workspace:',
  listEntry: (description, by, day) => `${description}; set by ${by} on ${day}`,
  removed: (name) => `Removed the target of ${name}.`,
  head: (op, value) => `target ${op} ${value}`,
  noData: 'no data',
  atTarget: 'on track, at target',
  onTrack: (gap, side) => `on track, ${gap} ${side}`,
  offTrack: (gap, side) => `off track: ${gap} ${side}`,
  soFar: ' so far',
  onPace: (value, by, onTrack) => `on pace for ${value} by ${by}: ${onTrack ? 'on track' : 'off track'}`,
};

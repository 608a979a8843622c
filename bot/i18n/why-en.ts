import type { Moved, WhySentence, WhyTexts } from './why-texts.js';

const moved = (m: Moved): string => `${m.name} ${m.direction === 'up' ? 'rose' : 'fell'} ${m.size} vs ${m.against}`;
const noise = (within: boolean): string => (within ? ', within the noise of the sample' : '');

function sentence(s: WhySentence): string {
  switch (s.kind) {
    case 'unchanged':
      return `${s.name} did not change vs ${s.against}.`;
    case 'formula':
      return `${moved(s.moved)}. It is a formula of other KPIs (${s.formula}), so its change does not split exactly by group: each group's own change is shown instead, and those do not add up to the total.`;
    case 'whole':
      return `${moved(s.moved)}${noise(s.noise)}.`;
    case 'no-lead':
      return `${moved(s.moved)}${noise(s.noise)}; no single group accounts for it.`;
    case 'lead': {
      const within = s.within ? ` (${s.within.part} of that in ${s.within.place})` : '';
      return s.more
        ? `${moved(s.moved)}${noise(s.noise)}; ${s.who} moved it ${s.part}${within}, more than the whole change: other groups pulled the other way.`
        : `${moved(s.moved)}${noise(s.noise)}; ${s.who} accounts for ${s.part} of it${within}.`;
    }
  }
}

export const whyEn: WhyTexts = {
  title: (name) => `${name}: what moved it`,
  fromTo: (before, after) => `from ${before} to ${after}`,
  versus: (kind, period, sameSpan) => `vs ${kind === 'previous' ? 'previous ' : kind === 'last-year' ? 'last year ' : ''}${period}${sameSpan ? ', the same span' : ''}`,
  sentence,
  noise: (within, band) => (within ? `noise of the sample: ${band} at 2 standard errors, more than the change` : `more than the noise of the sample (${band} at 2 standard errors)`),
  samples: (before, after) => `sample ${before} → ${after}`,
  inRegion: (group, region) => `${group} in ${region}`,
  columns: { group: 'group', dimension: 'dimension', part: 'part of change', rate: 'rate', mix: 'mix', ownChange: 'its own change' },
  topOf: (shown, of) => `top ${shown} of ${of} groups`,
  rateMixNote: (kind) =>
    kind === 'ratio'
      ? "rate: the group's own rate moved; mix: its share of the whole moved; rate + mix = its part"
      : "rate: the group's own average moved; mix: its share of the records moved; rate + mix = its part",
  overlapNote: 'each dimension splits the whole change on its own, so rows of different dimensions overlap',
  residual: (part, by) => `${part} by ${by}`,
  unsplitNote: (residuals) => `not in any one group: ${residuals.join(', ')}`,
  nothingMoved: 'Nothing moved, so there is nothing to split.',
  oneGroup: (dimensions) => `Every record falls in one group of ${dimensions.join(', ')}, so no group stands out.`,
  notParts: (dimensions, name) => `By ${dimensions.join(', ')}, ${name} gives each group's own share of one whole, not a part of the total, so its change does not split that way.`,
  noDimensions: (name) => `${name} has no dimensions to split its change by.`,
  chartAlt: (name, change, period, against, kind, parts) =>
    `${name} changed ${change}, ${period} vs ${against}${parts.length > 0 ? `; ${kind === 'deltas' ? 'groups that changed most' : 'largest parts'}: ${parts.join(', ')}` : ''}.`,
};

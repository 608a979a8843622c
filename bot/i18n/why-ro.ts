import type { Moved, WhySentence, WhyTexts } from './why-texts.js';

// The KPI's name is the catalog's, of no known gender or number: the verbs agree with "indicatorul".
const moved = (m: Moved): string => `${m.name} a ${m.direction === 'up' ? 'crescut' : 'scăzut'} cu ${m.size} față de ${m.against}`;
const noise = (within: boolean): string => (within ? ', în limita zgomotului eșantionului' : '');

function sentence(s: WhySentence): string {
  switch (s.kind) {
    case 'unchanged':
      return `${s.name} nu s-a schimbat față de ${s.against}.`;
    case 'formula':
      return `${moved(s.moved)}. Este o formulă din alți KPI (${s.formula}), așa că schimbarea nu se împarte exact pe grupuri: se arată schimbarea proprie a fiecărui grup, iar acestea nu se adună la total.`;
    case 'whole':
      return `${moved(s.moved)}${noise(s.noise)}.`;
    case 'no-lead':
      return `${moved(s.moved)}${noise(s.noise)}; niciun grup nu o explică singur.`;
    case 'lead': {
      const within = s.within ? ` (din care ${s.within.part} în ${s.within.place})` : '';
      return s.more
        ? `${moved(s.moved)}${noise(s.noise)}; ${s.who} a contribuit cu ${s.part}${within}, mai mult decât toată schimbarea: alte grupuri au tras în sens opus.`
        : `${moved(s.moved)}${noise(s.noise)}; ${s.who} reprezintă ${s.part} din această schimbare${within}.`;
    }
  }
}

/** Romanian. */
export const whyRo: WhyTexts = {
  title: (name) => `${name}: ce l-a schimbat`,
  fromTo: (before, after) => `de la ${before} la ${after}`,
  versus: (kind, period, sameSpan) =>
    `față de ${kind === 'previous' ? 'perioada anterioară, ' : kind === 'last-year' ? 'anul anterior, ' : ''}${period}${sameSpan ? ', același interval' : ''}`,
  sentence,
  noise: (within, band) =>
    within ? `zgomotul eșantionului: ${band} la 2 erori standard, mai mult decât schimbarea` : `peste zgomotul eșantionului (${band} la 2 erori standard)`,
  samples: (before, after) => `eșantion ${before} → ${after}`,
  inRegion: (group, region) => `${group} în ${region}`,
  columns: { group: 'grup', dimension: 'dimensiune', part: 'parte din schimbare', rate: 'rată', mix: 'mix', ownChange: 'schimbarea proprie' },
  topOf: (shown, of) => `primele ${shown} din ${of} grupuri`,
  rateMixNote: (kind) =>
    kind === 'ratio'
      ? 'rată: s-a schimbat rata proprie a grupului; mix: s-a schimbat ponderea lui în întreg; rată + mix = partea lui'
      : 'rată: s-a schimbat media proprie a grupului; mix: s-a schimbat ponderea lui în înregistrări; rată + mix = partea lui',
  overlapNote: 'fiecare dimensiune împarte singură toată schimbarea, așa că rândurile din dimensiuni diferite se suprapun',
  residual: (part, by) => `${part} pe ${by}`,
  unsplitNote: (residuals) => `în afara oricărui grup: ${residuals.join('; ')}`,
  nothingMoved: 'Nimic nu s-a schimbat, deci nu este nimic de împărțit.',
  oneGroup: (dimensions) => `Toate înregistrările cad într-un singur grup de ${dimensions.join(', ')}, așa că niciun grup nu iese în evidență.`,
  notParts: (dimensions, name) =>
    `Pe ${dimensions.join(', ')}, ${name} dă cota fiecărui grup dintr-un același întreg, nu o parte din total, așa că schimbarea nu se împarte astfel.`,
  noDimensions: (name) => `${name} nu are dimensiuni după care să-și împartă schimbarea.`,
  chartAlt: (name, change, period, against, kind, parts) =>
    `${name} s-a schimbat cu ${change}, ${period} față de ${against}${parts.length > 0 ? `; ${kind === 'deltas' ? 'grupurile care s-au schimbat cel mai mult' : 'cele mai mari părți'}: ${parts.join('; ')}` : ''}.`,
};

import type { Moved, WhySentence, WhyTexts } from './why-texts.js';

// The KPI's name is the catalog's, of no known gender or number: the verbs agree with "o indicador".
const moved = (m: Moved): string => `${m.name} ${m.direction === 'up' ? 'subiu' : 'desceu'} ${m.size} face a ${m.against}`;
const noise = (within: boolean): string => (within ? ', dentro do ruído da amostra' : '');

function sentence(s: WhySentence): string {
  switch (s.kind) {
    case 'unchanged':
      return `${s.name} não variou face a ${s.against}.`;
    case 'formula':
      return `${moved(s.moved)}. É uma fórmula de outros KPI (${s.formula}), por isso a variação não se divide exatamente por grupo: mostra-se a variação de cada grupo, e essas não somam o total.`;
    case 'whole':
      return `${moved(s.moved)}${noise(s.noise)}.`;
    case 'no-lead':
      return `${moved(s.moved)}${noise(s.noise)}; nenhum grupo sozinho a explica.`;
    case 'lead': {
      const within = s.within ? ` (dos quais ${s.within.part} em ${s.within.place})` : '';
      return s.more
        ? `${moved(s.moved)}${noise(s.noise)}; ${s.who} contribuiu com ${s.part}${within}, mais do que a variação toda: outros grupos puxaram no sentido contrário.`
        : `${moved(s.moved)}${noise(s.noise)}; ${s.who} é responsável por ${s.part} dessa variação${within}.`;
    }
  }
}

/** European Portuguese. */
export const whyPt: WhyTexts = {
  title: (name) => `${name}: o que o fez variar`,
  fromTo: (before, after) => `de ${before} para ${after}`,
  versus: (kind, period, sameSpan) =>
    `face a ${kind === 'previous' ? 'período anterior, ' : kind === 'last-year' ? 'ano anterior, ' : ''}${period}${sameSpan ? ', o mesmo intervalo' : ''}`,
  sentence,
  noise: (within, band) =>
    within ? `ruído da amostra: ${band} a 2 erros-padrão, mais do que a variação` : `acima do ruído da amostra (${band} a 2 erros-padrão)`,
  samples: (before, after) => `amostra ${before} → ${after}`,
  inRegion: (group, region) => `${group} em ${region}`,
  columns: { group: 'grupo', dimension: 'dimensão', part: 'parte da variação', rate: 'taxa', mix: 'composição', ownChange: 'variação própria' },
  topOf: (shown, of) => `os primeiros ${shown} de ${of} grupos`,
  rateMixNote: (kind) =>
    kind === 'ratio'
      ? 'taxa: variou a taxa do próprio grupo; composição: variou o seu peso no todo; taxa + composição = a sua parte'
      : 'taxa: variou a média do próprio grupo; composição: variou o seu peso nos registos; taxa + composição = a sua parte',
  overlapNote: 'cada dimensão divide sozinha a variação toda, por isso as linhas de dimensões diferentes sobrepõem-se',
  residual: (part, by) => `${part} por ${by}`,
  unsplitNote: (residuals) => `fora de qualquer grupo: ${residuals.join('; ')}`,
  nothingMoved: 'Nada variou, por isso não há nada a dividir.',
  oneGroup: (dimensions) => `Todos os registos caem num só grupo de ${dimensions.join(', ')}, por isso nenhum grupo se destaca.`,
  notParts: (dimensions, name) =>
    `Por ${dimensions.join(', ')}, ${name} dá a quota de cada grupo num mesmo todo, não uma parte do total, por isso a variação não se divide assim.`,
  noDimensions: (name) => `${name} não tem dimensões pelas quais dividir a variação.`,
  chartAlt: (name, change, period, against, kind, parts) =>
    `${name} variou ${change}, ${period} face a ${against}${parts.length > 0 ? `; ${kind === 'deltas' ? 'grupos que mais variaram' : 'maiores partes'}: ${parts.join('; ')}` : ''}.`,
};

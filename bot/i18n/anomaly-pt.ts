import type { AnomalyTexts, PeriodKind } from './anomaly-texts.js';

/** Each kind of period with its gender: `das últimas 12 semanas`, `dos últimos 12 meses`. */
const KINDS: Readonly<Record<PeriodKind, { one: string; many: string; feminine: boolean }>> = {
  day: { one: 'dia', many: 'dias', feminine: false },
  week: { one: 'semana', many: 'semanas', feminine: true },
  month: { one: 'mês', many: 'meses', feminine: false },
  quarter: { one: 'trimestre', many: 'trimestres', feminine: false },
  half: { one: 'semestre', many: 'semestres', feminine: false },
  year: { one: 'ano', many: 'anos', feminine: false },
  period: { one: 'período', many: 'períodos semelhantes', feminine: false },
};
const last = (n: number, kind: PeriodKind): string => `${KINDS[kind].feminine ? 'últimas' : 'últimos'} ${n} ${KINDS[kind].many}`;
const previous = (kind: PeriodKind): string => `${KINDS[kind].feminine ? 'à' : 'ao'} ${KINDS[kind].one} anterior`;

/** European Portuguese. */
export const anomalyPt: AnomalyTexts = {
  // No verb: the KPI's name is the catalog's, of no known gender or number.
  unusual: (l) =>
    `invulgar: ${l.value.name} com ${l.value.shown}, muito ${l.direction === 'above' ? 'acima' : 'abaixo'} ${KINDS[l.kind].feminine ? 'das' : 'dos'} ${last(l.periods, l.kind)}` +
    ` (mediana ${l.median}, dispersão típica ±${l.spread})${l.lead ? `; ${l.lead.who} é responsável por ${l.lead.part} da variação face ${previous(l.kind)}` : ''}`,
  rule: (n, kind, z, scale, min) =>
    `Regra de anomalia: ${KINDS[kind].feminine ? 'nas' : 'nos'} ${last(n, kind)}, mediana m e MAD (desvio absoluto mediano); invulgar quando |valor − m| > ${z} × ${scale} × MAD (um z-score modificado acima de ${z}); não se aplica com menos de ${min} valores conhecidos ou MAD 0`,
  history: (n, kind, values) => `${last(n, kind).replace(/^ú/, 'Ú')}, do mais antigo: ${values.join('; ')}`,
  noValue: 'Verificação de anomalia: não feita, este período não tem valor',
  fewPeriods: (known, of, min) => `Verificação de anomalia: não feita, só ${known} de ${of} têm valor (são precisos pelo menos ${min})`,
  noSpread: (median) => `Verificação de anomalia: não feita, mediana ${median} e MAD 0 (metade dos valores ou mais são iguais à mediana: não há dispersão com que comparar)`,
  check: (n, z, scale, unusual) =>
    `Verificação de anomalia: mediana ${n.median}, MAD ${n.mad}, limiar ${z} × ${scale} × ${n.mad} = ${n.threshold}; |${n.value} − ${n.median}| = ${n.distance} ${unusual ? `> ${n.threshold}: invulgar` : `≤ ${n.threshold}: não invulgar`}`,
  leading: (kind, who, part) => `Principal contribuinte face ${previous(kind)}: ${who}, ${part}`,
};

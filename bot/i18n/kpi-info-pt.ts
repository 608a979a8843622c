import type { KpiArea, KpiUnit } from '../../engine/catalog/kpi-schema.js';
import type { KpiInfoTexts } from './kpi-info-texts.js';

const AREAS: Readonly<Record<KpiArea, string>> = {
  customers: 'clientes',
  sales: 'vendas',
  satisfaction: 'satisfação',
  service: 'apoio ao cliente',
  market: 'mercado',
};

const UNITS: Readonly<Record<KpiUnit, string>> = {
  count: 'contagem',
  money: 'valor monetário',
  percent: 'percentagem',
  points: 'pontos',
  ratio: 'rácio',
  index: 'índice',
  hours: 'horas',
  days: 'dias',
  years: 'anos',
};


export const kpiInfoPt: KpiInfoTexts = {
  area: (area) => AREAS[area],
  unitLine: (unit, better) => `Unidade: ${UNITS[unit]}; melhor quando ${better === 'up' ? 'sobe' : 'desce'}.`,
  dataLine: (tables, dimensions) =>
    `Dados: ${tables.join(', ')}; ${dimensions.length > 0 ? `por ${dimensions.join(', ')} e por qualquer unidade de tempo` : 'por qualquer unidade de tempo'}.`,
  formula: 'Fórmula',
  caveats: 'Ressalvas',
  example: 'Exemplo',
  also: 'Outros nomes',
  help: `Peça um KPI e depois afine a pergunta (em português ou em inglês):
  /kpi rotatividade trimestre-passado por segmento   (en: churn last-quarter by segment)
  /kpi nps 2026-Q1 vs anterior                       (en: nps 2026-Q1 vs previous)
  /kpi reclamações por semana últimos-90-dias onde canal=phone
  /kpi receita, encomendas este-ano por mês
  /kpi receita por região top 5 como tabela
Cada resposta é comparada com o período anterior; para outra comparação, diga vs ano-passado, vs 2025-Q1 ou vs nada.
Uma mensagem seguinte altera a última resposta: por região · vs ano-passado · como tabela · mês-passado
O que fez mexer um número: /kpi why churn last-month (porque rotatividade mês-passado; ou só porque, depois de uma resposta)
  · /kpi explain why churn last-month (explicar porque rotatividade mês-passado)
Caderno: /kpi let q1 = nps 2026-Q1 · /kpi calc q2 - q1 (calcular q2 - q1) · /kpi calc [4] / [3] - 1 · /kpi export (exportar)
Resumos periódicos: /kpi subscribe nps, churn weekly on monday at 09:00 Europe/Lisbon
  (assinar nps, rotatividade semanal na segunda às 09:00 Europe/Lisbon) · /kpi subscriptions (assinaturas) · /kpi unsubscribe 1 (cancelar 1)
  /kpi pause 1 (pausar 1) · /kpi resume 1 (retomar 1) · /kpi digest 1 now (resumo 1 agora) · /kpi digest 1 log (resumo 1 histórico)
Metas: /kpi target revenue >= 1200 month (meta receita pelo menos 1200 mês) · /kpi targets (metas) · /kpi untarget revenue (remover meta receita)
Mais: /kpi list (lista) · /kpi define <kpi> (definir <kpi>) · /kpi explain <pergunta> (explicar <pergunta>) · /kpi help (ajuda)
Períodos: hoje, ontem, esta-semana, semana-passada, este-mês, mês-passado, este-trimestre, trimestre-passado, este-ano,
ano-passado, últimos-7-dias, últimos-30-dias, últimos-90-dias, últimos-12-meses, ytd, qtd, mtd, 2026, 2026-Q1, 2026-H1,
2026-03, 2026-W05, 2026-01-01..2026-03-31 (e os mesmos em inglês: last-month, last-90d, ...)`,
};

/**
 * The question reader's test corpus: questions as people type them in chat, in English,
 * Portuguese and Romanian, each with the canonical query a person means by it, worked out by
 * hand from the rules in README.md (this folder) for today = CORPUS_TODAY. The corpus is a spec:
 * its readings were never produced by running kpibot.
 *
 * A note `// inflected: ...` marks a KPI name that is not literally in its file's name, id or
 * aliases (a plural, an enclitic article, a genitive, a contraction), so the reader has to
 * understand the inflection; `// note: ...` explains a decision.
 */

export type CorpusLang = 'en' | 'pt' | 'ro';

export interface CorpusQuestion {
  readonly lang: CorpusLang;
  readonly q: string;
  readonly reading: string;
}

export interface RefusedQuestion {
  readonly lang: CorpusLang;
  readonly q: string;
  /** The content word the reader cannot understand and must name, as typed in `q`. */
  readonly word: string;
}

/** The day the periods are worked out for: a Tuesday; workspace time zone UTC, calendar fiscal year. */
export const CORPUS_TODAY = '2026-12-01';

/** The dimension values present in the data (`channel` is the support channel of tickets). */
export const CORPUS_VALUES: Readonly<Record<string, readonly string[]>> = {
  segment: ['SMB', 'Mid-Market', 'Enterprise'],
  region: ['North America', 'Europe', 'LATAM', 'APAC'],
  plan: ['Basic', 'Pro', 'Premium'],
  acquisition_channel: ['organic', 'paid_search', 'social', 'referral', 'email'],
  channel: ['email', 'chat', 'phone', 'social'],
  category: ['technical', 'billing', 'delivery', 'product', 'account'],
};

const en = (q: string, reading: string): CorpusQuestion => ({ lang: 'en', q, reading });
const pt = (q: string, reading: string): CorpusQuestion => ({ lang: 'pt', q, reading });
const ro = (q: string, reading: string): CorpusQuestion => ({ lang: 'ro', q, reading });

const ENGLISH: readonly CorpusQuestion[] = [
  // --- plain questions, named periods
  en('what was our churn last quarter?', 'churn_rate last-quarter'),
  en("What's the NPS this month", 'nps this-month'),
  en('how much revenue did we make last month?', 'revenue last-month'),
  en('how many new customers did we get this week?', 'new_customers this-week'),
  en('how many orders yesterday', 'orders yesterday'),
  en('tickets today', 'tickets today'),
  en('csat last week?', 'csat last-week'),
  en("what's our retention this year", 'retention_rate this-year'),
  en('show me gross margin for last year', 'gross_margin last-year'),
  en('can you give me the average order value this quarter', 'average_basket this-quarter'),
  en("what was last month's nps?", 'nps last-month'), // note: possessive "month's"
  en('last month, what was the revenue?', 'revenue last-month'), // note: period first
  en('in Q2 how many complaints did we have', 'complaints 2026-Q2'),
  // --- to-date periods
  en('revenue year to date', 'revenue ytd'),
  en('how many complaints so far this year?', 'complaints ytd'),
  en('orders month to date', 'orders mtd'),
  en('sales so far this month', 'revenue mtd'),
  en('tickets quarter to date', 'tickets qtd'),
  en('revenue ytd', 'revenue ytd'),
  // --- last N days / weeks / months
  en('what was the first response time over the last 7 days', 'first_response_time last-7d'),
  en('churn over the last 6 months', 'churn_rate last-6m'),
  en('revenue in the last 2 weeks', 'revenue last-2w'),
  en('leads over the past 14 days', 'leads last-14d'),
  en('how many signups in the last three months?', 'new_customers last-3m'), // note: number word
  en('orders in the last 90 days', 'orders last-90d'),
  // --- months, quarters, halves
  en('nps in february', 'nps 2026-02'),
  en('what was revenue in march 2025', 'revenue 2025-03'),
  en('complaints in december', 'complaints 2026-12'), // note: December has started on 2026-12-01
  en('orders in feb', 'orders 2026-02'), // note: abbreviated month
  en('csat in Q1', 'csat 2026-Q1'),
  en('revenue q3 2025', 'revenue 2025-Q3'),
  en('churn in the first quarter', 'churn_rate 2026-Q1'),
  en('gross profit in the second quarter of 2025', 'gross_profit 2025-Q2'),
  en('what was nps in Q4?', 'nps 2026-Q4'),
  en('revenue in H1', 'revenue 2026-H1'),
  en('sales in the second half of 2025', 'revenue 2025-H2'),
  en('retention for the first half', 'retention_rate 2026-H1'),
  en('returns in H2', 'return_rate 2026-H2'),
  // --- since, plain years, explicit forms
  en('how many orders since march?', 'orders 2026-03-01..2026-12-01'),
  en('complaints since january 2025', 'complaints 2025-01-01..2026-12-01'), // note: "since" with a year
  en('revenue for 2025', 'revenue 2025'),
  en('what was our market share in 2024', 'market_share 2024'),
  en('what was nps in 2026-Q3?', 'nps 2026-Q3'),
  en('revenue for 2026-03', 'revenue 2026-03'),
  // --- many KPIs, by their aliases
  en('share of voice last month', 'share_of_voice last-month'),
  en('market size this year', 'market_sales this-year'),
  en('relative market share last quarter', 'relative_market_share last-quarter'),
  en('market growth in 2025', 'market_growth 2025'),
  en("what's our ltv", 'clv'),
  en('cac last quarter', 'cac last-quarter'),
  en('what was our ad spend last month', 'marketing_spend last-month'),
  en('days sales outstanding this quarter', 'dso this-quarter'),
  en('how much do we have in accounts receivable?', 'receivables'),
  en('unpaid invoices last month', 'receivables last-month'),
  en('billings this year', 'invoiced this-year'),
  en('return rate last quarter', 'return_rate last-quarter'),
  en("what's the repeat purchase rate this year?", 'repeat_purchase_rate this-year'),
  en('average customer lifetime', 'lifetime_years'),
  en('turnover last year', 'turnover_rate last-year'),
  en('lost customers last month', 'churned_customers last-month'),
  en('how many active customers do we have', 'customers'),
  en('opening customers this quarter', 'customers_at_start this-quarter'),
  en('buyers last week', 'buying_customers last-week'),
  en('detractors last month', 'detractor_rate last-month'),
  en('share of passives this quarter', 'passive_rate this-quarter'),
  en('promoter rate in Q3', 'recommendation_rate 2026-Q3'),
  en('csi last year', 'satisfaction_index last-year'),
  en('brand strength this year', 'brand_equity this-year'),
  en('customer engagement last quarter', 'engagement_ratio last-quarter'),
  en('resolution time last week', 'resolution_time last-week'),
  en('time to resolve complaints last month', 'complaint_resolution_time last-month'),
  en('complaint sla this quarter', 'complaints_resolved_72h this-quarter'),
  en('repeat contact rate last 30 days', 'repeat_contact_rate last-30d'),
  en('web conversion this month', 'web_conversion_rate this-month'),
  en('website traffic last week', 'sessions last-week'),
  en('lead conversion rate last quarter', 'conversion_rate last-quarter'),
  en('revenue growth this year', 'sales_growth this-year'),
  en('profit per customer last year', 'customer_profitability last-year'),
  en("what's our average revenue per customer this year", 'arpu_annual this-year'), // note: "per customer" is part of the name, not a breakdown
  en('spend per customer last month', 'average_ticket last-month'), // note: longest name wins over "spend"
  en('Attrition Rate This Year', 'churn_rate this-year'),
  // --- breakdowns
  en('churn by segment last quarter', 'churn_rate last-quarter by segment'),
  en('revenue per region this year', 'revenue this-year by region'),
  en('complaints by category last month', 'complaints last-month by category'),
  en('nps broken down by plan', 'nps by plan'),
  en('orders by month this year', 'orders this-year by month'),
  en('tickets per week over the last 8 weeks', 'tickets last-8w by week'),
  en('revenue by region and segment', 'revenue by region, segment'),
  en('new customers by acquisition channel last quarter', 'new_customers last-quarter by acquisition_channel'),
  en('sales by sales channel last year', 'revenue last-year by acquisition_channel'), // note: "sales channel" is the axis, the first "sales" the KPI
  en('first response time by channel this month', 'first_response_time this-month by channel'),
  en('marketing spend by channel in 2025', 'marketing_spend 2025 by channel'),
  en('leads by source last month', 'leads last-month by source'),
  en('conversion by source this quarter', 'conversion_rate this-quarter by source'),
  en('csat by region by month', 'csat by region, month'),
  en('revenue by quarter for 2025', 'revenue 2025 by quarter'),
  en('market share by month this year', 'market_share this-year by month'),
  en('orders per day last week', 'orders last-week by day'),
  en('customers by plan', 'customers by plan'),
  en('complaints split by channel and category', 'complaints by channel, category'),
  en('revenue by year', 'revenue by year'),
  en('average basket for each region', 'average_basket by region'),
  en("what's the resolution time by category?", 'resolution_time by category'),
  en('gross margin by segments', 'gross_margin by segment'),
  en('cac by acquisition channel', 'cac by acquisition_channel'),
  en('sessions by channel this week', 'sessions this-week by channel'),
  // --- filters by value
  en('nps for SMB customers', 'nps where segment=SMB'),
  en('revenue in Europe last month', 'revenue last-month where region=Europe'),
  en('churn on the Premium plan this year', 'churn_rate this-year where plan=Premium'),
  en('complaints about billing last week', 'complaints last-week where category=billing'),
  en('nps for smb and enterprise', 'nps where segment=SMB,Enterprise'),
  en('revenue in north america and europe this quarter', 'revenue this-quarter where region=North America,Europe'),
  en('csat for mid-market customers in latam', 'csat where segment=Mid-Market where region=LATAM'),
  en('orders from APAC for enterprise last month', 'orders last-month where segment=Enterprise where region=APAC'), // note: segment before region whatever the typed order
  en('chat tickets yesterday', 'tickets yesterday where channel=chat'),
  en('first response time on email last week', 'first_response_time last-week where channel=email'), // note: email is the support channel for a ticket KPI
  en('churn for paid search customers', 'churn_rate where acquisition_channel=paid_search'),
  en('new customers from referral this year', 'new_customers this-year where acquisition_channel=referral'),
  en('revenue where region = LATAM', 'revenue where region=LATAM'),
  en('nps where plan is Basic last quarter', 'nps last-quarter where plan=Basic'),
  en('technical tickets by channel this month', 'tickets this-month by channel where category=technical'),
  en('delivery complaints by region in Q3', 'complaints 2026-Q3 by region where category=delivery'),
  en('retention for pro and premium plans', 'retention_rate where plan=Pro,Premium'),
  en('resolution time on phone and chat', 'resolution_time where channel=phone,chat'),
  en('aov for organic customers this year', 'average_basket this-year where acquisition_channel=organic'),
  en('gross margin mid market', 'gross_margin where segment=Mid-Market'),
  en('repeat contacts on social last month', 'repeat_contact_rate last-month where channel=social'), // note: social is the support channel for a ticket KPI
  en('product complaints in europe', 'complaints where region=Europe where category=product'),
  // --- comparisons
  en('revenue last month compared with the previous month', 'revenue last-month vs previous'),
  en('nps this quarter vs last year', 'nps this-quarter vs last-year'),
  en('orders this month yoy', 'orders this-month vs last-year'),
  en('revenue last quarter qoq', 'revenue last-quarter vs previous'),
  en('tickets last week wow', 'tickets last-week vs previous'),
  en('new customers last month mom', 'new_customers last-month vs previous'),
  en('churn this month vs last month', 'churn_rate this-month vs last-month'),
  en('csat in q3 versus 2025-Q3', 'csat 2026-Q3 vs 2025-Q3'),
  en('revenue in Q3 compared to the same period last year', 'revenue 2026-Q3 vs last-year'),
  en('complaints last month against the previous period', 'complaints last-month vs previous'),
  en('nps by segment last quarter vs none', 'nps last-quarter by segment vs none'),
  en('sales this year compared with 2025', 'revenue this-year vs 2025'),
  en('revenue in november without comparison', 'revenue 2026-11 vs none'), // note: "without comparison" asks for no comparison
  // --- rankings
  en('top 3 regions by revenue', 'revenue by region top 3'),
  en('bottom 2 segments for nps', 'nps by segment bottom 2'),
  en('the 5 worst categories for complaints', 'complaints by category top 5'), // note: complaints better:down, worst = highest
  en('which 2 plans have the highest churn?', 'churn_rate by plan top 2'),
  en('best 2 regions for retention last year', 'retention_rate last-year by region top 2'),
  en('worst 3 acquisition channels for churn', 'churn_rate by acquisition_channel top 3'),
  en('best 2 channels for first response time', 'first_response_time by channel bottom 2'), // note: better:down, best = lowest
  en('which category had the most tickets last month', 'tickets last-month by category top 1'), // note: "which category" = the one highest
  en('the 3 sources with the lowest conversion rate', 'conversion_rate by source bottom 3'),
  en('top 2 segments by gross profit this year', 'gross_profit this-year by segment top 2'),
  en('ranking of regions by csat', 'csat by region'), // note: a ranking without N is the breakdown
  // --- views
  en('revenue by month this year as a line chart', 'revenue this-year by month as line'),
  en('complaints by category as a table', 'complaints by category as table'),
  en('nps by region as bars', 'nps by region as bar'),
  en('churn last quarter, just the number', 'churn_rate last-quarter as number'), // note: "just the number" asks for the number view
  // --- several KPIs
  en('nps and csat last quarter', 'nps, csat last-quarter'),
  en('revenue, orders and aov this year by month', 'revenue, orders, average_basket this-year by month'),
  en('churn and retention by segment', 'churn_rate, retention_rate by segment'),
  en('tickets and complaints last week', 'tickets, complaints last-week'),
  en('cac and ltv by channel', 'cac, clv by channel'),
  // --- the command syntax
  en('churn last-quarter by segment', 'churn_rate last-quarter by segment'),
  en('revenue, orders this-year by month', 'revenue, orders this-year by month'),
  en('nps 2026-Q1', 'nps 2026-Q1'),
  en('revenue last-30d where region=Europe vs last-year', 'revenue last-30d where region=Europe vs last-year'),
  en('complaints 2026-01-01..2026-03-31 by category', 'complaints 2026-01-01..2026-03-31 by category'),
  en('churn_rate 2026-03 by plan vs previous', 'churn_rate 2026-03 by plan vs previous'),
  en('tickets this-week by channel where category=billing as table', 'tickets this-week by channel where category=billing as table'),
  en('csat last-12m by month as line', 'csat last-12m by month as line'),
  en('orders last-90d where segment=SMB,Enterprise by region', 'orders last-90d by region where segment=SMB,Enterprise'), // note: parts in canonical order
  en('revenue 2025 by region top 3', 'revenue 2025 by region top 3'),
  en('aov last-month where plan=Premium vs none', 'average_basket last-month where plan=Premium vs none'),
  en('first_response_time last-7d by channel', 'first_response_time last-7d by channel'),
  en('nps where region=APAC last-quarter by segment', 'nps last-quarter by segment where region=APAC'),
  en('orders 2026-W48', 'orders 2026-W48'),
  en('retention_rate this-quarter by region, plan', 'retention_rate this-quarter by region, plan'),
  en('complaints last-month by category top 3', 'complaints last-month by category top 3'),
  en('revenue 2026-Q3 vs 2025-Q3', 'revenue 2026-Q3 vs 2025-Q3'),
  en('new_customers last-6m by month as bar', 'new_customers last-6m by month as bar'),
  // --- casing
  en('Revenue Last Month', 'revenue last-month'),
  en('WHAT WAS OUR CHURN LAST QUARTER', 'churn_rate last-quarter'),
];

const PORTUGUESE: readonly CorpusQuestion[] = [
  // --- plain questions, named periods (do/da/no/na/neste/deste contract the article)
  pt('qual foi o ticket médio do mês passado', 'average_ticket last-month'),
  pt('qual é o nps deste mês?', 'nps this-month'),
  pt('qual foi o faturamento do mês passado?', 'revenue last-month'),
  pt('quantos pedidos tivemos ontem', 'orders yesterday'),
  pt('chamados hoje', 'tickets today'),
  pt('taxa de churn do trimestre passado', 'churn_rate last-quarter'),
  pt('a rotatividade no ano passado', 'churn_rate last-year'),
  pt('qual a receita deste ano?', 'revenue this-year'),
  pt('quantas reclamações na semana passada?', 'complaints last-week'),
  pt('reclamacoes na semana passada', 'complaints last-week'),
  pt('satisfação do cliente nesta semana', 'csat this-week'),
  pt('qual foi a faturação do último trimestre?', 'revenue last-quarter'), // note: "último trimestre" = last-quarter
  pt('no mês passado, quantas encomendas tivemos?', 'orders last-month'), // note: period first
  // --- to-date periods
  pt('receita desde o início do ano', 'revenue ytd'),
  pt('vendas desde o inicio do mes', 'revenue mtd'),
  pt('chamados desde o início do trimestre', 'tickets qtd'),
  pt('encomendas no acumulado do ano', 'orders ytd'), // note: "acumulado do ano" = year to date
  pt('receita ytd', 'revenue ytd'),
  // --- últimos N dias / semanas / meses
  pt('tempo médio de resposta nos últimos 7 dias', 'first_response_time last-7d'),
  pt('taxa de cancelamento nos últimos 6 meses', 'churn_rate last-6m'),
  pt('novos clientes nas últimas 2 semanas', 'new_customers last-2w'),
  pt('leads nos últimos 45 dias', 'leads last-45d'),
  pt('receita nos últimos três meses', 'revenue last-3m'), // note: number word
  pt('pedidos nos ultimos 90 dias', 'orders last-90d'),
  // --- months, quarters, semesters
  pt('nps em fevereiro', 'nps 2026-02'),
  pt('faturação em março de 2025', 'revenue 2025-03'),
  pt('reclamações em dezembro', 'complaints 2026-12'),
  pt('pedidos em fevereiro de 2025', 'orders 2025-02'),
  pt('csat no T1', 'csat 2026-Q1'),
  pt('receita no Q3 de 2025', 'revenue 2025-Q3'),
  pt('taxa de retenção no 1º trimestre', 'retention_rate 2026-Q1'),
  pt('lucro bruto no primeiro trimestre de 2025', 'gross_profit 2025-Q1'),
  pt('nps no trimestre 4', 'nps 2026-Q4'),
  pt('vendas no primeiro semestre', 'revenue 2026-H1'),
  pt('receita no segundo semestre de 2025', 'revenue 2025-H2'),
  pt('churn no S2', 'churn_rate 2026-H2'),
  pt('devoluções no S1', 'return_rate 2026-H1'),
  // --- desde, plain years, explicit forms
  pt('quantos pedidos desde março?', 'orders 2026-03-01..2026-12-01'),
  pt('reclamações desde janeiro', 'complaints 2026-01-01..2026-12-01'),
  pt('receita em 2025', 'revenue 2025'),
  pt('quota de mercado em 2024', 'market_share 2024'),
  pt('qual foi o nps em 2026-Q3?', 'nps 2026-Q3'),
  pt('receita de 2026-03', 'revenue 2026-03'),
  // --- many KPIs, by their aliases
  pt('participação de voz no mês passado', 'share_of_voice last-month'),
  pt('tamanho do mercado este ano', 'market_sales this-year'),
  pt('quota de mercado relativa no trimestre passado', 'relative_market_share last-quarter'),
  pt('crescimento do mercado em 2025', 'market_growth 2025'),
  pt('qual é o valor vitalício do cliente?', 'clv'),
  pt('custo de aquisição de clientes no último trimestre', 'cac last-quarter'),
  pt('gastos de marketing no mês passado', 'marketing_spend last-month'),
  pt('prazo médio de recebimento neste trimestre', 'dso this-quarter'),
  pt('quanto temos em contas a receber?', 'receivables'),
  pt('faturas em aberto do mês passado', 'receivables last-month'),
  pt('valor faturado este ano', 'invoiced this-year'),
  pt('taxa de devolução do trimestre passado', 'return_rate last-quarter'),
  pt('taxa de recompra deste ano', 'repeat_purchase_rate this-year'),
  pt('tempo médio de vida do cliente', 'lifetime_years'),
  pt('giro de clientes no ano passado', 'turnover_rate last-year'),
  pt('clientes perdidos no mês passado', 'churned_customers last-month'),
  pt('quantos clientes ativos temos?', 'customers'),
  pt('clientes no início deste trimestre', 'customers_at_start this-quarter'),
  pt('compradores na semana passada', 'buying_customers last-week'),
  pt('taxa de detratores no mês passado', 'detractor_rate last-month'),
  pt('percentagem de promotores no T3', 'recommendation_rate 2026-Q3'),
  pt('neutros neste trimestre', 'passive_rate this-quarter'),
  pt('índice de satisfação do ano passado', 'satisfaction_index last-year'),
  pt('força da marca este ano', 'brand_equity this-year'),
  pt('engajamento do cliente no trimestre passado', 'engagement_ratio last-quarter'),
  pt('tempo de resolução na semana passada', 'resolution_time last-week'),
  pt('tempo de resolução de reclamações no mês passado', 'complaint_resolution_time last-month'), // note: longest name wins over "tempo de resolução"
  pt('reclamações resolvidas em 72 horas neste trimestre', 'complaints_resolved_72h this-quarter'),
  pt('contatos repetidos nos últimos 30 dias', 'repeat_contact_rate last-30d'),
  pt('conversão do site este mês', 'web_conversion_rate this-month'),
  pt('visitas ao site na semana passada', 'sessions last-week'),
  pt('taxa de conversão de leads do trimestre passado', 'conversion_rate last-quarter'),
  pt('crescimento da receita este ano', 'sales_growth this-year'),
  pt('lucro por cliente no ano passado', 'customer_profitability last-year'), // note: "por cliente" is part of the name, not a breakdown
  pt('receita média por cliente este ano', 'arpu_annual this-year'), // note: "por cliente" is part of the name
  pt('gasto médio por cliente do mês passado', 'average_ticket last-month'),
  pt('cesto médio hoje', 'average_basket today'),
  pt('pontuação nps da semana passada', 'nps last-week'),
  // --- breakdowns
  pt('rotatividade por segmento no trimestre passado', 'churn_rate last-quarter by segment'),
  pt('receita por região este ano', 'revenue this-year by region'),
  pt('reclamações por categoria no mês passado', 'complaints last-month by category'),
  pt('reclamacoes por categorias no mes passado', 'complaints last-month by category'),
  pt('nps por plano', 'nps by plan'),
  pt('pedidos por mês neste ano', 'orders this-year by month'),
  pt('chamados por semana nas últimas 8 semanas', 'tickets last-8w by week'),
  pt('receita por região e segmento', 'revenue by region, segment'),
  pt('novos clientes por canal de aquisição no trimestre passado', 'new_customers last-quarter by acquisition_channel'),
  pt('tempo de primeira resposta por canal este mês', 'first_response_time this-month by channel'),
  pt('custos de marketing por canal em 2025', 'marketing_spend 2025 by channel'),
  pt('leads por origem no mês passado', 'leads last-month by source'),
  pt('taxa de conversão por fonte neste trimestre', 'conversion_rate this-quarter by source'),
  pt('satisfação por região e por mês', 'csat by region, month'),
  pt('faturamento por trimestre em 2025', 'revenue 2025 by quarter'),
  pt('participação de mercado por mês este ano', 'market_share this-year by month'),
  pt('encomendas por dia na semana passada', 'orders last-week by day'),
  pt('número de clientes por plano', 'customers by plan'),
  pt('reclamações por canal e categoria', 'complaints by channel, category'),
  pt('receita por ano', 'revenue by year'),
  pt('valor médio do pedido por regiões', 'average_basket by region'),
  pt('tempo de resolução por categoria', 'resolution_time by category'),
  pt('ticket médio por segmentos', 'average_ticket by segment'),
  pt('margem bruta por canais', 'gross_margin by channel'),
  pt('sessões por canal esta semana', 'sessions this-week by channel'),
  // --- filters by value
  pt('nps dos clientes SMB', 'nps where segment=SMB'),
  pt('reclamações no segmento Enterprise', 'complaints where segment=Enterprise'),
  pt('receita na região LATAM no mês passado', 'revenue last-month where region=LATAM'),
  pt('churn no plano Premium este ano', 'churn_rate this-year where plan=Premium'),
  pt('reclamações da categoria billing na semana passada', 'complaints last-week where category=billing'),
  pt('nps de SMB e Enterprise', 'nps where segment=SMB,Enterprise'),
  pt('receita em APAC e LATAM neste trimestre', 'revenue this-quarter where region=APAC,LATAM'),
  pt('satisfação dos clientes Mid-Market em APAC', 'csat where segment=Mid-Market where region=APAC'),
  pt('pedidos de LATAM do segmento Enterprise no mês passado', 'orders last-month where segment=Enterprise where region=LATAM'),
  pt('chamados no chat ontem', 'tickets yesterday where channel=chat'),
  pt('tempo de resposta no email na semana passada', 'first_response_time last-week where channel=email'),
  pt('rotatividade dos clientes de paid search', 'churn_rate where acquisition_channel=paid_search'),
  pt('novos clientes vindos de referral este ano', 'new_customers this-year where acquisition_channel=referral'),
  pt('receita onde região = North America', 'revenue where region=North America'),
  pt('nps onde plano é Basic no trimestre passado', 'nps last-quarter where plan=Basic'),
  pt('chamados da categoria technical por canal este mês', 'tickets this-month by channel where category=technical'),
  pt('reclamações da categoria delivery por região no T3', 'complaints 2026-Q3 by region where category=delivery'),
  pt('taxa de retenção dos planos Pro e Premium', 'retention_rate where plan=Pro,Premium'),
  pt('tempo de resolução no chat e no email', 'resolution_time where channel=chat,email'),
  pt('cesto médio dos clientes organic este ano', 'average_basket this-year where acquisition_channel=organic'),
  pt('margem bruta do segmento mid market', 'gross_margin where segment=Mid-Market'),
  pt('reclamações com categoria billing', 'complaints where category=billing'), // note: "com" is a filter keyword
  pt('queixas no social no mês passado', 'complaints last-month where channel=social'),
  // --- comparisons
  pt('receita do mês passado em relação ao mês anterior', 'revenue last-month vs previous'),
  pt('nps deste trimestre em relação ao ano passado', 'nps this-quarter vs last-year'),
  pt('pedidos este mês comparado com o período anterior', 'orders this-month vs previous'),
  pt('faturamento do trimestre passado vs o mesmo período do ano passado', 'revenue last-quarter vs last-year'),
  pt('churn este mês contra o mês passado', 'churn_rate this-month vs last-month'),
  pt('csat no T3 versus 2025-Q3', 'csat 2026-Q3 vs 2025-Q3'),
  pt('reclamações no T3 comparado com o T3 de 2025', 'complaints 2026-Q3 vs 2025-Q3'),
  pt('nps por segmento no trimestre passado vs nada', 'nps last-quarter by segment vs none'),
  pt('vendas deste ano comparadas com 2025', 'revenue this-year vs 2025'),
  pt('novos clientes em novembro sem comparação', 'new_customers 2026-11 vs none'), // note: "sem comparação" = vs none
  pt('chamados da semana passada face à semana anterior', 'tickets last-week vs previous'), // note: European "face à"
  pt('receita do mês passado yoy', 'revenue last-month vs last-year'),
  // --- rankings
  pt('top 3 regiões por receita', 'revenue by region top 3'),
  pt('os 3 piores segmentos em churn', 'churn_rate by segment top 3'), // note: churn better:down, worst = highest
  pt('as 2 melhores regiões em nps', 'nps by region top 2'),
  pt('ranking de canais por reclamações', 'complaints by channel'),
  pt('os 3 maiores canais em receita', 'revenue by channel top 3'),
  pt('as 5 categorias com mais reclamações', 'complaints by category top 5'),
  pt('quais os 2 planos com a menor taxa de retenção', 'retention_rate by plan bottom 2'),
  pt('qual categoria teve mais chamados no mês passado?', 'tickets last-month by category top 1'),
  pt('os 2 melhores canais em tempo de primeira resposta', 'first_response_time by channel bottom 2'), // note: better:down, best = lowest
  pt('top 2 segmentos por lucro bruto este ano', 'gross_profit this-year by segment top 2'),
  // --- views
  pt('receita por mês este ano como linha', 'revenue this-year by month as line'),
  pt('reclamações por categoria como tabela', 'complaints by category as table'),
  pt('nps por região como gráfico de barras', 'nps by region as bar'),
  pt('churn do trimestre passado, só o número', 'churn_rate last-quarter as number'),
  // --- several KPIs
  pt('nps e csat do último trimestre', 'nps, csat last-quarter'),
  pt('receita, pedidos e ticket médio por mês este ano', 'revenue, orders, average_ticket this-year by month'),
  pt('rotatividade e taxa de retenção por segmento', 'churn_rate, retention_rate by segment'),
  pt('chamados e reclamações na semana passada', 'tickets, complaints last-week'),
  pt('cac e ltv por canal', 'cac, clv by channel'),
  // --- the command syntax
  pt('rotatividade trimestre-passado por segmento', 'churn_rate last-quarter by segment'),
  pt('receita, pedidos este-ano por mês', 'revenue, orders this-year by month'),
  pt('nps 2026-Q1', 'nps 2026-Q1'),
  pt('receita últimos-30-dias onde região=Europe vs ano-passado', 'revenue last-30d where region=Europe vs last-year'),
  pt('reclamações 2026-01-01..2026-03-31 por categoria', 'complaints 2026-01-01..2026-03-31 by category'),
  pt('churn_rate 2026-03 por plano vs anterior', 'churn_rate 2026-03 by plan vs previous'),
  pt('chamados esta-semana por canal onde categoria=billing como tabela', 'tickets this-week by channel where category=billing as table'),
  pt('csat últimos-12-meses por mês como linha', 'csat last-12m by month as line'),
  pt('receita 2025 por região top 3', 'revenue 2025 by region top 3'),
  pt('cesto médio mês-passado onde plano=Premium vs nada', 'average_basket last-month where plan=Premium vs none'),
  pt('pedidos últimos-90-dias onde segmento=SMB,Enterprise por região', 'orders last-90d by region where segment=SMB,Enterprise'),
  pt('tempo de resposta últimos-7-dias por canal', 'first_response_time last-7d by channel'),
  pt('nps onde região=APAC trimestre-passado por segmento', 'nps last-quarter by segment where region=APAC'),
  pt('taxa de retenção este-trimestre por região, plano', 'retention_rate this-quarter by region, plan'),
  pt('reclamações mês-passado por categoria top 3', 'complaints last-month by category top 3'),
  pt('receita 2026-Q3 vs 2025-Q3', 'revenue 2026-Q3 vs 2025-Q3'),
  pt('novos clientes últimos-6-meses por mês como barras', 'new_customers last-6m by month as bar'),
  // --- accents and casing
  pt('RECEITA DO MES PASSADO', 'revenue last-month'),
  pt('Receita Do Mês Passado', 'revenue last-month'),
  pt('taxa de satisfacao do ultimo trimestre', 'csat last-quarter'),
  pt('Taxa de Satisfação do Último Trimestre', 'csat last-quarter'),
];

const ROMANIAN: readonly CorpusQuestion[] = [
  // --- plain questions, named periods
  ro('care au fost veniturile de anul trecut', 'revenue last-year'), // inflected: venituri + -le
  ro('care e nps-ul luna asta?', 'nps this-month'), // inflected: nps + -ul; "luna asta" = this-month
  ro('cât a fost cifra de afaceri luna trecută', 'revenue last-month'),
  ro('câte comenzi am avut ieri', 'orders yesterday'),
  ro('tichete azi', 'tickets today'),
  ro('rata de abandon în trimestrul trecut', 'churn_rate last-quarter'),
  ro('churn-ul de anul trecut', 'churn_rate last-year'), // inflected: churn + -ul
  ro('vânzările de anul acesta', 'revenue this-year'), // inflected: vânzări + -le
  ro('vanzarile de anul acesta', 'revenue this-year'), // inflected: vanzari + -le
  ro('câte reclamații au fost săptămâna trecută?', 'complaints last-week'),
  ro('cate reclamatii au fost saptamana trecuta', 'complaints last-week'),
  ro('satisfacția clienților săptămâna aceasta', 'csat this-week'),
  ro('care a fost numărul de comenzi luna trecută?', 'orders last-month'),
  ro('luna trecută, care a fost cifra de afaceri?', 'revenue last-month'), // note: period first
  ro('veniturile pe luna trecută', 'revenue last-month'), // inflected: venituri + -le; note: "pe luna trecută" = for last month, not a breakdown
  // --- to-date periods
  ro('veniturile de la începutul anului', 'revenue ytd'), // inflected: venituri + -le
  ro('comenzile de la începutul lunii', 'orders mtd'), // inflected: comenzi + -le
  ro('tichetele de la inceputul trimestrului', 'tickets qtd'), // inflected: tichete + -le
  ro('vânzări ytd', 'revenue ytd'),
  // --- ultimele N zile / săptămâni / luni
  ro('timpul mediu de răspuns în ultimele 7 zile', 'first_response_time last-7d'),
  ro('rata de abandon în ultimele 6 luni', 'churn_rate last-6m'),
  ro('clienți noi în ultimele 2 săptămâni', 'new_customers last-2w'),
  ro('lead-uri în ultimele 30 de zile', 'leads last-30d'), // note: "30 de zile", the "de" Romanian puts after 20 and up
  ro('veniturile din ultimele trei luni', 'revenue last-3m'), // inflected: venituri + -le; note: number word
  ro('comenzi în ultimele 90 de zile', 'orders last-90d'),
  // --- months, quarters, semesters
  ro('nps-ul în februarie', 'nps 2026-02'), // inflected: nps + -ul
  ro('cifra de afaceri în martie 2025', 'revenue 2025-03'),
  ro('reclamații în decembrie', 'complaints 2026-12'),
  ro('comenzi în februarie 2025', 'orders 2025-02'),
  ro('satisfacția clienților în T1', 'csat 2026-Q1'),
  ro('veniturile din Q3 2025', 'revenue 2025-Q3'), // inflected: venituri + -le
  ro('rata de retenție în trimestrul 1', 'retention_rate 2026-Q1'),
  ro('profitul brut în primul trimestru din 2025', 'gross_profit 2025-Q1'),
  ro('nps în trimestrul al doilea', 'nps 2026-Q2'), // note: ordinal "al doilea"
  ro('vânzările în primul semestru', 'revenue 2026-H1'), // inflected: vânzări + -le
  ro('veniturile în S2 2025', 'revenue 2025-H2'), // inflected: venituri + -le
  ro('churn în semestrul 2', 'churn_rate 2026-H2'),
  ro('retururi în S1', 'return_rate 2026-H1'),
  // --- since, plain years, explicit forms
  ro('câte comenzi din martie încoace?', 'orders 2026-03-01..2026-12-01'),
  ro('reclamații începând cu ianuarie', 'complaints 2026-01-01..2026-12-01'),
  ro('veniturile în 2025', 'revenue 2025'), // inflected: venituri + -le
  ro('veniturile pe 2025', 'revenue 2025'), // inflected: venituri + -le; note: "pe 2025" = for 2025, a year is no axis
  ro('cota de piață în 2024', 'market_share 2024'),
  ro('care a fost nps-ul în 2026-Q3?', 'nps 2026-Q3'), // inflected: nps + -ul
  ro('venituri în 2026-03', 'revenue 2026-03'),
  // --- many KPIs, by their aliases
  ro('cota de voce online luna trecută', 'share_of_voice last-month'),
  ro('dimensiunea pieței anul acesta', 'market_sales this-year'),
  ro('cota relativă de piață în trimestrul trecut', 'relative_market_share last-quarter'),
  ro('creșterea pieței în 2025', 'market_growth 2025'),
  ro('care este valoarea de viață a clientului?', 'clv'),
  ro('costul de achiziție al clienților în trimestrul trecut', 'cac last-quarter'),
  ro('cheltuieli de marketing luna trecută', 'marketing_spend last-month'),
  ro('durata medie de încasare trimestrul acesta', 'dso this-quarter'),
  ro('cât avem în creanțe?', 'receivables'),
  ro('facturi neplătite luna trecută', 'receivables last-month'),
  ro('valoare facturată anul acesta', 'invoiced this-year'),
  ro('rata de returnare în trimestrul trecut', 'return_rate last-quarter'),
  ro('rata de fidelizare anul acesta', 'repeat_purchase_rate this-year'),
  ro('durata medie de viață a clientului', 'lifetime_years'),
  ro('rata de rotație anul trecut', 'turnover_rate last-year'),
  ro('clienți pierduți luna trecută', 'churned_customers last-month'),
  ro('câți clienți activi avem?', 'customers'),
  ro('câți clienți la început am avut luna trecută', 'customers_at_start last-month'),
  ro('cumpărători săptămâna trecută', 'buying_customers last-week'),
  ro('procentul de detractori luna trecută', 'detractor_rate last-month'),
  ro('promotori în T3', 'recommendation_rate 2026-Q3'),
  ro('rata pasivilor trimestrul acesta', 'passive_rate this-quarter'),
  ro('indicele de satisfacție anul trecut', 'satisfaction_index last-year'),
  ro('puterea mărcii anul acesta', 'brand_equity this-year'),
  ro('implicarea clienților în trimestrul trecut', 'engagement_ratio last-quarter'),
  ro('timpul de rezolvare săptămâna trecută', 'resolution_time last-week'),
  ro('timpul de rezolvare a reclamațiilor luna trecută', 'complaint_resolution_time last-month'), // note: longest name wins over "timpul de rezolvare"
  ro('reclamații rezolvate în 72 de ore trimestrul acesta', 'complaints_resolved_72h this-quarter'),
  ro('rata de recontactare în ultimele 30 de zile', 'repeat_contact_rate last-30d'),
  ro('rata de conversie a site-ului luna asta', 'web_conversion_rate this-month'),
  ro('vizite pe site săptămâna trecută', 'sessions last-week'), // note: "pe site" is part of the name, not a breakdown
  ro('rata de conversie a lead-urilor în trimestrul trecut', 'conversion_rate last-quarter'),
  ro('creșterea vânzărilor anul acesta', 'sales_growth this-year'),
  ro('profit pe client anul trecut', 'customer_profitability last-year'), // note: "pe client" is part of the name
  ro('venitul mediu pe client anul acesta', 'arpu_annual this-year'), // note: "pe client" is part of the name
  ro('cheltuiala medie pe client luna trecută', 'average_ticket last-month'),
  ro('coșul mediu azi', 'average_basket today'),
  ro('tichetul mediu astăzi', 'average_ticket today'),
  // --- breakdowns
  ro('veniturile pe regiuni', 'revenue by region'), // inflected: venituri + -le
  ro('rata de abandon a clienților pe segmente în trimestrul trecut', 'churn_rate last-quarter by segment'),
  ro('reclamațiile pe categorii luna trecută', 'complaints last-month by category'), // inflected: reclamații + -le
  ro('reclamatiile pe categorii luna trecuta', 'complaints last-month by category'), // inflected: reclamatii + -le
  ro('nps-ul pe planuri', 'nps by plan'), // inflected: nps + -ul
  ro('comenzile pe luni anul acesta', 'orders this-year by month'), // inflected: comenzi + -le
  ro('tichetele pe săptămâni în ultimele 8 săptămâni', 'tickets last-8w by week'), // inflected: tichete + -le
  ro('veniturile pe regiuni și segmente', 'revenue by region, segment'), // inflected: venituri + -le
  ro('clienți noi pe canal de achiziție în trimestrul trecut', 'new_customers last-quarter by acquisition_channel'),
  ro('timpul primului răspuns pe canale luna aceasta', 'first_response_time this-month by channel'),
  ro('costuri de marketing pe canal în 2025', 'marketing_spend 2025 by channel'),
  ro('lead-uri pe surse luna trecută', 'leads last-month by source'),
  ro('rata de conversie după sursă trimestrul acesta', 'conversion_rate this-quarter by source'),
  ro('satisfacția clienților pe regiuni și pe luni', 'csat by region, month'),
  ro('cifra de afaceri pe trimestre în 2025', 'revenue 2025 by quarter'),
  ro('cota de piață pe luni anul acesta', 'market_share this-year by month'),
  ro('comenzi pe zile săptămâna trecută', 'orders last-week by day'),
  ro('numărul de clienți pe planuri', 'customers by plan'),
  ro('reclamații pe canal și categorie', 'complaints by channel, category'),
  ro('veniturile pe ani', 'revenue by year'), // inflected: venituri + -le
  ro('valoarea medie a comenzii pe regiune', 'average_basket by region'),
  ro('timpul de rezolvare după categorie', 'resolution_time by category'),
  ro('marja brută defalcată pe segmente', 'gross_margin by segment'),
  ro('veniturile pe fiecare regiune', 'revenue by region'), // inflected: venituri + -le
  ro('sesiuni pe canale săptămâna aceasta', 'sessions this-week by channel'),
  // --- filters by value
  ro('nps-ul clienților SMB', 'nps where segment=SMB'), // inflected: nps + -ul
  ro('reclamații în segmentul Enterprise', 'complaints where segment=Enterprise'),
  ro('churn pentru clienții din APAC', 'churn_rate where region=APAC'),
  ro('veniturile din regiunea LATAM luna trecută', 'revenue last-month where region=LATAM'), // inflected: venituri + -le
  ro('rata de abandon pentru planul Premium anul acesta', 'churn_rate this-year where plan=Premium'),
  ro('reclamații din categoria billing săptămâna trecută', 'complaints last-week where category=billing'),
  ro('nps pentru SMB și Enterprise', 'nps where segment=SMB,Enterprise'),
  ro('veniturile din APAC și LATAM trimestrul acesta', 'revenue this-quarter where region=APAC,LATAM'), // inflected: venituri + -le
  ro('satisfacția clienților Mid-Market din LATAM', 'csat where segment=Mid-Market where region=LATAM'),
  ro('comenzile din APAC ale clienților Enterprise luna trecută', 'orders last-month where segment=Enterprise where region=APAC'), // inflected: comenzi + -le
  ro('tichete din chat ieri', 'tickets yesterday where channel=chat'),
  ro('timpul de răspuns pentru email săptămâna trecută', 'first_response_time last-week where channel=email'), // inflected: timp + -ul ("timp de răspuns")
  ro('rata de abandon a clienților veniți din paid search', 'churn_rate where acquisition_channel=paid_search'),
  ro('clienți noi din referral anul acesta', 'new_customers this-year where acquisition_channel=referral'),
  ro('veniturile unde regiunea este North America', 'revenue where region=North America'), // inflected: venituri + -le
  ro('nps unde planul e Basic în trimestrul trecut', 'nps last-quarter where plan=Basic'),
  ro('tichete din categoria technical pe canale luna asta', 'tickets this-month by channel where category=technical'),
  ro('reclamații din categoria delivery pe regiuni în T3', 'complaints 2026-Q3 by region where category=delivery'),
  ro('rata de retenție pentru planurile Pro și Premium', 'retention_rate where plan=Pro,Premium'),
  ro('timpul de rezolvare pentru chat și email', 'resolution_time where channel=chat,email'),
  ro('coșul mediu al clienților organic anul acesta', 'average_basket this-year where acquisition_channel=organic'),
  ro('marja brută pentru segmentul mid market', 'gross_margin where segment=Mid-Market'),
  ro('reclamații cu categoria billing', 'complaints where category=billing'), // note: "cu" is a filter keyword
  ro('numărul de clienți cu planul Pro', 'customers where plan=Pro'),
  ro('plângeri din canalul social luna trecută', 'complaints last-month where channel=social'),
  // --- comparisons
  ro('veniturile de luna trecută față de luna precedentă', 'revenue last-month vs previous'), // inflected: venituri + -le
  ro('nps-ul trimestrul acesta față de anul trecut', 'nps this-quarter vs last-year'), // inflected: nps + -ul
  ro('comenzile luna aceasta comparativ cu perioada anterioară', 'orders this-month vs previous'), // inflected: comenzi + -le
  ro('cifra de afaceri din trimestrul trecut față de aceeași perioadă de anul trecut', 'revenue last-quarter vs last-year'),
  ro('churn luna asta față de luna trecută', 'churn_rate this-month vs last-month'),
  ro('satisfacția clienților în T3 versus 2025-Q3', 'csat 2026-Q3 vs 2025-Q3'),
  ro('reclamații în T3 față de T3 2025', 'complaints 2026-Q3 vs 2025-Q3'),
  ro('nps pe segmente trimestrul trecut față de nimic', 'nps last-quarter by segment vs none'),
  ro('vânzările de anul acesta comparate cu 2025', 'revenue this-year vs 2025'), // inflected: vânzări + -le
  ro('clienți noi în noiembrie fără comparație', 'new_customers 2026-11 vs none'), // note: "fără comparație" = vs none
  ro('tichetele săptămâna trecută față de săptămâna precedentă', 'tickets last-week vs previous'), // inflected: tichete + -le
  ro('venituri luna trecută yoy', 'revenue last-month vs last-year'),
  // --- rankings
  ro('top 3 regiuni după venituri', 'revenue by region top 3'),
  ro('cele mai slabe 2 segmente la nps', 'nps by segment bottom 2'),
  ro('primele 3 categorii după numărul de reclamații', 'complaints by category top 3'),
  ro('care 2 planuri au cea mai mare rată de abandon?', 'churn_rate by plan top 2'),
  ro('cele mai bune 2 regiuni după rata de retenție anul trecut', 'retention_rate last-year by region top 2'),
  ro('cele mai proaste 3 canale de achiziție la rata de abandon', 'churn_rate by acquisition_channel top 3'), // note: churn better:down, worst = highest
  ro('care categorie a avut cele mai multe tichete luna trecută', 'tickets last-month by category top 1'),
  ro('cele 3 surse cu cea mai mică rată de conversie', 'conversion_rate by source bottom 3'),
  ro('clasamentul canalelor după reclamații', 'complaints by channel'), // note: a ranking without N is the breakdown; "canalelor" = canale + -lor
  ro('top 2 segmente după profitul brut anul acesta', 'gross_profit this-year by segment top 2'),
  ro('cele mai bune 2 canale la timpul de răspuns', 'first_response_time by channel bottom 2'), // inflected: timp + -ul; note: better:down, best = lowest
  // --- views
  ro('veniturile pe luni anul acesta ca linie', 'revenue this-year by month as line'), // inflected: venituri + -le
  ro('reclamațiile pe categorii ca tabel', 'complaints by category as table'), // inflected: reclamații + -le
  ro('nps pe regiuni ca grafic cu bare', 'nps by region as bar'),
  ro('churn în trimestrul trecut, doar numărul', 'churn_rate last-quarter as number'),
  // --- several KPIs
  ro('nps și csat în trimestrul trecut', 'nps, csat last-quarter'),
  ro('veniturile, comenzile și coșul mediu pe luni anul acesta', 'revenue, orders, average_basket this-year by month'), // inflected: venituri + -le, comenzi + -le
  ro('rata de abandon și rata de retenție pe segmente', 'churn_rate, retention_rate by segment'),
  ro('tichete și reclamații săptămâna trecută', 'tickets, complaints last-week'),
  ro('cac și ltv pe canal', 'cac, clv by channel'),
  // --- the command syntax
  ro('reclamații luna-trecută pe canal', 'complaints last-month by channel'),
  ro('rata de abandon trimestrul-trecut pe segment', 'churn_rate last-quarter by segment'),
  ro('venituri, comenzi anul-acesta pe lună', 'revenue, orders this-year by month'),
  ro('scorul nps 2026-Q2', 'nps 2026-Q2'),
  ro('venituri ultimele-30-zile unde regiune=Europe față-de anul-trecut', 'revenue last-30d where region=Europe vs last-year'),
  ro('reclamații 2026-01-01..2026-03-31 pe categorie', 'complaints 2026-01-01..2026-03-31 by category'),
  ro('churn_rate 2026-03 pe plan față-de precedent', 'churn_rate 2026-03 by plan vs previous'),
  ro('tichete săptămâna-aceasta pe canal unde categorie=billing ca tabel', 'tickets this-week by channel where category=billing as table'),
  ro('csat ultimele-12-luni pe lună ca linie', 'csat last-12m by month as line'),
  ro('venituri 2025 pe regiune top 3', 'revenue 2025 by region top 3'),
  ro('coșul mediu luna-trecută unde plan=Premium față-de nimic', 'average_basket last-month where plan=Premium vs none'),
  ro('comenzi ultimele-90-zile unde segment=SMB,Enterprise pe regiune', 'orders last-90d by region where segment=SMB,Enterprise'),
  ro('nps unde regiune=APAC trimestrul-trecut pe segment', 'nps last-quarter by segment where region=APAC'),
  ro('rata de retenție trimestrul-acesta pe regiune, plan', 'retention_rate this-quarter by region, plan'),
  ro('reclamații luna-trecută pe categorie top 3', 'complaints last-month by category top 3'),
  ro('venituri 2026-Q3 față-de 2025-Q3', 'revenue 2026-Q3 vs 2025-Q3'),
  ro('clienți noi ultimele-6-luni pe lună ca bare', 'new_customers last-6m by month as bar'),
  ro('tichete ieri unde canal=chat', 'tickets yesterday where channel=chat'),
  // --- accents and casing
  ro('VENITURILE DE ANUL TRECUT', 'revenue last-year'), // inflected: venituri + -le
  ro('Veniturile de Anul Trecut', 'revenue last-year'), // inflected: venituri + -le
  ro('rata de retentie in trimestrul trecut', 'retention_rate last-quarter'),
  ro('Rata de Retenție în Trimestrul Trecut', 'retention_rate last-quarter'),
];

/** Every question of the corpus, English, then Portuguese, then Romanian. */
export const QUESTIONS: readonly CorpusQuestion[] = [...ENGLISH, ...PORTUGUESE, ...ROMANIAN];

const enRefused = (q: string, word: string): RefusedQuestion => ({ lang: 'en', q, word });
const ptRefused = (q: string, word: string): RefusedQuestion => ({ lang: 'pt', q, word });
const roRefused = (q: string, word: string): RefusedQuestion => ({ lang: 'ro', q, word });

/**
 * Questions that must not be answered: each is a readable question but for one content word
 * that is no KPI, period, dimension, value or keyword, and no filler. The reader must refuse
 * and name that word (compared without case or accents).
 */
export const REFUSED: readonly RefusedQuestion[] = [
  enRefused('what was our churn among left-handed customers', 'left-handed'),
  enRefused('nps blah last month', 'blah'),
  enRefused('revenue from vegan customers last month', 'vegan'),
  enRefused('churn in antarctica this year', 'antarctica'),
  enRefused('nps by color', 'color'),
  enRefused('complaints about parking last week', 'parking'),
  enRefused('revenue on the platinum plan', 'platinum'),
  enRefused('orders of bananas last quarter', 'bananas'),
  enRefused('revenue per salesperson', 'salesperson'),
  enRefused('nps in tokyo', 'tokyo'),
  enRefused('churn by horoscope', 'horoscope'),
  enRefused('revenue from tiktok this year', 'tiktok'),
  enRefused('csat for dinosaurs', 'dinosaurs'),
  enRefused('how many tickets about unicorns', 'unicorns'),
  enRefused('retention of pirate customers last month', 'pirate'),
  enRefused('sessions from the moon', 'moon'),
  enRefused('gross margin for wizards in q3', 'wizards'),
  enRefused('orders flibbertigibbet this week', 'flibbertigibbet'),

  ptRefused('qual foi a rotatividade dos clientes canhotos', 'canhotos'),
  ptRefused('nps blablá do mês passado', 'blablá'),
  ptRefused('receita dos clientes veganos no mês passado', 'veganos'),
  ptRefused('churn na antártida este ano', 'antártida'),
  ptRefused('nps por cor', 'cor'),
  ptRefused('reclamações sobre estacionamento na semana passada', 'estacionamento'),
  ptRefused('receita do plano platina', 'platina'),
  ptRefused('encomendas de bananas no trimestre passado', 'bananas'),
  ptRefused('receita por vendedor', 'vendedor'),
  ptRefused('nps em tóquio', 'tóquio'),
  ptRefused('churn por signo', 'signo'),
  ptRefused('faturamento do tiktok este ano', 'tiktok'),
  ptRefused('satisfação dos dinossauros', 'dinossauros'),
  ptRefused('quantos chamados sobre unicórnios', 'unicórnios'),
  ptRefused('taxa de retenção dos piratas no mês passado', 'piratas'),
  ptRefused('sessões vindas da lua', 'lua'),
  ptRefused('margem bruta dos feiticeiros no T3', 'feiticeiros'),

  roRefused('care a fost rata de abandon a clienților stângaci', 'stângaci'),
  roRefused('nps blabla luna trecută', 'blabla'),
  roRefused('veniturile clienților vegani luna trecută', 'vegani'),
  roRefused('churn în antarctica anul acesta', 'antarctica'),
  roRefused('nps pe culori', 'culori'),
  roRefused('reclamații despre parcare săptămâna trecută', 'parcare'),
  roRefused('veniturile planului platină', 'platină'),
  roRefused('comenzi de banane în trimestrul trecut', 'banane'),
  roRefused('venituri pe agent', 'agent'),
  roRefused('nps în tokio', 'tokio'),
  roRefused('churn pe zodie', 'zodie'),
  roRefused('veniturile din tiktok anul acesta', 'tiktok'),
  roRefused('satisfacția dinozaurilor', 'dinozaurilor'),
  roRefused('câte tichete despre unicorni', 'unicorni'),
  roRefused('rata de retenție a piraților luna trecută', 'piraților'),
  roRefused('sesiuni din spațiu', 'spațiu'),
  roRefused('marja brută a vrăjitorilor în T3', 'vrăjitorilor'),
];

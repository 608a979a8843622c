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

/** Every question of the corpus, English. */
export const QUESTIONS: readonly CorpusQuestion[] = [...ENGLISH];

const enRefused = (q: string, word: string): RefusedQuestion => ({ lang: 'en', q, word });

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
];

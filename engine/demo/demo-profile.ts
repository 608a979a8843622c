/**
 * The shape of the demo business: who the customers are, how they buy, complain and answer
 * surveys, what marketing costs. Numbers are chosen so every KPI of kpis.md lands in a plausible
 * range and differs by segment, region, plan and channel; the calendar (demo-calendar.ts) adds
 * growth, seasons and the one bad quarter.
 */

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
/** An average month, for rates given "per month". */
export const MONTH_MS = (365.25 / 12) * DAY_MS;

/** The company's own brand in `mentions` (own = 1); the others are its competitors. */
export const OWN_BRAND = 'Acme';
/** Competitors and their daily mentions at the default size. */
export const COMPETITORS = [
  ['Globex', 34],
  ['Initech', 22],
  ['Umbrella', 14],
  ['Hooli', 9],
] as const;

export const SEGMENTS = ['SMB', 'Mid-Market', 'Enterprise'] as const;
export type Segment = (typeof SEGMENTS)[number];
export const PLANS = ['Basic', 'Pro', 'Premium'] as const;
export type Plan = (typeof PLANS)[number];
export const REGIONS = ['North America', 'Europe', 'LATAM', 'APAC'] as const;
export type Region = (typeof REGIONS)[number];
export const ACQUISITION_CHANNELS = ['organic', 'paid_search', 'social', 'referral', 'email'] as const;
export type AcquisitionChannel = (typeof ACQUISITION_CHANNELS)[number];

export interface SegmentProfile {
  /** Share of signups. */
  readonly share: number;
  readonly plans: readonly (readonly [Plan, number])[];
  /** Monthly chance of leaving, before plan, channel and the bad quarter. */
  readonly monthlyChurn: number;
  /** Orders a month (any status). */
  readonly ordersPerMonth: number;
  /** Median order amount before plan and region. */
  readonly medianOrder: number;
  readonly ticketsPerMonth: number;
  /** Shares of NPS promoters (9-10) and detractors (0-6) in a normal month. */
  readonly promoters: number;
  readonly detractors: number;
  /** Median days from invoice to payment: card-paying small firms fast, procurement slow. */
  readonly payDays: number;
}

/** SMB: many, cheap, churn most. Enterprise: few, large orders, churn least, pay slowest. */
export const SEGMENT_PROFILES: Record<Segment, SegmentProfile> = {
  SMB: {
    share: 62,
    plans: [['Basic', 60], ['Pro', 30], ['Premium', 10]],
    monthlyChurn: 0.02,
    ordersPerMonth: 1.2,
    medianOrder: 80,
    ticketsPerMonth: 0.2,
    promoters: 0.45,
    detractors: 0.2,
    payDays: 6,
  },
  'Mid-Market': {
    share: 28,
    plans: [['Basic', 25], ['Pro', 50], ['Premium', 25]],
    monthlyChurn: 0.011,
    ordersPerMonth: 2,
    medianOrder: 340,
    ticketsPerMonth: 0.35,
    promoters: 0.5,
    detractors: 0.16,
    payDays: 20,
  },
  Enterprise: {
    share: 10,
    plans: [['Basic', 5], ['Pro', 35], ['Premium', 60]],
    monthlyChurn: 0.006,
    ordersPerMonth: 3.2,
    medianOrder: 1500,
    ticketsPerMonth: 0.6,
    promoters: 0.56,
    detractors: 0.12,
    payDays: 26,
  },
};

/** Plans: Premium buys bigger baskets and stays longer; Basic leaves soonest. */
export const PLAN_AMOUNT: Record<Plan, number> = { Basic: 0.8, Pro: 1, Premium: 1.35 };
export const PLAN_CHURN: Record<Plan, number> = { Basic: 1.25, Pro: 1, Premium: 0.75 };

export const REGION_WEIGHTS: readonly (readonly [Region, number])[] = [
  ['North America', 40],
  ['Europe', 30],
  ['LATAM', 15],
  ['APAC', 15],
];
/** Price levels differ by region. */
export const REGION_AMOUNT: Record<Region, number> = { 'North America': 1.1, Europe: 1, LATAM: 0.8, APAC: 0.95 };

export const CHANNEL_WEIGHTS: readonly (readonly [AcquisitionChannel, number])[] = [
  ['organic', 30],
  ['paid_search', 25],
  ['social', 15],
  ['referral', 12],
  ['email', 18],
];
/** Referred customers stay longest; customers bought through ads leave soonest. */
export const CHANNEL_CHURN: Record<AcquisitionChannel, number> = {
  organic: 1,
  paid_search: 1.2,
  social: 1.1,
  referral: 0.7,
  email: 0.95,
};
/** What winning one customer costs, by channel (organic is content and SEO, nearly free). */
export const CAC_BY_CHANNEL: Record<AcquisitionChannel, number> = {
  organic: 60,
  paid_search: 560,
  social: 380,
  referral: 220,
  email: 140,
};
/** Leads that never convert per lead that does: referral converts best (about 38%), ads worst (19%). */
export const UNCONVERTED_PER_CONVERTED: Record<AcquisitionChannel, number> = {
  organic: 3,
  paid_search: 4.2,
  social: 3.6,
  referral: 1.6,
  email: 2.5,
};
/** Share of website sessions by channel. */
export const SESSION_SHARE: readonly (readonly [AcquisitionChannel, number])[] = [
  ['organic', 38],
  ['paid_search', 27],
  ['social', 15],
  ['referral', 8],
  ['email', 12],
];

export const TICKET_CHANNELS = ['email', 'chat', 'phone', 'social'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];
export const TICKET_CHANNEL_WEIGHTS: readonly (readonly [TicketChannel, number])[] = [
  ['email', 40],
  ['chat', 30],
  ['phone', 18],
  ['social', 12],
];
/** Median hours to a first response, by support channel: phone minutes, email hours. */
export const FIRST_RESPONSE_HOURS: Record<TicketChannel, number> = { email: 6, chat: 0.1, phone: 0.03, social: 2 };
export const TICKET_CATEGORIES = ['technical', 'billing', 'delivery', 'product', 'account'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];
export const CATEGORY_WEIGHTS: readonly (readonly [TicketCategory, number])[] = [
  ['technical', 30],
  ['billing', 22],
  ['delivery', 20],
  ['product', 16],
  ['account', 12],
];
/** During the price change most extra tickets are about billing. */
export const SHOCK_CATEGORY_WEIGHTS: readonly (readonly [TicketCategory, number])[] = [
  ['technical', 22],
  ['billing', 45],
  ['delivery', 13],
  ['product', 12],
  ['account', 8],
];

/** Order volume by calendar month: a Q4 peak, a quiet summer and February. */
export const ORDER_MONTH_SEASON = [0.9, 0.85, 0.95, 0.95, 1, 0.95, 0.9, 0.88, 1, 1.05, 1.2, 1.35];
/** Business signups by calendar month: January and September starts, slow summers and Decembers. */
export const SIGNUP_MONTH_SEASON = [1.2, 1.05, 1.1, 1, 1, 0.9, 0.8, 0.8, 1.15, 1.1, 1, 0.85];
/** By ISO weekday, Monday first: quieter weekends. */
export const WEEKDAY_SEASON = [1.08, 1.08, 1.06, 1.05, 1, 0.78, 0.72];
/** By local hour of day: business hours, a lunch dip, little at night. */
export const HOUR_WEIGHTS = [
  0.15, 0.1, 0.08, 0.08, 0.1, 0.15, 0.3, 0.55, 0.9, 1.4, 1.55, 1.5, 1.2, 1.3, 1.5, 1.5, 1.4, 1.15, 0.9, 0.8, 0.75, 0.6, 0.4, 0.25,
];
export const MAX_HOUR_WEIGHT = Math.max(...HOUR_WEIGHTS);
export const MEAN_HOUR_WEIGHT = HOUR_WEIGHTS.reduce((a, b) => a + b, 0) / HOUR_WEIGHTS.length;

import { DateTime } from 'luxon';

/**
 * The shape of the demo business: who the customers are, how they buy, complain and answer
 * surveys, and the one bad quarter (a price change) that makes churn spike and complaints rise.
 * Numbers are chosen so every KPI lands in a plausible range.
 */

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export const OWN_BRAND = 'Acme';
export const COMPETITORS = [
  ['Globex', 34],
  ['Initech', 24],
  ['Umbrella', 15],
  ['Hooli', 9],
] as const;

export const SEGMENTS = ['SMB', 'Mid-Market', 'Enterprise'] as const;
export type Segment = (typeof SEGMENTS)[number];
export const REGIONS = [
  ['North America', 40],
  ['Europe', 30],
  ['LATAM', 15],
  ['APAC', 15],
] as const;
export const ACQUISITION_CHANNELS = [
  ['organic', 30],
  ['paid_search', 25],
  ['social', 15],
  ['referral', 15],
  ['email', 15],
] as const;
export type AcquisitionChannel = (typeof ACQUISITION_CHANNELS)[number][0];
/** What winning one customer costs, by channel (organic is content and SEO, nearly free). */
export const CAC_BY_CHANNEL: Record<AcquisitionChannel, number> = {
  organic: 40,
  paid_search: 520,
  social: 340,
  referral: 180,
  email: 120,
};
export const TICKET_CHANNELS = [
  ['email', 40],
  ['chat', 30],
  ['phone', 20],
  ['social', 10],
] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number][0];
/** Median hours to a first response, by support channel. */
export const FIRST_RESPONSE_HOURS: Record<TicketChannel, number> = { email: 5, chat: 0.15, phone: 0.05, social: 2.5 };
export const TICKET_CATEGORIES = [
  ['technical', 30],
  ['billing', 25],
  ['delivery', 20],
  ['product', 15],
  ['account', 10],
] as const;

export interface SegmentProfile {
  readonly share: number;
  readonly plans: readonly (readonly [string, number])[];
  /** Monthly chance of leaving, before plan and season. */
  readonly monthlyChurn: number;
  /** Completed-or-not orders a month. */
  readonly ordersPerMonth: number;
  readonly medianOrder: number;
  /** Support tickets a month. */
  readonly ticketsPerMonth: number;
  /** Shares of NPS promoters and detractors. */
  readonly promoters: number;
  readonly detractors: number;
}

export const SEGMENT_PROFILES: Record<Segment, SegmentProfile> = {
  SMB: {
    share: 0.6,
    plans: [['Basic', 60], ['Pro', 30], ['Premium', 10]],
    monthlyChurn: 0.024,
    ordersPerMonth: 1.1,
    medianOrder: 70,
    ticketsPerMonth: 0.22,
    promoters: 0.44,
    detractors: 0.21,
  },
  'Mid-Market': {
    share: 0.28,
    plans: [['Basic', 25], ['Pro', 50], ['Premium', 25]],
    monthlyChurn: 0.013,
    ordersPerMonth: 1.9,
    medianOrder: 320,
    ticketsPerMonth: 0.4,
    promoters: 0.5,
    detractors: 0.15,
  },
  Enterprise: {
    share: 0.12,
    plans: [['Basic', 5], ['Pro', 35], ['Premium', 60]],
    monthlyChurn: 0.009,
    ordersPerMonth: 3,
    medianOrder: 1600,
    ticketsPerMonth: 0.7,
    promoters: 0.56,
    detractors: 0.11,
  },
};

export const PLAN_CHURN: Record<string, number> = { Basic: 1.3, Pro: 1, Premium: 0.7 };

/** Order volume by calendar month (a Q4 peak) and by weekday (quieter weekends). */
const MONTH_SEASON = [0.9, 0.85, 0.95, 0.95, 1, 0.95, 0.9, 0.9, 1, 1.05, 1.2, 1.35];
const WEEKDAY_SEASON = [1.05, 1.05, 1.05, 1.05, 1.05, 0.85, 0.8];

/** The demo's calendar: the window it covers and the bad quarter inside it. */
export class DemoCalendar {
  readonly startMs: number;
  readonly spikeStartMs: number;
  readonly spikeEndMs: number;
  /** Local days of the window with their season factor and month, precomputed: activity asks per event. */
  private readonly dayTable: { readonly day: string; readonly month: string; readonly startMs: number; readonly season: number }[] = [];

  constructor(
    readonly nowMs: number,
    readonly years: number,
    readonly zone: string,
  ) {
    const now = DateTime.fromMillis(nowMs, { zone });
    this.startMs = now.startOf('day').minus({ years }).toMillis();
    // The price change: the calendar quarter that began about eight months ago.
    const spike = now.minus({ days: 240 }).startOf('quarter');
    this.spikeStartMs = spike.toMillis();
    this.spikeEndMs = spike.plus({ months: 3 }).toMillis();
    let d = DateTime.fromMillis(this.startMs, { zone });
    while (d.toMillis() < nowMs) {
      this.dayTable.push({
        day: d.toISODate() ?? '',
        month: d.toFormat('yyyy-MM'),
        startMs: d.toMillis(),
        season: (MONTH_SEASON[d.month - 1] ?? 1) * (WEEKDAY_SEASON[d.weekday - 1] ?? 1),
      });
      d = d.plus({ days: 1 });
    }
  }

  /** Index of the local day an instant inside the window falls on. */
  dayIndex(ms: number): number {
    let i = Math.min(this.dayTable.length - 1, Math.max(0, Math.floor((ms - this.startMs) / DAY_MS)));
    // Days are 23 to 25 hours long; step to the right one when a DST change put us off by one.
    while (i > 0 && (this.dayTable[i]?.startMs ?? 0) > ms) i--;
    while (i < this.dayTable.length - 1 && (this.dayTable[i + 1]?.startMs ?? Infinity) <= ms) i++;
    return i;
  }

  /** 0 at the start of the window, 1 now. */
  progress(ms: number): number {
    return Math.min(1, Math.max(0, (ms - this.startMs) / (this.nowMs - this.startMs)));
  }

  /** How much the bad quarter weighs at an instant: 1 inside it, fading over the two months after. */
  spike(ms: number): number {
    if (ms < this.spikeStartMs) return 0;
    if (ms < this.spikeEndMs) return 1;
    const after = (ms - this.spikeEndMs) / (60 * 86_400_000);
    return after < 1 ? 1 - after : 0;
  }

  season(ms: number): number {
    return this.dayTable[this.dayIndex(ms)]?.season ?? 1;
  }

  /** The local calendar day (YYYY-MM-DD) and month (YYYY-MM) of an instant inside the window. */
  dayOf(ms: number): { readonly day: string; readonly month: string } {
    const d = this.dayTable[this.dayIndex(ms)];
    return { day: d?.day ?? '', month: d?.month ?? '' };
  }

  /** Every local day of the window, oldest first. */
  days(): readonly { readonly day: string; readonly month: string; readonly startMs: number; readonly season: number }[] {
    return this.dayTable;
  }
}


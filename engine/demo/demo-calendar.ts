import { DateTime } from 'luxon';
import { DAY_MS, HOUR_MS, HOUR_WEIGHTS, ORDER_MONTH_SEASON, SIGNUP_MONTH_SEASON, WEEKDAY_SEASON } from './demo-profile.js';

/** A calendar month the window touches. */
export interface DemoMonth {
  /** YYYY-MM in the workspace time zone. */
  readonly month: string;
  readonly startMs: number;
  readonly endMs: number;
  /** Share of the month inside the window (the first and the current month are partial). */
  readonly covered: number;
}

/**
 * The demo's calendar: the window it covers (whole local days, from `years` before now up to
 * now), local days and months precomputed once (every order asks which day it falls on, and
 * luxon per order would dominate the run time), seasons, and the one bad quarter: a price change
 * in the calendar quarter that began about eight months before now, so it is two to three
 * quarters back whatever the date, and `last-quarter` compares against a recovered quarter.
 */
export class DemoCalendar {
  readonly startMs: number;
  readonly shockStartMs: number;
  readonly shockEndMs: number;
  /** Local day i spans [dayStart[i], dayStart[i + 1]); the last entry is the end of today. */
  readonly dayStart: Float64Array;
  readonly dayName: readonly string[];
  /** Index into `months` of each day. */
  readonly dayMonth: Int32Array;
  /** Order season of each day: month of year times weekday. */
  readonly orderSeason: Float64Array;
  /** Signup season of each day. */
  readonly signupSeason: Float64Array;
  readonly weekdaySeason: Float64Array;
  readonly months: readonly DemoMonth[];
  /** The highest order season, for thinning, and the mean, for rates given per average day. */
  readonly maxOrderSeason: number;
  readonly meanOrderSeason: number;
  readonly maxSignupSeason: number;

  constructor(
    readonly nowMs: number,
    years: number,
    readonly zone: string,
  ) {
    const now = DateTime.fromMillis(nowMs, { zone });
    if (!now.isValid) throw new Error(`Unknown time zone ${zone}`);
    this.startMs = now.startOf('day').minus({ months: Math.max(1, Math.round(years * 12)) }).toMillis();
    const shock = now.minus({ days: 240 }).startOf('quarter');
    this.shockStartMs = shock.toMillis();
    this.shockEndMs = shock.plus({ months: 3 }).toMillis();

    const starts: number[] = [];
    const names: string[] = [];
    const monthOf: number[] = [];
    const orderSeason: number[] = [];
    const signupSeason: number[] = [];
    const weekdaySeason: number[] = [];
    const months: DemoMonth[] = [];
    let d = DateTime.fromMillis(this.startMs, { zone });
    while (d.toMillis() < nowMs) {
      const month = d.toFormat('yyyy-MM');
      if (months.at(-1)?.month !== month) {
        const mStart = d.startOf('month').toMillis();
        const mEnd = d.startOf('month').plus({ months: 1 }).toMillis();
        const covered = (Math.min(mEnd, nowMs) - Math.max(mStart, this.startMs)) / (mEnd - mStart);
        months.push({ month, startMs: mStart, endMs: mEnd, covered });
      }
      starts.push(d.toMillis());
      names.push(d.toISODate() ?? '');
      monthOf.push(months.length - 1);
      const weekday = WEEKDAY_SEASON[d.weekday - 1] ?? 1;
      weekdaySeason.push(weekday);
      orderSeason.push((ORDER_MONTH_SEASON[d.month - 1] ?? 1) * weekday);
      signupSeason.push((SIGNUP_MONTH_SEASON[d.month - 1] ?? 1) * weekday);
      d = d.plus({ days: 1 });
    }
    starts.push(d.toMillis());
    this.dayStart = Float64Array.from(starts);
    this.dayName = names;
    this.dayMonth = Int32Array.from(monthOf);
    this.orderSeason = Float64Array.from(orderSeason);
    this.signupSeason = Float64Array.from(signupSeason);
    this.weekdaySeason = Float64Array.from(weekdaySeason);
    this.months = months;
    this.maxOrderSeason = Math.max(...orderSeason);
    this.meanOrderSeason = orderSeason.reduce((a, b) => a + b, 0) / orderSeason.length;
    this.maxSignupSeason = Math.max(...signupSeason);
  }

  get dayCount(): number {
    return this.dayName.length;
  }

  /** Index of the local day an instant inside the window falls on. */
  dayIndex(ms: number): number {
    const last = this.dayCount - 1;
    let i = Math.min(last, Math.max(0, Math.floor((ms - this.startMs) / DAY_MS)));
    // Local days are 23 to 25 hours long; step to the right one when DST put the estimate off.
    while (i > 0 && (this.dayStart[i] ?? 0) > ms) i--;
    while (i < last && (this.dayStart[i + 1] ?? Infinity) <= ms) i++;
    return i;
  }

  /** Local hour-of-day weight of an instant on day `day` (see HOUR_WEIGHTS). */
  hourWeight(ms: number, day: number): number {
    const hour = Math.floor((ms - (this.dayStart[day] ?? ms)) / HOUR_MS);
    return HOUR_WEIGHTS[Math.min(23, Math.max(0, hour))] ?? 1;
  }

  /** Share of day `day` before now: 1 for past days, the elapsed part of today. */
  dayCovered(day: number): number {
    const start = this.dayStart[day] ?? 0;
    const end = this.dayStart[day + 1] ?? start;
    return Math.min(1, Math.max(0, (this.nowMs - start) / (end - start)));
  }

  /** 0 at the start of the window, 1 now. */
  progress(ms: number): number {
    return Math.min(1, Math.max(0, (ms - this.startMs) / (this.nowMs - this.startMs)));
  }

  /**
   * How much the price change weighs at an instant: 1 inside the bad quarter, fading linearly
   * over `fadeDays` after it (churn stops quickly; complaints and bad scores linger).
   */
  shock(ms: number, fadeDays: number): number {
    if (ms < this.shockStartMs) return 0;
    if (ms < this.shockEndMs) return 1;
    const after = (ms - this.shockEndMs) / (fadeDays * DAY_MS);
    return after < 1 ? 1 - after : 0;
  }
}

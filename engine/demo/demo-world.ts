import type { TableSink } from './demo-writer.js';
import type { DemoCalendar } from './demo-calendar.js';
import type { AcquisitionChannel } from './demo-profile.js';

/**
 * What the per-customer generators write to, and the running totals the daily and monthly
 * tables are drawn from afterwards (so no table has to be read back or kept in memory).
 */
export interface DemoWorld {
  readonly cal: DemoCalendar;
  readonly customers: TableSink;
  readonly orders: TableSink;
  readonly invoices: TableSink;
  readonly tickets: TableSink;
  readonly surveys: TableSink;
  readonly leads: TableSink;
  /** Completed order revenue by index of `cal.months`: the market's company_sales. */
  readonly revenueByMonth: Float64Array;
  /** Completed orders by local day index: website sessions follow them. */
  readonly completedByDay: Float64Array;
  /** New customers by acquisition channel and local day index: marketing spend follows them. */
  readonly signupsByDay: Record<AcquisitionChannel, Float64Array>;
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;

import type { Store } from '../store/store.js';
import { TABLE_NAMES, type TableName } from '../schema/tables.js';
import { recordOrigin } from '../store/table-origins.js';
import { Random } from './random.js';
import { DemoCalendar } from './demo-calendar.js';
import { DemoWriter } from './demo-writer.js';
import type { DemoWorld } from './demo-world.js';
import { ACQUISITION_CHANNELS, type AcquisitionChannel } from './demo-profile.js';
import { CUSTOMER_COLUMNS, customerRow, drawCustomer } from './demo-customers.js';
import { ORDER_COLUMNS, drawOrders } from './demo-orders.js';
import { BillingCycle, INVOICE_COLUMNS } from './demo-invoices.js';
import { TICKET_COLUMNS, drawTickets, type ResolvedTicket } from './demo-tickets.js';
import { SURVEY_COLUMNS, drawSurveys } from './demo-surveys.js';
import { LEAD_COLUMNS, drawLeads } from './demo-leads.js';
import { VISIT_COLUMNS, drawVisits } from './demo-visits.js';
import { SPEND_COLUMNS, drawSpend } from './demo-spend.js';
import { MENTION_COLUMNS, drawMentions } from './demo-mentions.js';
import { MARKET_COLUMNS, drawMarket } from './demo-market.js';

export interface DemoOptions {
  /** How many customers (default 2000: about 50 000 orders over three years; orders scale linearly). */
  readonly customers?: number;
  /** Same seed and `now`, same rows (default 42). */
  readonly seed?: number;
  /** The data ends just before this instant (epoch ms). */
  readonly now: number;
  /** Years of history before `now` (default 3; whole months). */
  readonly years?: number;
  /** IANA zone for the day and month columns and the seasons (the workspace's). */
  readonly timezone: string;
  /**
   * Called as the work advances: `done` of `total` customers written (with all their orders,
   * tickets, surveys, invoices and leads) under the table name 'customers', then once per daily
   * table.
   */
  readonly onProgress?: (done: number, total: number, table: string) => void;
}

/** Rows written, per table. */
export type DemoSummary = Record<TableName, number>;

/**
 * Customers per block: their rows are drawn, sorted by time and written before the next block
 * is drawn. Large enough that each block sweeps the time indexes in order (about 140 000 orders),
 * small enough that memory does not grow with the number of customers.
 */
const BLOCK = 5_000;

/** The random stream of each table (see Random.stream). */
const STREAMS = {
  customers: 0,
  orders: 1,
  invoices: 2,
  tickets: 3,
  surveys: 4,
  leads: 5,
  visits: 6,
  spend: 7,
  mentions: 8,
  market: 9,
} as const;

/**
 * Replaces the ten tables' contents with a seeded, realistic demo data set (see demo-profile.ts
 * for the business it describes), in one transaction: a reader sees the old data or the whole
 * new set, never half of it, and a crash midway leaves the old data. Rows are drawn customer by
 * customer and written block by block in multi-row upserts, so memory stays bounded whatever
 * the size; the daily and monthly tables are drawn last from running totals. Whatever the
 * tables held is replaced: callers that must not lose imported data check `tablesNotFromDemo`.
 */
export async function generateDemo(store: Store, options: DemoOptions): Promise<DemoSummary> {
  const count = options.customers ?? 2000;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`customers must be a whole number of at least 1, not ${count}`);
  if (!Number.isFinite(options.now)) throw new RangeError(`now must be an instant in epoch milliseconds, not ${options.now}`);
  const years = options.years ?? 3;
  if (!(years > 0)) throw new RangeError(`years must be positive, not ${years}`);
  const seed = options.seed ?? 42;
  const cal = new DemoCalendar(options.now, years, options.timezone);
  const rnd = Object.fromEntries(Object.entries(STREAMS).map(([k, n]) => [k, Random.stream(seed, n)])) as Record<keyof typeof STREAMS, Random>;
  const idWidth = Math.max(6, String(count).length);

  const summary = await store.transaction(async (tx) => {
    for (const table of TABLE_NAMES) await tx.run(`DELETE FROM ${table}`);
    const writer = new DemoWriter(tx);
    const world: DemoWorld = {
      cal,
      customers: writer.sink('customers', CUSTOMER_COLUMNS),
      orders: writer.sink('orders', ORDER_COLUMNS, { sortBy: 2, idPrefix: 'O' }),
      invoices: writer.sink('invoices', INVOICE_COLUMNS, { sortBy: 2, idPrefix: 'I' }),
      tickets: writer.sink('tickets', TICKET_COLUMNS, { sortBy: 2, idPrefix: 'T' }),
      surveys: writer.sink('surveys', SURVEY_COLUMNS, { sortBy: 2, idPrefix: 'R' }),
      leads: writer.sink('leads', LEAD_COLUMNS, { sortBy: 1, idPrefix: 'L' }),
      revenueByMonth: new Float64Array(cal.months.length),
      completedByDay: new Float64Array(cal.dayCount),
      signupsByDay: Object.fromEntries(ACQUISITION_CHANNELS.map((ch) => [ch, new Float64Array(cal.dayCount)])) as Record<
        AcquisitionChannel,
        Float64Array
      >,
    };
    for (let i = 0; i < count; i++) {
      const c = drawCustomer(i, idWidth, cal, rnd.customers);
      world.customers.add(customerRow(c, i));
      if (c.signupMs >= cal.startMs) {
        const day = cal.dayIndex(c.signupMs);
        world.signupsByDay[c.channel][day] = (world.signupsByDay[c.channel][day] ?? 0) + 1;
      }
      drawOrders(c, world, rnd.orders, new BillingCycle(c, world, rnd.invoices));
      const resolved: ResolvedTicket[] = [];
      drawTickets(c, world, rnd.tickets, resolved);
      drawSurveys(c, world, rnd.surveys, resolved);
      drawLeads(c, world, rnd.leads);
      if ((i + 1) % BLOCK === 0 || i + 1 === count) {
        await writer.flush();
        options.onProgress?.(i + 1, count, 'customers');
      }
    }
    const daily = {
      visits: writer.sink('visits', VISIT_COLUMNS),
      marketing_spend: writer.sink('marketing_spend', SPEND_COLUMNS),
      mentions: writer.sink('mentions', MENTION_COLUMNS),
      market: writer.sink('market', MARKET_COLUMNS),
    };
    drawVisits(world, daily.visits, rnd.visits);
    drawSpend(world, daily.marketing_spend, rnd.spend);
    drawMentions(world, daily.mentions, count / 2000, rnd.mentions);
    drawMarket(world, daily.market, rnd.market);
    await writer.flush();
    await recordOrigin(tx, TABLE_NAMES, 'demo');
    for (const [table, sink] of Object.entries(daily)) options.onProgress?.(sink.count, sink.count, table);
    const counts: DemoSummary = {
      customers: world.customers.count,
      orders: world.orders.count,
      tickets: world.tickets.count,
      surveys: world.surveys.count,
      leads: world.leads.count,
      visits: daily.visits.count,
      invoices: world.invoices.count,
      marketing_spend: daily.marketing_spend.count,
      mentions: daily.mentions.count,
      market: daily.market.count,
    };
    return counts;
  });
  // Fresh statistics, so the query planner picks the covering indexes on the new data.
  await store.exec(store.dialect.analyze(TABLE_NAMES));
  return summary;
}

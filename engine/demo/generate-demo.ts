import type { Store } from '../store/store.js';
import { TABLE_NAMES, type TableName } from '../schema/tables.js';
import { Random } from './random.js';
import { DemoCalendar } from './demo-profile.js';
import { CUSTOMER_COLUMNS, customerRow, demoCustomers } from './demo-customers.js';
import { INVOICE_COLUMNS, ORDER_COLUMNS, SURVEY_COLUMNS, TICKET_COLUMNS, demoActivity } from './demo-activity.js';
import {
  LEAD_COLUMNS,
  MARKET_COLUMNS,
  MENTION_COLUMNS,
  SPEND_COLUMNS,
  VISIT_COLUMNS,
  demoLeads,
  demoMarket,
  demoMentions,
  demoSpend,
  demoVisits,
} from './demo-daily.js';
import { insertRows, type TableRows } from '../store/insert-rows.js';

export interface DemoOptions {
  /** How many customers (default 2000: about 50 000 orders over three years). */
  readonly customers?: number;
  readonly seed?: number;
  /** The data ends just before this instant (epoch ms). */
  readonly now: number;
  readonly years?: number;
  readonly timezone: string;
  readonly onProgress?: (done: number, total: number, table: string) => void;
}

export type DemoSummary = Record<TableName, number>;

/**
 * Replaces the ten tables' contents with a seeded, realistic demo data set, in one transaction:
 * a reader sees the old data or the whole new set, never half of it.
 */
export async function generateDemo(store: Store, options: DemoOptions): Promise<DemoSummary> {
  const customersWanted = options.customers ?? 2000;
  const cal = new DemoCalendar(options.now, options.years ?? 3, options.timezone);
  // One stream per table, so changing how one table is drawn leaves the others as they were.
  const seed = options.seed ?? 42;
  const stream = (n: number): Random => new Random(seed * 1000 + n);

  const customers = demoCustomers(customersWanted, cal, stream(1));
  const activity = demoActivity(customers, cal, stream(2));
  const tables: TableRows[] = [
    { table: 'customers', columns: CUSTOMER_COLUMNS, rows: customers.map(customerRow) },
    { table: 'orders', columns: ORDER_COLUMNS, rows: activity.orders },
    { table: 'invoices', columns: INVOICE_COLUMNS, rows: activity.invoices },
    { table: 'tickets', columns: TICKET_COLUMNS, rows: activity.tickets },
    { table: 'surveys', columns: SURVEY_COLUMNS, rows: activity.surveys },
    { table: 'leads', columns: LEAD_COLUMNS, rows: demoLeads(customers, cal, stream(3)) },
    { table: 'visits', columns: VISIT_COLUMNS, rows: demoVisits(activity.ordersByDay, cal, stream(4)) },
    { table: 'marketing_spend', columns: SPEND_COLUMNS, rows: demoSpend(customers, cal, stream(5)) },
    { table: 'mentions', columns: MENTION_COLUMNS, rows: demoMentions(cal, Math.max(1, customersWanted / 2000), stream(6)) },
    { table: 'market', columns: MARKET_COLUMNS, rows: demoMarket(activity.revenueByMonth, cal, stream(7)) },
  ];

  await store.transaction(async (tx) => {
    for (const name of TABLE_NAMES) await tx.run(`DELETE FROM ${name}`);
    for (const t of tables) {
      await insertRows(tx, t, (done, total) => options.onProgress?.(done, total, t.table));
    }
  });
  await store.exec('ANALYZE');
  return Object.fromEntries(tables.map((t) => [t.table, t.rows.length])) as DemoSummary;
}

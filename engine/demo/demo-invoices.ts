import type { Random } from './random.js';
import type { DemoCustomer } from './demo-customers.js';
import { round2, type DemoWorld } from './demo-world.js';
import { DAY_MS, MONTH_MS, SEGMENT_PROFILES } from './demo-profile.js';

export const INVOICE_COLUMNS = ['invoice_id', 'customer_id', 'issued_at', 'due_at', 'paid_at', 'amount'] as const;

/** Share of invoices paid weeks after the due date, and of those never paid (bad debt). */
const LATE = 0.06;
const NEVER = 0.003;

/**
 * Monthly billing: each customer is invoiced at the end of every monthly cycle (anchored on the
 * signup, so issue dates spread over the month) for the cycle's completed orders, due 30 days
 * later. Payment days depend on the segment (small firms pay by card within days, enterprises
 * through procurement in about four weeks), some pay late, a few never; recent invoices are
 * still open. That puts DSO at about 30-50 days. Orders of the cycle still running are not
 * invoiced yet.
 */
export class BillingCycle {
  private cycle = -1;
  private amount = 0;
  private readonly payDays: number;

  constructor(
    private readonly c: DemoCustomer,
    private readonly world: DemoWorld,
    private readonly rnd: Random,
  ) {
    this.payDays = SEGMENT_PROFILES[c.segment].payDays;
  }

  /** A completed order; orders come in time order. */
  add(at: number, amount: number): void {
    const cycle = Math.floor((at - this.c.signupMs) / MONTH_MS);
    if (cycle !== this.cycle) this.issue();
    this.cycle = cycle;
    this.amount += amount;
  }

  /** Invoices the last cycle, if it has ended. */
  finish(): void {
    this.issue();
  }

  private issue(): void {
    const amount = this.amount;
    this.amount = 0;
    if (this.cycle < 0 || amount <= 0) return;
    const { cal, invoices } = this.world;
    const issued = Math.floor(this.c.signupMs + (this.cycle + 1) * MONTH_MS);
    if (issued >= cal.nowMs) return;
    const rnd = this.rnd;
    let paid: number | null = null;
    if (!rnd.chance(NEVER)) {
      const days = rnd.logNormal(this.payDays, 0.45) + (rnd.chance(LATE) ? rnd.between(15, 75) : 0);
      paid = Math.floor(issued + days * DAY_MS);
      if (paid >= cal.nowMs) paid = null;
    }
    invoices.add([null, this.c.id, issued, issued + 30 * DAY_MS, paid, round2(amount)]);
  }
}

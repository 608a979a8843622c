/**
 * Versioned schema migrations. A migration, once released, never changes: a new version is
 * appended instead. `PRAGMA user_version` records the version a database file is at.
 *
 * Instants are INTEGER epoch milliseconds (exact comparisons, fast range scans, the same in every
 * backend); calendar days are TEXT `YYYY-MM-DD` and months TEXT `YYYY-MM`.
 */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'the ten canonical customer tables and the indexes the KPI queries use',
    sql: `
CREATE TABLE customers (
  customer_id TEXT PRIMARY KEY,
  name TEXT,
  segment TEXT,
  region TEXT,
  plan TEXT,
  acquisition_channel TEXT,
  signup_at INTEGER NOT NULL,
  churned_at INTEGER
);
CREATE INDEX customers_signup ON customers (signup_at);
CREATE INDEX customers_churned ON customers (churned_at);

CREATE TABLE orders (
  order_id TEXT PRIMARY KEY,
  customer_id TEXT,
  ordered_at INTEGER NOT NULL,
  amount REAL NOT NULL,
  cost REAL,
  status TEXT NOT NULL
);
-- Covering index: every order KPI reads only these columns, in time order.
CREATE INDEX orders_time ON orders (ordered_at, status, customer_id, amount, cost);
CREATE INDEX orders_customer ON orders (customer_id, ordered_at);

CREATE TABLE tickets (
  ticket_id TEXT PRIMARY KEY,
  customer_id TEXT,
  opened_at INTEGER NOT NULL,
  first_response_at INTEGER,
  resolved_at INTEGER,
  channel TEXT,
  category TEXT,
  is_complaint INTEGER NOT NULL DEFAULT 0,
  contacts INTEGER
);
CREATE INDEX tickets_opened ON tickets (opened_at);
CREATE INDEX tickets_resolved ON tickets (resolved_at);
CREATE INDEX tickets_customer ON tickets (customer_id);

CREATE TABLE surveys (
  response_id TEXT PRIMARY KEY,
  customer_id TEXT,
  answered_at INTEGER NOT NULL,
  kind TEXT NOT NULL,
  score REAL NOT NULL
);
CREATE INDEX surveys_time ON surveys (kind, answered_at, score, customer_id);
CREATE INDEX surveys_answered ON surveys (answered_at);

CREATE TABLE leads (
  lead_id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  source TEXT,
  converted_at INTEGER,
  customer_id TEXT
);
CREATE INDEX leads_created ON leads (created_at);

CREATE TABLE visits (
  day TEXT NOT NULL,
  channel TEXT NOT NULL,
  sessions INTEGER NOT NULL,
  PRIMARY KEY (day, channel)
);

CREATE TABLE invoices (
  invoice_id TEXT PRIMARY KEY,
  customer_id TEXT,
  issued_at INTEGER NOT NULL,
  due_at INTEGER,
  paid_at INTEGER,
  amount REAL NOT NULL
);
CREATE INDEX invoices_issued ON invoices (issued_at);

CREATE TABLE marketing_spend (
  day TEXT NOT NULL,
  channel TEXT NOT NULL,
  amount REAL NOT NULL,
  PRIMARY KEY (day, channel)
);

CREATE TABLE mentions (
  day TEXT NOT NULL,
  brand TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  own INTEGER NOT NULL,
  PRIMARY KEY (day, brand)
);

CREATE TABLE market (
  month TEXT PRIMARY KEY,
  market_sales REAL NOT NULL,
  company_sales REAL NOT NULL,
  largest_competitor_sales REAL NOT NULL
);
`,
  },
  {
    version: 2,
    description: 'notebook sessions and their cells, kept so a restart loses nothing',
    sql: `
CREATE TABLE bot_sessions (
  session_id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX bot_sessions_updated ON bot_sessions (updated_at);

CREATE TABLE bot_cells (
  session_id TEXT NOT NULL REFERENCES bot_sessions (session_id) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  name TEXT,
  input TEXT NOT NULL,
  command TEXT NOT NULL,
  cell_values TEXT NOT NULL,
  reply TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (session_id, n)
);
`,
  },
  {
    version: 3,
    description: 'which notebook session and cell each message the bot posted in a chat belongs to',
    sql: `
CREATE TABLE bot_messages (
  place TEXT NOT NULL,
  message_id TEXT NOT NULL,
  session_id TEXT NOT NULL REFERENCES bot_sessions (session_id) ON DELETE CASCADE,
  cell INTEGER,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (place, message_id)
);
`,
  },
  {
    version: 4,
    description: 'digest subscriptions and each of their runs, so a send happens once across restarts',
    sql: `
CREATE TABLE bot_subscriptions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  platform TEXT NOT NULL,
  channel TEXT NOT NULL,
  channel_name TEXT,
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  spec TEXT NOT NULL,
  next_run_at INTEGER NOT NULL,
  cancelled_at INTEGER
);
CREATE INDEX bot_subscriptions_due ON bot_subscriptions (platform, next_run_at) WHERE cancelled_at IS NULL;

CREATE TABLE bot_digest_runs (
  subscription_id INTEGER NOT NULL REFERENCES bot_subscriptions (id),
  scheduled_for INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('due', 'sending', 'sent', 'skipped', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  retry_at INTEGER,
  claimed_at INTEGER,
  finished_at INTEGER,
  message_ref TEXT,
  note TEXT,
  PRIMARY KEY (subscription_id, scheduled_for)
);
CREATE INDEX bot_digest_runs_open ON bot_digest_runs (status) WHERE status IN ('due', 'sending');
`,
  },
  {
    version: 5,
    description: 'signed chat requests already accepted, so a replay is refused by every process on the database',
    sql: `
CREATE TABLE bot_replays (
  request_key TEXT PRIMARY KEY,
  expires_at INTEGER NOT NULL
);
CREATE INDEX bot_replays_expires ON bot_replays (expires_at);
`,
  },
  {
    version: 6,
    description: 'which writer last filled each canonical table, so the demo never replaces imported data unasked',
    sql: `
-- A table with rows and no row here was filled before origins were recorded: its origin is unknown.
CREATE TABLE table_origins (
  table_name TEXT PRIMARY KEY,
  origin TEXT NOT NULL CHECK (origin IN ('demo', 'import'))
);
`,
  },
  {
    version: 7,
    description: 'who holds each digest run being sent, and until when, so several processes send each firing once',
    sql: `
ALTER TABLE bot_digest_runs ADD COLUMN lease_owner TEXT;
ALTER TABLE bot_digest_runs ADD COLUMN lease_until INTEGER;
`,
  },
  {
    version: 8,
    description: 'when a subscription was paused, so its firings are recorded as skipped until it is resumed',
    sql: `
ALTER TABLE bot_subscriptions ADD COLUMN paused_at INTEGER;
`,
  },
  {
    version: 9,
    description: 'whether each alert was past its threshold at its last check, so an alert posts when it crosses and when it clears, not at every check',
    sql: `
ALTER TABLE bot_subscriptions ADD COLUMN alert_state TEXT CHECK (alert_state IN ('on', 'off'));
`,
  },
  {
    version: 10,
    description: 'workspace targets, one per KPI, so every answer and digest of it says whether it is on track',
    sql: `
-- grain NULL: the target is for whatever period a question reads; else only for periods of that grain.
CREATE TABLE bot_targets (
  kpi TEXT PRIMARY KEY,
  op TEXT NOT NULL CHECK (op IN ('at-least', 'at-most')),
  value REAL NOT NULL,
  grain TEXT,
  set_by TEXT NOT NULL,
  set_at INTEGER NOT NULL
);
`,
  },
  {
    version: 11,
    description: 'the messages each person sent recently, so the rate limit holds across every process on the database',
    sql: `
CREATE TABLE bot_rate_events (
  user_id TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX bot_rate_events_user ON bot_rate_events (user_id, at);
`,
  },
  {
    version: 12,
    description: 'the language and locale each subscription was made in, so its digests are written in the subscriber\'s words',
    sql: `
-- NULL: made before subscriptions kept a language; such digests speak the workspace's language.
ALTER TABLE bot_subscriptions ADD COLUMN language TEXT;
ALTER TABLE bot_subscriptions ADD COLUMN locale TEXT;
`,
  },
];

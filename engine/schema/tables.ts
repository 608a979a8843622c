/**
 * The ten canonical tables of ../shared/data-contract.md as data: column kinds, keys, which
 * columns carry time, and which dimensions each table answers to. Import validation, the query
 * compiler and the catalog validator all read this one description; the versioned migrations
 * create the same tables in SQL and a test checks that the two agree.
 */

/** How a column is typed in CSV and stored in SQL. */
export const COLUMN_KINDS = [
  'text', // free text
  'instant', // ISO 8601 timestamp, stored as integer epoch milliseconds
  'date', // YYYY-MM-DD calendar day in the workspace time zone, stored as text
  'month', // YYYY-MM, stored as text
  'money', // non-negative decimal, stored as REAL
  'count', // non-negative integer
  'score', // number checked against the survey kind's scale
  'boolean', // 1/0, true/false, yes/no, stored as 0/1
] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

export interface ColumnDef {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly required: boolean;
  /** Closed vocabulary, when the contract gives one. */
  readonly values?: readonly string[];
}

export const TABLE_NAMES = [
  'customers',
  'orders',
  'tickets',
  'surveys',
  'leads',
  'visits',
  'invoices',
  'marketing_spend',
  'mentions',
  'market',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export const CUSTOMER_DIMENSIONS = ['segment', 'region', 'plan', 'acquisition_channel'] as const;
export const TABLE_DIMENSIONS = ['channel', 'category', 'source', 'brand'] as const;
export const TIME_GRAINS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type CustomerDimension = (typeof CUSTOMER_DIMENSIONS)[number];
export type TimeGrain = (typeof TIME_GRAINS)[number];
/** A dimension a query may name after `by` or in `where`, apart from time grains. */
export const DIMENSIONS = [...CUSTOMER_DIMENSIONS, ...TABLE_DIMENSIONS] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const ORDER_STATUSES = ['completed', 'returned', 'cancelled'] as const;
export const SURVEY_KINDS = ['nps', 'csat', 'engagement', 'brand'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];
/** Inclusive score scale of each survey kind. */
export const SURVEY_SCALES: Record<SurveyKind, { readonly min: number; readonly max: number; readonly integer: boolean }> = {
  nps: { min: 0, max: 10, integer: true },
  csat: { min: 1, max: 5, integer: true },
  engagement: { min: 1, max: 4, integer: true },
  brand: { min: 0, max: 10, integer: false },
};

export interface TableDef {
  readonly name: TableName;
  readonly columns: readonly ColumnDef[];
  /** Primary key columns, in order. */
  readonly key: readonly string[];
  /** Whether rows carry a customer_id, so that customer dimensions reach them. */
  readonly hasCustomer: boolean;
  /**
   * How a query dimension maps to this table's own column. Customer dimensions not listed here
   * come through the customer join (or are the customers table's own columns).
   */
  readonly ownDimensions: Partial<Record<Dimension, string>>;
  /** Indexed columns whose newest value says how fresh the table is ("data through"). */
  readonly freshness: readonly string[];
}

const col = (name: string, kind: ColumnKind, required = false, values?: readonly string[]): ColumnDef =>
  values ? { name, kind, required, values } : { name, kind, required };

export const TABLES: Record<TableName, TableDef> = {
  customers: {
    name: 'customers',
    columns: [
      col('customer_id', 'text', true),
      col('name', 'text'),
      col('segment', 'text'),
      col('region', 'text'),
      col('plan', 'text'),
      col('acquisition_channel', 'text'),
      col('signup_at', 'instant', true),
      col('churned_at', 'instant'),
    ],
    key: ['customer_id'],
    hasCustomer: false,
    ownDimensions: {
      segment: 'segment',
      region: 'region',
      plan: 'plan',
      acquisition_channel: 'acquisition_channel',
      channel: 'acquisition_channel',
      source: 'acquisition_channel',
    },
    freshness: ['signup_at', 'churned_at'],
  },
  orders: {
    name: 'orders',
    columns: [
      col('order_id', 'text', true),
      col('customer_id', 'text'),
      col('ordered_at', 'instant', true),
      col('amount', 'money', true),
      col('cost', 'money'),
      col('status', 'text', true, ORDER_STATUSES),
    ],
    key: ['order_id'],
    hasCustomer: true,
    ownDimensions: {},
    freshness: ['ordered_at'],
  },
  tickets: {
    name: 'tickets',
    columns: [
      col('ticket_id', 'text', true),
      col('customer_id', 'text'),
      col('opened_at', 'instant', true),
      col('first_response_at', 'instant'),
      col('resolved_at', 'instant'),
      col('channel', 'text'),
      col('category', 'text'),
      col('is_complaint', 'boolean'),
      col('contacts', 'count'),
    ],
    key: ['ticket_id'],
    hasCustomer: true,
    ownDimensions: { channel: 'channel', category: 'category' },
    freshness: ['opened_at', 'resolved_at'],
  },
  surveys: {
    name: 'surveys',
    columns: [
      col('response_id', 'text', true),
      col('customer_id', 'text'),
      col('answered_at', 'instant', true),
      col('kind', 'text', true, SURVEY_KINDS),
      col('score', 'score', true),
    ],
    key: ['response_id'],
    hasCustomer: true,
    ownDimensions: {},
    freshness: ['answered_at'],
  },
  leads: {
    name: 'leads',
    columns: [
      col('lead_id', 'text', true),
      col('created_at', 'instant', true),
      col('source', 'text'),
      col('converted_at', 'instant'),
      col('customer_id', 'text'),
    ],
    key: ['lead_id'],
    hasCustomer: true,
    // A lead's source is the same vocabulary as a customer's acquisition channel.
    ownDimensions: { source: 'source', channel: 'source', acquisition_channel: 'source' },
    freshness: ['created_at'],
  },
  visits: {
    name: 'visits',
    columns: [col('day', 'date', true), col('channel', 'text', true), col('sessions', 'count', true)],
    key: ['day', 'channel'],
    hasCustomer: false,
    ownDimensions: { channel: 'channel', acquisition_channel: 'channel', source: 'channel' },
    freshness: ['day'],
  },
  invoices: {
    name: 'invoices',
    columns: [
      col('invoice_id', 'text', true),
      col('customer_id', 'text'),
      col('issued_at', 'instant', true),
      col('due_at', 'instant'),
      col('paid_at', 'instant'),
      col('amount', 'money', true),
    ],
    key: ['invoice_id'],
    hasCustomer: true,
    ownDimensions: {},
    freshness: ['issued_at'],
  },
  marketing_spend: {
    name: 'marketing_spend',
    columns: [col('day', 'date', true), col('channel', 'text', true), col('amount', 'money', true)],
    key: ['day', 'channel'],
    hasCustomer: false,
    ownDimensions: { channel: 'channel', acquisition_channel: 'channel', source: 'channel' },
    freshness: ['day'],
  },
  mentions: {
    name: 'mentions',
    columns: [
      col('day', 'date', true),
      col('brand', 'text', true),
      col('mentions', 'count', true),
      col('own', 'boolean', true),
    ],
    key: ['day', 'brand'],
    hasCustomer: false,
    ownDimensions: { brand: 'brand' },
    freshness: ['day'],
  },
  market: {
    name: 'market',
    columns: [
      col('month', 'month', true),
      col('market_sales', 'money', true),
      col('company_sales', 'money', true),
      col('largest_competitor_sales', 'money', true),
    ],
    key: ['month'],
    hasCustomer: false,
    ownDimensions: {},
    freshness: ['month'],
  },
};

export const isTableName = (s: string): s is TableName => (TABLE_NAMES as readonly string[]).includes(s);
export const isTimeGrain = (s: string): s is TimeGrain => (TIME_GRAINS as readonly string[]).includes(s);
export const isDimension = (s: string): s is Dimension => (DIMENSIONS as readonly string[]).includes(s);

export function columnOf(table: TableName, name: string): ColumnDef | undefined {
  return TABLES[table].columns.find((c) => c.name === name);
}

/**
 * Where a dimension lives for rows of `table`: its own column, the joined customer's column, or
 * nowhere (the dimension does not apply to this table).
 */
export type DimensionSource =
  | { readonly kind: 'own'; readonly column: string }
  | { readonly kind: 'customer'; readonly column: CustomerDimension };

export function dimensionSource(table: TableName, dim: Dimension): DimensionSource | undefined {
  const def = TABLES[table];
  const own = def.ownDimensions[dim];
  if (own !== undefined) return { kind: 'own', column: own };
  // `channel` without a channel column of its own means the customer's acquisition channel.
  const customerDim: string = dim === 'channel' || dim === 'source' ? 'acquisition_channel' : dim;
  if (def.hasCustomer && (CUSTOMER_DIMENSIONS as readonly string[]).includes(customerDim)) {
    return { kind: 'customer', column: customerDim as CustomerDimension };
  }
  return undefined;
}

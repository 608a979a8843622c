import { z } from 'zod';
import { DIMENSIONS, TABLE_NAMES } from '../schema/tables.js';

/**
 * The shape of a KPI file in `queries/` (and in any folder a workspace adds): the one source of
 * truth for KPI definitions. Types come from `z.infer`.
 *
 * SQL fragments are written by whoever maintains the catalog, never by chat users. They name the
 * measure's table as `t` and may use these placeholders, which the compiler replaces with the
 * bounds of the period (or of each slice of a breakdown):
 *   {start} {end}            instants, epoch ms   (stock conditions, windows)
 *   {start_day} {end_day}    calendar days, YYYY-MM-DD
 *   {start_month} {end_month} months, YYYY-MM
 * Each fragment is checked at start-up by preparing the compiled SQL against the real schema.
 */

export const KPI_UNITS = ['count', 'money', 'percent', 'points', 'ratio', 'index', 'hours', 'days', 'years'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];
export const KPI_AREAS = ['customers', 'sales', 'satisfaction', 'service', 'market'] as const;
export type KpiArea = (typeof KPI_AREAS)[number];

const sqlFragment = z.string().trim().min(1);

export const MeasureSchema = z
  .object({
    table: z.enum(TABLE_NAMES),
    /** An aggregate over the table's rows (`sum(t.amount)`, `count(*)`, `avg(...)`). */
    select: sqlFragment,
    /** A condition on the rows. */
    where: sqlFragment.optional(),
    /**
     * The column that places a row in time (a flow: rows whose time falls in the period). Without
     * it the measure is read at instants and its `where` must use {start} or {end}.
     */
    time: z.string().optional(),
    /** Which window `time` must fall in: this period, or the one just before it (same length). */
    window: z.enum(['current', 'previous']).default('current'),
    /**
     * Conditions by dimension that hold unless a question picks values of that dimension (a
     * breakdown or a filter by it): which rows a question that names none means. Share of voice
     * counts the own brand's mentions, and each brand's by brand.
     */
    default_where: z.partialRecord(z.enum(DIMENSIONS), sqlFragment).optional(),
    /**
     * Dimensions a breakdown or filter leaves this measure whole across, for a ratio's denominator:
     * every group divides by the whole (each brand's mentions over all brands' mentions).
     */
    whole_across: z.array(z.enum(DIMENSIONS)).optional(),
  })
  .strict();
export type Measure = z.infer<typeof MeasureSchema>;

/** A KPI's words in one more language: the same meaning as the English, written for its readers. */
export const KpiWordsSchema = z
  .object({
    name: z.string().min(1),
    definition: z.string().min(1),
    formula: z.string().min(1),
    caveats: z.string().min(1).optional(),
    /** The worked example's text; its value is the English one's. */
    example: z.string().min(1).optional(),
  })
  .strict();
export type KpiWordsFile = z.infer<typeof KpiWordsSchema>;

const common = {
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower_snake_case'),
  name: z.string().min(1),
  area: z.enum(KPI_AREAS),
  /** Other names users type, in English, Portuguese and Romanian. */
  aliases: z.array(z.string().min(1)).default([]),
  unit: z.enum(KPI_UNITS),
  better: z.enum(['up', 'down']),
  /** The definition in the user's words (`/kpi define`). */
  definition: z.string().min(1),
  /** The formula as a person writes it. */
  formula: z.string().min(1),
  caveats: z.string().optional(),
  /** Dimensions a breakdown or filter may use (time grains are always allowed). */
  dimensions: z.array(z.enum(DIMENSIONS)).default([]),
  /** The seed guide's worked example, when it gives one. */
  example: z
    .object({ text: z.string().min(1), value: z.number() })
    .strict()
    .optional(),
  /**
   * The name, definition, formula, caveats and example in Portuguese and Romanian (English is in
   * the fields above). A workspace's own KPI files may leave it out: they are read in English.
   */
  translations: z.object({ pt: KpiWordsSchema.optional(), ro: KpiWordsSchema.optional() }).strict().optional(),
  /** Survey KPIs flag answers from fewer than this many responses. */
  min_sample: z.number().int().positive().optional(),
};

export const KpiFileSchema = z.discriminatedUnion('type', [
  z
    .object({
      ...common,
      type: z.literal('simple'),
      measure: MeasureSchema,
      /** What an aggregate over no rows means: zero (counts, sums) or no value (averages). */
      empty: z.enum(['zero', 'none']).default('zero'),
    })
    .strict(),
  z
    .object({
      ...common,
      type: z.literal('stock'),
      /** Counted at the start or at the end of the period; `where` uses {at}. */
      at: z.enum(['start', 'end']),
      measure: MeasureSchema,
    })
    .strict(),
  z
    .object({
      ...common,
      type: z.literal('ratio'),
      numerator: MeasureSchema,
      denominator: MeasureSchema,
      /** Multiplies the quotient: 100 for percentages. */
      scale: z.number().positive().default(1),
      /**
       * What the sample size counts: the denominator's rows (answers, customers at the start), or
       * its value when rows are not the unit (distinct customers out of their orders, sessions).
       */
      sample: z.enum(['rows', 'denominator']).default('rows'),
    })
    .strict(),
  z
    .object({
      ...common,
      type: z.literal('derived'),
      /**
       * A formula over other KPIs, checked by the restricted evaluator: KPI ids, `days` (days in
       * the period), workspace settings (`support_cost_per_ticket`), numbers, + - * / ^,
       * min, max, abs, and previous(<kpi id>) for the KPI over the period just before.
       */
      formula_expr: z.string().min(1),
      /** Whose sample size the answer reports. */
      sample_from: z.string().optional(),
    })
    .strict(),
]);
export type KpiFile = z.infer<typeof KpiFileSchema>;
export type KpiType = KpiFile['type'];

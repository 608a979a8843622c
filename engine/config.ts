import { z } from 'zod';

/** True when the runtime's time-zone database knows `zone` (an IANA name such as Europe/Lisbon). */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The workspace settings the engine needs; the bot's config file embeds these. */
export const WorkspaceSchema = z.object({
  timezone: z
    .string()
    .refine(isValidTimeZone, { message: 'not a known IANA time zone (e.g. UTC, Europe/Lisbon, America/Sao_Paulo)' })
    .default('UTC'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'not an ISO 4217 code (such as USD, EUR, BRL or RON)')
    .default('USD'),
  fiscal_year_start: z.number().int().min(1).max(12).default(1),
  default_period: z.string().default('last-30d'),
  /**
   * What a question is compared with when it names no `vs`: the period before, the same dates a
   * year earlier, or nothing. The bot applies it; the engine compares only when asked.
   */
  default_compare: z.enum(['previous', 'last-year', 'none']).default('previous'),
  support_cost_per_ticket: z.number().nonnegative().default(0),
});
export type Workspace = z.infer<typeof WorkspaceSchema>;

export const DEFAULT_WORKSPACE: Workspace = WorkspaceSchema.parse({});

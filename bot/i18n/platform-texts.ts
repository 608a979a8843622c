/**
 * The words the chat platforms draw around a reply (adapters/console, adapters/slack): the next-step
 * buttons, what a cut message leaves out, a chart's file, a failure of the platform itself.
 */
export interface PlatformTexts {
  /** The labels of the buttons under an answer (bot/reply/next-steps.ts). */
  readonly steps: { readonly bySegment: string; readonly vsLastYear: string; readonly asTable: string; readonly define: string };
  /** Where a message over the platform's size was cut: `3 more parts not shown`. */
  moreParts(n: number): string;
  /** Before a chart's file or alt text in the console. */
  readonly chart: string;
  /** The console could not answer (the database went away, say). */
  wentWrong(detail: string): string;
  /** A chat platform could not answer; the details went to the log, not to the person. */
  readonly failedLogged: string;
  /** The platform would not post in the channel (the bot is not in it): the asker alone sees the answer. */
  notInChannel(invite: string): string;
  /** The platform refused the answer, with its error code and what a person can do. */
  refused(platform: string, code: string, advice: string): string;
  /** The chart could not be attached; the numbers are complete without it. */
  chartFailed(code: string, advice: string): string;
  /** What to do about a refusal: an admin adds a permission (`scope`), or try again. */
  adviceMissingScope: string;
  readonly adviceRetry: string;
  /** The console's first line: its database, time zone and KPIs. */
  banner(database: string, zone: string, kpis: number): string;
  /** The exported notebook's heading, its first line, and a chart linked as its Vega-Lite spec. */
  readonly notebook: { readonly title: string; exported(session: string, when: string): string; chart(file: string, alt: string): string };
}

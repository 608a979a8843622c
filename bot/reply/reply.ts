import type { BotError } from '../messages.js';
import type { QueryCommand } from '../language/command.js';
import type { NextStep } from './next-steps.js';

/**
 * What the bot says, independent of any platform: every adapter (console, Slack, Discord) renders
 * these parts its own way. A reply to a question is a `multi` labelled with its notebook cell.
 */
export type Reply =
  | {
      readonly kind: 'headline';
      /** The KPI's name. */
      readonly title: string;
      /** How the question was understood: exact dates, time zone, filters. */
      readonly interpretation: string;
      /** The value as people read it (`4.21%`, `$1,234.50`, `no data`). */
      readonly value: string;
      readonly delta?: {
        readonly text: string;
        readonly arrow: '↑' | '↓' | '→';
        /** Whether the change is good news for this KPI; null when there is no change. */
        readonly good: boolean | null;
        /** What it is compared with (`vs previous 2025-Q4 … : 30.1`). */
        readonly against: string;
      };
      /** Sample size, small-sample warning, data freshness. */
      readonly context: readonly string[];
    }
  | {
      readonly kind: 'table';
      readonly columns: readonly { readonly label: string; readonly align: 'left' | 'right' }[];
      readonly rows: readonly (readonly string[])[];
      /** Shown under the table, e.g. "top 10 of 48". */
      readonly note?: string;
    }
  | { readonly kind: 'chart'; readonly spec: Readonly<Record<string, unknown>>; readonly alt: string }
  | {
      readonly kind: 'text';
      readonly text: string;
      /** For everyone in the channel (a subscription's confirmation); other text goes to the asker alone where the platform can do that. */
      readonly shared?: boolean;
    }
  | {
      readonly kind: 'error';
      readonly code: string;
      readonly message: string;
      /** The error itself, so the edge can say it in the asker's language (bot.ts). */
      readonly cause?: BotError;
    }
  | {
      readonly kind: 'multi';
      /** The notebook cell this answer is, and the question it answered (for next-step buttons). */
      readonly cell?: { readonly n: number; readonly name?: string; readonly query?: QueryCommand };
      readonly parts: readonly Reply[];
      /** Buttons for what to ask next (an answer's), labelled in the answer's language. */
      readonly next?: readonly NextStep[];
    };

export const text = (t: string): Reply => ({ kind: 'text', text: t });

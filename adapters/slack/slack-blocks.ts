import type { ActionsBlock, ContextBlock, KnownBlock, SectionBlock } from '@slack/types';
import { audienceOf } from '../../bot/reply/audience.js';
import type { NextStep } from '../../bot/reply/next-steps.js';
import { isLanguage, type Language } from '../../bot/i18n/language.js';
import { platformEn } from '../../bot/i18n/platform-en.js';
import type { PlatformTexts } from '../../bot/i18n/platform-texts.js';
import type { Reply } from '../../bot/reply/reply.js';

/** Slack's limits for one message (Block Kit reference). */
export const SLACK_LIMITS = { blocks: 50, sectionText: 3000, contextElements: 10, fallbackText: 3000 } as const;

export interface SlackMessage {
  readonly blocks: KnownBlock[];
  /** Plain text for notifications and clients without blocks. */
  readonly text: string;
  /** Charts to upload beside the message (files.uploadV2), with their alt text. */
  readonly charts: readonly Extract<Reply, { kind: 'chart' }>[];
  /** Errors and help go only to the person who asked (bot/reply/audience.ts). */
  readonly ephemeral: boolean;
}

/** What a button under an answer asks: a follow-up of that answer's cell (or, with no cell, a new line), in the answer's language. */
export interface ButtonValue {
  readonly cell?: number;
  readonly text: string;
  readonly language?: Language;
}

/** A button's value back from Slack; null when it is not one of ours. */
export function parseButtonValue(value: string | undefined): ButtonValue | null {
  try {
    const v: unknown = JSON.parse(value ?? '');
    if (typeof v !== 'object' || v === null || typeof (v as ButtonValue).text !== 'string') return null;
    const cell = (v as ButtonValue).cell;
    const language = (v as ButtonValue).language;
    return {
      text: (v as ButtonValue).text,
      ...(Number.isInteger(cell) ? { cell: cell as number } : {}),
      ...(typeof language === 'string' && isLanguage(language) ? { language } : {}),
    };
  } catch {
    return null;
  }
}

/**
 * A reply as a Slack message: the interpretation and the number first, a table as monospaced
 * text cut to Slack's size limits with "top N of M", context (sample, freshness) in grey, and
 * buttons for the next steps, each carrying the cell it refines. Charts travel as files, not blocks.
 */
export function slackMessage(reply: Reply, words: PlatformTexts = platformEn): SlackMessage {
  const next = reply.kind === 'multi' ? (reply.next ?? []) : [];
  const blocks: KnownBlock[] = [];
  const charts: Extract<Reply, { kind: 'chart' }>[] = [];
  const fallback: string[] = [];
  let answered = false;
  const visit = (r: Reply, label: string): void => {
    switch (r.kind) {
      case 'headline': {
        const delta = r.delta ? `   ${r.delta.arrow} ${r.delta.text} _${escape(r.delta.against)}_` : '';
        blocks.push(section(`${label}*${escape(r.title)}* · ${escape(r.interpretation)}\n*${escape(r.value)}*${delta}`));
        if (r.context.length > 0) blocks.push(context(r.context.join(' · ')));
        fallback.push(`${r.title}: ${r.value}`);
        answered = true;
        break;
      }
      case 'table':
        blocks.push(section(tableText(r)));
        break;
      case 'chart':
        charts.push(r);
        break;
      case 'text':
        blocks.push(section(fit(escape(r.text))));
        fallback.push(r.text.split('\n')[0] ?? '');
        break;
      case 'error':
        blocks.push(section(`:warning: ${escape(r.message)}`));
        fallback.push(r.message);
        break;
      case 'multi': {
        const cell = r.cell ? `\`[${r.cell.n}]${r.cell.name ? ` ${r.cell.name}` : ''}\` ` : '';
        r.parts.forEach((p, i) => visit(p, i === 0 ? cell : ''));
        break;
      }
    }
  };
  visit(reply, '');
  if (answered && next.length > 0) blocks.push(actions(next));
  // Beyond Slack's block limit, keep the first blocks and say what was left out.
  const kept = blocks.length > SLACK_LIMITS.blocks ? [...blocks.slice(0, SLACK_LIMITS.blocks - 1), context(words.moreParts(blocks.length - SLACK_LIMITS.blocks + 1))] : blocks;
  return { blocks: kept, text: fit(fallback.join('\n'), SLACK_LIMITS.fallbackText), charts, ephemeral: audienceOf(reply) === 'asker' };
}

function section(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: fit(text) } };
}

function context(text: string): ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: fit(escape(text)) }] };
}

function actions(steps: readonly NextStep[]): ActionsBlock {
  return {
    type: 'actions',
    elements: steps.map((s) => ({
      type: 'button' as const,
      action_id: s.id,
      text: { type: 'plain_text' as const, text: s.label },
      value: JSON.stringify({ text: s.text, ...(s.cell !== undefined ? { cell: s.cell } : {}), language: s.language } satisfies ButtonValue),
    })),
  };
}

/** A table as aligned monospaced text, as many rows as fit in one section, then "top N of M". */
function tableText(t: Extract<Reply, { kind: 'table' }>): string {
  const widths = t.columns.map((c, i) => Math.max(c.label.length, ...t.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (t.columns[i]?.align === 'right' ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  const head = [line(t.columns.map((c) => c.label)), widths.map((w) => '-'.repeat(w)).join('  ')];
  const room = SLACK_LIMITS.sectionText - 120;
  const rows: string[] = [];
  let used = head.join('\n').length;
  for (const r of t.rows) {
    const l = line(r);
    if (used + l.length + 1 > room) break;
    rows.push(l);
    used += l.length + 1;
  }
  const note = rows.length < t.rows.length ? `top ${rows.length} of ${t.rows.length}` : t.note;
  return `\`\`\`${[...head, ...rows].join('\n')}\`\`\`${note ? `\n_${escape(note)}_` : ''}`;
}

/** Slack mrkdwn treats &, < and > as control characters. */
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function fit(text: string, max: number = SLACK_LIMITS.sectionText): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

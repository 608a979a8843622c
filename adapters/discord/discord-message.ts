import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Reply } from '../../bot/reply/reply.js';
import type { NextStep } from '../../bot/reply/next-steps.js';
import { audienceOf } from '../../bot/reply/audience.js';
import type { Texts } from '../../bot/i18n/catalog.js';
import { isLanguage, type Language } from '../../bot/i18n/language.js';
import { DISCORD_LIMITS as L, fit } from './discord-limits.js';

/** A reply as Discord takes it: text, embeds, buttons, and the charts to render and attach. */
export interface DiscordMessage {
  readonly content: string;
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIButtonComponent>[];
  /** Each chart becomes `<name>.png`, which its embed shows as `attachment://<name>.png`. */
  readonly charts: readonly { readonly name: string; readonly spec: Readonly<Record<string, unknown>>; readonly alt: string }[];
  /** Errors and help go only to the person who asked (bot/reply/audience.ts). */
  readonly ephemeral: boolean;
}

/** Embed colours: good news, bad news, no change. */
const COLOURS = { good: 0x2e7d32, bad: 0xc62828, neutral: 0x546e7a } as const;

/**
 * A reply as a Discord message: each headline an embed (title, the value and its change with an
 * arrow, the reading with dates and time zone, the context, coloured by whether the change is good
 * news), a table as a code block field cut with "top N of M" to fit, each chart as an attached PNG
 * shown in its embed, text as content, and the next steps as buttons carrying their cell. Every
 * Discord limit is checked here, before sending.
 */
export function discordMessage(reply: Reply, texts: Texts, cellName = 'chart'): DiscordMessage {
  const embeds: APIEmbed[] = [];
  const lines: string[] = [];
  const charts: { name: string; spec: Readonly<Record<string, unknown>>; alt: string }[] = [];
  const next = reply.kind === 'multi' ? (reply.next ?? []) : [];
  const label = reply.kind === 'multi' && reply.cell ? `[${reply.cell.n}] ` : '';
  const visit = (r: Reply): void => {
    switch (r.kind) {
      case 'headline': {
        const change = r.delta ? `   ${r.delta.arrow} ${r.delta.text}\n*${r.delta.against}*` : '';
        embeds.push({
          title: fit(`${embeds.length === 0 ? label : ''}${r.title}`, L.embedTitle),
          description: fit(`**${r.value}**${change}\n${r.interpretation}`, L.embedDescription),
          color: r.delta?.good === true ? COLOURS.good : r.delta?.good === false ? COLOURS.bad : COLOURS.neutral,
          ...(r.context.length > 0 ? { footer: { text: fit(r.context.join(' · '), L.footer) } } : {}),
        });
        break;
      }
      case 'table': {
        const host = embeds.at(-1);
        const field = tableField(r, texts);
        if (host && (host.fields?.length ?? 0) < L.fields) host.fields = [...(host.fields ?? []), field];
        else embeds.push({ fields: [field] });
        break;
      }
      case 'chart': {
        const name = `${cellName}${charts.length > 0 ? `-${charts.length + 1}` : ''}`;
        charts.push({ name, spec: r.spec, alt: fit(r.alt, L.attachmentDescription) });
        // The first chart goes in the answer's embed; more get an embed of their own.
        const host = embeds.find((e) => e.image === undefined && e.title !== undefined);
        if (host) host.image = { url: `attachment://${name}.png` };
        else embeds.push({ image: { url: `attachment://${name}.png` } });
        break;
      }
      case 'text':
        lines.push(r.text);
        break;
      case 'error':
        lines.push(`⚠️ ${r.message}`);
        break;
      case 'multi':
        r.parts.forEach(visit);
        break;
    }
  };
  visit(reply);
  const kept = withinTotals(embeds, texts);
  return {
    content: fit(lines.join('\n\n'), L.content),
    embeds: kept,
    components: buttons(next),
    charts: charts.filter((c) => kept.some((e) => e.image?.url === `attachment://${c.name}.png`)),
    ephemeral: audienceOf(reply) === 'asker',
  };
}

/** A table as an aligned code block in one field, as many rows as fit, then "top N of M". */
function tableField(t: Extract<Reply, { kind: 'table' }>, texts: Texts): { name: string; value: string } {
  const widths = t.columns.map((c, i) => Math.max(c.label.length, ...t.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (t.columns[i]?.align === 'right' ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  const head = [line(t.columns.map((c) => c.label)), widths.map((w) => '-'.repeat(w)).join('  ')];
  const rows: string[] = [];
  // Room for the note under the rows ("top 12 of 48"), whichever it turns out to be.
  const room = L.fieldValue - 80;
  for (const row of t.rows) {
    if (`\`\`\`\n${[...head, ...rows, line(row)].join('\n')}\n\`\`\``.length > room) break;
    rows.push(line(row));
  }
  const block = `\`\`\`\n${[...head, ...rows].join('\n')}\n\`\`\``;
  const under = rows.length < t.rows.length ? texts.answer.shownOf('top', rows.length, t.rows.length) : t.note;
  return { name: '\u200b', value: under ? `${block}\n${fit(under, L.fieldValue - block.length - 1)}` : block };
}

/** Embeds up to Discord's count and total size; what does not fit is said in the last one kept. */
function withinTotals(embeds: APIEmbed[], texts: Texts): APIEmbed[] {
  const size = (e: APIEmbed): number =>
    (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  const kept: APIEmbed[] = [];
  let total = 0;
  for (const e of embeds) {
    if (kept.length === L.embeds - 1 && embeds.length > L.embeds) break;
    if (total + size(e) > L.embedTotal - 100) break;
    kept.push(e);
    total += size(e);
  }
  const left = embeds.length - kept.length;
  if (left > 0) kept.push({ description: texts.platform.moreParts(left) });
  return kept;
}

/** A next step's custom_id: `kpi|<cell>|<language>|<line>`, within Discord's 100 characters. */
export function buttonId(step: NextStep): string {
  return fit(`kpi|${step.cell ?? ''}|${step.language}|${step.text}`, L.customId);
}

/** What a button under an answer asks, back from its custom_id; null when it is not one of ours. */
export function parseButtonId(id: string): { text: string; cell?: number; language?: Language } | null {
  const [tag, cell, language, ...rest] = id.split('|');
  if (tag !== 'kpi' || rest.length === 0) return null;
  const n = Number(cell);
  return {
    text: rest.join('|'),
    ...(cell !== '' && Number.isInteger(n) ? { cell: n } : {}),
    ...(language !== undefined && isLanguage(language) ? { language } : {}),
  };
}

function buttons(steps: readonly NextStep[]): APIActionRowComponent<APIButtonComponent>[] {
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < steps.length && rows.length < L.rows; i += L.buttonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: steps.slice(i, i + L.buttonsPerRow).map((s) => ({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: fit(s.label, L.buttonLabel), custom_id: buttonId(s) })),
    });
  }
  return rows;
}

import { describe, expect, it } from 'vitest';
import { buttonId, discordMessage, parseButtonId } from '../adapters/discord/discord-message.js';
import { DISCORD_LIMITS } from '../adapters/discord/discord-limits.js';
import { CATALOG } from '../bot/i18n/catalog.js';
import { failure } from '../bot/messages.js';
import type { Reply } from '../bot/reply/reply.js';

const headline = (title: string, good: boolean | null = true): Reply => ({
  kind: 'headline',
  title,
  interpretation: 'last quarter (Jul 1 – Sep 30, 2026, UTC)',
  value: '3.83%',
  delta: { text: '−2.05 pp', arrow: '↓', good, against: 'vs previous 2026-Q2: 5.88%' },
  context: ['sample 1,124'],
});

describe('Discord messages from replies, within Discord\'s limits', () => {
  it('GIVEN an answer THEN it is one embed: title with its cell, value and change, reading, context in the footer, colour of good news, its chart attached', () => {
    const m = discordMessage(
      { kind: 'multi', cell: { n: 3 }, parts: [headline('Churn rate'), { kind: 'chart', spec: { mark: 'bar' }, alt: 'Churn rate by segment' }] },
      CATALOG.en,
      'cell3',
    );
    expect(m.ephemeral).toBe(false);
    expect(m.embeds).toEqual([
      {
        title: '[3] Churn rate',
        description: '**3.83%**   ↓ −2.05 pp\n*vs previous 2026-Q2: 5.88%*\nlast quarter (Jul 1 – Sep 30, 2026, UTC)',
        color: 0x2e7d32,
        footer: { text: 'sample 1,124' },
        image: { url: 'attachment://cell3.png' },
      },
    ]);
    expect(m.charts).toEqual([{ name: 'cell3', spec: { mark: 'bar' }, alt: 'Churn rate by segment' }]);
  });

  it('GIVEN a table of 200 rows THEN the field holds what fits in 1,024 characters and says how many of how many, in the reader\'s language', () => {
    const rows = Array.from({ length: 200 }, (_, i) => [`Region ${String(i).padStart(3, '0')}`, `${1000 - i}`]);
    const m = discordMessage({ kind: 'multi', parts: [headline('Revenue'), { kind: 'table', columns: [{ label: 'região', align: 'left' }, { label: 'Receita', align: 'right' }], rows }] }, CATALOG.pt);
    const field = m.embeds[0]?.fields?.[0];
    expect(field?.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    // Each row is "Region 000  1000" (16 characters and a newline): 2 header lines, then as many rows as fit.
    const shown = (field?.value.match(/^Region \d{3}/gm) ?? []).length;
    expect(shown).toBeGreaterThan(40);
    expect(shown).toBeLessThan(200);
    expect(field?.value.endsWith(`os primeiros ${shown} de 200`)).toBe(true);
  });

  it('GIVEN more answers than Discord takes embeds THEN nine are kept and the tenth says how many parts are left out', () => {
    const m = discordMessage({ kind: 'multi', parts: Array.from({ length: 14 }, (_, i) => headline(`KPI ${i}`, null)) }, CATALOG.ro);
    expect(m.embeds).toHaveLength(DISCORD_LIMITS.embeds);
    expect(m.embeds.at(-1)).toEqual({ description: 'încă 5 părți neafișate' });
    expect(m.embeds[0]?.color).toBe(0x546e7a);
  });

  it('GIVEN an error THEN it is for the asker alone, as text', () => {
    const m = discordMessage(failure({ code: 'followup.nothing' }), CATALOG.en);
    expect(m.ephemeral).toBe(true);
    expect(m.content).toMatch(/^⚠️ /);
    expect(m.embeds).toEqual([]);
  });

  it('GIVEN a next step THEN its custom_id fits in 100 characters and reads back the same', () => {
    const step = { id: 'kpi_by_segment', label: 'Por segmento', text: 'by segment', cell: 12, language: 'pt' as const };
    expect(parseButtonId(buttonId(step))).toEqual({ text: 'by segment', cell: 12, language: 'pt' });
    expect(buttonId({ ...step, text: `define ${'x'.repeat(200)}` }).length).toBe(DISCORD_LIMITS.customId);
    expect(parseButtonId('someone_else')).toBeNull();
  });
});

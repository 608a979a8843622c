import { describe, expect, it } from 'vitest';
import { SLACK_LIMITS, parseButtonValue, slackMessage } from '../adapters/slack/slack-blocks.js';
import type { Reply } from '../bot/reply/reply.js';
import type { QueryCommand } from '../bot/language/command.js';
import { nextSteps } from '../bot/reply/next-steps.js';
import { voiceOf } from '../bot/i18n/voice.js';
import type { Language } from '../bot/i18n/language.js';

const CHURN: QueryCommand = { kind: 'query', metrics: ['churn_rate'], period: 'last-quarter' };

/** An answer as the bot gives it: cell 3, with its next steps in `language`. */
const answer = (rows: string[][], n = 3, query: QueryCommand = CHURN, language: Language = 'en'): Reply => ({
  kind: 'multi',
  cell: { n, query },
  next: nextSteps(n, query, voiceOf(language, { currency: 'USD' })),
  parts: [
    {
      kind: 'headline',
      title: 'Churn rate',
      interpretation: 'last-quarter (2026-07-01 – 2026-09-30, UTC)',
      value: '3.83%',
      delta: { text: '−2.05 pp', arrow: '↓', good: true, against: 'vs previous 2026-Q2: 5.88%' },
      context: ['sample 1,124', 'data through 2026-09-30 20:50 UTC'],
    },
    { kind: 'table', columns: [{ label: 'segment', align: 'left' }, { label: 'Churn rate', align: 'right' }], rows },
    { kind: 'chart', spec: { mark: 'bar' }, alt: 'Churn rate by segment' },
  ],
});

describe('Slack messages from replies', () => {
  it('GIVEN an answer THEN the interpretation and number lead, the table is monospaced, the chart goes as a file, buttons follow', () => {
    const m = slackMessage(answer([['SMB', '5.78%'], ['Enterprise', '1.30%']]));
    expect(m.ephemeral).toBe(false);
    expect(m.charts.map((c) => c.alt)).toEqual(['Churn rate by segment']);
    expect(m.text).toBe('Churn rate: 3.83%');
    expect(m.blocks[0]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '`[3]` *Churn rate* · last-quarter (2026-07-01 – 2026-09-30, UTC)\n*3.83%*   ↓ −2.05 pp _vs previous 2026-Q2: 5.88%_' },
    });
    expect(m.blocks[1]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'sample 1,124 · data through 2026-09-30 20:50 UTC' }] });
    expect(m.blocks[2]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '```segment     Churn rate\n----------  ----------\nSMB              5.78%\nEnterprise       1.30%```' } });
    const buttons = m.blocks[3]?.type === 'actions' ? m.blocks[3].elements.map((e) => ('value' in e ? parseButtonValue(e.value) : null)) : [];
    expect(buttons).toEqual([
      { cell: 3, text: 'by segment', language: 'en' },
      { cell: 3, text: 'vs last-year', language: 'en' },
      { cell: 3, text: 'as table', language: 'en' },
      { text: 'define churn_rate', language: 'en' },
    ]);
  });

  it('GIVEN an answer already by segment and vs last year THEN only the steps it has not taken are offered', () => {
    const m = slackMessage(answer([['SMB', '5.78%']], 4, { kind: 'query', metrics: ['nps'], by: ['segment'], compare: 'last-year' }));
    const buttons = m.blocks.at(-1)?.type === 'actions' ? (m.blocks.at(-1) as { elements: { value?: string }[] }).elements.map((e) => parseButtonValue(e.value)) : [];
    expect(buttons).toEqual([{ cell: 4, text: 'as table', language: 'en' }, { text: 'define nps', language: 'en' }]);
  });

  it('GIVEN a Portuguese answer THEN its buttons are labelled in Portuguese, send the command language and say the answer was Portuguese', () => {
    const m = slackMessage(answer([['SMB', '5,78%']], 3, CHURN, 'pt'));
    const actions = m.blocks.at(-1);
    const elements = actions?.type === 'actions' ? (actions.elements as { text: { text: string }; value?: string }[]) : [];
    expect(elements.map((e) => e.text.text)).toEqual(['Por segmento', 'Face ao ano anterior', 'Em tabela', 'Definição']);
    expect(parseButtonValue(elements[0]?.value)).toEqual({ cell: 3, text: 'by segment', language: 'pt' });
  });

  it('GIVEN a table longer than a section holds THEN it is cut with "top N of M" and stays within the limit', () => {
    const rows = Array.from({ length: 500 }, (_, i) => [`Customer group ${i}`, `${i}.00%`]);
    const m = slackMessage(answer(rows));
    const table = m.blocks[2];
    const text = table?.type === 'section' ? (table.text?.text ?? '') : '';
    expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    const shown = text.split('\n').filter((l) => l.startsWith('Customer group') || l.startsWith('```Customer')).length;
    expect(text).toContain(`_top ${shown} of 500_`);
  });

  it('GIVEN an error THEN it goes only to the asker, with the words people read, escaped for Slack', () => {
    const m = slackMessage({ kind: 'error', code: 'kpi.unknown', message: "I don't know a KPI called `<b>`." });
    expect(m.ephemeral).toBe(true);
    expect(m.blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: ":warning: I don't know a KPI called `&lt;b&gt;`." } }]);
  });
});

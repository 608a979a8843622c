import { describe, expect, it } from 'vitest';
import { SLACK_LIMITS, parseButtonValue, slackMessage } from '../adapters/slack/slack-blocks.js';
import type { Reply } from '../bot/reply/reply.js';

const answer = (rows: string[][]): Reply => ({
  kind: 'multi',
  cell: { n: 3, query: { kind: 'query', metrics: ['churn_rate'], period: 'last-quarter' } },
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
      { cell: 3, text: 'by segment' },
      { cell: 3, text: 'vs last-year' },
      { cell: 3, text: 'as table' },
      { text: 'define churn_rate' },
    ]);
  });

  it('GIVEN an answer already by segment and vs last year THEN only the steps it has not taken are offered', () => {
    const done = answer([['SMB', '5.78%']]);
    const m = slackMessage({ ...done, ...(done.kind === 'multi' ? { cell: { n: 4, query: { kind: 'query', metrics: ['nps'], by: ['segment'], compare: 'last-year' } } } : {}) });
    const buttons = m.blocks.at(-1)?.type === 'actions' ? (m.blocks.at(-1) as { elements: { value?: string }[] }).elements.map((e) => parseButtonValue(e.value)) : [];
    expect(buttons).toEqual([{ cell: 4, text: 'as table' }, { text: 'define nps' }]);
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

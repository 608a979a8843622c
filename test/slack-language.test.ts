import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from './fake-slack/fake-slack-server.js';
import { FORM, NOW, buttonBody, postSigned, slackTestBed, slashBody, type SlackTestBed } from './fake-slack/slack-harness.js';

/**
 * Replies in the asker's language on Slack (real Bolt, fake Slack on 127.0.0.1), over the survey
 * seed: 2026-Q1 has 10, 10, 9 (promoters) and 6 (a detractor) of 4 answers, so NPS = 75 - 25 =
 * +50; SMB answered 10, 10, 9 (+100), Enterprise 6 (-100).
 */

const sections = (args: Record<string, unknown>): string =>
  (JSON.parse(String(args['blocks'] ?? '[]')) as { type: string; text?: { text: string }; elements?: { text?: string | { text: string } }[] }[])
    .map((b) => b.text?.text ?? (b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : (e.text?.text ?? ''))).join(' | '))
    .join('\n');

async function postsIn(slack: FakeSlack, channel: string, n: number) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const got = slack.accepted('chat.postMessage').filter((c) => c.args['channel'] === channel);
    if (got.length >= n || Date.now() > deadline) return got;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('Slack in Portuguese and Romanian', () => {
  let bed: SlackTestBed;
  beforeAll(async () => {
    bed = await slackTestBed({ mode: 'http' });
    // Rita set Slack to Brazilian Portuguese; Ana (the default asker) to English.
    bed.slack.people.set('U0RITA', { locale: 'pt-BR' });
  });
  afterAll(async () => {
    await bed.close();
  });

  it('GIVEN a question written in Portuguese THEN the answer, its dates, numbers, buttons and chart are Portuguese', async () => {
    const before = bed.slack.calls.length;
    await postSigned(bed.eventsUrl, slashBody(bed.slack, 'qual foi o nps no 1º trimestre de 2026?', { channel: 'C0PT', channelName: 'vendas' }), FORM);
    const [post] = await postsIn(bed.slack, 'C0PT', 1);
    expect(post?.args['text']).toBe('Net Promoter Score (NPS): +50,0');
    const text = sections(post?.args ?? {});
    // pt-PT writes a range of days as dd/mm/yyyy (CLDR's medium date).
    expect(text).toContain('2026-Q1 (01/01/2026 – 31/03/2026, UTC)');
    expect(text).toContain('lido como `nps 2026-Q1`');
    expect(text).toContain('Por segmento | Face ao ano anterior | Em tabela | Definição');
    const upload = await bed.slack.waitFor('files.getUploadURLExternal');
    const alt = String(bed.slack.calls.slice(before).find((c) => c.method === 'files.getUploadURLExternal')?.args['alt_text'] ?? upload.at(-1)?.args['alt_text']);
    expect(alt).toMatch(/^Net Promoter Score \(NPS\) 2026-Q1: \+50,0/);
    // The NPS distribution beside the card: 3 promoters, no passive, 1 detractor of 4 answers.
    await bed.slack.waitFor('files.getUploadURLExternal', 2);
    const alts = bed.slack.calls.slice(before).filter((c) => c.method === 'files.getUploadURLExternal').map((c) => String(c.args['alt_text']));
    expect(alts).toContain('Respostas NPS 2026-Q1: 75% promotores, 0% passivos, 25% detratores.');
  });

  it('GIVEN the Portuguese answer\'s "Por segmento" button THEN the refined answer is Portuguese too', async () => {
    const [answer] = await postsIn(bed.slack, 'C0PT', 1);
    const ts = String(answer?.response['ts']);
    await postSigned(
      bed.eventsUrl,
      buttonBody(bed.slack, { channel: 'C0PT', messageTs: ts, actionId: 'kpi_by_segment', value: JSON.stringify({ cell: 1, text: 'by segment', language: 'pt' }) }),
      FORM,
    );
    const posts = await postsIn(bed.slack, 'C0PT', 2);
    const refined = sections(posts[1]?.args ?? {});
    expect(refined).toMatch(/segmento\s+Net Promoter Score \(NPS\)/);
    expect(refined).toMatch(/SMB\s+\+100,0/);
    expect(refined).toMatch(/Enterprise\s+-100,0/);
  });

  it('GIVEN a question in the command language from someone whose Slack is pt-BR THEN the answer is Portuguese with Brazilian dates', async () => {
    await postSigned(bed.eventsUrl, slashBody(bed.slack, 'nps 2026-Q1', { channel: 'C0BR', user: 'U0RITA' }), FORM);
    const [post] = await postsIn(bed.slack, 'C0BR', 1);
    expect(post?.args['text']).toBe('Net Promoter Score (NPS): +50,0');
    // pt-BR names the months: "1 de jan. – 31 de mar. de 2026".
    expect(sections(post?.args ?? {})).toContain('(1 de jan. – 31 de mar. de 2026, UTC)');
  });

  it('GIVEN a question written in Romanian THEN the answer is Romanian, with Romanian dates', async () => {
    await postSigned(bed.eventsUrl, slashBody(bed.slack, 'care a fost nps-ul în trimestrul 1 din 2026', { channel: 'C0RO' }), FORM);
    const [post] = await postsIn(bed.slack, 'C0RO', 1);
    expect(post?.args['text']).toBe('Scorul net de promovare (NPS): +50,0');
    const text = sections(post?.args ?? {});
    expect(text).toContain('(1 ian. – 31 mar. 2026, UTC)');
    expect(text).toContain('citit ca `nps 2026-Q1`');
    expect(text).toContain('Pe segmente | Față de anul trecut | Ca tabel | Definiție');
  });

  it('GIVEN the same words in English from Ana THEN the answer stays English', async () => {
    await postSigned(bed.eventsUrl, slashBody(bed.slack, 'nps 2026-Q1', { channel: 'C0EN' }), FORM);
    const [post] = await postsIn(bed.slack, 'C0EN', 1);
    expect(post?.args['text']).toBe('Net Promoter Score: +50.0');
  });
});

describe('a Portuguese digest on Slack', () => {
  it('GIVEN a subscription made in Portuguese THEN its confirmation and its scheduled digest are Portuguese', async () => {
    const clock = { now: NOW };
    const slack = new FakeSlack({ now: () => clock.now });
    await slack.start();
    const bed = await slackTestBed({ mode: 'http', slack, now: () => clock.now });
    try {
      await postSigned(bed.eventsUrl, slashBody(slack, 'assinar nps 2026-Q1 diário às 09:00 UTC'), FORM);
      const [confirmation] = await slack.waitFor('chat.postMessage');
      expect(String(confirmation?.args['text'])).toMatch(/^Subscrição #1: este canal recebe o resumo de `nps 2026-Q1` todos os dias às 09:00 \(UTC\)/);
      // NOW is Sunday 22 November 2026 10:00 UTC: the first 09:00 is Monday the 23rd.
      clock.now = Date.parse('2026-11-23T09:00:02Z');
      await bed.running.digests?.tick();
      const posts = await slack.waitFor('chat.postMessage', 2);
      expect(posts[1]?.args['text']).toBe('Resumo #1, todos os dias às 09:00 (UTC)\nNet Promoter Score (NPS): +50,0');
      await slack.waitFor('files.completeUploadExternal');
    } finally {
      await bed.close();
      await slack.stop();
    }
  });
});

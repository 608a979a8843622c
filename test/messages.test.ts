import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../engine/store/sqlite-store.js';
import { loadCatalog } from '../engine/catalog/load-catalog.js';
import { createEngine } from '../engine/query/engine.js';
import { DEFAULT_WORKSPACE } from '../engine/config.js';
import { createBot } from '../bot/bot.js';
import { sqlSessionStore } from '../bot/session/sql-session-store.js';
import { errorMessage, type BotError } from '../bot/messages.js';
import { LANGUAGES } from '../bot/i18n/language.js';

type Code = BotError['code'];

/**
 * One error of every code. `satisfies` makes a code without a sample here fail the type check,
 * so a new message cannot go untested in any language.
 */
const SAMPLES = {
  'query.empty': { code: 'query.empty' },
  'kpi.unknown': { code: 'kpi.unknown', input: 'chrun', suggestions: ['churn_rate'] },
  'dimension.unknown': { code: 'dimension.unknown', input: 'segmnt', suggestions: ['segment'] },
  'dimension.not_allowed': { code: 'dimension.not_allowed', metric: 'nps', dimension: 'category', allowed: ['segment', 'region'] },
  'breakdown.too_many': { code: 'breakdown.too_many', axes: ['segment', 'region', 'plan'] },
  'breakdown.two_grains': { code: 'breakdown.two_grains', axes: ['month', 'week'] },
  'period.unknown': { code: 'period.unknown', input: 'someday', detail: 'not a period keyword or date form' },
  'period.invalid': { code: 'period.invalid', input: '2026-13', detail: 'a month is 01 to 12' },
  'word.unknown': { code: 'word.unknown', input: 'everything', suggestions: [] },
  'question.unread': { code: 'question.unread', input: 'blah', understood: 'nps last-month', suggestions: [], tryInstead: 'nps last-month' },
  'filter.value_unknown': { code: 'filter.value_unknown', dimension: 'segment', input: 'enterprize', known: ['Enterprise', 'SMB'] },
  'query.expected': { code: 'query.expected', after: 'by', input: null },
  'period.twice': { code: 'period.twice', first: '2026-Q1', second: '2026-Q2' },
  'filter.time': { code: 'filter.time', input: 'month' },
  'top.invalid': { code: 'top.invalid', input: '0' },
  'command.expected': { code: 'command.expected', command: 'define' },
  'let.reserved': { code: 'let.reserved', name: 'churn' },
  'let.cell_number': { code: 'let.cell_number', name: 'cell_2' },
  'kpi.comma': { code: 'kpi.comma', first: 'nps', second: 'csat' },
  'subscribe.schedule': { code: 'subscribe.schedule' },
  'subscribe.day': { code: 'subscribe.day', input: '31' },
  'subscribe.cron': { code: 'subscribe.cron', input: '61 9 * * *', detail: 'minute out of range' },
  'subscribe.zone': { code: 'subscribe.zone', input: 'Mars/Olympus' },
  'subscribe.target': { code: 'subscribe.target', input: null },
  'subscribe.alert': { code: 'subscribe.alert', input: null },
  'subscribe.question': { code: 'subscribe.question' },
  'unsubscribe.id': { code: 'unsubscribe.id', input: 'all' },
  'subscription.id': { code: 'subscription.id', command: 'pause', input: null },
  'digest.usage': { code: 'digest.usage', input: null },
  'target.usage': { code: 'target.usage', input: null },
  'line.too_long': { code: 'line.too_long', length: 5000, max: 1000 },
  'store.busy': { code: 'store.busy' },
  'store.timeout': { code: 'store.timeout', limitMs: 30_000 },
  'followup.nothing': { code: 'followup.nothing' },
  'why.one_kpi': { code: 'why.one_kpi', metrics: ['nps', 'csat'] },
  'why.time_breakdown': { code: 'why.time_breakdown', grain: 'month' },
  'why.no_comparison': { code: 'why.no_comparison' },
  'why.no_value': { code: 'why.no_value', metric: 'nps', period: '2026-Q1' },
  'export.empty': { code: 'export.empty' },
  'calc.invalid': { code: 'calc.invalid', detail: '`q9` is not a cell of this conversation' },
  'ask.single': { code: 'ask.single', input: 'help' },
  'policy.rate_limited': { code: 'policy.rate_limited', questions: 30, perSeconds: 60, waitSeconds: 12 },
  'policy.guest': { code: 'policy.guest' },
  'policy.external': { code: 'policy.external' },
  'policy.kpi_restricted': { code: 'policy.kpi_restricted', metric: 'average_basket', via: { kpi: 'revenue', reads: 'sum(t.amount) of orders' }, channels: ['finance'] },
  'policy.not_manager': { code: 'policy.not_manager', changes: 'digests' },
  'subscriptions.off': { code: 'subscriptions.off' },
  'subscribe.too_often': { code: 'subscribe.too_often', everyMinutes: 30, minMinutes: 60 },
  'subscription.unknown': { code: 'subscription.unknown', id: 7 },
  'target.unknown': { code: 'target.unknown', metric: 'revenue' },
  'targets.off': { code: 'targets.off' },
} as const satisfies { readonly [C in Code]: BotError & { readonly code: C } };

describe('every error message in every language', () => {
  const samples = Object.values(SAMPLES) as readonly BotError[];

  it.each(LANGUAGES.flatMap((language) => samples.map((e) => [language, e.code, e] as const)))('GIVEN %s THEN %s has words of its own', (language, _code, e) => {
    const text = errorMessage(e, language);
    expect(text.trim().length).toBeGreaterThan(10);
    // A translation, not the English words again (identifiers and examples aside, every message has some).
    if (language !== 'en') expect(text).not.toBe(errorMessage(e, 'en'));
  });
});

describe('errors in the asker’s language', () => {
  it('GIVEN a question in Portuguese, Romanian or English THEN its error comes back in that language; a line that does not tell is in the workspace language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpibot-lang-'));
    const store = await openSqliteStore(join(dir, 'k.db'));
    const catalog = await loadCatalog({ dirs: [join(process.cwd(), 'queries')], store });
    if (!catalog.ok) throw new Error('catalog');
    const now = () => Date.parse('2026-12-01T10:00:00Z');
    const engine = createEngine({ store, catalog: catalog.value, workspace: DEFAULT_WORKSPACE, now });
    const bot = (language?: 'pt') => createBot({ engine, sessions: sqlSessionStore(store), now, notebookDir: join(dir, 'nb'), ...(language ? { language } : {}) });
    const say = async (text: string, language?: 'pt') => {
      const r = await bot(language).handle({ channel: 'c', user: 'ana', text });
      return r.kind === 'error' ? r.message : r.kind;
    };
    expect(await say('qual foi a receita blablá do mês passado?')).toBe('Entendi `revenue last-month`, mas não `blablá`. Experimente: `revenue last-month`.');
    expect(await say('care au fost veniturile blabla de luna trecută?')).toBe('Am înțeles `revenue last-month`, dar nu și `blabla`. Încercați: `revenue last-month`.');
    expect(await say('what was revenue blah last month?')).toBe('I read `revenue last-month`, but not `blah`. Try: `revenue last-month`.');
    // `nps blah` says nothing of its language: the workspace's decides.
    expect(await say('nps blah', 'pt')).toBe('Entendi `nps`, mas não `blah`. Experimente: `nps`.');
    await store.close();
  });
});

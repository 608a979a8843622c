import type { BotError } from '../messages.js';

/** `30`, `0.5`: a time limit in seconds. */
const seconds = (ms: number): string => (ms / 1000).toLocaleString('en-US', { maximumFractionDigits: 2 });

/** `30 minutes`, `1 hour`, `2 hours`. */
const minutes = (m: number): string =>
  m >= 60 && m % 60 === 0 ? `${m / 60} hour${m === 60 ? '' : 's'}` : `${m} minute${m === 1 ? '' : 's'}`;

const didYouMean = (s: readonly string[]): string => (s.length > 0 ? ` Did you mean ${s.map((x) => `\`${x}\``).join(', ')}?` : '');

/**
 * The English words for every error code. Each message says what went wrong and what to do next.
 * The switch has no default, so a code without words here fails the type check.
 */
export function errorsEn(e: BotError): string {
  switch (e.code) {
    case 'query.empty':
      return 'Ask for a KPI, e.g. `churn last-quarter by segment`. `list` shows every KPI.';
    case 'kpi.unknown':
      return `I don't know a KPI called \`${e.input}\`.${didYouMean(e.suggestions)} \`list\` shows every KPI.`;
    case 'dimension.unknown':
      return `\`${e.input}\` is not a dimension.${didYouMean(e.suggestions)} Dimensions: segment, region, plan, acquisition_channel, channel, category, source, brand; time: day, week, month, quarter, year.`;
    case 'dimension.not_allowed':
      return e.allowed.length > 0
        ? `${e.metric} cannot be broken down or filtered by ${e.dimension}. It can by: ${e.allowed.join(', ')} (and by day, week, month, quarter, year).`
        : `${e.metric} has no dimensions to break down or filter by; it can still be split by day, week, month, quarter or year.`;
    case 'breakdown.too_many':
      return `A breakdown takes at most two axes (got ${e.axes.join(', ')}). Try \`by ${e.axes.slice(0, 2).join(', ')}\`.`;
    case 'breakdown.two_grains':
      return `Only one time grain per breakdown (got ${e.axes.join(', ')}). Pick one of them.`;
    case 'word.unknown':
      return `I don't understand \`${e.input}\`.${didYouMean(e.suggestions)} A query reads \`<kpi> [period] [by <dim>] [where <dim>=<value>] [vs previous|last-year]\`.`;
    case 'question.unread': {
      const read = e.understood ? `I read \`${e.understood}\`, but not \`${e.input}\`.` : `I don't understand \`${e.input}\`.`;
      const mean = e.suggestions.length > 0 ? didYouMean(e.suggestions) : '';
      const tryIt = e.tryInstead ? ` Try: \`${e.tryInstead}\`.` : ' Ask for a KPI, e.g. `churn last-quarter by segment`.';
      return `${read}${mean}${tryIt}`;
    }
    case 'filter.value_unknown':
      return e.known.length > 0
        ? `There is no ${e.dimension} \`${e.input}\` in the data: ${e.known.join(', ')}.`
        : `There is no ${e.dimension} \`${e.input}\` in the data.`;
    case 'query.expected':
      return {
        by: 'After `by`, name a dimension or time grain, e.g. `by segment` or `by month`.',
        where: 'After `where`, give a filter as `<dimension>=<value>`, e.g. `where segment=SMB` or `where channel=email,phone`.',
        vs: 'After `vs`, say `previous`, `last-year` or a period such as `2025-Q4`.',
        as: 'After `as`, say `number`, `table`, `bar` or `line`.',
      }[e.after];
    case 'filter.time':
      return `\`${e.input}\` is a time grain, not something to filter by; pick the period instead (e.g. \`2026-03\`).`;
    case 'top.invalid':
      return `\`top\` takes a whole number from 1 to 100, e.g. \`top 5\`${e.input ? ` (not \`${e.input}\`)` : ''}.`;
    case 'command.expected':
      return {
        define: 'Say which KPI to define, e.g. `define churn`.',
        explain: 'Give the query to explain, e.g. `explain churn last-quarter by segment`.',
        why: 'Say which KPI moved, e.g. `why churn last-month` or `why complaints last-week vs last-year`.',
        let: 'Name a cell and give its query: `let q1 = nps 2026-Q1` (names: letters, digits, _).',
        calc: 'Give an expression over named or numbered cells: `calc q2 - q1` or `calc [4] / [3] - 1`.',
      }[e.command];
    case 'kpi.comma':
      return `To ask for several KPIs at once, put a comma between them: \`${e.first}, ${e.second}\`.`;
    case 'let.reserved':
      return `\`${e.name}\` is the name of a KPI; pick another name for the cell.`;
    case 'store.timeout': {
      const s = seconds(e.limitMs);
      return `That question took longer than ${s} second${s === '1' ? '' : 's'}, so it was stopped and nothing was saved. Ask for a shorter period or fewer breakdowns.`;
    }
    case 'store.busy':
      return 'The database is busy (an import is probably writing to it), so this was not answered or saved. Try again in a moment.';
    case 'line.too_long':
      return `That message is ${e.length} characters long; a question is at most ${e.max}. Ask for one KPI question at a time, e.g. \`churn last-quarter by segment\`.`;
    case 'let.cell_number':
      return `\`${e.name}\` is how calc names a numbered cell ([${e.name.replace(/^cell_/i, '')}]); pick another name for the cell.`;
    case 'followup.nothing':
      return 'There is no earlier question in this conversation to refine. Ask for a KPI first, e.g. `churn last-quarter`.';
    case 'why.one_kpi':
      return `\`why\` explains one KPI at a time${e.metrics.length > 1 ? ` (got ${e.metrics.join(', ')})` : ''}. Ask, e.g., \`why ${e.metrics[0] ?? 'churn'} last-month\`.`;
    case 'why.time_breakdown':
      return `\`why\` explains the change from one period to another, so it takes no breakdown by ${e.grain}. Name the period instead, e.g. \`why churn 2026-03 vs 2026-02\`.`;
    case 'why.no_comparison':
      return '`why` explains a change, so it needs a period to compare with: leave out `vs none` (the period before is the default), or say `vs last-year` or `vs 2025-Q4`.';
    case 'why.no_value':
      return `${e.metric} has no value in ${e.period}, so there is no change to explain. Try other periods, e.g. \`vs last-year\`.`;
    case 'export.empty':
      return 'This conversation has no answers to export yet.';
    case 'calc.invalid':
      return `${e.detail}. Cells are named with \`let\` or numbered like [3].`;
    case 'policy.rate_limited':
      return `You have asked ${e.questions} questions in the last ${e.perSeconds} s, the most one person may. Try again in ${e.waitSeconds} s.`;
    case 'policy.kpi_restricted': {
      const where = e.channels.map((c) => `#${c}`).join(', ');
      const why = e.via ? `: it reads ${e.via.reads}, as ${e.via.kpi} does, and ${e.via.kpi} is restricted` : '';
      return `${e.metric} is not shared in this channel${why}. Ask in ${where || 'a channel an admin allows'}, or ask an admin to allow this one.`;
    }
    case 'policy.guest':
      return 'Guest accounts cannot ask for company KPIs here. Ask a full member of the workspace, or an admin to set `access.allow_guests` in kpibot.config.yaml.';
    case 'policy.external':
      return 'This bot answers members of its own workspace only. Ask someone there, or an admin to set `access.allow_external` in kpibot.config.yaml.';
    case 'ask.single':
      return `\`${e.input}\` is not a single question; \`kpibot ask\` answers one query (the console and chat take the rest).`;
    case 'period.twice':
      return `Two periods given (\`${e.first}\` and \`${e.second}\`). Keep one; use \`vs previous\` or \`vs last-year\` to compare.`;
    case 'period.unknown':
      return `\`${e.input}\` is not a period I know. Try last-30d, last-quarter, this-year, 2026-Q1, 2026-03, 2026-W05 or 2026-01-01..2026-03-31.`;
    case 'subscribe.schedule':
      return 'Say how often: `subscribe nps daily at 09:00`, `subscribe churn weekly on monday`, `subscribe revenue monthly on 1`, or `cron "0 9 * * 1-5"`.';
    case 'subscribe.day':
      return `A monthly digest goes out on day 1 to 28 (every month has those), not \`${e.input}\`.`;
    case 'subscribe.cron':
      return `\`${e.input}\` is not a cron schedule I can use (${e.detail}). Write five fields in quotes, e.g. \`cron "0 9 * * 1-5"\` for 09:00 on weekdays.`;
    case 'subscribe.too_often':
      return `That schedule sends as often as every ${minutes(e.everyMinutes)}; here a digest goes out at most every ${minutes(e.minMinutes)}. Pick a slower one, e.g. \`cron "0 9 * * 1-5"\` or \`daily at 09:00\`, or ask an admin to lower \`digest_min_interval_minutes\` in kpibot.config.yaml.`;
    case 'subscribe.zone':
      return `\`${e.input}\` is not a time zone I know. Use an IANA name such as Europe/Lisbon, America/Sao_Paulo or Europe/Bucharest.`;
    case 'subscribe.target':
      return 'After `target`, give a number (`target 40`) or one per KPI (`target nps=40, churn=5`).';
    case 'subscribe.alert':
      return 'An alert reads `alert above 5` or `alert churn below 30`: the digest is sent only when the KPI is past that value.';
    case 'subscribe.question':
      return 'Say what the digest reports: `subscribe nps, churn weekly on monday at 09:00`.';
    case 'unsubscribe.id':
      return `Give the number of the subscription to stop, e.g. \`unsubscribe 3\`${e.input ? ` (not \`${e.input}\`)` : ''}; \`subscriptions\` lists them.`;
    case 'subscription.id':
      return `Give the number of the subscription to ${e.command}, e.g. \`${e.command} 3\`${e.input ? ` (not \`${e.input}\`)` : ''}; \`subscriptions\` lists them.`;
    case 'digest.usage':
      return `\`digest 3 now\` sends subscription #3 to this channel now; \`digest 3 log\` shows its last 10 firings${e.input ? ` (not \`digest ${e.input}\`)` : ''}. \`subscriptions\` lists the numbers.`;
    case 'target.usage':
      return `A target reads \`target <kpi> <op> <value> [period]\`, e.g. \`target revenue >= 1200 month\` or \`target churn at most 5\` (op: >=, <=, above, below, at least, at most)${e.input ? ` (not \`${e.input}\`)` : ''}. \`untarget <kpi>\` removes one; \`targets\` lists them.`;
    case 'target.unknown':
      return `${e.metric} has no workspace target. \`targets\` lists the ones set.`;
    case 'targets.off':
      return 'Targets are not available here.';
    case 'subscription.unknown':
      return `This channel has no subscription #${e.id}. \`subscriptions\` lists the ones it has.`;
    case 'subscriptions.off':
      return 'Digests are not available here.';
    case 'policy.not_manager':
      return `Only subscription managers may change ${e.changes === 'digests' ? 'this channel’s digests' : 'the workspace’s targets'}. Ask one, or an admin to add you to \`access.subscription_managers\` in kpibot.config.yaml.`;
    case 'period.invalid':
      return `\`${e.input}\` is not a valid period: ${e.detail}.`;
  }
}


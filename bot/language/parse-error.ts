/** What can be wrong with a line of the `/kpi` language; the words for each code are in messages.ts. */
export type ParseError =
  | { readonly code: 'query.empty' }
  | { readonly code: 'kpi.unknown'; readonly input: string; readonly suggestions: readonly string[] }
  | { readonly code: 'dimension.unknown'; readonly input: string; readonly suggestions: readonly string[] }
  | { readonly code: 'word.unknown'; readonly input: string; readonly suggestions: readonly string[] }
  | {
      readonly code: 'question.unread';
      readonly input: string;
      /** What was read of the question, in the command language, if anything. */
      readonly understood: string | null;
      readonly suggestions: readonly string[];
      /** A complete question built from what was read, when it names a KPI. */
      readonly tryInstead: string | null;
    }
  | { readonly code: 'filter.value_unknown'; readonly dimension: string; readonly input: string; readonly known: readonly string[] }
  | { readonly code: 'query.expected'; readonly after: 'by' | 'where' | 'vs' | 'as'; readonly input: string | null }
  | { readonly code: 'period.twice'; readonly first: string; readonly second: string }
  | { readonly code: 'filter.time'; readonly input: string }
  | { readonly code: 'top.invalid'; readonly input: string | null }
  | { readonly code: 'command.expected'; readonly command: 'define' | 'explain' | 'why' | 'let' | 'calc' }
  | { readonly code: 'let.reserved'; readonly name: string }
  | { readonly code: 'let.cell_number'; readonly name: string }
  | { readonly code: 'kpi.comma'; readonly first: string; readonly second: string }
  | { readonly code: 'subscribe.schedule' }
  | { readonly code: 'subscribe.day'; readonly input: string }
  | { readonly code: 'subscribe.cron'; readonly input: string; readonly detail: string }
  | { readonly code: 'subscribe.zone'; readonly input: string }
  | { readonly code: 'subscribe.target'; readonly input: string | null }
  | { readonly code: 'subscribe.alert'; readonly input: string | null }
  | { readonly code: 'subscribe.question' }
  | { readonly code: 'unsubscribe.id'; readonly input: string | null }
  | { readonly code: 'subscription.id'; readonly command: 'pause' | 'resume'; readonly input: string | null }
  | { readonly code: 'digest.usage'; readonly input: string | null }
  | { readonly code: 'target.usage'; readonly input: string | null };

/** What can be wrong with a line of the `/kpi` language; the words for each code are in messages.ts. */
export type ParseError =
  | { readonly code: 'query.empty' }
  | { readonly code: 'kpi.unknown'; readonly input: string; readonly suggestions: readonly string[] }
  | { readonly code: 'dimension.unknown'; readonly input: string; readonly suggestions: readonly string[] }
  | { readonly code: 'word.unknown'; readonly input: string; readonly suggestions: readonly string[] }
  | { readonly code: 'query.expected'; readonly after: 'by' | 'where' | 'vs' | 'as'; readonly input: string | null }
  | { readonly code: 'period.twice'; readonly first: string; readonly second: string }
  | { readonly code: 'filter.time'; readonly input: string }
  | { readonly code: 'top.invalid'; readonly input: string | null }
  | { readonly code: 'command.expected'; readonly command: 'define' | 'explain' | 'let' | 'calc' }
  | { readonly code: 'let.reserved'; readonly name: string };

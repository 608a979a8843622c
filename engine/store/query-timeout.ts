/**
 * A read ran past the store's time limit and was interrupted on its connection. Nothing was
 * written; the connection is free for the next statement. A shorter period or fewer breakdowns
 * usually answers in time.
 */
export class QueryTimeoutError extends Error {
  constructor(
    readonly limitMs: number,
    sql: string,
    cause?: Error,
  ) {
    super(`the query ran past its time limit of ${limitMs} ms and was stopped: ${sql.slice(0, 200).replace(/\s+/g, ' ')}`, cause ? { cause } : {});
    this.name = 'QueryTimeoutError';
  }
}

export const isQueryTimeout = (e: unknown): e is QueryTimeoutError => e instanceof QueryTimeoutError;

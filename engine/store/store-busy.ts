/**
 * The database is locked by another writer (an import, another process) for longer than the
 * store waits. Nothing was written; the same work can be tried again once the writer is done.
 */
export class StoreBusyError extends Error {
  constructor(cause: Error) {
    super(`the database is busy: ${cause.message}`, { cause });
    this.name = 'StoreBusyError';
  }
}

export const isStoreBusy = (e: unknown): e is StoreBusyError => e instanceof StoreBusyError;

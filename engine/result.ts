/**
 * Expected failures are values: parsers, resolvers and planners return a `Result`, and the
 * user-facing text for each error code lives in one table at the edge (bot/ or adapters/).
 */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });
export const err = <E>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });

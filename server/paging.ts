/**
 * Paging of large answers: opaque cursors (base64url JSON) that say where the next page starts,
 * checked against the route and the request they came from.
 */
import { createHash } from 'node:crypto';
import { ApiError } from './errors.ts';

/** Where a page ends: after the entry with this date (possibly '') and key, or after `offset` rows. */
export type CursorPosition = { date: string; key: string } | { offset: number };

interface CursorBody {
  /** Which answer the cursor pages (`graph`, `timeline`, `query:<name>`). */
  s: string;
  /** Fingerprint of the request's other parameters: a cursor is only good for the same request. */
  h: string;
  d?: string;
  k?: string;
  o?: number;
}

/** A short fingerprint of the parameters that choose the whole answer (not limit or cursor). */
export function requestFingerprint(v: unknown): string {
  return createHash('sha256').update(JSON.stringify(v ?? null)).digest('base64url').slice(0, 12);
}

/** The opaque cursor for the page after `pos`. */
export function encodeCursor(scope: string, fingerprint: string, pos: CursorPosition): string {
  const body: CursorBody = 'offset' in pos ? { s: scope, h: fingerprint, o: pos.offset } : { s: scope, h: fingerprint, d: pos.date, k: pos.key };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

/**
 * Reads a cursor given as `where` (e.g. `querystring/cursor`). Throws ApiError 400
 * E_INVALID_INPUT naming the parameter when it is not one this route and request issued.
 */
export function decodeCursor(raw: string, scope: string, fingerprint: string, where: string): CursorPosition {
  const bad = (why: string): ApiError =>
    new ApiError(400, 'E_INVALID_INPUT', `${where}: ${why}; pass the "next" value of the previous answer unchanged, or leave ${where.split('/').pop()} out for the first page`);
  let body: Partial<CursorBody>;
  try {
    body = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<CursorBody>;
  } catch {
    throw bad(`"${raw.slice(0, 40)}" is not a cursor of this API`);
  }
  if (!body || typeof body !== 'object' || typeof body.s !== 'string' || typeof body.h !== 'string') {
    throw bad(`"${raw.slice(0, 40)}" is not a cursor of this API`);
  }
  if (body.s !== scope) throw bad(`the cursor pages ${body.s}, not ${scope}`);
  if (body.h !== fingerprint) throw bad('the cursor belongs to a request with other parameters');
  if (typeof body.o === 'number' && Number.isInteger(body.o) && body.o >= 0) return { offset: body.o };
  if (typeof body.d === 'string' && typeof body.k === 'string') return { date: body.d, key: body.k };
  throw bad(`"${raw.slice(0, 40)}" is not a cursor of this API`);
}

/** Compares two (date, key) positions: the order of every paged answer. */
export function comparePosition(a: { date: string; key: string }, b: { date: string; key: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export interface Page<T> {
  items: T[];
  /** Items in the whole answer. */
  total: number;
  /** True when items follow this page. */
  truncated: boolean;
  /** The cursor of the next page, null on the last. */
  next: string | null;
}

/**
 * One page of `all` (sorted by date then key): the items after the cursor position, at most
 * `limit`, with the total and the next cursor.
 */
export function pageByPosition<T extends { date: string; key: string }>(
  all: T[], after: CursorPosition | undefined, limit: number, scope: string, fingerprint: string,
): Page<T> {
  let start = 0;
  if (after && 'date' in after) {
    // First item strictly after the position (binary search: `all` is sorted).
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (comparePosition(all[mid]!, after) <= 0) lo = mid + 1;
      else hi = mid;
    }
    start = lo;
  } else if (after) {
    start = Math.min(after.offset, all.length);
  }
  const items = all.slice(start, start + limit);
  const truncated = start + items.length < all.length;
  const last = items[items.length - 1];
  return {
    items, total: all.length, truncated,
    next: truncated && last ? encodeCursor(scope, fingerprint, { date: last.date, key: last.key }) : null,
  };
}

/** Where a page by offset starts: the cursor's offset, else 0. */
export function offsetOf(after: CursorPosition | undefined): number {
  return after && 'offset' in after ? after.offset : 0;
}

/**
 * One page of rows by offset (named query results keep the query's own order). `all` may stop
 * after the page when `total` says how many rows there are in all.
 */
export function pageByOffset<T>(
  all: T[], after: CursorPosition | undefined, limit: number, scope: string, fingerprint: string, total = all.length,
): Page<T> {
  const start = Math.min(offsetOf(after), all.length);
  const items = all.slice(start, start + limit);
  const end = start + items.length;
  const truncated = end < total;
  return { items, total, truncated, next: truncated ? encodeCursor(scope, fingerprint, { offset: end }) : null };
}

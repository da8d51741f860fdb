/** Types shared by the article readers: the Article they produce and the per-item results. */

/** An article as read from a file, a record or stdin, before extraction. */
export interface Article {
  id: string;            // articleId(text) from core/ids.ts
  text: string;
  publishedAt: string;   // YYYY-MM-DD
  title: string | null;
  source: string;        // file name or URL
  url: string | null;
  dateline: string | null; // "MOSCOW, March 2"
}

/**
 * One result of reading: an article, or a problem with one input (file, or file and line).
 * `message` says what was expected and does not repeat `where`; print it as `${where}: ${message}`.
 */
export type ReadItem =
  | { ok: true; article: Article; where: string }            // where: "file" or "file:line"
  | { ok: false; where: string; code: ReadErrorCode; message: string };

export type ReadErrorCode = 'E_EMPTY' | 'E_BINARY' | 'E_ENCODING' | 'E_TOO_LARGE' | 'E_JSON' | 'E_NO_TEXT' | 'E_NO_DATE' | 'E_BAD_DATE' | 'E_NOT_FOUND' | 'E_UNSUPPORTED';

export interface ReadOptions { defaultDate?: string; maxBytes?: number /* default 20 MB per article text */; }

/** Default limit on one article's text (and on a whole .txt/.md/.json file): 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** A problem with one input; readers throw it internally and turn it into a failed ReadItem. */
export class ReadError extends Error {
  override name = 'ReadError';
  constructor(
    readonly code: ReadErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Builds the failed ReadItem for `where`. */
export function failure(where: string, code: ReadErrorCode, message: string): ReadItem {
  return { ok: false, where, code, message };
}

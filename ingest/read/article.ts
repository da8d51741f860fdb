/** Builds an Article from raw text and metadata, and from a JSON record (pure, no I/O). */
import { articleId } from '../../core/ids.ts';
import { normalizeDate, splitDateline, stripSignOff, unwrap } from './text.ts';
import { ReadError, type Article, type ReadOptions } from './types.ts';

/** What a reader knows about an article before its text is cleaned. */
export interface RawArticle {
  text: string;
  /** The date as found (string, number) or undefined when the input has none. */
  date: unknown;
  title?: string | null;
  source: string;
  url?: string | null;
  dateline?: string | null;
}

/**
 * Cleans the text (unwraps hard-wrapped lines, drops a trailing "Reuter", splits a leading
 * dateline), resolves the date (or `opts.defaultDate`) and computes the id on the final text.
 * @throws ReadError E_NO_TEXT, E_NO_DATE, E_BAD_DATE, E_TOO_LARGE
 */
export function buildArticle(raw: RawArticle, opts: ReadOptions, maxBytes: number): Article {
  if (Buffer.byteLength(raw.text, 'utf8') > maxBytes) {
    throw new ReadError('E_TOO_LARGE', `article text is larger than the limit of ${maxBytes} bytes`);
  }
  const split = splitDateline(stripSignOff(unwrap(raw.text)));
  const text = split.text;
  if (text === '') throw new ReadError('E_NO_TEXT', 'no article text: expected non-empty text');
  const publishedAt = resolveDate(raw.date, opts);
  const dateline = cleanString(raw.dateline) ?? split.dateline;
  return {
    id: articleId(text),
    text,
    publishedAt,
    title: cleanString(raw.title),
    source: raw.source,
    url: cleanString(raw.url),
    dateline,
  };
}

function cleanString(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

function resolveDate(value: unknown, opts: ReadOptions): string {
  const missing = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  if (missing) {
    if (opts.defaultDate === undefined) {
      throw new ReadError('E_NO_DATE', 'no publication date: expected a date (YYYY-MM-DD) in the input, or pass --default-date');
    }
    const d = normalizeDate(opts.defaultDate);
    if (d === null) throw new ReadError('E_BAD_DATE', `default date "${opts.defaultDate}" does not parse: expected YYYY-MM-DD`);
    return d;
  }
  const d = normalizeDate(value);
  if (d === null) {
    throw new ReadError('E_BAD_DATE', `date ${JSON.stringify(value)} does not parse: expected YYYY-MM-DD or an ISO timestamp`);
  }
  return d;
}

const TEXT_FIELDS = ['text', 'body', 'content'] as const;
const DATE_FIELDS = ['date', 'publishedAt', 'published'] as const;

function firstField(rec: Record<string, unknown>, fields: readonly string[]): unknown {
  for (const f of fields) {
    const v = rec[f];
    if (v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '')) return v;
  }
  return undefined;
}

/**
 * Turns one JSON record into an Article. `file` is the path as given; the source becomes
 * `file#id` when the record has an `id`.
 * @throws ReadError E_JSON (not an object), E_NO_TEXT, E_NO_DATE, E_BAD_DATE, E_TOO_LARGE
 */
export function recordToArticle(value: unknown, file: string, opts: ReadOptions, maxBytes: number): Article {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new ReadError('E_JSON', `expected a JSON object with text and date fields, got ${got}`);
  }
  const rec = value as Record<string, unknown>;
  const text = firstField(rec, TEXT_FIELDS);
  if (typeof text !== 'string') {
    throw new ReadError('E_NO_TEXT', `record has no text: expected a non-empty string in one of ${TEXT_FIELDS.join(', ')}`);
  }
  const id = rec.id;
  const hasId = (typeof id === 'string' && id.trim() !== '') || typeof id === 'number';
  return buildArticle(
    {
      text,
      date: firstField(rec, DATE_FIELDS),
      title: typeof rec.title === 'string' ? rec.title : null,
      source: hasId ? `${file}#${String(id)}` : file,
      url: typeof rec.url === 'string' ? rec.url : null,
      dateline: typeof rec.dateline === 'string' ? rec.dateline : null,
    },
    opts,
    maxBytes,
  );
}

/** Reads articles from a stream such as stdin, sniffing the format: JSON Lines, JSON, or plain text. */
import { decodeUtf8, splitLines, type RawLine } from './bytes.ts';
import { attempt, jsonItems, jsonlItems } from './files.ts';
import { plainToArticle } from './plain.ts';
import { ReadError, failure, type ReadItem, type ReadOptions } from './types.ts';

const LABEL = 'stdin';

/**
 * Reads a stream: when its first non-blank line is a JSON object on its own, the stream is JSON
 * Lines (where: `stdin:line`); when it starts with `{` or `[` otherwise, it is one JSON document;
 * else it is one plain-text article (with an optional ` date YYYY-MM-DD` first line). JSON
 * documents and text are held in memory up to `maxBytes`.
 */
export async function* readStream(stream: AsyncIterable<Buffer | string>, opts: ReadOptions, maxBytes: number): AsyncGenerator<ReadItem> {
  const lines = splitLines(stream, maxBytes)[Symbol.asyncIterator]();
  const head: RawLine[] = [];
  let first: RawLine | undefined;
  for (;;) {
    const r = await lines.next();
    if (r.done) break;
    head.push(r.value);
    if (r.value.tooLong || r.value.bytes.some((b) => b !== 0x20 && b !== 0x09 && b !== 0x0d)) {
      first = r.value;
      break;
    }
  }
  if (first === undefined) {
    yield failure(LABEL, 'E_EMPTY', 'no input on stdin: expected article text, JSON or JSON Lines');
    return;
  }
  const firstText = first.tooLong ? '' : first.bytes.toString('utf8').trim();
  if (firstText.startsWith('{') && parsesAsObject(firstText)) {
    async function* rest(): AsyncGenerator<RawLine> {
      yield* head;
      for (;;) {
        const r = await lines.next();
        if (r.done) return;
        yield r.value;
      }
    }
    yield* jsonlItems(rest(), LABEL, LABEL, opts, maxBytes);
    return;
  }
  // JSON document or text: gather everything up to maxBytes.
  const parts: Buffer[] = [];
  let size = 0;
  let over = false;
  const add = (l: RawLine): void => {
    if (l.tooLong) over = true;
    else {
      parts.push(l.bytes, Buffer.from('\n'));
      size += l.bytes.length + 1;
      if (size > maxBytes + 1) over = true;
    }
  };
  head.forEach(add);
  for (;;) {
    if (over) break;
    const r = await lines.next();
    if (r.done) break;
    add(r.value);
  }
  if (over) {
    yield failure(LABEL, 'E_TOO_LARGE', `input is over the limit of ${maxBytes} bytes: expected one article (use JSON Lines for collections)`);
    return;
  }
  let content: string;
  try {
    content = decodeUtf8(Buffer.concat(parts));
  } catch (e) {
    if (e instanceof ReadError) {
      yield failure(LABEL, e.code, e.message);
      return;
    }
    throw e;
  }
  if (/^\s*[[{]/.test(content)) {
    yield* jsonItems(content, LABEL, opts, maxBytes);
    return;
  }
  yield attempt(LABEL, () => ({ ok: true, where: LABEL, article: plainToArticle(content, LABEL, opts, maxBytes) }));
}

function parsesAsObject(s: string): boolean {
  try {
    const v: unknown = JSON.parse(s);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

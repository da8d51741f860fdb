/** Byte-level helpers: binary and UTF-8 checks, and a streaming line splitter with a size limit. */
import { ReadError } from './types.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes UTF-8 strictly (a BOM is dropped).
 * @throws ReadError E_BINARY when the bytes hold NUL (binary data, or UTF-16 text),
 *   E_ENCODING when they are not valid UTF-8 (the message names the first bad line).
 */
export function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.indexOf(0) >= 0) {
    throw new ReadError('E_BINARY', 'binary data (NUL bytes): expected UTF-8 text (UTF-16 files must be saved as UTF-8)');
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ReadError('E_ENCODING', `not valid UTF-8 (first bad byte on line ${firstBadLine(bytes)}): expected UTF-8 text`);
  }
}

function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (;;) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl < 0 ? bytes.length : nl;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (nl < 0) return line;
    start = nl + 1;
    line++;
  }
}

/** One line of a byte stream: its 1-based number and bytes, or `tooLong` when it passed the limit. */
export type RawLine = { line: number; bytes: Buffer; tooLong: false } | { line: number; bytes: null; tooLong: true };

/**
 * Splits a byte stream into lines (without "\n"), keeping at most `maxLineBytes` of one line in
 * memory: a longer line is reported as `tooLong` and its bytes are skipped up to the next newline.
 * Works on raw bytes so that each line's encoding is checked on its own.
 */
export async function* splitLines(stream: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 1;
  const finish = (): RawLine => {
    const out: RawLine = tooLong
      ? { line, bytes: null, tooLong: true }
      : { line, bytes: stripCr(Buffer.concat(parts, size)), tooLong: false };
    parts = [];
    size = 0;
    tooLong = false;
    line++;
    return out;
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, start);
      const end = nl < 0 ? buf.length : nl;
      if (!tooLong) {
        if (size + (end - start) > maxLineBytes) {
          tooLong = true;
          parts = [];
          size = 0;
        } else if (end > start) {
          parts.push(buf.subarray(start, end));
          size += end - start;
        }
      }
      if (nl < 0) break;
      yield finish();
      start = nl + 1;
    }
  }
  if (size > 0 || tooLong) yield finish();
}

function stripCr(b: Buffer): Buffer {
  return b.length > 0 && b[b.length - 1] === 0x0d ? b.subarray(0, b.length - 1) : b;
}

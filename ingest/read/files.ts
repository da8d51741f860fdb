/** Reads article files (.txt, .md, .json, .jsonl, .ndjson) into ReadItems, and lists directories. */
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { recordToArticle } from './article.ts';
import { decodeUtf8, splitLines, type RawLine } from './bytes.ts';
import { plainToArticle } from './plain.ts';
import { ReadError, failure, type ReadItem, type ReadOptions } from './types.ts';

/** File extensions read from directories (and accepted when named explicitly). */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.json', '.jsonl', '.ndjson'] as const;

/** Runs `fn` and turns a thrown ReadError into a failed ReadItem at `where`. */
export function attempt(where: string, fn: () => ReadItem): ReadItem {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ReadError) return failure(where, e.code, e.message);
    throw e;
  }
}

function isErrno(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}

/** A file-system error (vanished file, no permission, I/O error) as a failed ReadItem. */
export function ioFailure(where: string, e: NodeJS.ErrnoException): ReadItem {
  if (e.code === 'ENOENT' || e.code === 'ENOTDIR') {
    return failure(where, 'E_NOT_FOUND', 'no such file or directory: expected an article file, a directory or -');
  }
  return failure(where, 'E_NOT_FOUND', `cannot be read (${e.code}: ${e.message}): expected a readable file or directory`);
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reads every article file under `dir` recursively, depth first, entries sorted by name (code
 * units), so the order is the same on every machine. Hidden entries (".x") and files with other
 * extensions are skipped; a directory reached twice through symbolic links is read once.
 */
export async function* readDirectory(dir: string, opts: ReadOptions, maxBytes: number, seen = new Set<string>()): AsyncGenerator<ReadItem> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort(byCodeUnits);
  } catch (e) {
    if (!isErrno(e)) throw e;
    yield ioFailure(dir, e);
    return;
  }
  for (const name of names) {
    const p = join(dir, name);
    const st = await stat(p).catch((e: unknown) => (isErrno(e) ? e : Promise.reject(e)));
    if (st instanceof Error) {
      yield ioFailure(p, st);
      continue;
    }
    if (st.isDirectory()) yield* readDirectory(p, opts, maxBytes, seen);
    else if (st.isFile() && (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) yield* readArticleFile(p, opts, maxBytes);
  }
}

/** Reads one file; a file-system error on the way ends that file with a failed ReadItem, never the batch. */
export async function* readArticleFile(file: string, opts: ReadOptions, maxBytes: number): AsyncGenerator<ReadItem> {
  try {
    yield* readFileItems(file, opts, maxBytes);
  } catch (e) {
    if (!isErrno(e)) throw e;
    yield ioFailure(file, e);
  }
}

/** Reads one file by its extension; every problem becomes a failed ReadItem naming the file (and line). */
async function* readFileItems(file: string, opts: ReadOptions, maxBytes: number): AsyncGenerator<ReadItem> {
  const ext = extname(file).toLowerCase();
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) {
    yield failure(file, 'E_UNSUPPORTED', `unsupported file type "${ext || '(none)'}": expected one of ${ARTICLE_EXTENSIONS.join(' ')}`);
    return;
  }
  if (ext === '.jsonl' || ext === '.ndjson') {
    yield* readJsonlFile(file, opts, maxBytes);
    return;
  }
  let content: string;
  try {
    content = await readWholeFile(file, maxBytes);
  } catch (e) {
    if (e instanceof ReadError) {
      yield failure(file, e.code, e.message);
      return;
    }
    throw e;
  }
  if (ext === '.json') yield* jsonItems(content, file, opts, maxBytes);
  else yield attempt(file, () => ({ ok: true, where: file, article: plainToArticle(content, file, opts, maxBytes) }));
}

/**
 * Reads a small file whole after checking its size with stat (a file over `maxBytes` is never read).
 * @throws ReadError E_EMPTY, E_TOO_LARGE, E_BINARY, E_ENCODING
 */
async function readWholeFile(file: string, maxBytes: number): Promise<string> {
  const st = await stat(file);
  if (st.size === 0) throw new ReadError('E_EMPTY', 'empty file: expected article text');
  if (st.size > maxBytes) {
    throw new ReadError('E_TOO_LARGE', `file is ${st.size} bytes, over the limit of ${maxBytes} bytes: expected one article per file (use JSON Lines for collections)`);
  }
  const content = decodeUtf8(await readFile(file));
  if (content.trim() === '') throw new ReadError('E_EMPTY', 'file holds only white space: expected article text');
  return content;
}

/** Items of a JSON document: one object, or an array of records (where: `file[i]`). */
export function* jsonItems(content: string, file: string, opts: ReadOptions, maxBytes: number, label = file): Generator<ReadItem> {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (e) {
    yield failure(label, 'E_JSON', `not valid JSON (${(e as Error).message}): expected an object or an array of records`);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) yield failure(label, 'E_EMPTY', 'empty JSON array: expected records');
    for (let i = 0; i < value.length; i++) {
      const where = `${label}[${i}]`;
      yield attempt(where, () => ({ ok: true, where, article: recordToArticle(value[i], file, opts, maxBytes) }));
    }
    return;
  }
  yield attempt(label, () => ({ ok: true, where: label, article: recordToArticle(value, file, opts, maxBytes) }));
}

/** Items of JSON Lines, given as the lines of a stream (see splitLines) (where: `file:line`). Blank lines are skipped. */
export async function* jsonlItems(
  lines: AsyncIterable<RawLine>,
  file: string,
  label: string,
  opts: ReadOptions,
  maxBytes: number,
): AsyncGenerator<ReadItem> {
  let records = 0;
  for await (const raw of lines) {
    const where = `${label}:${raw.line}`;
    if (raw.tooLong) {
      records++;
      yield failure(where, 'E_TOO_LARGE', `line is over the limit of ${maxBytes} bytes: expected one article record per line`);
      continue;
    }
    if (raw.bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d)) continue;
    records++;
    yield attempt(where, () => {
      const line = decodeUtf8(raw.bytes);
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        throw new ReadError('E_JSON', `not valid JSON (${(e as Error).message}): expected one JSON object per line`);
      }
      return { ok: true, where, article: recordToArticle(value, file, opts, maxBytes) };
    });
  }
  if (records === 0) yield failure(label, 'E_EMPTY', 'no records: expected one JSON object per line');
}

async function* readJsonlFile(file: string, opts: ReadOptions, maxBytes: number): AsyncGenerator<ReadItem> {
  const st = await stat(file);
  if (st.size === 0) {
    yield failure(file, 'E_EMPTY', 'empty file: expected one JSON object per line');
    return;
  }
  if (await startsWithNul(file)) {
    yield failure(file, 'E_BINARY', 'binary data (NUL bytes): expected UTF-8 JSON Lines');
    return;
  }
  yield* jsonlItems(splitLines(createReadStream(file, { highWaterMark: 1 << 16 }), maxBytes), file, file, opts, maxBytes);
}

/** True when the first 8 KB of the file hold a NUL byte (the way git tells binary files). */
async function startsWithNul(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(8192);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead).indexOf(0) >= 0;
  } finally {
    await fh.close();
  }
}

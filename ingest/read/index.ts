/** Entry point of the readers: files, directories and stdin in, a stream of ReadItems out. */
import { stat } from 'node:fs/promises';
import { ioFailure, readArticleFile, readDirectory } from './files.ts';
import { readStream } from './stdin.ts';
import { DEFAULT_MAX_BYTES, type ReadItem, type ReadOptions } from './types.ts';

export type { Article, ReadErrorCode, ReadItem, ReadOptions } from './types.ts';
export { DEFAULT_MAX_BYTES, ReadError } from './types.ts';
export { unwrap, splitDateline, normalizeDate } from './text.ts';
export { buildArticle, recordToArticle } from './article.ts';

/**
 * Reads articles from `inputs`: files (.txt .md .json .jsonl .ndjson), directories (recursively,
 * in sorted order) and `-` for `opts.stdin` (default process.stdin). Yields one ReadItem per
 * article or per problem; a problem never stops the batch.
 * @example
 * for await (const item of readInputs(['data/samples'], { defaultDate: '2021-12-07' })) {
 *   if (item.ok) use(item.article); else console.warn(`${item.where}: ${item.message}`);
 * }
 */
export async function* readInputs(
  inputs: string[],
  opts: ReadOptions & { stdin?: NodeJS.ReadableStream } = {},
): AsyncGenerator<ReadItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const readOpts: ReadOptions = { defaultDate: opts.defaultDate, maxBytes };
  for (const input of inputs) {
    if (input === '-') {
      const stream = (opts.stdin ?? process.stdin) as AsyncIterable<Buffer | string>;
      yield* readStream(stream, readOpts, maxBytes);
      continue;
    }
    const st = await stat(input).catch((e: NodeJS.ErrnoException) => e);
    if (st instanceof Error) {
      yield ioFailure(input, st);
      continue;
    }
    if (st.isDirectory()) {
      yield* readDirectory(input, readOpts, maxBytes);
    } else {
      yield* readArticleFile(input, readOpts, maxBytes);
    }
  }
}

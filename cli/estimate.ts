/**
 * A quick count of the articles in the inputs, for the progress bar's total and ETA: one per
 * .txt/.md file, one per non-empty line of .jsonl/.ndjson, one per record of a JSON array.
 */
import fs from 'node:fs';
import path from 'node:path';

async function countLines(file: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of fs.createReadStream(file)) {
    const buf = chunk as Buffer;
    for (let i = 0; i < buf.length; i++) if (buf[i] === 10) n++;
    last = buf[buf.length - 1] ?? last;
  }
  return last === 10 ? n : n + 1;
}

async function countFile(file: string): Promise<number> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return countLines(file);
  if (ext === '.txt' || ext === '.md') return 1;
  if (ext === '.json') {
    try {
      const v: unknown = JSON.parse(await fs.promises.readFile(file, 'utf8'));
      return Array.isArray(v) ? v.length : 1;
    } catch {
      return 1; // the reader reports the bad file; it counts as one input
    }
  }
  return 0;
}

/** Counts articles in files and directories (recursively); unreadable paths count as one. */
export async function countArticles(inputs: string[]): Promise<number> {
  let total = 0;
  for (const input of inputs) {
    const st = await fs.promises.stat(input).catch(() => null);
    if (!st) total += 1;
    else if (st.isDirectory()) {
      for (const e of await fs.promises.readdir(input, { withFileTypes: true, recursive: true })) {
        if (e.isFile()) total += await countFile(path.join(e.parentPath, e.name));
      }
    } else total += await countFile(input);
  }
  return total;
}

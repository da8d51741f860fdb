/**
 * Extraction throughput: streams the whole Reuters corpus (../shared/corpus/reuters21578.jsonl),
 * builds Articles minimally and prints articles/s of extractArticle and the peak RSS.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { articleId } from '../core/ids.ts';
import { extractArticle } from '../ingest/extract/index.ts';
import { stripSignOff, unwrap } from '../ingest/read/text.ts';
import type { Article } from '../ingest/read/types.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(root, '../shared/corpus/reuters21578.jsonl');

/** Runs the benchmark; `limit` stops after that many articles (all by default). */
export async function run(limit = Infinity): Promise<void> {
  if (!fs.existsSync(CORPUS)) {
    console.log(`extract: corpus not found at ${CORPUS}; nothing measured`);
    return;
  }
  const lines = readline.createInterface({ input: fs.createReadStream(CORPUS, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  let extractMs = 0;
  let nodes = 0;
  let rels = 0;
  let peak = process.memoryUsage().rss;
  const t0 = performance.now();
  for await (const line of lines) {
    if (n >= limit) break;
    if (line.trim() === '') continue;
    const rec = JSON.parse(line) as { text?: string; date?: string; title?: string; dateline?: string };
    if (!rec.text || !rec.date) continue;
    const text = stripSignOff(unwrap(rec.text));
    if (text === '') continue;
    const article: Article = {
      id: articleId(text), text, publishedAt: rec.date.slice(0, 10), title: rec.title ?? null,
      source: 'reuters21578.jsonl', url: null, dateline: rec.dateline ?? null,
    };
    const t = performance.now();
    const patch = extractArticle(article);
    extractMs += performance.now() - t;
    nodes += patch.nodes.length;
    rels += patch.rels.length;
    n++;
    if (n % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  const wall = (performance.now() - t0) / 1000;
  console.log(`extract: ${n} articles, ${nodes} nodes, ${rels} relationships`);
  console.log(`extract: ${(n / (extractMs / 1000)).toFixed(0)} articles/s in extractArticle (${(extractMs / 1000).toFixed(1)} s), ${(n / wall).toFixed(0)} articles/s with reading (${wall.toFixed(1)} s)`);
  console.log(`extract: peak RSS ${(peak / 1024 / 1024).toFixed(0)} MiB`);
}

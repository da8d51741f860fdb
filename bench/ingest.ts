/**
 * End-to-end ingest of the whole Reuters corpus (../shared/corpus) into a fresh embedded store:
 * seconds, articles per second, nodes and relationships written, peak memory.
 * Targets: under 3 minutes, peak RSS under 1 GiB.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../ingest/pipeline.ts';
import { openStore } from '../store/index.ts';

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus/reuters21578.jsonl');

export async function run(): Promise<void> {
  if (!fs.existsSync(CORPUS)) {
    console.log(`ingest benchmark skipped: no corpus at ${CORPUS}`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-bench-ingest-'));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  try {
    const store = await openStore({ path: path.join(dir, 'g.kuzu') });
    const cpu0 = process.cpuUsage();
    // The CLI's default batch size (ingest/pipeline.ts DEFAULT_BATCH_SIZE), as `diplograph ingest` runs it.
    const s = await ingest(store, [CORPUS]);
    const cpu = process.cpuUsage(cpu0);
    await store.close();
    peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
    console.log('end-to-end ingest of the Reuters corpus into the embedded store');
    console.log(`  articles:   ${s.read} read, ${s.new} new, ${s.skipped} duplicates, ${s.failed} failed (records without text or date)`);
    console.log(`  written:    ${s.nodesCreated} nodes, ${s.relsCreated} relationships created; ${s.nodesUpdated + s.relsUpdated} updated`);
    console.log(`  time:       ${s.seconds.toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU, ${(s.read / s.seconds).toFixed(0)} articles/s`);
    console.log(`  peak RSS:   ${(peak / 2 ** 20).toFixed(0)} MiB`);
    console.log('  targets:    under 180 s, peak RSS under 1024 MiB');
  } finally {
    clearInterval(timer);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

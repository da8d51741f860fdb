/**
 * API latency on the embedded store: p50/p95 of node details, neighbours, timeline windows and
 * named queries over real HTTP (127.0.0.1, keep-alive fetch). The graph is the Reuters corpus
 * ingested by ingest/pipeline.ts when extraction is available (or BENCH_API_SOURCE=corpus), else
 * the sample graph replicated (BENCH_API_COPIES copies, default 500, with shifted dates).
 * BENCH_N sets the requests per call (default 200); BENCH_API_DB=<path> keeps the loaded database
 * there and reuses it next time. Target: p95 under 50 ms for every call.
 *
 * Every request is cold: the server keeps no result cache (no ETag, no memo; only the embedded
 * store's entity tables are held in memory, store/entities.ts), and each request of
 * a window call asks for another 7-day window (spread over every day of the graph, and for the
 * "busiest" cases over the weeks starting on the 25 days with the most events). Paged calls use the
 * API's default page sizes; "page 2" cases first fetch page 1 (not timed) and time the next page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphPatch, NodeRef } from '../core/patch.ts';
import { createServer } from '../server/app.ts';
import { openStore } from '../store/index.ts';
import type { GraphStore } from '../store/port.ts';
import { samplePatch } from '../tests/fixtures/sample-graph.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(REPO, '../shared/corpus/reuters21578.jsonl');
const TARGET_P95_MS = 50;

/** Shifts an ISO day by `days`. */
function shiftDay(d: string, days: number): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/**
 * The sample graph `copies` times: leaders, countries, organisations, topics and places are
 * shared (the same people talk again and again); calls, statements, articles and days are new
 * in every copy, copy i dated i days after the original.
 */
export function replicatedSample(copies: number): GraphPatch {
  const base = samplePatch();
  const shared = new Set(['Leader', 'Country', 'Organization', 'Topic', 'Place']);
  const out: GraphPatch = { nodes: [], rels: [] };
  const seen = new Set<string>();
  for (let i = 0; i < copies; i++) {
    const key = (r: NodeRef): string => {
      if (shared.has(r.label) || i === 0) return r.key;
      if (r.label === 'Day') return shiftDay(r.key, i);
      return `${r.key}-${i}`;
    };
    const ref = (r: NodeRef): NodeRef => ({ label: r.label, key: key(r) });
    const sources = (v: unknown): unknown => (Array.isArray(v) && i > 0 ? v.map((a) => `${a}-${i}`) : v);
    for (const n of base.nodes) {
      const k = `${n.label}:${key(n)}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const props = { ...n.props, sources: sources(n.props['sources']) } as GraphPatch['nodes'][number]['props'];
      if (n.props['sources'] === undefined) delete props['sources'];
      if (i > 0 && typeof n.props['date'] === 'string' && n.props['datePrecision'] === 'day') props['date'] = shiftDay(n.props['date'], i);
      if (i > 0 && n.label === 'Article' && typeof n.props['publishedAt'] === 'string') props['publishedAt'] = shiftDay(n.props['publishedAt'], i);
      if (n.label === 'Day') {
        const d = key(n);
        props['year'] = Number(d.slice(0, 4));
        props['month'] = Number(d.slice(5, 7));
        props['weekday'] = new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
      }
      out.nodes.push({ label: n.label, key: key(n), props });
    }
    for (const r of base.rels) {
      if (r.type === 'NEXT' && i > 0) continue; // the day chain is rebuilt below
      if (shared.has(r.from.label) && shared.has(r.to.label) && i > 0) continue; // REPRESENTS, PART_OF once
      out.rels.push({ type: r.type, from: ref(r.from), to: ref(r.to), props: { ...r.props, sources: sources(r.props['sources']) as string[] } });
    }
  }
  const days = out.nodes.filter((n) => n.label === 'Day').map((n) => n.key).sort();
  const nexts = new Set(out.rels.filter((r) => r.type === 'NEXT').map((r) => r.from.key));
  for (let j = 0; j + 1 < days.length; j++) {
    if (nexts.has(days[j]!)) continue;
    const gap = (Date.parse(days[j + 1]!) - Date.parse(days[j]!)) / 86_400_000;
    out.rels.push({ type: 'NEXT', from: { label: 'Day', key: days[j]! }, to: { label: 'Day', key: days[j + 1]! }, props: { days: gap, sources: [] } });
  }
  return out;
}

async function loadCorpus(store: GraphStore): Promise<string> {
  const { ingest } = await import('../ingest/pipeline.ts');
  const t0 = performance.now();
  const s = await ingest(store, [CORPUS]);
  return `the Reuters corpus (${s.read} stories, ${s.new} stored, ${s.failed} failed) in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Req {
  method: 'GET' | 'POST';
  url: string;
  body?: unknown;
}

interface Case {
  name: string;
  request: (i: number) => Req;
  /** Builds the timed request from an untimed one's answer (the next page of a paged call). */
  then?: (answer: Record<string, unknown>, first: Req) => Req;
}

/** The request for the page after `answer` (its `next` cursor). */
function nextPage(answer: Record<string, unknown>, first: Req): Req {
  const next = answer['next'];
  if (typeof next !== 'string') return first; // a one-page window: time the first page again
  if (first.method === 'GET') return { ...first, url: `${first.url}&cursor=${encodeURIComponent(next)}` };
  return { ...first, body: { ...(first.body as object), cursor: next } };
}

/**
 * One request, timed: `ms` wall clock, `cpuMs` the CPU time of this process meanwhile (user +
 * system, every thread: the engine's, the server's and the client's), a figure that load from
 * other processes on the machine barely changes.
 */
async function send(base: string, r: Req): Promise<{ ms: number; cpuMs: number; text: string; status: number }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const res = await fetch(base + r.url, r.body === undefined
    ? { method: r.method }
    : { method: r.method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(r.body) });
  const text = await res.text();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, text, status: res.status };
}

async function sampleKeys(store: GraphStore, cypher: string): Promise<string[]> {
  const res = await store.query(cypher, {}, { readOnly: true });
  return res.rows.map((r) => String(r['k']));
}

export async function run(): Promise<void> {
  const n = Number(process.env['BENCH_N'] ?? 200);
  // BENCH_API_DB=<path>: keep the loaded database there and reuse it on the next run.
  const keep = process.env['BENCH_API_DB'];
  const dir = keep ? path.dirname(path.resolve(keep)) : fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-bench-api-'));
  const dbPath = keep ? path.resolve(keep) : path.join(dir, 'g.kuzu');
  const reuse = keep !== undefined && fs.existsSync(dbPath);
  const store = await openStore({ path: dbPath });
  try {
    const extractor = path.join(REPO, 'ingest', 'extract', 'index.ts');
    const wanted = process.env['BENCH_API_SOURCE'] ?? (fs.existsSync(extractor) && fs.existsSync(CORPUS) ? 'corpus' : 'sample');
    let source: string;
    if (reuse) {
      source = `the database kept at ${dbPath}`;
    } else if (wanted === 'corpus') {
      source = await loadCorpus(store);
    } else {
      const copies = Number(process.env['BENCH_API_COPIES'] ?? 500);
      const t0 = performance.now();
      await store.upsert(replicatedSample(copies));
      source = `the sample graph replicated ${copies} times in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
      if (!fs.existsSync(extractor)) source += ' (ingest/extract is not there yet, so not the corpus)';
    }
    const stats = await store.stats();
    const nodes = Object.values(stats.nodes).reduce((a, b) => a + b, 0);
    const rels = Object.values(stats.rels).reduce((a, b) => a + b, 0);

    const leaders = await sampleKeys(store, "MATCH (l:Leader) RETURN 'Leader:' + l.id AS k ORDER BY k LIMIT 200");
    const calls = await sampleKeys(store, "MATCH (c:Call) RETURN 'Call:' + c.id AS k ORDER BY k LIMIT 500");
    const stmts = await sampleKeys(store, "MATCH (s:Statement) RETURN 'Statement:' + s.id AS k ORDER BY k LIMIT 500");
    const days = await sampleKeys(store, 'MATCH (d:Day) RETURN d.date AS k ORDER BY k');
    const topics = await sampleKeys(store, 'MATCH (t:Topic) RETURN t.id AS k ORDER BY k LIMIT 200');
    // The 25 leaders in the most calls and statements: "everything about X" over the whole graph.
    const activeLeaders = await sampleKeys(store,
      'MATCH (l:Leader)-[:PARTICIPATED_IN|MADE|ABOUT]-(e) RETURN l.id AS k, count(*) AS c ORDER BY c DESC, k LIMIT 25');
    const events = [...calls, ...stmts];
    if (leaders.length === 0 || events.length === 0 || days.length === 0) {
      throw new Error(`bench/api: the loaded graph has no leaders, events or days to ask about (${nodes} nodes)`);
    }
    const busyDays = await sampleKeys(store,
      "MATCH (e:Call:Statement) WHERE size(e.date) = 10 RETURN e.date AS k, count(*) AS c ORDER BY c DESC, k LIMIT 25");
    const pick = <T>(xs: T[], i: number): T => xs[(i * 7919) % xs.length]!;
    const week = (i: number) => {
      const from = pick(days, i);
      return { from, to: shiftDay(from, 6) };
    };
    const busyWeek = (i: number) => {
      const from = busyDays[i % busyDays.length]!;
      return { from, to: shiftDay(from, 6) };
    };
    const enc = encodeURIComponent;
    const cases: Case[] = [
      { name: 'GET /api/node (leader)', request: (i) => ({ method: 'GET', url: `/api/node/${enc(pick(leaders, i))}` }) },
      { name: 'GET /api/node (event)', request: (i) => ({ method: 'GET', url: `/api/node/${enc(pick(events, i))}` }) },
      { name: 'GET /api/neighbours (event, depth 1)', request: (i) => ({ method: 'GET', url: `/api/neighbours/${enc(pick(events, i))}?depth=1` }) },
      { name: 'GET /api/timeline (7-day window)', request: (i) => ({ method: 'GET', url: `/api/timeline?from=${week(i).from}&to=${week(i).to}` }) },
      { name: 'GET /api/timeline (busiest weeks)', request: (i) => ({ method: 'GET', url: `/api/timeline?from=${busyWeek(i).from}&to=${busyWeek(i).to}` }) },
      { name: 'GET /api/timeline (busiest, page 2)', request: (i) => ({ method: 'GET', url: `/api/timeline?from=${busyWeek(i).from}&to=${busyWeek(i).to}` }), then: nextPage },
      { name: 'GET /api/graph (7-day window)', request: (i) => ({ method: 'GET', url: `/api/graph?from=${week(i).from}&to=${week(i).to}` }) },
      { name: 'GET /api/graph (busiest weeks)', request: (i) => ({ method: 'GET', url: `/api/graph?from=${busyWeek(i).from}&to=${busyWeek(i).to}` }) },
      { name: 'GET /api/graph (busiest, page 2)', request: (i) => ({ method: 'GET', url: `/api/graph?from=${busyWeek(i).from}&to=${busyWeek(i).to}` }), then: nextPage },
      { name: 'GET /api/search', request: (i) => ({ method: 'GET', url: `/api/search?q=${['putin', 'biden', 'trade', 'oil', 'minister'][i % 5]}&limit=20` }) },
      { name: 'POST /api/queries/timeline', request: (i) => ({ method: 'POST', url: '/api/queries/timeline', body: { params: week(i) } }) },
      { name: 'POST /api/queries/timeline (busiest)', request: (i) => ({ method: 'POST', url: '/api/queries/timeline', body: { params: busyWeek(i) } }) },
      { name: 'POST /api/queries/leader_activity', request: (i) => ({ method: 'POST', url: '/api/queries/leader_activity', body: { params: { leader: pick(leaders, i).slice(7), ...week(i) } } }) },
      { name: 'POST /api/queries/leader_activity (busiest leaders, all dates)', request: (i) => ({ method: 'POST', url: '/api/queries/leader_activity', body: { params: { leader: activeLeaders[i % activeLeaders.length]!, from: days[0]!, to: days[days.length - 1]! } } }) },
      { name: 'POST /api/queries/contacts_leaders', request: (i) => ({ method: 'POST', url: '/api/queries/contacts_leaders', body: { params: week(i) } }) },
      { name: 'POST /api/queries/provenance', request: (i) => ({ method: 'POST', url: '/api/queries/provenance', body: { params: { fact: pick(events, i) } } }) },
      ...(topics.length > 0 ? [{ name: 'POST /api/queries/calls_on_topic', request: (i: number) => ({ method: 'POST' as const, url: '/api/queries/calls_on_topic', body: { params: { topic: pick(topics, i) } } }) }] : []),
    ];

    const app = createServer({ store, uiDir: null });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const addr = app.server.address();
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    console.log(`bench/api: ${source}: ${nodes} nodes, ${rels} relationships; ${n} requests per call over HTTP (${base}); no result cache: every request is computed; ` +
      'the embedded store holds its entity tables in memory, read before the first request (store/entities.ts)');
    const table: { call: string; n: number; p50: string; p95: string; max: string; 'cpu p50': string; 'shown/total': string; KiB: string; ok: string }[] = [];
    let worst = 0;
    try {
      for (const c of cases) {
        const times: number[] = [];
        const cpus: number[] = [];
        const shown: number[] = [];
        const totals: number[] = [];
        let bytes = 0;
        for (let i = 0; i < n + 5; i++) {
          let r = c.request(i);
          if (c.then) {
            const first = await send(base, r);
            if (first.status !== 200) throw new Error(`bench/api: ${r.method} ${r.url} answered ${first.status}: ${first.text.slice(0, 300)}`);
            r = c.then(JSON.parse(first.text) as Record<string, unknown>, r);
          }
          const { ms, cpuMs, text, status } = await send(base, r);
          if (status !== 200) throw new Error(`bench/api: ${r.method} ${r.url} answered ${status}: ${text.slice(0, 300)}`);
          if (i < 5) continue; // the first five warm up prepared statements and connections
          times.push(ms);
          cpus.push(cpuMs);
          bytes += text.length;
          const answer = JSON.parse(text) as Record<string, unknown>;
          if (typeof answer['total'] === 'number') {
            totals.push(answer['total']);
            // Entries, rows, or (graph) the event nodes of the page.
            const items = (answer['entries'] ?? answer['rows'] ??
              (answer['nodes'] as { key: string }[]).filter((x) => /^(Call|Statement):/.test(x.key))) as unknown[];
            shown.push(items.length);
          }
        }
        times.sort((a, b) => a - b);
        cpus.sort((a, b) => a - b);
        const p95 = percentile(times, 95);
        worst = Math.max(worst, p95);
        const mean = (xs: number[]): string => (xs.length === 0 ? '' : (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(0));
        table.push({
          call: c.name, n: times.length, p50: percentile(times, 50).toFixed(1), p95: p95.toFixed(1),
          max: times[times.length - 1]!.toFixed(1), 'cpu p50': percentile(cpus, 50).toFixed(1), 'shown/total': totals.length > 0 ? `${mean(shown)}/${mean(totals)}` : '',
          KiB: (bytes / times.length / 1024).toFixed(0), ok: p95 < TARGET_P95_MS ? 'yes' : 'NO',
        });
      }
    } finally {
      await app.close();
    }
    console.table(table);
    console.log('bench/api: ms are wall-clock latencies; "cpu p50" is the CPU time of the process per request (all threads), which load from other processes barely changes');
    console.log(`bench/api: worst p95 ${worst.toFixed(1)} ms; target p95 < ${TARGET_P95_MS} ms on the embedded store: ${worst < TARGET_P95_MS ? 'met' : 'NOT met'}`);
  } finally {
    await store.close();
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

const invoked = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invoked) {
  run().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}

/**
 * UI benchmark: builds the web app, starts the real server (kuzu, sample graph) and opens it in
 * chromium: first view of the sample graph, then the benchmark page with a generated
 * 20,000-node / 50,000-edge graph (load, frame times while zooming and during layout, layout time,
 * and per interaction the main-thread JS time of each frame apart from its WebGL time).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { samplePatch } from '../tests/fixtures/sample-graph.ts';
import { ARTIFACTS, buildUi, launch, startServer } from '../tests/e2e/harness.ts';
import { keyProp, type NodeLabel, type RelType } from '../core/model.ts';
import { parseNodeKey, type GraphPatch, type Props } from '../core/patch.ts';
import { generateGraph } from '../graph-ui/src/core/generate.ts';
import { createServer } from '../server/app.ts';
import { openStore } from '../store/index.ts';

/** The UI's generated graph (dated calls and statements over 2021–2022) as a GraphPatch for the store. */
function generatedPatch(nodes: number, rels: number): GraphPatch {
  const g = generateGraph(nodes, rels);
  return {
    nodes: g.nodes.map((n) => {
      const { label, key } = parseNodeKey(n.key);
      const props: Props = {};
      for (const [k, v] of Object.entries(n.properties)) if (k !== 'id' && k !== keyProp(label as NodeLabel)) props[k] = v as Props[string];
      return { label, key, props };
    }),
    rels: g.rels.map((r) => ({ type: r.kind as RelType, from: parseNodeKey(r.source), to: parseNodeKey(r.target), props: {} })),
  };
}

interface Stats { count: number; p50: number; p95: number; max: number }
interface Split { renders: number; handlerMs: number; js: Stats; gl: Stats }

const frames = (fr: Stats): string => `p50 ${fr.p50} ms, p95 ${fr.p95} ms, max ${fr.max} ms over ${fr.count} frames (${Math.round(1000 / Math.max(1, fr.p50))} fps median)`;
const split = (s: Split): string => `handler ${s.handlerMs} ms; per render (${s.renders}) JS p50 ${s.js.p50} / p95 ${s.js.p95} ms, GL p50 ${s.gl.p50} / p95 ${s.gl.p95} ms`;

/** The real server over an existing kuzu database (e.g. the ingested corpus; BENCH_UI_DB), left as it was. */
async function serveExisting(ui: string, dbPath: string): Promise<{ url: string; close(): Promise<void> }> {
  if (!fs.existsSync(dbPath)) throw new Error(`bench ui: BENCH_UI_DB ${dbPath} does not exist; ingest into it first (diplograph ingest … --db ${dbPath})`);
  const store = await openStore({ backend: 'kuzu', path: dbPath });
  const app = createServer({ store, uiDir: ui });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  if (!addr || typeof addr === 'string') throw new Error('bench ui: server has no TCP address');
  return { url: `http://127.0.0.1:${addr.port}/`, async close() { await app.close(); await store.close(); } };
}

/** Nodes and relationships of the big store (BENCH_UI_STORE=nodes x rels). */
const [STORE_NODES, STORE_RELS] = (process.env['BENCH_UI_STORE'] ?? '20000x50000').split('x').map(Number);

/**
 * First view of a big store (the generated graph in kuzu): windowed (the default
 * above 5,000 nodes: timeline overview + one window from the server) against the whole-graph load
 * (forced through localStorage), three loads each; a screenshot of each in tests/artifacts/.
 */
async function bigStore(ui: string, browser: Browser): Promise<void> {
  const t0 = Date.now();
  const db = process.env['BENCH_UI_DB'];
  const server = db ? await serveExisting(ui, db) : await startServer(ui, generatedPatch(STORE_NODES, STORE_RELS));
  if (db) console.log(`ui: big store: ${db}`);
  else console.log(`ui: big store of ${STORE_NODES} nodes / ${STORE_RELS} relationships loaded into kuzu in ${Date.now() - t0} ms`);
  try {
    for (const mode of ['windowed', 'whole'] as const) {
      const times: number[] = [];
      let caption = '';
      for (let i = 0; i < 3; i++) {
        const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        if (mode === 'whole') await ctx.addInitScript(() => localStorage.setItem('diplograph.windowAbove', '100000000'));
        const page = await ctx.newPage();
        const w0 = Date.now();
        await page.goto(server.url);
        await page.waitForFunction(() => (window as unknown as { diplograph?: { firstViewMs?: number } }).diplograph?.firstViewMs !== undefined, undefined, { timeout: 120_000, polling: 100 });
        times.push(Date.now() - w0);
        caption = (await page.locator('[data-testid=graph-info]').textContent()) ?? '';
        if (i === 0) {
          fs.mkdirSync(ARTIFACTS, { recursive: true });
          await page.screenshot({ path: path.join(ARTIFACTS, `big-store-${mode}.png`) });
        }
        await ctx.close();
      }
      console.log(`ui: big store first view, ${mode === 'windowed' ? 'windowed (overview + one window)' : 'whole graph (two /api/graph calls, limit 5000)'}: best ${Math.min(...times)} ms, worst ${Math.max(...times)} ms; shows "${caption}"`);
    }
  } finally {
    await server.close();
  }
}

export async function run(): Promise<void> {
  const ui = await buildUi();
  const server = await startServer(ui, samplePatch());
  const browser = await launch();
  try {
    // First view of the sample graph: navigation start to the graph drawn, three cold loads.
    const firsts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await ctx.newPage();
      const t0 = Date.now();
      await page.goto(server.url);
      await page.waitForFunction(() => (window as unknown as { diplograph?: { firstViewMs?: number } }).diplograph?.firstViewMs !== undefined, undefined, { timeout: 30_000 });
      const wall = Date.now() - t0;
      const inPage = await page.evaluate(() => (window as unknown as { diplograph: { firstViewMs: number } }).diplograph.firstViewMs);
      firsts.push(wall);
      console.log(`ui: sample graph first view ${wall} ms (navigation to drawn graph; in-page ${Math.round(inPage)} ms)`);
      await ctx.close();
    }
    console.log(`ui: sample first view best ${Math.min(...firsts)} ms, worst ${Math.max(...firsts)} ms (target < 2000 ms)`);

    await bigStore(ui, browser);

    let renderer = '';
    // BENCH_UI_SIZES: nodes x edges of the generated graphs, comma separated; empty for none.
    const sizes = (process.env['BENCH_UI_SIZES'] ?? '2000x5000,20000x50000').split(',').filter(Boolean).map((s) => s.split('x').map(Number));
    for (const [nodes, edges] of sizes) {
      const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await ctx.newPage();
      await page.goto(`${server.url}bench.html?nodes=${nodes}&edges=${edges}`);
      await page.waitForFunction(() => (window as unknown as { benchResult?: unknown }).benchResult !== undefined, undefined, { timeout: 240_000, polling: 500 });
      const r = await page.evaluate(() => (window as unknown as { benchResult: Record<string, unknown> }).benchResult);
      if ('error' in r) throw new Error(`bench: page failed: ${String(r['error'])}`);
      const p = r['profile'] as Record<'idle' | 'move' | 'hover' | 'unhover' | 'select' | 'layout' | 'idleAfterLayout', Split>;
      console.log(`ui: generated ${r['nodes']} nodes / ${r['edges']} edges (${r['drawnEdges']} drawn after aggregation), generated in ${r['generateMs']} ms`);
      console.log(`ui:   first render (index, derive, import, first frame) ${r['firstRenderMs']} ms, of which synchronous JS ${r['firstRenderJsMs']} ms; brushing a month window (filter, derive, import, refresh) ${r['windowFilterMs']} ms`);
      console.log(`ui:   camera frames: ${frames(r['frames'] as Stats)}`);
      console.log(`ui:   idle re-render:  ${split(p.idle)}`);
      console.log(`ui:   camera moves:    ${split(p.move)}`);
      console.log(`ui:   hover a hub:     ${split(p.hover)}`);
      console.log(`ui:   leave the hub:   ${split(p.unhover)}`);
      console.log(`ui:   select the hub:  ${split(p.select)}`);
      const its = Number(r['layoutIterations']);
      console.log(`ui:   ForceAtlas2 worker: ran ${r['layoutMs']} ms, ${its} iterations (${(its / (Number(r['layoutMs']) / 1000)).toFixed(1)}/s), stopped by itself`);
      console.log(`ui:   frames during layout: ${frames(r['layoutFrames'] as Stats)}; sigma JS per render ${p.layout.js.p50} ms p50, ${p.layout.js.p95} ms p95 over ${p.layout.renders} renders (GL not synchronised)`);
      console.log(`ui:   idle re-render after the layout: ${split(p.idleAfterLayout)}`);
      renderer = String(r['renderer']);
      await ctx.close();
    }
    if (renderer) console.log(`ui: WebGL renderer: ${renderer}${renderer.includes('SwiftShader') ? ' (software rendering: headless chromium with --disable-gpu; GL figures are the CPU rasteriser, JS figures the app\'s and sigma\'s own main-thread cost)' : ''}`);
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(ui, { recursive: true, force: true });
  }
}

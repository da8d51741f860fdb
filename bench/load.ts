/**
 * Load rate of the embedded store: a generated patch of 100,000 nodes and 300,000 relationships
 * written into a fresh kuzu database, then written again (the idempotent path: nothing changes).
 * Prints nodes + relationships per second. Target: at least 20,000 per second.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphPatch } from '../core/patch.ts';
import { openStore } from '../store/index.ts';

/** A synthetic graph shaped like ingested news: leaders, countries, calls, statements, days. */
export function syntheticPatch(nodes = 100_000, rels = 300_000): GraphPatch {
  const patch: GraphPatch = { nodes: [], rels: [] };
  const leaders = Math.round(nodes * 0.1);
  const calls = Math.round(nodes * 0.4);
  const statements = nodes - leaders - calls - 200;
  for (let i = 0; i < 200; i++) patch.nodes.push({ label: 'Country', key: `C${i}`, props: { name: `Country ${i}`, aliases: [`Land ${i}`], sources: ['art_x'] } });
  for (let i = 0; i < leaders; i++) patch.nodes.push({ label: 'Leader', key: `leader-${i}`, props: { name: `Leader ${i}`, aliases: [`L${i}`], title: 'Minister', role: 'minister', sources: ['art_x'] } });
  for (let i = 0; i < calls; i++) patch.nodes.push({ label: 'Call', key: `call-${i}`, props: { kind: 'phone call', status: 'held', date: '1987-03-02', datePrecision: 'day', title: `Call ${i}`, confidence: 0.8, sources: ['art_x'] } });
  for (let i = 0; i < statements; i++) patch.nodes.push({ label: 'Statement', key: `st-${i}`, props: { text: `Statement number ${i} about trade.`, kind: 'concern', date: '1987-03-02', datePrecision: 'day', confidence: 0.7, sources: ['art_x'] } });
  // Distinct relationships: three participants per call, three countries per statement, the rest MADE.
  const add = (type: 'PARTICIPATED_IN' | 'ABOUT' | 'MADE', from: GraphPatch['rels'][number]['from'], to: GraphPatch['rels'][number]['to']) =>
    patch.rels.length < rels && patch.rels.push({ type, from, to, props: { sources: ['art_x'] } });
  for (let c = 0; c < calls; c++) {
    for (let j = 0; j < 3; j++) add('PARTICIPATED_IN', { label: 'Leader', key: `leader-${(c + j) % leaders}` }, { label: 'Call', key: `call-${c}` });
  }
  for (let s = 0; s < statements; s++) {
    for (let j = 0; j < 3; j++) add('ABOUT', { label: 'Statement', key: `st-${s}` }, { label: 'Country', key: `C${(s + j) % 200}` });
  }
  for (let s = 0; patch.rels.length < rels; s++) add('MADE', { label: 'Leader', key: `leader-${s % leaders}` }, { label: 'Statement', key: `st-${s}` });
  return patch;
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-bench-load-'));
  try {
    const patch = syntheticPatch();
    const total = patch.nodes.length + patch.rels.length;
    const store = await openStore({ path: path.join(dir, 'g.kuzu') });
    let t = performance.now();
    const first = await store.upsert(patch);
    const s1 = (performance.now() - t) / 1000;
    t = performance.now();
    const second = await store.upsert(patch);
    const s2 = (performance.now() - t) / 1000;
    await store.close();
    console.log('embedded store (kuzu) load of a generated patch');
    console.log(`  patch:            ${patch.nodes.length} nodes, ${patch.rels.length} relationships`);
    console.log(`  first load:       ${s1.toFixed(1)} s, ${Math.round(total / s1)} nodes+relationships/s (created ${first.nodesCreated} nodes, ${first.relsCreated} relationships)`);
    console.log(`  same patch again: ${s2.toFixed(1)} s, ${Math.round(total / s2)} nodes+relationships/s (changed ${second.nodesUpdated + second.relsUpdated + second.nodesCreated + second.relsCreated})`);
    console.log(`  target:           >= 20000 nodes+relationships/s`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A generated diplomatic graph of any size (seeded, deterministic) for the scale benchmark. */
import type { NodeLabel, RelType } from '../../../core/model.ts';
import { isoDay, dayNumber } from './dates.ts';
import type { JsonNode, JsonRel } from './types.ts';

/** Mulberry32: a small seeded PRNG returning [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHARE: [NodeLabel, number][] = [['Country', 0.01], ['Leader', 0.14], ['Organization', 0.04], ['Topic', 0.04], ['Place', 0.03], ['Call', 0.4], ['Statement', 0.34]];

/**
 * `nodes` nodes and `edges` relationships: actors, topics and places, and dated Calls and
 * Statements over two years linked to them (PARTICIPATED_IN, MADE, ABOUT, DISCUSSED, HELD_IN, REPRESENTS).
 */
export function generateGraph(nodes: number, edges: number, seed = 7): { nodes: JsonNode[]; rels: JsonRel[] } {
  const rnd = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const byLabel = new Map<NodeLabel, string[]>();
  const out: JsonNode[] = [];
  const d0 = dayNumber('2021-01-01');
  let made = 0;
  for (const [label, share] of SHARE) {
    const n = label === 'Statement' ? nodes - made : Math.max(2, Math.round(nodes * share));
    const keys: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = `${label.toLowerCase()}-${i}`;
      const key = `${label}:${label === 'Country' ? `C${i}` : id}`;
      const properties: JsonNode['properties'] = label === 'Call'
        ? { id, title: `Call ${i}`, kind: 'phone call', status: rnd() < 0.8 ? 'held' : 'planned', date: isoDay(d0 + Math.floor(rnd() * 730)), datePrecision: 'day' }
        : label === 'Statement'
          ? { id, text: `Statement ${i}`, kind: pick(['concern', 'warning', 'support', 'proposal']), date: isoDay(d0 + Math.floor(rnd() * 730)), datePrecision: 'day' }
          : { id, name: `${label} ${i}` };
      out.push({ kind: label, key, properties });
      keys.push(key);
    }
    byLabel.set(label, keys);
    made += n;
  }
  const actors = [...byLabel.get('Leader')!, ...byLabel.get('Country')!, ...byLabel.get('Organization')!];
  const calls = byLabel.get('Call')!;
  const stmts = byLabel.get('Statement')!;
  const rels: JsonRel[] = [];
  const seen = new Set<string>();
  const add = (kind: RelType, source: string, target: string): void => {
    const id = `${kind}:${source}->${target}`;
    if (seen.has(id)) return;
    seen.add(id);
    rels.push({ kind, source, target, properties: { id } });
  };
  for (const l of byLabel.get('Leader')!) add('REPRESENTS', l, pick(byLabel.get('Country')!));
  // Actors are chosen with a skew, so a few leaders are hubs as in real news.
  const skewed = (): string => actors[Math.floor(actors.length * rnd() ** 2.5)];
  while (rels.length < edges) {
    const r = rnd();
    if (r < 0.45) add('PARTICIPATED_IN', skewed(), pick(calls));
    else if (r < 0.7) add('MADE', skewed(), pick(stmts));
    else if (r < 0.85) add('ABOUT', pick(stmts), skewed());
    else if (r < 0.95) add('DISCUSSED', pick(calls), pick(byLabel.get('Topic')!));
    else add('HELD_IN', pick(calls), pick(byLabel.get('Place')!));
  }
  return { nodes: out, rels };
}

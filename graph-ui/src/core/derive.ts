/** The rendered graph, derived: dataset → filtered subgraph → appearance (sizes, colours, labels, positions). */
import type { NodeLabel } from '../../../core/model.ts';
import { displayName, type Dataset } from './dataset.ts';
import type { FilterStep } from './filters.ts';
import { applyFilters } from './filters.ts';
import { NODE_STYLES } from './styles.ts';

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: NodeLabel;
  /** Full display name (labels are shortened). */
  name: string;
}

export interface EdgeAttrs {
  size: number;
  color: string;
  label: string;
  /** Relationship types carried by this drawn edge, with their counts. */
  kinds: Record<string, number>;
  /** How many relationships this drawn edge stands for (parallel ones are aggregated). */
  count: number;
}

export interface Derived {
  nodes: { key: string; attributes: NodeAttrs }[];
  edges: { key: string; source: string; target: string; attributes: EdgeAttrs }[];
}

export type Positions = Record<string, { x: number; y: number }>;

/** Shortens a label to `max` characters on a word boundary, with an ellipsis. */
export function shortLabel(s: string, max = 36): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > max * 0.6 ? cut.slice(0, sp) : cut).trimEnd()}…`;
}

/** Node size from its degree in the drawn graph: 5 for a leaf, growing with the square root, at most 22. */
export function sizeForDegree(degree: number): number {
  return Math.min(22, 5 + 2.2 * Math.sqrt(degree));
}

/** A deterministic starting position for a node without one (a hash on a spiral). */
export function seedPosition(key: string): { x: number; y: number } {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  const u = (h >>> 0) / 4294967296;
  const angle = u * Math.PI * 2 * 7;
  const r = 10 + u * 90;
  return { x: Math.cos(angle) * r, y: Math.sin(angle) * r };
}

/**
 * Derives what sigma draws. Parallel relationships between the same two nodes (either way) are
 * aggregated into one edge labelled with their types and count. Nodes without a known position
 * start next to a positioned neighbour, else at a seeded spot.
 */
export function deriveGraph(ds: Dataset, steps: FilterStep[], positions: Positions): Derived {
  const { keys, rels } = applyFilters(ds, steps);
  const pairs = new Map<string, { source: string; target: string; kinds: Record<string, number>; count: number }>();
  for (const r of rels) {
    if (r.source === r.target) continue;
    const [a, b] = r.source < r.target ? [r.source, r.target] : [r.target, r.source];
    const k = `${a}|${b}`;
    let p = pairs.get(k);
    if (!p) pairs.set(k, (p = { source: r.source, target: r.target, kinds: {}, count: 0 }));
    p.kinds[r.kind] = (p.kinds[r.kind] ?? 0) + 1;
    p.count++;
  }
  const degree = new Map<string, number>();
  for (const p of pairs.values()) {
    degree.set(p.source, (degree.get(p.source) ?? 0) + 1);
    degree.set(p.target, (degree.get(p.target) ?? 0) + 1);
  }
  const nodes: Derived['nodes'] = [];
  for (const key of keys) {
    const n = ds.nodes.get(key)!;
    const name = displayName(n);
    let pos = positions[key];
    if (!pos) {
      const seed = seedPosition(key);
      const anchor = [...(ds.adjacency.get(key) ?? [])].find((k) => positions[k]);
      pos = anchor ? { x: positions[anchor].x + seed.x / 20, y: positions[anchor].y + seed.y / 20 } : seed;
    }
    nodes.push({
      key,
      attributes: {
        x: pos.x,
        y: pos.y,
        size: sizeForDegree(degree.get(key) ?? 0),
        color: NODE_STYLES[n.kind]?.color ?? '#888',
        label: shortLabel(name),
        kind: n.kind,
        name,
      },
    });
  }
  const edges: Derived['edges'] = [...pairs.entries()].map(([key, p]) => ({
    key,
    source: p.source,
    target: p.target,
    attributes: {
      size: Math.min(5, 1 + Math.log2(p.count)),
      color: '#c3cbd5',
      label: Object.entries(p.kinds).map(([t, c]) => (c > 1 ? `${t} ×${c}` : t)).join(', '),
      kinds: p.kinds,
      count: p.count,
    },
  }));
  return { nodes, edges };
}

/** What a node looks like under hover/selection, for sigma's nodeReducer (never stored in the graph). */
export interface Emphasis {
  /** The node under the pointer, or null. */
  hovered: string | null;
  /** The hovered node's neighbours. */
  hoveredNeighbours: Set<string>;
  selected: string | null;
  /** Extra nodes to highlight (the events picked on the timeline, query results). */
  highlighted: Set<string>;
  /**
   * Whether hover and highlights dim the rest of the graph (default true). Big graphs turn it off:
   * then only the few nodes and edges around the change are redrawn (see core/emphasis.ts).
   */
  dimOthers?: boolean;
}

/** 'focus' (hovered, selected), 'near' (neighbour, highlighted), 'dim' (outside a hover), or 'normal'. */
export function nodeEmphasis(key: string, e: Emphasis): 'focus' | 'near' | 'dim' | 'normal' {
  if (key === e.hovered || key === e.selected) return 'focus';
  const dim = e.dimOthers !== false;
  if (e.hovered) return e.hoveredNeighbours.has(key) ? 'near' : dim ? 'dim' : 'normal';
  if (e.highlighted.has(key)) return 'near';
  if (dim && e.highlighted.size > 0) return 'dim';
  return 'normal';
}

/** Whether an edge is dimmed: under hover, only the edges at the hovered node stay; never when `dimOthers` is false. */
export function edgeDimmed(source: string, target: string, e: Emphasis): boolean {
  if (e.dimOthers === false) return false;
  if (e.hovered) return source !== e.hovered && target !== e.hovered;
  if (e.highlighted.size > 0) return !(e.highlighted.has(source) || source === e.selected) || !(e.highlighted.has(target) || target === e.selected);
  return false;
}

/**
 * Choosing the subgraph to export (or to show): by node keys, a named query, ad-hoc read-only
 * Cypher, a centre node and depth, and/or a date window. Shared by the CLI and the server.
 */
import type { NodeLabel } from '../core/model.ts';
import { NODES } from '../core/model.ts';
import { parseNodeKey, type NodeRef } from '../core/patch.ts';
import { runNamedQuery } from '../queries/index.ts';
import { byKeys } from '../store/induced.ts';
import { keysByLabel } from '../store/plan.ts';
import type { GraphStore, JsonNode, JsonValue, Subgraph } from '../store/port.ts';

export interface Selection {
  /** Global node keys (`Leader:vladimir-putin`). */
  keys?: string[];
  /** A named query and its parameters: every node in its result is selected. */
  query?: string;
  params?: Record<string, unknown>;
  /** Read-only Cypher: every node in its result is selected. */
  cypher?: string;
  /** A centre node and how many hops around it (default 1, at most 4). */
  around?: string;
  depth?: number;
  /** A date window (ISO days): alone, every Call and Statement in it with their neighbours; with other criteria, a filter on dated nodes. */
  from?: string;
  to?: string;
  /** Upper bound on selected nodes (default 50,000). */
  maxNodes?: number;
}

export class SelectionError extends Error {
  override name = 'SelectionError';
  readonly code = 'E_SELECTION';
}

const DATED: ReadonlySet<NodeLabel> = new Set(['Call', 'Statement', 'Day', 'Article']);

/** Collects every node in query result values (nodes, relationship ends, paths). */
export function nodesInRows(rows: Record<string, JsonValue>[]): string[] {
  const keys = new Set<string>();
  const visit = (v: JsonValue): void => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach(visit);
    const o = v as Record<string, JsonValue>;
    if (typeof o['kind'] === 'string' && typeof o['key'] === 'string' && typeof o['properties'] === 'object') {
      keys.add(o['key']);
      return;
    }
    if (typeof o['kind'] === 'string' && typeof o['source'] === 'string' && typeof o['target'] === 'string') {
      keys.add(o['source']);
      keys.add(o['target']);
      return;
    }
    Object.values(o).forEach(visit);
  };
  rows.forEach((r) => Object.values(r).forEach(visit));
  return [...keys].filter((k) => {
    try {
      parseNodeKey(k);
      return true;
    } catch {
      return false; // an internal id the engine could not map: not a node of the model
    }
  });
}

/** Every `Label:key` string (with a label of the model) in the row values, lists included. */
export function keyStringsInRows(rows: Record<string, JsonValue>[]): string[] {
  const out = new Set<string>();
  const visit = (v: JsonValue): void => {
    if (typeof v === 'string') {
      if (/^[A-Z][A-Za-z]+:\S/.test(v) && v.length < 300) {
        try {
          parseNodeKey(v);
          out.add(v);
        } catch {
          // a string that only looks like a key (e.g. "Note: ..."): not a node
        }
      }
      return;
    }
    if (Array.isArray(v)) v.forEach(visit);
  };
  rows.forEach((r) => Object.values(r).forEach(visit));
  return [...out];
}

function dateOf(n: JsonNode): string | null {
  const p = n.properties;
  const d = n.kind === 'Day' ? p['date'] : n.kind === 'Article' ? p['publishedAt'] : p['date'];
  return typeof d === 'string' ? d : null;
}

/** True when an ISO date of any precision (YYYY, YYYY-MM, YYYY-MM-DD) overlaps the window. */
export function inWindow(date: string, from?: string, to?: string): boolean {
  const start = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  const end = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return (!from || end >= from) && (!to || start <= to);
}

/** Neighbours (both directions) of a set of nodes, one hop. */
async function neighbours(store: GraphStore, refs: NodeRef[]): Promise<string[]> {
  const out = new Set<string>();
  for (const [label, keys] of keysByLabel(refs)) {
    const res = await byKeys(store, `MATCH (a:\`${label}\` {${NODES[label].key}: $KEY})-[]-(b) RETURN DISTINCT b`, keys);
    for (const k of nodesInRows(res.rows)) out.add(k);
  }
  return [...out];
}

/** Resolves a selection to the set of node keys it names. */
export async function selectKeys(store: GraphStore, sel: Selection): Promise<string[]> {
  const max = sel.maxNodes ?? 50_000;
  const keys = new Set<string>();
  for (const k of sel.keys ?? []) {
    parseNodeKey(k);
    keys.add(k);
  }
  if (sel.query) {
    const res = await runNamedQuery(store, sel.query, sel.params ?? {}, { timeoutMs: 30_000 });
    // Named queries return keys as `Label:key` strings as well as nodes.
    [...nodesInRows(res.rows), ...keyStringsInRows(res.rows)].forEach((k) => keys.add(k));
  }
  if (sel.cypher) {
    const res = await store.query(sel.cypher, sel.params ?? {}, { readOnly: true, timeoutMs: 30_000, maxRows: max });
    nodesInRows(res.rows).forEach((k) => keys.add(k));
  }
  if (sel.around) {
    const depth = sel.depth ?? 1;
    if (!Number.isInteger(depth) || depth < 0 || depth > 4) throw new SelectionError(`selection: depth must be a whole number from 0 to 4, got ${sel.depth}`);
    let frontier = [sel.around];
    parseNodeKey(sel.around);
    keys.add(sel.around);
    for (let d = 0; d < depth && frontier.length > 0; d++) {
      const next = (await neighbours(store, frontier.map(parseNodeKey))).filter((k) => !keys.has(k));
      next.forEach((k) => keys.add(k));
      if (keys.size > max) throw new SelectionError(`selection: more than ${max} nodes around ${sel.around} at depth ${depth}; lower the depth or add a date window`);
      frontier = next;
    }
  }
  const hasBase = Boolean(sel.keys?.length || sel.query || sel.cypher || sel.around);
  if (!hasBase && (sel.from || sel.to)) {
    const found: JsonNode[] = [];
    for (const label of ['Call', 'Statement']) {
      const res = await store.query(`MATCH (e:${label}) WHERE e.date IS NOT NULL RETURN e`, {}, { readOnly: true });
      found.push(...(res.rows.map((r) => r['e']) as unknown as JsonNode[]));
    }
    const events = found.filter((n) => {
      const d = dateOf(n);
      return d !== null && inWindow(d, sel.from, sel.to);
    });
    events.forEach((n) => keys.add(n.key));
    if (events.length > 0) (await neighbours(store, events.map((n) => parseNodeKey(n.key)))).forEach((k) => keys.add(k));
  }
  if (!hasBase && !sel.from && !sel.to) {
    throw new SelectionError('selection: say what to select: node keys, a named query, Cypher, a centre node (around) or a date window (from/to)');
  }
  if (keys.size > max) throw new SelectionError(`selection: ${keys.size} nodes selected, more than the limit of ${max}`);
  return [...keys];
}

/** Resolves a selection and returns the subgraph it induces; a date window filters dated nodes. */
export async function selectSubgraph(store: GraphStore, sel: Selection): Promise<Subgraph> {
  const keys = await selectKeys(store, sel);
  if (keys.length === 0) return { nodes: [], rels: [] };
  const sg = await store.subgraph(keys.map(parseNodeKey));
  if (!sel.from && !sel.to) return sg;
  const nodes = sg.nodes.filter((n) => {
    if (!DATED.has(n.kind)) return true;
    const d = dateOf(n);
    return d === null || inWindow(d, sel.from, sel.to);
  });
  const kept = new Set(nodes.map((n) => n.key));
  return { nodes, rels: sg.rels.filter((r) => kept.has(r.source) && kept.has(r.target)) };
}

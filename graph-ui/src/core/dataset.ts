/** The dataset: nodes and relationships from the API, indexed for filtering and the timeline. */
import { NODES, type NodeLabel } from '../../../core/model.ts';
import { dateSpan } from './dates.ts';
import type { JsonNode, JsonRel } from './types.ts';

export const EVENT_LABELS: readonly NodeLabel[] = ['Call', 'Statement'];
export const ACTOR_LABELS: readonly NodeLabel[] = ['Leader', 'Country', 'Organization'];

export interface Dataset {
  nodes: Map<string, JsonNode>;
  rels: JsonRel[];
  /** Neighbour keys per node (both directions). */
  adjacency: Map<string, Set<string>>;
  /** For Calls and Statements: the span of their date. */
  spans: Map<string, { start: string; end: string; precision: 'day' | 'month' | 'year' }>;
  /** For actors and events: the ISO2 codes they belong to or involve. */
  countries: Map<string, Set<string>>;
  /** For events: the actors taking part (PARTICIPATED_IN sources, MADE sources). */
  actors: Map<string, string[]>;
}

/** The display name of a node: its label's display property, else its key. */
export function displayName(node: JsonNode): string {
  const spec = NODES[node.kind];
  const v = spec ? node.properties[spec.display] : undefined;
  if (typeof v === 'string' && v) return v;
  return node.key.slice(node.key.indexOf(':') + 1);
}

/** Builds a Dataset; relationships whose ends are missing are dropped, repeated ones kept once. */
export function buildDataset(nodes: JsonNode[], rels: JsonRel[]): Dataset {
  const map = new Map<string, JsonNode>();
  for (const n of nodes) map.set(n.key, n);
  const seen = new Set<string>();
  const kept = rels.filter((r) => {
    if (!map.has(r.source) || !map.has(r.target)) return false;
    const k = relKey(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const adjacency = new Map<string, Set<string>>();
  for (const k of map.keys()) adjacency.set(k, new Set());
  for (const r of kept) {
    adjacency.get(r.source)!.add(r.target);
    adjacency.get(r.target)!.add(r.source);
  }
  const spans: Dataset['spans'] = new Map();
  for (const n of map.values()) {
    if (!EVENT_LABELS.includes(n.kind)) continue;
    const date = n.properties.date;
    const span = typeof date === 'string' ? dateSpan(date) : null;
    if (span) spans.set(n.key, span);
  }
  // Countries of actors: a Country is itself; Organizations via PART_OF; Leaders via REPRESENTS.
  const countries: Dataset['countries'] = new Map();
  const add = (k: string, iso: string): void => {
    let s = countries.get(k);
    if (!s) countries.set(k, (s = new Set()));
    s.add(iso);
  };
  for (const n of map.values()) if (n.kind === 'Country') add(n.key, n.key.slice('Country:'.length));
  for (const r of kept) if (r.kind === 'PART_OF' && r.target.startsWith('Country:')) add(r.source, r.target.slice(8));
  for (const r of kept) {
    if (r.kind !== 'REPRESENTS') continue;
    if (r.target.startsWith('Country:')) add(r.source, r.target.slice(8));
    else for (const iso of countries.get(r.target) ?? []) add(r.source, iso);
  }
  const actors: Dataset['actors'] = new Map();
  for (const r of kept) {
    if (r.kind !== 'PARTICIPATED_IN' && r.kind !== 'MADE') continue;
    const ev = r.target;
    let list = actors.get(ev);
    if (!list) actors.set(ev, (list = []));
    if (!list.includes(r.source)) list.push(r.source);
    for (const iso of countries.get(r.source) ?? []) add(ev, iso);
  }
  return { nodes: map, rels: kept, adjacency, spans, countries, actors };
}

/** Adds nodes and relationships (e.g. expanded neighbours) to a dataset, returning a new one. */
export function mergeIntoDataset(ds: Dataset, nodes: JsonNode[], rels: JsonRel[]): Dataset {
  const seen = new Set(ds.rels.map(relKey));
  const extra = rels.filter((r) => !seen.has(relKey(r)));
  const all = new Map(ds.nodes);
  for (const n of nodes) all.set(n.key, { ...all.get(n.key), ...n });
  return buildDataset([...all.values()], [...ds.rels, ...extra]);
}

/** A stable key for a relationship: its id property when present, else type+ends(+start). */
export function relKey(r: JsonRel): string {
  const id = r.properties.id;
  if (typeof id === 'string' && id) return id;
  const start = r.properties.start;
  return `${r.kind}:${r.source}->${r.target}${start === undefined || start === null ? '' : `#${String(start)}`}`;
}

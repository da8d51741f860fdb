/**
 * `jsonl` export: the line format of APOC's `apoc.export.json` (one node or relationship per
 * line), loadable with `CALL apoc.import.json("file:///graph.jsonl")`. Written by hand: APOC is a
 * Neo4j plugin, not a library this project can call. Ids are the line numbers of the nodes as
 * strings ("0", "1", ...), as APOC writes its internal ids; node properties keep the key property.
 */
import type { Subgraph } from '../store/port.ts';
import { presentEntries } from './values.ts';

interface ApocNodeLine {
  type: 'node';
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface ApocRelLine {
  type: 'relationship';
  id: string;
  label: string;
  properties: Record<string, unknown>;
  start: { id: string; labels: string[] };
  end: { id: string; labels: string[] };
}
export type ApocLine = ApocNodeLine | ApocRelLine;

/** The APOC records of a subgraph, nodes first; relationships with an end outside it are left out. */
export function* apocLines(sg: Subgraph): Generator<ApocLine> {
  const ids = new Map<string, { id: string; labels: string[] }>();
  for (const n of sg.nodes) {
    if (ids.has(n.key)) continue;
    const ref = { id: String(ids.size), labels: [n.kind] };
    ids.set(n.key, ref);
    yield { type: 'node', id: ref.id, labels: ref.labels, properties: Object.fromEntries(presentEntries(n.properties)) };
  }
  let i = 0;
  for (const r of sg.rels) {
    const start = ids.get(r.source);
    const end = ids.get(r.target);
    if (!start || !end) continue;
    yield {
      type: 'relationship',
      id: String(i++),
      label: r.kind,
      properties: Object.fromEntries(presentEntries(r.properties)),
      start: { id: start.id, labels: start.labels },
      end: { id: end.id, labels: end.labels },
    };
  }
}

/** `jsonl` export: one JSON object per line, each line ending in `\n`. */
export function writeJsonl(sg: Subgraph): string {
  let out = '';
  for (const line of apocLines(sg)) out += `${JSON.stringify(line)}\n`;
  return out;
}

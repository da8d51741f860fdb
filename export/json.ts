/** `json` export: graphology's own serialisation of a MultiDirectedGraph (opens in Gephi Lite). */
import { MultiDirectedGraph } from 'graphology';
import type { Attributes, SerializedGraph } from 'graphology-types';
import type { Subgraph } from '../store/port.ts';
import { joinLists, nodeAttributes, relAttributes } from './values.ts';

/** The edge key of relationship number `i`: its `id` property, else `e<i>`. */
export function edgeKey(id: unknown, i: number): string {
  return typeof id === 'string' && id !== '' ? id : `e${i}`;
}

/**
 * Builds a graphology MultiDirectedGraph: node keys `Label:key`, node attributes `kind`, `label`
 * and every present property (a property `kind` is renamed, see values.ts nodeAttrName); edge keys
 * the relationship ids, edge attributes `kind` (the type) and every present property.
 * Relationships whose ends are not in the subgraph are left out. `joinLists` joins list values
 * with `;` (for formats without list types).
 */
export function toGraphology(sg: Subgraph, opts: { joinLists?: boolean } = {}): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  const fmt = (a: Attributes): Attributes => (opts.joinLists ? joinLists(a) : a);
  for (const n of sg.nodes) g.mergeNode(n.key, fmt(nodeAttributes(n)));
  sg.rels.forEach((r, i) => {
    if (!g.hasNode(r.source) || !g.hasNode(r.target)) return;
    const key = edgeKey(r.properties['id'], i);
    if (!g.hasEdge(key)) g.addEdgeWithKey(key, r.source, r.target, fmt(relAttributes(r)));
  });
  return g;
}

/** The graphology serialisation object of a subgraph. */
export function toSerializedGraph(sg: Subgraph): SerializedGraph {
  return toGraphology(sg).export();
}

/** `json` export: graphology serialisation as JSON text. */
export function writeJson(sg: Subgraph): string {
  return `${JSON.stringify(toSerializedGraph(sg))}\n`;
}

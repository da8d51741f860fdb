/** Converting between a GraphPatch and a Subgraph (the shape stores return and exports take). */
import { keyProp } from '../core/model.ts';
import { nodeKey, relId, type GraphPatch, type Props } from '../core/patch.ts';
import type { JsonNode, JsonRel, Subgraph } from '../store/port.ts';

/**
 * The Subgraph a store would return after loading `patch`: node properties hold the key
 * property too (`id`, `iso2`, `date`), relationship properties hold the deterministic `id`.
 * Nodes and relationships keep the patch's order; a node or relationship given twice keeps the
 * first. Absent properties stay absent (stores return them as null; exports skip both).
 * @example patchToSubgraph(samplePatch()).nodes[0].key // 'Article:art_acf2d15ea3c0c3a7'
 */
export function patchToSubgraph(patch: GraphPatch): Subgraph {
  const nodes: JsonNode[] = [];
  const seen = new Set<string>();
  for (const n of patch.nodes) {
    const key = nodeKey(n);
    if (seen.has(key)) continue;
    seen.add(key);
    nodes.push({ kind: n.label, key, properties: { [keyProp(n.label)]: n.key, ...n.props } });
  }
  const rels: JsonRel[] = [];
  const seenRels = new Set<string>();
  for (const r of patch.rels) {
    const id = relId(r);
    if (seenRels.has(id)) continue;
    seenRels.add(id);
    const properties: Props = { id, ...r.props };
    rels.push({ kind: r.type, source: nodeKey(r.from), target: nodeKey(r.to), properties });
  }
  return { nodes, rels };
}

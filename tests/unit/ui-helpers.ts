/** Test helper for the UI core tests: the sample graph as the API sends it (JsonNode/JsonRel). */
import { keyProp } from '../../core/model.ts';
import { nodeKey, relId, type GraphPatch } from '../../core/patch.ts';
import type { JsonNode, JsonRel } from '../../store/port.ts';
import { samplePatch } from '../fixtures/sample-graph.ts';

/** A GraphPatch as JSON nodes and relationships with global keys. */
export function patchToJson(patch: GraphPatch): { nodes: JsonNode[]; rels: JsonRel[] } {
  return {
    nodes: patch.nodes.map((n) => ({ kind: n.label, key: nodeKey(n), properties: { [keyProp(n.label)]: n.key, ...n.props } })),
    rels: patch.rels.map((r) => ({ kind: r.type, source: nodeKey(r.from), target: nodeKey(r.to), properties: { id: relId(r), ...r.props } })),
  };
}

/** The sample graph as JSON. */
export function sampleJson(): { nodes: JsonNode[]; rels: JsonRel[] } {
  return patchToJson(samplePatch());
}

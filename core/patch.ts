/**
 * GraphPatch: the one intermediate shape between extraction, merging, loading and export.
 *
 * Extraction produces patches, `mergePatches` combines them, a GraphStore writes them, and
 * `diplograph extract --json` prints them. Keys are deterministic, so the same input always
 * yields the same patch.
 */
import { isNodeLabel, keyProp, RELS, type NodeLabel, type RelSpec, type RelType } from './model.ts';

/** A stored property value. Dates are ISO strings; lists are lists of strings. */
export type PropValue = string | number | boolean | string[] | null;
export type Props = Record<string, PropValue>;

/** A reference to a node: its label and the value of its key property. */
export interface NodeRef {
  label: NodeLabel;
  key: string;
}

/** A node of the patch. `props` holds every property except the key property. */
export interface PatchNode extends NodeRef {
  props: Props;
}

/** A relationship of the patch. `props` holds `sources` and the type's own properties. */
export interface PatchRel {
  type: RelType;
  from: NodeRef;
  to: NodeRef;
  props: Props;
}

export interface GraphPatch {
  nodes: PatchNode[];
  rels: PatchRel[];
}

export function emptyPatch(): GraphPatch {
  return { nodes: [], rels: [] };
}

/** `Label:key`, the global node key used by exports, the API and the UI (`Country:RU`). */
export function nodeKey(ref: NodeRef): string {
  return `${ref.label}:${ref.key}`;
}

export class NodeKeyError extends Error {
  override name = 'NodeKeyError';
  readonly code = 'E_NODE_KEY';
}

/** Parses `Label:key` back into a NodeRef. Throws NodeKeyError for an unknown label. */
export function parseNodeKey(s: string): NodeRef {
  const i = s.indexOf(':');
  const label = i > 0 ? s.slice(0, i) : '';
  if (!isNodeLabel(label) || i === s.length - 1) {
    throw new NodeKeyError(`node key "${s}": expected Label:key with a label of the graph model (e.g. Leader:vladimir-putin, Country:RU)`);
  }
  return { label, key: s.slice(i + 1) };
}

/**
 * The deterministic id of a relationship: its type, its two ends and, for types that allow
 * several relationships between the same nodes, the identity properties (REPORTED_IN: start).
 */
export function relId(rel: Pick<PatchRel, 'type' | 'from' | 'to' | 'props'>): string {
  const spec: RelSpec = RELS[rel.type];
  const extra = spec.identity.map((p) => `#${String(rel.props[p] ?? '')}`).join('');
  return `${rel.type}:${nodeKey(rel.from)}->${nodeKey(rel.to)}${extra}`;
}

/** The key property name and value of a node, as stored. */
export function keyEntry(node: NodeRef): [string, string] {
  return [keyProp(node.label), node.key];
}

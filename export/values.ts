/** Property helpers shared by the export writers: present values, model types, display labels. */
import { NODES, nodeProps, relProps, isNodeLabel, isRelType, type PropType } from '../core/model.ts';
import type { PropValue, Props } from '../core/patch.ts';
import type { JsonNode, JsonRel } from '../store/port.ts';

/** The separator of list values in formats without lists (GraphML, GEXF, CSV arrays). */
export const LIST_SEPARATOR = ';';

/** Longest `label` attribute written for a node (a Statement's display is its whole text). */
export const MAX_LABEL_LENGTH = 80;

/** True for a value worth writing: not null/undefined, not an empty list. */
export function isPresent(v: PropValue | undefined): v is Exclude<PropValue, null> {
  return v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);
}

/** The properties of `props` that have a value, in their order. */
export function presentEntries(props: Props): [string, Exclude<PropValue, null>][] {
  return Object.entries(props).filter((e): e is [string, Exclude<PropValue, null>] => isPresent(e[1]));
}

/** The model type of a node property (`string` for properties the model does not declare). */
export function nodePropType(label: string, prop: string): PropType {
  if (!isNodeLabel(label)) return 'string';
  return nodeProps(label).find(([p]) => p === prop)?.[1] ?? 'string';
}

/** The model type of a relationship property (`string` for undeclared ones). */
export function relPropType(type: string, prop: string): PropType {
  if (!isRelType(type)) return 'string';
  return relProps(type).find(([p]) => p === prop)?.[1] ?? 'string';
}

/** A node's display name: its model display property, else its key; longer than 80 characters it is cut at a word and ends in `…`. */
export function displayLabel(n: JsonNode): string {
  const spec = isNodeLabel(n.kind) ? NODES[n.kind] : undefined;
  const v = spec ? (n.properties[spec.display] ?? n.properties[spec.key]) : undefined;
  const s = typeof v === 'string' && v !== '' ? v : n.key.slice(n.key.indexOf(':') + 1);
  if (s.length <= MAX_LABEL_LENGTH) return s;
  const cut = s.slice(0, MAX_LABEL_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_LABEL_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The attribute name a node property gets in graph formats, where `kind` holds the label:
 * a property itself called `kind` (Call, Statement, Organization) becomes `callKind`,
 * `statementKind`, `organizationKind`.
 */
export function nodeAttrName(label: string, prop: string): string {
  return prop === 'kind' ? `${label.charAt(0).toLowerCase()}${label.slice(1)}Kind` : prop;
}

/** Graph-format attributes of a node: `kind` (label), `label` (display name), every present property. */
export function nodeAttributes(n: JsonNode): Record<string, Exclude<PropValue, null>> {
  const out: Record<string, Exclude<PropValue, null>> = { kind: n.kind, label: displayLabel(n) };
  for (const [k, v] of presentEntries(n.properties)) out[nodeAttrName(n.kind, k)] = v;
  return out;
}

/** Graph-format attributes of a relationship: `kind` (its type) and every present property. */
export function relAttributes(r: JsonRel): Record<string, Exclude<PropValue, null>> {
  const out: Record<string, Exclude<PropValue, null>> = { kind: r.kind };
  for (const [k, v] of presentEntries(r.properties)) if (k !== 'kind') out[k] = v;
  return out;
}

/** Lists joined with LIST_SEPARATOR; other values unchanged. */
export function joinLists<T extends Record<string, Exclude<PropValue, null>>>(attrs: T): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(attrs)) out[k] = Array.isArray(v) ? v.join(LIST_SEPARATOR) : v;
  return out;
}

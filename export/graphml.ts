/**
 * `graphml` export (yEd, Cytoscape, Gephi). Written by hand: graphology-graphml 0.5 only parses
 * GraphML (it has no writer) and no other kept library writes it. Every present property becomes
 * a `<data>` element declared by a `<key>` with its model type (int → long, float → double);
 * lists are joined with `;`; a node property `kind` is renamed as in values.ts (nodeAttrName).
 */
import type { PropType } from '../core/model.ts';
import type { Subgraph } from '../store/port.ts';
import { edgeKey } from './json.ts';
import { joinLists, nodeAttrName, nodeAttributes, nodePropType, presentEntries, relAttributes, relPropType } from './values.ts';

const GRAPHML_TYPES: Record<PropType, string> = {
  string: 'string',
  'string[]': 'string',
  int: 'long',
  float: 'double',
  bool: 'boolean',
};

/** Escapes text for XML content and attribute values (drops characters XML 1.0 forbids). */
export function xmlEscape(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

type Attrs = Record<string, string | number | boolean>;

/** Collects the declared keys of one domain: attribute name → GraphML type (string on conflict). */
class KeyTable {
  readonly types = new Map<string, string>();
  add(name: string, type: string): void {
    const cur = this.types.get(name);
    this.types.set(name, cur === undefined || cur === type ? type : 'string');
  }
}

function attrType(modelType: PropType): string {
  return GRAPHML_TYPES[modelType];
}

/** GraphML text of a subgraph (directed, parallel edges allowed). */
export function writeGraphml(sg: Subgraph): string {
  const nodeKeys = new KeyTable();
  const edgeKeys = new KeyTable();
  const nodes: [string, Attrs][] = [];
  const present = new Set<string>();
  for (const n of sg.nodes) {
    if (present.has(n.key)) continue;
    present.add(n.key);
    const attrs = joinLists(nodeAttributes(n));
    nodeKeys.add('kind', 'string');
    nodeKeys.add('label', 'string');
    for (const [p] of presentEntries(n.properties)) nodeKeys.add(nodeAttrName(n.kind, p), attrType(nodePropType(n.kind, p)));
    nodes.push([n.key, attrs]);
  }
  const edges: [string, string, string, Attrs][] = [];
  sg.rels.forEach((r, i) => {
    if (!present.has(r.source) || !present.has(r.target)) return;
    const attrs = joinLists(relAttributes(r));
    edgeKeys.add('kind', 'string');
    for (const [p] of presentEntries(r.properties)) if (p !== 'kind') edgeKeys.add(p, attrType(relPropType(r.kind, p)));
    edges.push([edgeKey(r.properties['id'], i), r.source, r.target, attrs]);
  });
  const nodeIds = new Map([...nodeKeys.types.keys()].map((k, i) => [k, `n${i}`]));
  const edgeIds = new Map([...edgeKeys.types.keys()].map((k, i) => [k, `e${i}`]));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, type] of nodeKeys.types) {
    out.push(`  <key id="${nodeIds.get(name)}" for="node" attr.name="${xmlEscape(name)}" attr.type="${type}"/>`);
  }
  for (const [name, type] of edgeKeys.types) {
    out.push(`  <key id="${edgeIds.get(name)}" for="edge" attr.name="${xmlEscape(name)}" attr.type="${type}"/>`);
  }
  out.push('  <graph id="diplograph" edgedefault="directed">');
  const data = (ids: Map<string, string>, attrs: Attrs): string =>
    Object.entries(attrs).map(([k, v]) => `<data key="${ids.get(k)}">${xmlEscape(String(v))}</data>`).join('');
  for (const [key, attrs] of nodes) out.push(`    <node id="${xmlEscape(key)}">${data(nodeIds, attrs)}</node>`);
  for (const [key, s, t, attrs] of edges) {
    out.push(`    <edge id="${xmlEscape(key)}" source="${xmlEscape(s)}" target="${xmlEscape(t)}">${data(edgeIds, attrs)}</edge>`);
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

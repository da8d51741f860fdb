/**
 * `csv` export: the neo4j-admin import layout. One nodes file per label (`nodes_Leader.csv`,
 * headers `id:ID(Leader)`, typed columns such as `aliases:string[]`, `:LABEL`) and one
 * relationships file per type and pair of end labels (`rels_ABOUT_Statement_Country.csv`,
 * headers `:START_ID(Statement)`, `:END_ID(Country)`, `:TYPE`, ...): neo4j-admin resolves ends
 * in one ID space per label, so a type whose relationships join several label pairs (ABOUT)
 * needs one file per pair. Arrays are joined with `;` (`--array-delimiter=";"`, the default).
 * `neo4j-admin-import.sh` holds the matching import command. Rows are written by csv-stringify.
 */
import { stringify } from 'csv-stringify/sync';
import {
  NODE_LABELS, NODES, REL_TYPES, RELS, nodeProps, relProps, isNodeLabel,
  type NodeLabel, type PropType, type RelSpec, type RelType,
} from '../core/model.ts';
import type { PropValue } from '../core/patch.ts';
import type { JsonNode, JsonRel, Subgraph } from '../store/port.ts';
import { LIST_SEPARATOR } from './values.ts';

const CSV_TYPES: Record<PropType, string> = {
  string: '',
  'string[]': ':string[]',
  int: ':int',
  float: ':double',
  bool: ':boolean',
};

/** The file name of a label's nodes. */
export function nodesFileName(label: string): string {
  return `nodes_${label}.csv`;
}
/** The file name of a type's relationships between two labels. */
export function relsFileName(type: string, from: string, to: string): string {
  return `rels_${type}_${from}_${to}.csv`;
}

function cell(v: PropValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join(LIST_SEPARATOR);
  return String(v);
}

/** Model columns of a label plus any extra properties the nodes carry (as strings). */
function columns(declared: [string, PropType][], items: { properties: Record<string, PropValue> }[], skip: Set<string>): [string, PropType][] {
  const cols = declared.filter(([p]) => !skip.has(p));
  const known = new Set(declared.map(([p]) => p));
  for (const it of items) {
    for (const [k, v] of Object.entries(it.properties)) {
      if (!known.has(k) && v !== null && v !== undefined) {
        known.add(k);
        cols.push([k, Array.isArray(v) ? 'string[]' : 'string']);
      }
    }
  }
  return cols;
}

function nodesFile(label: NodeLabel, nodes: JsonNode[]): string {
  const keyName = NODES[label].key;
  const cols = columns(nodeProps(label), nodes, new Set([keyName]));
  const header = [`${keyName}:ID(${label})`, ...cols.map(([p, t]) => `${p}${CSV_TYPES[t]}`), ':LABEL'];
  const rows = nodes.map((n) => [
    n.key.slice(label.length + 1),
    ...cols.map(([p]) => cell(n.properties[p])),
    label,
  ]);
  return stringify([header, ...rows]);
}

function relsFile(type: RelType, from: string, to: string, rels: JsonRel[]): string {
  const cols = columns(relProps(type), rels, new Set());
  const header = [`:START_ID(${from})`, `:END_ID(${to})`, ':TYPE', ...cols.map(([p, t]) => `${p}${CSV_TYPES[t]}`)];
  const rows = rels.map((r) => [
    r.source.slice(from.length + 1),
    r.target.slice(to.length + 1),
    type,
    ...cols.map(([p]) => cell(r.properties[p])),
  ]);
  return stringify([header, ...rows]);
}

const labelOf = (key: string): string => key.slice(0, key.indexOf(':'));

/**
 * The CSV files of a subgraph: file name → content, nodes files first (in model order), then
 * relationships files, then `neo4j-admin-import.sh`. Relationships with an end outside the
 * subgraph are left out. Empty labels and types get no file.
 */
export function writeCsvFiles(sg: Subgraph): Map<string, string> {
  const files = new Map<string, string>();
  const present = new Set<string>();
  const byLabel = new Map<NodeLabel, JsonNode[]>();
  for (const n of sg.nodes) {
    if (present.has(n.key) || !isNodeLabel(n.kind)) continue;
    present.add(n.key);
    (byLabel.get(n.kind) ?? byLabel.set(n.kind, []).get(n.kind)!).push(n);
  }
  const nodeArgs: string[] = [];
  for (const label of NODE_LABELS) {
    const nodes = byLabel.get(label);
    if (!nodes) continue;
    files.set(nodesFileName(label), nodesFile(label, nodes));
    nodeArgs.push(nodesFileName(label));
  }
  const relArgs: string[] = [];
  for (const type of REL_TYPES) {
    const spec: RelSpec = RELS[type];
    const rels = sg.rels.filter((r) => r.kind === type && present.has(r.source) && present.has(r.target));
    for (const [from, to] of spec.ends) {
      const group = rels.filter((r) => labelOf(r.source) === from && labelOf(r.target) === to);
      if (group.length === 0) continue;
      files.set(relsFileName(type, from, to), relsFile(type, from, to, group));
      relArgs.push(relsFileName(type, from, to));
    }
  }
  files.set('neo4j-admin-import.sh', importScript(nodeArgs, relArgs));
  return files;
}

function importScript(nodes: string[], rels: string[]): string {
  const args = [...nodes.map((f) => `  --nodes="$DIR/${f}"`), ...rels.map((f) => `  --relationships="$DIR/${f}"`)];
  return [
    '#!/bin/sh',
    '# Imports this folder into an empty Neo4j 5 database (stop the database first):',
    '#   sh neo4j-admin-import.sh [database]',
    'DIR="$(cd "$(dirname "$0")" && pwd)"',
    'neo4j-admin database import full --overwrite-destination --array-delimiter=";" \\',
    ...args.map((a) => `${a} \\`),
    '  "${1:-neo4j}"',
    '',
  ].join('\n');
}

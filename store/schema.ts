/**
 * Schema statements for both engines, generated from the one model declaration (core/model.ts):
 * kuzu node and relationship tables, Neo4j uniqueness constraints and indexes.
 */
import {
  NODE_LABELS, NODES, REL_TYPES, RELS, nodeProps, relProps,
  type NodeLabel, type PropType, type RelSpec, type RelType,
} from '../core/model.ts';

/** Escapes a label or type name for Cypher (`ON` is reserved in kuzu). */
export function esc(name: string): string {
  return '`' + name + '`';
}

const KUZU_TYPES: Record<PropType, string> = {
  string: 'STRING',
  'string[]': 'STRING[]',
  int: 'INT64',
  float: 'DOUBLE',
  bool: 'BOOLEAN',
};

export function kuzuType(t: PropType): string {
  return KUZU_TYPES[t];
}

/** `CREATE NODE TABLE` for a label: the key is the primary key. */
export function kuzuNodeTable(label: NodeLabel): string {
  const cols = nodeProps(label).map(([p, t]) => `${esc(p)} ${kuzuType(t)}`);
  return `CREATE NODE TABLE IF NOT EXISTS ${esc(label)}(${cols.join(', ')}, PRIMARY KEY (${esc(NODES[label].key)}))`;
}

/** `CREATE REL TABLE` for a type with every allowed pair of ends. */
export function kuzuRelTable(type: RelType): string {
  const spec: RelSpec = RELS[type];
  const ends = spec.ends.map(([f, t]) => `FROM ${esc(f)} TO ${esc(t)}`);
  const cols = relProps(type).map(([p, t]) => `${esc(p)} ${kuzuType(t)}`);
  return `CREATE REL TABLE IF NOT EXISTS ${esc(type)}(${[...ends, ...cols].join(', ')})`;
}

/**
 * `ALTER TABLE … ADD FROM … TO …` for each pair of ends the model allows that an existing rel table
 * lacks (`existing` as kuzu's `show_connection` lists them): a database made by an older release
 * (MENTIONS without `Article → Day`) gains the pair in place, its data kept.
 */
export function kuzuMissingPairs(type: RelType, existing: readonly (readonly [string, string])[]): string[] {
  const spec: RelSpec = RELS[type];
  const has = new Set(existing.map(([f, t]) => `${f}>${t}`));
  return spec.ends
    .filter(([f, t]) => !has.has(`${f}>${t}`))
    .map(([f, t]) => `ALTER TABLE ${esc(type)} ADD IF NOT EXISTS FROM ${esc(f)} TO ${esc(t)}`);
}

export function kuzuSchema(): string[] {
  return [...NODE_LABELS.map(kuzuNodeTable), ...REL_TYPES.map(kuzuRelTable)];
}

/** Neo4j 5: a uniqueness constraint per label key, and indexes on relationship ids. */
export function neo4jSchema(): string[] {
  const nodes = NODE_LABELS.map(
    (l) => `CREATE CONSTRAINT ${l.toLowerCase()}_key IF NOT EXISTS FOR (n:${esc(l)}) REQUIRE n.${NODES[l].key} IS UNIQUE`,
  );
  const rels = REL_TYPES.map(
    (t) => `CREATE INDEX ${t.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${esc(t)}]-() ON (r.id)`,
  );
  const text = [
    'CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Leader|Country|Organization|Topic|Place) ON EACH [n.name]',
    'CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text]',
  ];
  return [...nodes, ...rels, ...text];
}

/**
 * `cypher` export: a script of MERGE statements with literal values that recreates a subgraph,
 * idempotent when run twice (nodes merge on their key property, relationships on their `id`).
 * The statements use only Cypher that Neo4j 5 and kuzu 0.11 both accept (backticked names,
 * `MERGE … SET` with literals, no `:param`, no `SET +=`), so one body serves both; the
 * `dialect` option chooses the schema prelude: Neo4j uniqueness constraints and indexes
 * (`cypher-shell -f graph.cypher`), or the kuzu node and relationship tables, which kuzu needs
 * before any MERGE (run the statements one by one, see splitCypherStatements).
 * String literals escape only `\` and `'` (kuzu reads `\n` as `n`, so line breaks stay raw).
 */
import { NODES, isNodeLabel, type PropType } from '../core/model.ts';
import type { PropValue } from '../core/patch.ts';
import { esc, kuzuSchema, neo4jSchema } from '../store/schema.ts';
import type { Subgraph } from '../store/port.ts';
import { nodePropType, presentEntries, relPropType } from './values.ts';

export type CypherDialect = 'neo4j' | 'kuzu';
export const CYPHER_DIALECTS: readonly CypherDialect[] = ['neo4j', 'kuzu'];

export interface CypherOptions {
  /** Which schema prelude to write (default `neo4j`). */
  dialect?: CypherDialect;
  /** Write the schema prelude (default true). */
  schema?: boolean;
}

export class CypherExportError extends Error {
  override name = 'CypherExportError';
  readonly code = 'E_CYPHER_EXPORT';
}

/** A Cypher string literal in single quotes. */
export function cypherString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A Cypher literal for a value of model type `t` (floats always carry a decimal point). */
export function cypherLiteral(v: Exclude<PropValue, null>, t: PropType): string {
  if (Array.isArray(v)) return `[${v.map((s) => cypherString(String(s))).join(', ')}]`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new CypherExportError(`cypher export: ${v} cannot be written as a Cypher number`);
    if (t === 'float') return Number.isInteger(v) ? `${v}.0` : String(v);
    return String(v);
  }
  return cypherString(v);
}

function matchNode(variable: string, key: string): string {
  const i = key.indexOf(':');
  const label = key.slice(0, i);
  if (!isNodeLabel(label)) throw new CypherExportError(`cypher export: node key "${key}" has no label of the graph model`);
  return `(${variable}:${esc(label)} {${esc(NODES[label].key)}: ${cypherString(key.slice(i + 1))}})`;
}

function sets(variable: string, entries: [string, Exclude<PropValue, null>][], typeOf: (p: string) => PropType): string {
  if (entries.length === 0) return '';
  return ` SET ${entries.map(([k, v]) => `${variable}.${esc(k)} = ${cypherLiteral(v, typeOf(k))}`).join(', ')}`;
}

/** The statements of the script, each without its final `;`: prelude, then nodes, then relationships. */
export function* cypherStatements(sg: Subgraph, opts: CypherOptions = {}): Generator<string> {
  const dialect = opts.dialect ?? 'neo4j';
  if (!CYPHER_DIALECTS.includes(dialect)) {
    throw new CypherExportError(`cypher export: unknown dialect "${String(dialect)}": expected one of ${CYPHER_DIALECTS.join(', ')}`);
  }
  if (opts.schema !== false) yield* dialect === 'kuzu' ? kuzuSchema() : neo4jSchema();
  const present = new Set<string>();
  for (const n of sg.nodes) {
    if (present.has(n.key)) continue;
    present.add(n.key);
    const keyName = isNodeLabel(n.kind) ? NODES[n.kind].key : '';
    const props = presentEntries(n.properties).filter(([k]) => k !== keyName);
    yield `MERGE ${matchNode('n', n.key)}${sets('n', props, (p) => nodePropType(n.kind, p))}`;
  }
  for (const r of sg.rels) {
    if (!present.has(r.source) || !present.has(r.target)) continue;
    const id = r.properties['id'];
    if (typeof id !== 'string' || id === '') {
      throw new CypherExportError(`cypher export: relationship ${r.kind} ${r.source} -> ${r.target} has no id property to merge on`);
    }
    const props = presentEntries(r.properties).filter(([k]) => k !== 'id');
    yield `MATCH ${matchNode('a', r.source)}, ${matchNode('b', r.target)} ` +
      `MERGE (a)-[r:${esc(r.kind)} {${esc('id')}: ${cypherString(id)}}]->(b)${sets('r', props, (p) => relPropType(r.kind, p))}`;
  }
}

/** `cypher` export: the whole script, one statement per line ending in `;`, with a header comment. */
export function writeCypher(sg: Subgraph, opts: CypherOptions = {}): string {
  const dialect = opts.dialect ?? 'neo4j';
  const head = dialect === 'kuzu'
    ? '// diplograph subgraph for kuzu: run the statements in order (creates tables if needed); idempotent.'
    : '// diplograph subgraph for Neo4j 5: cypher-shell -f this-file.cypher; idempotent.';
  let out = `${head}\n// ${sg.nodes.length} nodes, ${sg.rels.length} relationships.\n`;
  for (const s of cypherStatements(sg, opts)) out += `${s};\n`;
  return out;
}

/**
 * Splits a Cypher script into statements at `;` outside string literals, backticked names and
 * comments (`//` to the end of the line, `/* … *\/`). Comments are dropped; empty statements too.
 */
export function splitCypherStatements(script: string): string[] {
  const out: string[] = [];
  let cur = '';
  let i = 0;
  while (i < script.length) {
    const c = script[i] ?? '';
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < script.length && script[j] !== c) j += script[j] === '\\' && c !== '`' ? 2 : 1;
      cur += script.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && script[i + 1] === '/') {
      const nl = script.indexOf('\n', i);
      i = nl < 0 ? script.length : nl;
    } else if (c === '/' && script[i + 1] === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end < 0 ? script.length : end + 2;
    } else if (c === ';') {
      if (cur.trim() !== '') out.push(cur.trim());
      cur = '';
      i++;
    } else {
      cur += c;
      i++;
    }
  }
  if (cur.trim() !== '') out.push(cur.trim());
  return out;
}

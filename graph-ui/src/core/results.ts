/** Query results for the console: cell formatting, error pointers and the completion vocabulary. */
import { NODES, NODE_LABELS, REL_TYPES } from '../../../core/model.ts';
import type { JsonValue } from './types.ts';

type Obj = { [k: string]: JsonValue };
const isObj = (v: JsonValue): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A short text for a result cell: nodes as `Label name`, relationships as `[:TYPE]`, lists joined. */
export function formatCell(v: JsonValue): string {
  if (v === null) return '∅';
  if (Array.isArray(v)) return `[${v.map(formatCell).join(', ')}]`;
  if (isObj(v)) {
    if (typeof v.key === 'string' && typeof v.kind === 'string' && isObj(v.properties as JsonValue)) {
      const props = v.properties as Obj;
      const spec = NODES[v.kind as keyof typeof NODES];
      const name = spec ? props[spec.display] : null;
      return `${v.kind} ${typeof name === 'string' && name ? name : v.key.slice(v.key.indexOf(':') + 1)}`;
    }
    if (typeof v.source === 'string' && typeof v.target === 'string' && typeof v.kind === 'string') return `[:${v.kind}]`;
    return JSON.stringify(v);
  }
  return String(v);
}

/** The node keys a cell refers to (a node, or nodes inside lists), to link table rows to the graph. */
export function cellKeys(v: JsonValue): string[] {
  if (Array.isArray(v)) return v.flatMap(cellKeys);
  if (isObj(v) && typeof v.key === 'string' && typeof v.kind === 'string' && 'properties' in v) return [v.key];
  return [];
}

/**
 * Where a query error is: its line and column (1-based), the text of that line and a caret line.
 * Accepts {line, column} or an {offset}; null when neither is usable.
 * @example errorPointer('MATCH (n\nRETURN x', {line: 2, column: 8}) // {line: 2, column: 8, lineText: 'RETURN x', caret: '       ^'}
 */
export function errorPointer(query: string, pos: { line?: number; column?: number; offset?: number } | undefined): { line: number; column: number; offset: number; lineText: string; caret: string } | null {
  if (!pos) return null;
  const lines = query.split('\n');
  let line: number;
  let column: number;
  if (typeof pos.line === 'number' && typeof pos.column === 'number' && pos.line >= 1) {
    line = Math.min(pos.line, lines.length);
    column = Math.max(1, pos.column);
  } else if (typeof pos.offset === 'number') {
    const before = query.slice(0, Math.max(0, pos.offset)).split('\n');
    line = before.length;
    column = before[before.length - 1].length + 1;
  } else return null;
  const lineText = lines[line - 1] ?? '';
  const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + Math.min(column - 1, lineText.length);
  return { line, column, offset, lineText, caret: `${' '.repeat(Math.max(0, column - 1))}^` };
}

/** Cypher words offered by completion: keywords, functions, the model's labels, types and properties. */
export function cypherVocabulary(): { label: string; type: 'keyword' | 'function' | 'class' | 'type' | 'property' }[] {
  const keywords = ['MATCH', 'OPTIONAL MATCH', 'WHERE', 'RETURN', 'WITH', 'ORDER BY', 'LIMIT', 'SKIP', 'DISTINCT', 'AS', 'AND', 'OR', 'NOT', 'IN', 'CONTAINS', 'STARTS WITH', 'ENDS WITH', 'IS NULL', 'IS NOT NULL', 'UNWIND', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'DESC', 'ASC', 'UNION'];
  const functions = ['count', 'collect', 'size', 'labels', 'type', 'id', 'coalesce', 'toLower', 'toUpper', 'min', 'max', 'avg', 'sum', 'head', 'nodes', 'relationships', 'length'];
  const props = new Set<string>();
  for (const l of NODE_LABELS) {
    props.add(NODES[l].key);
    for (const p of Object.keys(NODES[l].props)) props.add(p);
  }
  return [
    ...keywords.map((label) => ({ label, type: 'keyword' as const })),
    ...functions.map((label) => ({ label, type: 'function' as const })),
    ...NODE_LABELS.map((label) => ({ label, type: 'class' as const })),
    ...REL_TYPES.map((label) => ({ label, type: 'type' as const })),
    ...[...props].sort().map((label) => ({ label, type: 'property' as const })),
  ];
}

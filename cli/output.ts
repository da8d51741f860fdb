/**
 * Formatting query results and summaries for the terminal: aligned tables, CSV, JSON.
 */
import { stringify } from 'csv-stringify/sync';
import type { JsonValue, QueryResult } from '../store/port.ts';

/** A cell as text: nodes by their key, relationships as `(a)-[TYPE]->(b)`, lists joined. */
export function cellText(v: JsonValue): string {
  if (v === null) return '';
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return v.map(cellText).join('; ');
  const o = v as Record<string, JsonValue>;
  if (typeof o['key'] === 'string' && typeof o['kind'] === 'string') return o['key'];
  if (typeof o['source'] === 'string' && typeof o['target'] === 'string') return `(${o['source']})-[${String(o['kind'])}]->(${o['target']})`;
  return JSON.stringify(o);
}

/** An aligned text table with a header rule; long cells are cut at `maxWidth` characters. */
export function formatTable(res: QueryResult, maxWidth = 60): string {
  const cut = (s: string) => (s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s);
  const cells = res.rows.map((r) => res.columns.map((c) => cut(cellText(r[c] ?? null))));
  const widths = res.columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((s, i) => s.padEnd(widths[i]!)).join('  ').trimEnd();
  const out = [line(res.columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
  out.push(`(${res.rows.length} row${res.rows.length === 1 ? '' : 's'})`);
  return out.join('\n');
}

export function formatCsv(res: QueryResult): string {
  return stringify([res.columns, ...res.rows.map((r) => res.columns.map((c) => cellText(r[c] ?? null)))]);
}

export function formatJson(res: QueryResult): string {
  return JSON.stringify(res.rows, null, 2);
}

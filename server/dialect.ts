/**
 * The few Cypher expressions the server writes that differ between Neo4j and kuzu.
 */
import type { Dialect } from '../store/port.ts';

/** The label of a node variable: kuzu `label(x)`, Neo4j `labels(x)[0]`. */
export function labelExpr(v: string, dialect: Dialect): string {
  return dialect === 'kuzu' ? `label(${v})` : `labels(${v})[0]`;
}

/** The type of a relationship variable: kuzu `label(r)`, Neo4j `type(r)`. */
export function typeExpr(v: string, dialect: Dialect): string {
  return dialect === 'kuzu' ? `label(${v})` : `type(${v})`;
}

/** The global key `Label:key` of a node variable (keys are `id`, Country `iso2`, Day `date`). */
export function keyExpr(v: string, dialect: Dialect): string {
  return `${labelExpr(v, dialect)} + ':' + coalesce(${v}.id, ${v}.iso2, ${v}.date)`;
}

/** A window test on an ISO date of any precision: `2021-12` overlaps any window touching December. */
export function windowExpr(v: string): string {
  return `${v}.date <= $to AND ${v}.date + '~' >= $from`;
}

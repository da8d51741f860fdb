/**
 * Patch validation against the model: every label, type, end pair and property must be declared
 * in core/model.ts with a value of the declared type. Stores refuse a patch with problems before
 * writing anything, so the graph is never half-written.
 */
import { isNodeLabel, isRelType, NODES, nodeProps, relAllows, relProps, type PropType } from './model.ts';
import type { GraphPatch, Props } from './patch.ts';

function typeOk(t: PropType, v: unknown): boolean {
  if (v === null || v === undefined) return true;
  switch (t) {
    case 'string': return typeof v === 'string';
    case 'string[]': return Array.isArray(v) && v.every((s) => typeof s === 'string');
    case 'int': return typeof v === 'number' && Number.isInteger(v);
    case 'float': return typeof v === 'number' && Number.isFinite(v);
    case 'bool': return typeof v === 'boolean';
  }
}

function checkProps(where: string, props: Props, declared: [string, PropType][], skip: string): string[] {
  const types = new Map(declared);
  const out: string[] = [];
  for (const [k, v] of Object.entries(props)) {
    if (k === skip) continue;
    const t = types.get(k);
    if (!t) out.push(`${where}: property "${k}" is not declared in core/model.ts`);
    else if (!typeOk(t, v)) out.push(`${where}: property "${k}" should be ${t}, got ${JSON.stringify(v)}`);
  }
  return out;
}

/** Returns the problems of a patch, each naming the node or relationship; empty when valid. */
export function validatePatch(patch: GraphPatch): string[] {
  const problems: string[] = [];
  patch.nodes.forEach((n, i) => {
    const where = `node #${i} ${n.label}:${n.key}`;
    if (!isNodeLabel(n.label)) return void problems.push(`${where}: unknown label "${n.label}"`);
    if (typeof n.key !== 'string' || n.key === '') problems.push(`${where}: key must be a non-empty string`);
    problems.push(...checkProps(where, n.props, nodeProps(n.label), NODES[n.label].key));
  });
  patch.rels.forEach((r, i) => {
    const where = `relationship #${i} ${r.type} ${r.from?.label}:${r.from?.key} -> ${r.to?.label}:${r.to?.key}`;
    if (!isRelType(r.type)) return void problems.push(`${where}: unknown type "${r.type}"`);
    if (!r.from || !r.to || !isNodeLabel(r.from.label) || !isNodeLabel(r.to.label)) {
      return void problems.push(`${where}: both ends need a label of the model and a key`);
    }
    if (!relAllows(r.type, r.from.label, r.to.label)) {
      problems.push(`${where}: ${r.type} does not go from ${r.from.label} to ${r.to.label} (see core/model.ts)`);
    }
    problems.push(...checkProps(where, r.props, relProps(r.type), 'id'));
  });
  return problems;
}

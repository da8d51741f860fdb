/**
 * Write planning shared by both adapters: given a patch and what the store already holds for its
 * keys, decide which nodes and relationships to create and which to update, with properties
 * merged by core/merge.ts. The adapters only fetch, create and update.
 */
import { mergePatches, mergeProps, propsEqual } from '../core/merge.ts';
import type { NodeLabel, RelType } from '../core/model.ts';
import { nodeKey, relId, type GraphPatch, type NodeRef, type PatchNode, type Props } from '../core/patch.ts';
import { validatePatch } from '../core/validate.ts';
import { StoreError, type UpsertStats } from './port.ts';

/** A relationship ready to write: its id is among its props. */
export interface PlannedRel {
  type: RelType;
  from: NodeRef;
  to: NodeRef;
  id: string;
  props: Props;
}

/** Relationships grouped by type and end labels, as tables are addressed by both engines. */
export interface RelGroup {
  type: RelType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  rels: PlannedRel[];
}

export interface WritePlan {
  createNodes: Map<NodeLabel, PatchNode[]>;
  updateNodes: Map<NodeLabel, PatchNode[]>;
  createRels: RelGroup[];
  updateRels: RelGroup[];
  stats: UpsertStats;
}

/** What the store already holds: node props by `Label:key`, rel props by rel id. */
export interface Existing {
  nodes: Map<string, Props>;
  rels: Map<string, Props>;
}

/** Validates and dedupes a patch; throws StoreError E_INVALID_PATCH listing the problems. */
export function preparePatch(patch: GraphPatch): { nodes: PatchNode[]; rels: PlannedRel[] } {
  const problems = validatePatch(patch);
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).join('; ');
    const more = problems.length > 10 ? ` (and ${problems.length - 10} more)` : '';
    throw new StoreError('E_INVALID_PATCH', `store: patch refused, nothing written: ${shown}${more}`);
  }
  const merged = mergePatches(patch);
  return {
    nodes: merged.nodes,
    rels: merged.rels.map((r) => ({ type: r.type, from: r.from, to: r.to, id: relId(r), props: r.props })),
  };
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** Groups relationships by type and end labels. */
export function groupRels(rels: PlannedRel[]): RelGroup[] {
  return [...groupBy(rels, (r) => `${r.type}|${r.from.label}|${r.to.label}`).values()].map((list) => ({
    type: list[0]!.type,
    fromLabel: list[0]!.from.label,
    toLabel: list[0]!.to.label,
    rels: list,
  }));
}

/** Splits prepared nodes and rels into creates and updates against what exists. */
export function planWrite(prepared: { nodes: PatchNode[]; rels: PlannedRel[] }, existing: Existing): WritePlan {
  const stats: UpsertStats = { nodesCreated: 0, nodesUpdated: 0, relsCreated: 0, relsUpdated: 0 };
  const createNodes = new Map<NodeLabel, PatchNode[]>();
  const updateNodes = new Map<NodeLabel, PatchNode[]>();
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
    const l = m.get(k);
    if (l) l.push(v);
    else m.set(k, [v]);
  };
  for (const n of prepared.nodes) {
    const cur = existing.nodes.get(nodeKey(n));
    if (!cur) {
      push(createNodes, n.label, n);
      stats.nodesCreated++;
    } else {
      const merged = mergeProps(cur, n.props);
      if (!propsEqual(cur, merged)) {
        push(updateNodes, n.label, { ...n, props: merged });
        stats.nodesUpdated++;
      }
    }
  }
  const inPatch = new Set(prepared.nodes.map((n) => nodeKey(n)));
  const dangling = prepared.rels.filter(
    (r) => !(inPatch.has(nodeKey(r.from)) || existing.nodes.has(nodeKey(r.from))) || !(inPatch.has(nodeKey(r.to)) || existing.nodes.has(nodeKey(r.to))),
  );
  if (dangling.length > 0) {
    const shown = dangling.slice(0, 5).map((r) => `${r.id}`).join('; ');
    throw new StoreError('E_INVALID_PATCH', `store: patch refused, nothing written: ${dangling.length} relationship(s) end at a node that is neither in the patch nor stored: ${shown}`);
  }
  const creates: PlannedRel[] = [];
  const updates: PlannedRel[] = [];
  for (const r of prepared.rels) {
    const cur = existing.rels.get(r.id);
    if (!cur) {
      creates.push(r);
      stats.relsCreated++;
    } else {
      const merged = mergeProps(cur, r.props);
      if (!propsEqual(cur, merged)) {
        updates.push({ ...r, props: merged });
        stats.relsUpdated++;
      }
    }
  }
  return { createNodes, updateNodes, createRels: groupRels(creates), updateRels: groupRels(updates), stats };
}

/** Keys grouped by label, each once, in first-seen order. */
export function keysByLabel(refs: Iterable<NodeRef>): Map<NodeLabel, string[]> {
  const sets = new Map<NodeLabel, Set<string>>();
  for (const r of refs) (sets.get(r.label) ?? sets.set(r.label, new Set()).get(r.label)!).add(r.key);
  return new Map([...sets].map(([l, keys]) => [l, [...keys]]));
}

/** The nodes whose stored state a write needs: the patch's own and every relationship end. */
export function nodesToFetch(nodes: PatchNode[], rels: PlannedRel[]): Map<NodeLabel, string[]> {
  return keysByLabel([...nodes, ...rels.flatMap((r) => [r.from, r.to])]);
}

/** Splits a list into chunks of at most `size`. */
export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What a change of hover, selection or highlights needs redrawn: the whole graph, or a few nodes and the edges at some of them. */
import type { Emphasis } from './derive.ts';

/** A snapshot of an Emphasis to compare with the next one (its sets are shared: views replace them, never change them). */
export function snapshot(e: Emphasis): Emphasis {
  return { hovered: e.hovered, hoveredNeighbours: e.hoveredNeighbours, selected: e.selected, highlighted: e.highlighted, dimOthers: e.dimOthers };
}

/** `full`: every node and edge may look different. Else the nodes to re-reduce, and the nodes whose edges to re-reduce. */
export type Redraw = { full: true } | { full: false; nodes: string[]; edgesAt: string[] };

/**
 * The smallest redraw from `prev` to `next`. While the rest of the graph dims (`dimOthers`), a
 * change of hover or highlights changes every node: full. Otherwise only the old and new hovered
 * and selected nodes, the hovered nodes' neighbours and the nodes entering or leaving the
 * highlights change, and the edges at the hovered and selected nodes (at the selected one also
 * when the hover changes). Keys come out sorted, once.
 */
export function redrawFor(prev: Emphasis, next: Emphasis): Redraw {
  const dims = prev.dimOthers !== false || next.dimOthers !== false;
  const hoverChanged = prev.hovered !== next.hovered;
  const hlChanged = prev.highlighted !== next.highlighted && !sameSet(prev.highlighted, next.highlighted);
  if (dims && (hoverChanged || hlChanged)) return { full: true };
  if (dims && next.highlighted.size > 0 && prev.selected !== next.selected) return { full: true };
  const nodes = new Set<string>();
  const edgesAt = new Set<string>();
  const centre = (k: string | null): void => {
    if (k === null) return;
    nodes.add(k);
    edgesAt.add(k);
  };
  if (hoverChanged) {
    centre(prev.hovered);
    centre(next.hovered);
    if (prev.hovered !== null) for (const k of prev.hoveredNeighbours) nodes.add(k);
    if (next.hovered !== null) for (const k of next.hoveredNeighbours) nodes.add(k);
    // The selection's edges are drawn darker only while nothing is hovered.
    if (next.selected !== null) edgesAt.add(next.selected);
  }
  if (prev.selected !== next.selected) {
    centre(prev.selected);
    centre(next.selected);
  }
  if (hlChanged) {
    for (const k of prev.highlighted) if (!next.highlighted.has(k)) nodes.add(k);
    for (const k of next.highlighted) if (!prev.highlighted.has(k)) nodes.add(k);
  }
  return { full: false, nodes: [...nodes].sort(), edgesAt: [...edgesAt].sort() };
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const k of a) if (!b.has(k)) return false;
  return true;
}

/**
 * The neighbours of a hovered node whose labels are forced: all of them up to `max`, else the
 * `max` with the highest degree (ties by key), so hovering a hub draws a readable handful of labels.
 * Returns null when every neighbour is labelled.
 */
export function labelledNeighbours(neighbours: readonly string[], degree: (key: string) => number, max = 40): Set<string> | null {
  if (neighbours.length <= max) return null;
  const ranked = neighbours.map((k) => ({ k, d: degree(k) })).sort((a, b) => b.d - a.d || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return new Set(ranked.slice(0, max).map((x) => x.k));
}

/** How the graph view adapts to the size of the drawn graph: label thinning, programs, node scale, dimming, layout cadence. */

/** The sigma settings and view flags for a graph of `order` nodes and `size` edges. */
export interface Tuning {
  labelDensity: number;
  labelRenderedSizeThreshold: number;
  labelGridCellSize: number;
  hideEdgesOnMove: boolean;
  hideLabelsOnMove: boolean;
  renderEdgeLabels: boolean;
  /** 'picto' (disc with the label's pictogram), or 'point' (a plain disc drawn as one GL point: no instancing, cheap for software rasterisers). */
  defaultNodeType: 'picto' | 'point';
  /** 'line' (antialiased quad) or 'thin' (one-pixel GL line). */
  defaultEdgeType: 'line' | 'thin';
  /** Factor on the degree-based node sizes: dense graphs draw smaller discs. */
  nodeScale: number;
  /** Whether hover and highlights dim the rest of the graph (a full redraw) or only mark the neighbourhood (a partial one). */
  dimOthers: boolean;
  /** Whether edges are hidden while ForceAtlas2 runs (each layout frame would rasterise them all). */
  hideEdgesDuringLayout: boolean;
}

/** Graphs above this many nodes, or edges, are "big". */
export const BIG_ORDER = 5000;
export const BIG_SIZE = 12000;

/** Nodes + edges up to which hover and highlights dim the rest of the graph. */
export const DIM_LIMIT = 6000;

/** The tuning for a graph of `order` nodes and `size` edges. */
export function tuningFor(order: number, size: number): Tuning {
  const small = order <= 200;
  const big = order > BIG_ORDER || size > BIG_SIZE;
  return {
    labelDensity: small ? 4 : big ? 0.5 : 0.9,
    labelRenderedSizeThreshold: small ? 0 : big ? 6 : 7,
    labelGridCellSize: small ? 40 : big ? 100 : 70,
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    renderEdgeLabels: !big,
    defaultNodeType: big ? 'point' : 'picto',
    defaultEdgeType: big ? 'thin' : 'line',
    nodeScale: nodeScale(order),
    dimOthers: order + size <= DIM_LIMIT,
    hideEdgesDuringLayout: big,
  };
}

/** 1 up to 2,000 nodes, then shrinking with the square root of the order, at least 0.35 (20,000 nodes → 0.35). */
export function nodeScale(order: number): number {
  if (order <= 2000) return 1;
  return Math.max(0.35, Math.round(Math.sqrt(2000 / order) * 100) / 100);
}

/** How often the drawn graph takes the layout's positions (ms): each copy makes sigma re-index every node. */
export function syncInterval(order: number): number {
  return order > BIG_ORDER ? 2000 : order > 1000 ? 250 : 50;
}

/** Camera frames further apart than this (ms) are slow: below 20 frames a second. */
export const SLOW_FRAME_MS = 50;

/** How many camera frames the renderer is judged on. */
export const FRAME_SAMPLE = 6;

/**
 * Whether the renderer is too slow to redraw every edge and label while the camera moves (a
 * software rasteriser, an old GPU): the median of the last FRAME_SAMPLE intervals between camera
 * frames above SLOW_FRAME_MS. Then edges and labels are hidden during moves, as for big graphs.
 */
export function slowRenderer(intervals: readonly number[]): boolean {
  if (intervals.length < FRAME_SAMPLE) return false;
  const last = [...intervals.slice(-FRAME_SAMPLE)].sort((a, b) => a - b);
  const median = (last[FRAME_SAMPLE / 2 - 1]! + last[FRAME_SAMPLE / 2]!) / 2;
  return median > SLOW_FRAME_MS;
}

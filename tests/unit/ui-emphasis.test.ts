// Unit tests of the graph view's redraw planning (core/emphasis.ts) and size tuning (core/scale.ts).
import { describe, expect, it } from 'vitest';
import { edgeDimmed, nodeEmphasis, type Emphasis } from '../../graph-ui/src/core/derive.ts';
import { labelledNeighbours, redrawFor, snapshot } from '../../graph-ui/src/core/emphasis.ts';
import { nodeScale, slowRenderer, syncInterval, tuningFor } from '../../graph-ui/src/core/scale.ts';

const none = (dimOthers: boolean): Emphasis => ({ hovered: null, hoveredNeighbours: new Set(), selected: null, highlighted: new Set(), dimOthers });

describe('redrawFor', () => {
  it('redraws everything when hover changes on a graph that dims', () => {
    const prev = none(true);
    expect(redrawFor(prev, { ...prev, hovered: 'A', hoveredNeighbours: new Set(['B']) })).toEqual({ full: true });
    expect(redrawFor(prev, { ...prev, highlighted: new Set(['B']) })).toEqual({ full: true });
  });
  it('redraws only a selection change on a graph that dims when nothing is highlighted', () => {
    const prev = none(true);
    expect(redrawFor(prev, { ...prev, selected: 'A' })).toEqual({ full: false, nodes: ['A'], edgesAt: ['A'] });
    // With highlights, the selected node decides which edges stay: full.
    const hl = { ...prev, highlighted: new Set(['B']) };
    expect(redrawFor(hl, { ...hl, selected: 'A' })).toEqual({ full: true });
  });
  it('redraws the old and new hovered nodes, their neighbours and edges, and the selection\'s edges, when the graph does not dim', () => {
    const prev: Emphasis = { ...none(false), hovered: 'A', hoveredNeighbours: new Set(['B', 'C']), selected: 'S' };
    const next: Emphasis = { ...prev, hovered: 'D', hoveredNeighbours: new Set(['C', 'E']) };
    expect(redrawFor(prev, next)).toEqual({ full: false, nodes: ['A', 'B', 'C', 'D', 'E'], edgesAt: ['A', 'D', 'S'] });
    expect(redrawFor(next, { ...next, hovered: null, hoveredNeighbours: new Set() })).toEqual({ full: false, nodes: ['C', 'D', 'E'], edgesAt: ['D', 'S'] });
  });
  it('redraws the nodes entering and leaving the highlights, and nothing for equal sets', () => {
    const prev: Emphasis = { ...none(false), highlighted: new Set(['A', 'B']) };
    expect(redrawFor(prev, { ...prev, highlighted: new Set(['B', 'C']) })).toEqual({ full: false, nodes: ['A', 'C'], edgesAt: [] });
    expect(redrawFor(prev, { ...prev, highlighted: new Set(['B', 'A']) })).toEqual({ full: false, nodes: [], edgesAt: [] });
    const dims = { ...prev, dimOthers: true };
    expect(redrawFor(dims, { ...dims, highlighted: new Set(['A', 'B']) })).toEqual({ full: false, nodes: [], edgesAt: [] });
  });
  it('takes a snapshot that later changes of the view do not alter', () => {
    const e: Emphasis = { ...none(false), hovered: 'A', hoveredNeighbours: new Set(['B']) };
    const s = snapshot(e);
    e.hovered = null;
    e.hoveredNeighbours = new Set();
    expect(s).toEqual({ hovered: 'A', hoveredNeighbours: new Set(['B']), selected: null, highlighted: new Set(), dimOthers: false });
    expect(redrawFor(s, e)).toEqual({ full: false, nodes: ['A', 'B'], edgesAt: ['A'] });
  });
});

describe('labelledNeighbours', () => {
  const degree = (k: string): number => ({ a: 1, b: 5, c: 3, d: 5, e: 2 } as Record<string, number>)[k] ?? 0;
  it('labels every neighbour up to the cap', () => {
    expect(labelledNeighbours(['a', 'b'], degree, 2)).toBe(null);
  });
  it('labels the best-connected neighbours of a hub, ties by key', () => {
    expect([...labelledNeighbours(['e', 'a', 'd', 'c', 'b'], degree, 3)!]).toEqual(['b', 'd', 'c']);
    expect(labelledNeighbours(Array.from({ length: 41 }, (_, i) => `n${i}`), () => 1)!.size).toBe(40);
  });
});

describe('emphasis without dimming', () => {
  it('keeps the rest normal and never dims an edge', () => {
    const e: Emphasis = { hovered: 'A', hoveredNeighbours: new Set(['B']), selected: null, highlighted: new Set(['H']), dimOthers: false };
    expect(['A', 'B', 'C'].map((k) => nodeEmphasis(k, e))).toEqual(['focus', 'near', 'normal']);
    expect(edgeDimmed('C', 'D', e)).toBe(false);
    const h: Emphasis = { ...e, hovered: null, hoveredNeighbours: new Set() };
    expect(['H', 'C'].map((k) => nodeEmphasis(k, h))).toEqual(['near', 'normal']);
  });
});

describe('tuningFor', () => {
  it('shows every label and picto nodes on the sample-sized graph, and dims on hover', () => {
    expect(tuningFor(40, 60)).toEqual({
      labelDensity: 4, labelRenderedSizeThreshold: 0, labelGridCellSize: 40, hideEdgesOnMove: false, hideLabelsOnMove: false,
      renderEdgeLabels: true, defaultNodeType: 'picto', defaultEdgeType: 'line', nodeScale: 1, dimOthers: true, hideEdgesDuringLayout: false,
    });
  });
  it('keeps a medium graph pictured but stops dimming above 6,000 nodes + edges', () => {
    expect(tuningFor(2000, 4000)).toMatchObject({ defaultNodeType: 'picto', defaultEdgeType: 'line', nodeScale: 1, dimOthers: true, labelDensity: 0.9 });
    expect(tuningFor(2000, 4001)).toMatchObject({ dimOthers: false, hideEdgesOnMove: false });
  });
  it('draws a 20,000 / 50,000 graph with points and thin lines, hiding edges and labels while moving', () => {
    expect(tuningFor(20000, 50000)).toEqual({
      labelDensity: 0.5, labelRenderedSizeThreshold: 6, labelGridCellSize: 100, hideEdgesOnMove: true, hideLabelsOnMove: true,
      renderEdgeLabels: false, defaultNodeType: 'point', defaultEdgeType: 'thin', nodeScale: 0.35, dimOthers: false, hideEdgesDuringLayout: true,
    });
    expect(tuningFor(3000, 12001).defaultEdgeType).toBe('thin');
  });
  it('scales nodes down with the square root of the order, and copies layout positions less often on big graphs', () => {
    expect([100, 2000, 4000, 8000, 20000, 100000].map(nodeScale)).toEqual([1, 1, 0.71, 0.5, 0.35, 0.35]);
    expect([40, 1001, 5001].map(syncInterval)).toEqual([50, 250, 2000]);
  });
  it('calls the renderer slow when the median of the last six camera frames is above 50 ms', () => {
    expect(slowRenderer([300, 300, 300, 300, 300])).toBe(false); // too few frames to judge
    expect(slowRenderer([17, 16, 17, 300, 16, 17])).toBe(false); // one slow frame
    expect(slowRenderer([17, 60, 16, 70, 80, 17])).toBe(false); // median 38.5
    expect(slowRenderer([17, 60, 51, 70, 80, 17])).toBe(true); // median 55.5
    expect(slowRenderer([267, 270, 17, 16, 17, 16, 17, 17])).toBe(false); // judged on the last six
  });
});

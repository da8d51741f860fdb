/** The timeline: calls and statements on a time axis in lanes, with a brush, play control and linked selection. */
import { dayNumber, formatDate, formatDay, isoDay } from '../core/dates.ts';
import { applyFilters } from '../core/filters.ts';
import { assignLanes, dayScale, denseDomain, domainOf, playStep, relatedEntries, ticks, zoomDomain, type TimelineEntry } from '../core/timeline.ts';
import { STATUS_STYLES, NODE_STYLES } from '../core/styles.ts';
import { overviewEntries } from '../core/window.ts';
import { barHeight, binSpan, densityOf, entriesIn, MARK_LIMIT } from '../core/density.ts';
import type { App } from './app.ts';
import { h, replace, s } from './dom.ts';

const LABEL_W = 150;
const ROW_H = 20;
const AXIS_H = 24;
const DENSITY_H = 26;

/** Mounts the timeline into `container`. */
export function mountTimeline(app: App, container: HTMLElement): { render(): void } {
  const laneBtn = h('button', { class: 'btn small', 'data-testid': 'lane-toggle', 'on:click': () => app.store.dispatch({ type: 'lane', lane: app.store.get().lane === 'leader' ? 'country' : 'leader' }) });
  const playBtn = h('button', { class: 'btn small', 'data-testid': 'play', title: 'Step through time a week at a time', 'on:click': () => togglePlay() }, '▶ Play');
  const clearBtn = h('button', { class: 'btn small', 'data-testid': 'clear-window', 'on:click': () => app.store.dispatch({ type: 'window', from: null, to: null }) }, 'All time');
  const windowLabel = h('span', { class: 'window-label', 'data-testid': 'window-label' });
  const legend = h('span', { class: 'tl-legend' },
    h('span', { class: 'tl-key held' }), 'held', h('span', { class: 'tl-key planned' }), 'planned', h('span', { class: 'tl-key stmt' }), 'statement', h('span', { class: 'tl-key span' }), 'month');
  const head = h('div', { class: 'timeline-head' }, h('strong', {}, 'Timeline'), windowLabel, h('span', { class: 'grow' }), legend, laneBtn, clearBtn, playBtn);
  const body = h('div', { class: 'timeline-body', 'data-testid': 'timeline' });
  const tip = h('div', { class: 'tl-tip', hidden: true });
  container.append(head, body, tip);

  let playing: ReturnType<typeof setInterval> | null = null;
  /** The visible part of the time axis (wheel zoom), or null for all of it. */
  let zoom: { start: string; end: string } | null = null;
  let autoZoomed = false;
  const zoomLabel = h('button', { class: 'btn small', hidden: true, title: 'Show the whole time range', 'on:click': () => { zoom = null; render(); } }, 'Unzoom');
  head.insertBefore(zoomLabel, laneBtn);
  function togglePlay(): void {
    if (playing) return stopPlay();
    playBtn.textContent = '❚❚ Pause';
    const step = (): void => {
      const dom = domainOf(app.overview?.entries ?? app.entries, 0);
      const st = app.store.get();
      const next = dom ? playStep(dom, st.from, st.to) : null;
      if (!next) return stopPlay();
      app.store.dispatch({ type: 'window', ...next });
    };
    step();
    playing = setInterval(step, 1400);
  }
  function stopPlay(): void {
    if (playing) clearInterval(playing);
    playing = null;
    playBtn.textContent = '▶ Play';
  }

  /** The dataset's events under the non-window filters. */
  function datasetEntries(st: ReturnType<App['store']['get']>): TimelineEntry[] {
    const { keys } = applyFilters(app.dataset, [
      ...(st.statementKinds.length ? [{ type: 'statementKinds' as const, kinds: st.statementKinds }] : []),
      ...(st.callStatuses.length ? [{ type: 'callStatuses' as const, statuses: st.callStatuses }] : []),
      ...(st.countries.length ? [{ type: 'countries' as const, countries: st.countries }] : []),
    ]);
    return app.entries.filter((e) => keys.has(e.key) && !st.hiddenLabels.includes(e.kind));
  }

  function render(): void {
    const st = app.store.get();
    laneBtn.textContent = st.lane === 'leader' ? 'Lanes: leaders' : 'Lanes: countries';
    windowLabel.textContent = st.from || st.to ? `${st.from ? formatDay(st.from) : '…'} – ${st.to ? formatDay(st.to) : '…'}` : 'all time · drag to select a window';
    // The timeline shows events passing the non-window filters; the window itself is the brush.
    // In windowed mode (big stores) it shows the whole store's overview, not only the loaded window.
    const entries = app.overview ? overviewEntries(app.overview.entries, st) : datasetEntries(st);
    const full = domainOf(entries);
    if (full && !autoZoomed) {
      autoZoomed = true;
      // Opened on a window (a shared link): show the window with some context around it;
      // otherwise, when day-precise events sit in a small part of the range, show them.
      const dense = denseDomain(entries);
      const fullDays = dayNumber(full.end) - dayNumber(full.start);
      if (!(st.from && st.to) && dense && dayNumber(dense.end) - dayNumber(dense.start) < fullDays / 4) zoom = dense;
      if (st.from && st.to) {
        const w = dayNumber(st.to) - dayNumber(st.from) + 1;
        const pad = Math.max(7, w);
        const z = { start: isoDay(dayNumber(st.from) - pad), end: isoDay(dayNumber(st.to) + pad) };
        if (dayNumber(z.end) - dayNumber(z.start) < (dayNumber(full.end) - dayNumber(full.start)) / 2) zoom = z;
      }
    }
    const domain = zoom && full ? zoom : full;
    if (!domain || !full) {
      replace(body, h('div', { class: 'tl-empty' }, app.dataset.nodes.size ? 'No dated calls or statements match the filters.' : 'No events yet.'));
      return;
    }
    const width = Math.max(400, body.clientWidth || 800);
    const scale = dayScale(domain, LABEL_W, width - 12);
    // Many events in view (a big store's overview): counts per lane and bin instead of one mark each.
    if (entriesIn(entries, domain).length > MARK_LIMIT) {
      renderDensity(entries, domain, full, scale, width, st);
      return;
    }
    const lanes = assignLanes(app.dataset, entries, st.lane, 10, app.overview?.laneLabels);
    const height = AXIS_H + lanes.reduce((n, l) => n + l.rows * ROW_H + 6, 0) + 4;
    const related = relatedEntries(app.dataset, entries, st.selected);
    const svg = s('svg', { width, height, class: 'tl-svg' },
      s('defs', {}, s('clipPath', { id: 'tl-clip' }, s('rect', { x: LABEL_W, y: 0, width: width - LABEL_W, height }))));
    axisAndWindow(svg, domain, scale, width, height, st);
    let y = AXIS_H;
    for (const lane of lanes) {
      const laneH = lane.rows * ROW_H;
      const g = laneGroup(lane.key, lane.label.length > 20 ? `${lane.label.slice(0, 19)}…` : lane.label, y, y + 14, width, laneH + 4, st);
      const marks = s('g', { 'clip-path': 'url(#tl-clip)' });
      for (const { entry, row } of lane.items) marks.append(mark(entry, y + row * ROW_H + 10, scale, related, st));
      g.append(marks);
      svg.append(g);
      y += laneH + 6;
    }
    show(svg, scale, full, height);
  }

  /** A lane's group: its background and its name; clicking a named lane's name selects its node. */
  function laneGroup(key: string, label: string, y: number, labelY: number, width: number, height: number, st: ReturnType<App['store']['get']>): SVGGElement {
    const g = s('g', { class: 'tl-lane', 'data-lane': key });
    g.append(s('rect', { x: 0, y, width, height, class: 'tl-lane-bg' }));
    const name = s('text', { x: 8, y: labelY, class: `tl-lane-label${st.selected === key ? ' sel' : ''}` }, label);
    if (key !== 'other') name.addEventListener('click', () => app.store.dispatch({ type: 'select', key }));
    g.append(name);
    return g;
  }

  /** Puts a drawn timeline in place, with brushing and wheel zoom on it. */
  function show(svg: SVGSVGElement, scale: ReturnType<typeof dayScale>, full: { start: string; end: string }, height: number): void {
    attachBrush(svg, scale, height);
    attachZoom(svg, scale, full);
    replace(body, svg);
    zoomLabel.hidden = !zoom;
  }

  /** The axis: ticks over the domain, and the window's shading. */
  function axisAndWindow(svg: SVGSVGElement, domain: { start: string; end: string }, scale: ReturnType<typeof dayScale>, width: number, height: number, st: ReturnType<App['store']['get']>): void {
    const axis = s('g', { class: 'tl-axis' });
    for (const t of ticks(domain, Math.floor((width - LABEL_W) / 70))) {
      const x = scale.toX(t.day);
      axis.append(s('line', { x1: x, x2: x, y1: AXIS_H - 6, y2: height, class: t.major ? 'major' : '' }), s('text', { x: x + 3, y: 14 }, formatDay(t.day).replace(/ \d{4}$/, (m) => (t.major ? m : ''))));
    }
    svg.append(axis);
    if (st.from || st.to) {
      const x0 = st.from ? scale.toX(st.from) : LABEL_W;
      const x1 = st.to ? scale.toX(st.to) + scale.pxPerDay : width;
      svg.append(s('rect', { x: Math.max(LABEL_W, x0), y: AXIS_H - 4, width: Math.max(2, Math.min(width, x1) - Math.max(LABEL_W, x0)), height: height - AXIS_H + 4, class: 'tl-window', 'data-testid': 'tl-window', 'clip-path': 'url(#tl-clip)' }));
    }
  }

  /** The density view: per lane, a bar per bin as high as its event count; clicking a bar selects its days as the window. */
  function renderDensity(entries: TimelineEntry[], domain: { start: string; end: string }, full: { start: string; end: string }, scale: ReturnType<typeof dayScale>, width: number, st: ReturnType<App['store']['get']>): void {
    const dens = densityOf(app.dataset, entries, st.lane, domain, Math.floor((width - LABEL_W) / 4), 10, app.overview?.laneLabels);
    const height = AXIS_H + dens.lanes.length * (DENSITY_H + 6) + 4;
    const svg = s('svg', { width, height, class: 'tl-svg', 'data-testid': 'tl-density' },
      s('defs', {}, s('clipPath', { id: 'tl-clip' }, s('rect', { x: LABEL_W, y: 0, width: width - LABEL_W, height }))));
    axisAndWindow(svg, domain, scale, width, height, st);
    const binW = Math.max(1, dens.binDays * scale.pxPerDay - 1);
    let y = AXIS_H;
    for (const lane of dens.lanes) {
      const g = laneGroup(lane.key, `${lane.label.length > 16 ? `${lane.label.slice(0, 15)}…` : lane.label} (${lane.total})`, y, y + 16, width, DENSITY_H + 4, st);
      const bars = s('g', { 'clip-path': 'url(#tl-clip)' });
      lane.counts.forEach((c, i) => {
        if (c === 0) return;
        const span = binSpan(domain, dens.binDays, i);
        const bh = barHeight(c, lane.max, DENSITY_H);
        const bar = s('rect', { x: scale.toX(span.from), y: y + DENSITY_H + 2 - bh, width: binW, height: bh, class: 'tl-bin', 'data-testid': 'tl-bin' },
          s('title', {}, `${c} event${c === 1 ? '' : 's'} · ${formatDay(span.from)}${dens.binDays > 1 ? ` – ${formatDay(span.to)}` : ''}`));
        bar.addEventListener('mousedown', (ev) => ev.stopPropagation());
        bar.addEventListener('click', () => { stopPlay(); app.store.dispatch({ type: 'window', from: span.from, to: span.to }); });
        bars.append(bar);
      });
      g.append(bars);
      svg.append(g);
      y += DENSITY_H + 6;
    }
    show(svg, scale, full, height);
  }

  /** Wheel zooms the time axis around the pointer; the domain never leaves the data's range. */
  function attachZoom(svg: SVGSVGElement, scale: ReturnType<typeof dayScale>, full: { start: string; end: string }): void {
    svg.addEventListener('wheel', (ev) => {
      if (!ev.ctrlKey && !ev.altKey && Math.abs(ev.deltaY) < Math.abs(ev.deltaX)) return;
      ev.preventDefault();
      const x = ev.clientX - svg.getBoundingClientRect().left;
      if (x < LABEL_W) return;
      const cur = zoom ?? full;
      zoom = zoomDomain(cur, full, scale.toDay(x), ev.deltaY < 0 ? 0.7 : 1 / 0.7);
      render();
    }, { passive: false });
  }

  function mark(e: TimelineEntry, cy: number, scale: ReturnType<typeof dayScale>, related: Set<string>, st: ReturnType<App['store']['get']>): SVGElement {
    const inWindow = (!st.from || e.end >= st.from) && (!st.to || e.start <= st.to);
    const cls = ['tl-mark', e.kind === 'Call' ? `call ${e.status}` : 'stmt', e.precision !== 'day' ? 'span' : 'point',
      inWindow ? '' : 'out', st.selected === e.key ? 'selected' : '', related.size && !related.has(e.key) ? 'faded' : '', related.has(e.key) ? 'related' : ''].filter(Boolean).join(' ');
    const x0 = scale.toX(e.start);
    const x1 = scale.toX(e.end) + scale.pxPerDay;
    const g = s('g', { class: cls, 'data-key': e.key, 'data-testid': 'tl-mark' });
    if (e.kind === 'Call') {
      const style = STATUS_STYLES[e.status ?? 'unknown'] ?? STATUS_STYLES.unknown;
      if (e.precision !== 'day') {
        g.append(s('rect', { x: x0, y: cy - 6, width: Math.max(4, x1 - x0), height: 12, rx: 6, stroke: style.stroke, fill: style.fill ? `${style.stroke}55` : 'white', 'stroke-dasharray': style.dash ? '4 3' : undefined }));
      } else {
        g.append(s('circle', { cx: (x0 + x1) / 2, cy, r: 6.5, stroke: style.stroke, fill: style.fill ? style.stroke : 'white', 'stroke-width': 2, 'stroke-dasharray': style.dash ? '3 2' : undefined }));
      }
    } else {
      const c = NODE_STYLES.Statement.color;
      if (e.precision !== 'day') g.append(s('rect', { x: x0, y: cy - 3, width: Math.max(4, x1 - x0), height: 6, rx: 3, fill: `${c}66`, stroke: c }));
      else {
        const cx = (x0 + x1) / 2;
        g.append(s('path', { d: `M${cx} ${cy - 5}L${cx + 5} ${cy}L${cx} ${cy + 5}L${cx - 5} ${cy}Z`, fill: c }));
      }
    }
    g.addEventListener('mouseenter', (ev) => {
      app.setHighlighted([e.key, ...e.participants]);
      tip.hidden = false;
      replace(tip, h('strong', {}, e.label), h('br'), `${e.kind === 'Call' ? `${e.status} · ` : `${e.statementKind} · `}${formatDate(e.date)}${e.precision !== 'day' ? ` (${e.precision})` : ''}`);
      const r = container.getBoundingClientRect();
      tip.style.left = `${Math.min(r.width - 260, (ev as MouseEvent).clientX - r.left + 12)}px`;
      tip.style.top = `${(ev as MouseEvent).clientY - r.top - 40}px`;
    });
    g.addEventListener('mouseleave', () => { app.setHighlighted([]); tip.hidden = true; });
    g.addEventListener('mousedown', (ev) => ev.stopPropagation());
    g.addEventListener('click', () => { app.store.dispatch({ type: 'select', key: e.key }); app.focusNode(e.key); });
    return g;
  }

  /** Dragging across the axis or lanes selects a window; a click without a drag clears it. */
  function attachBrush(svg: SVGSVGElement, scale: ReturnType<typeof dayScale>, height: number): void {
    svg.addEventListener('mousedown', (down) => {
      const left = svg.getBoundingClientRect().left;
      const a = down.clientX - left;
      if (a < LABEL_W || down.button !== 0) return;
      down.preventDefault();
      const rect = s('rect', { x: a, y: AXIS_H - 4, width: 1, height: height - AXIS_H + 4, class: 'tl-brush' });
      svg.append(rect);
      const xOf = (ev: MouseEvent): number => Math.max(LABEL_W, ev.clientX - left);
      const move = (ev: MouseEvent): void => {
        const x = xOf(ev);
        rect.setAttribute('x', String(Math.min(a, x)));
        rect.setAttribute('width', String(Math.abs(x - a)));
      };
      const up = (ev: MouseEvent): void => {
        window.removeEventListener('mousemove', move);
        window.removeEventListener('mouseup', up);
        rect.remove();
        stopPlay();
        const x = xOf(ev);
        if (Math.abs(x - a) < 3) app.store.dispatch({ type: 'window', from: null, to: null });
        else app.store.dispatch({ type: 'window', from: scale.toDay(Math.min(a, x)), to: scale.toDay(Math.max(a, x)) });
      };
      window.addEventListener('mousemove', move);
      window.addEventListener('mouseup', up);
    });
  }

  app.onData(render);
  app.onOverview(render);
  app.store.subscribe((st, prev) => {
    if (st.from !== prev.from || st.to !== prev.to || st.lane !== prev.lane || st.selected !== prev.selected || st.hiddenLabels !== prev.hiddenLabels
      || st.countries !== prev.countries || st.statementKinds !== prev.statementKinds || st.callStatuses !== prev.callStatuses) render();
  });
  let lastWidth = 0;
  new ResizeObserver(() => {
    if (body.clientWidth !== lastWidth) {
      lastWidth = body.clientWidth;
      render();
    }
  }).observe(body);
  return { render };
}

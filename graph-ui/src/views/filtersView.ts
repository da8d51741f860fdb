/** The left panel: legend with label toggles and counts, and filters by country, statement kind and call status. */
import { CALL_STATUSES, STATEMENT_KINDS } from '../../../core/model.ts';
import { displayName } from '../core/dataset.ts';
import { legendRows } from '../core/styles.ts';
import type { ViewState } from '../core/state.ts';
import type { App } from './app.ts';
import { h, replace } from './dom.ts';

/** Mounts the filter panel; `visible()` gives the keys drawn now (for counts). */
export function mountFilters(app: App, container: HTMLElement, visible: () => string[]): { render(): void } {
  function chips(field: 'countries' | 'statementKinds' | 'callStatuses', values: { value: string; label: string; count: number }[], st: ViewState): HTMLElement {
    return h('div', { class: 'chips', 'data-testid': `filter-${field}` }, ...values.map((v) => h('button', {
      class: `chip${st[field].includes(v.value) ? ' on' : ''}${v.count === 0 ? ' zero' : ''}`,
      'data-value': v.value,
      'on:click': () => app.store.dispatch({ type: 'toggleValue', field, value: v.value }),
    }, v.label, h('span', { class: 'count' }, String(v.count)))));
  }

  function render(): void {
    const st = app.store.get();
    const ds = app.dataset;
    const shown = new Map<string, number>();
    for (const k of visible()) {
      const kind = k.slice(0, k.indexOf(':'));
      shown.set(kind, (shown.get(kind) ?? 0) + 1);
    }
    const total = new Map<string, number>();
    const stmtKinds = new Map<string, number>();
    const statuses = new Map<string, number>();
    for (const n of ds.nodes.values()) {
      total.set(n.kind, (total.get(n.kind) ?? 0) + 1);
      if (n.kind === 'Statement') stmtKinds.set(String(n.properties.kind ?? 'other'), (stmtKinds.get(String(n.properties.kind ?? 'other')) ?? 0) + 1);
      if (n.kind === 'Call') statuses.set(String(n.properties.status ?? 'unknown'), (statuses.get(String(n.properties.status ?? 'unknown')) ?? 0) + 1);
    }
    const countries = [...ds.nodes.values()].filter((n) => n.kind === 'Country')
      .map((n) => ({ value: n.key.slice(8), label: displayName(n), count: ds.adjacency.get(n.key)?.size ?? 0 }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).slice(0, 24);
    const active = st.countries.length + st.statementKinds.length + st.callStatuses.length;
    replace(container,
      h('section', {}, h('h4', {}, 'Legend'),
        h('ul', { class: 'legend', 'data-testid': 'legend' }, ...legendRows().map(({ label, style }) => {
          const hidden = st.hiddenLabels.includes(label);
          return h('li', { class: hidden ? 'off' : '', 'data-label': label, title: hidden ? `Show ${label}` : `Hide ${label}`,
            'on:click': () => app.store.dispatch({ type: 'toggleLabel', label }) },
          h('span', { class: 'swatch', style: `background:${style.color}` }, h('img', { src: iconSrc(style.icon), alt: '' })),
          h('span', { class: 'grow' }, style.legend),
          h('span', { class: 'count' }, hidden ? `${total.get(label) ?? 0}` : `${shown.get(label) ?? 0}/${total.get(label) ?? 0}`));
        }))),
      h('section', {}, h('h4', {}, 'Countries'), countries.length ? chips('countries', countries, st) : h('p', { class: 'muted' }, 'none')),
      h('section', {}, h('h4', {}, 'Call status'), chips('callStatuses', CALL_STATUSES.filter((s) => statuses.has(s)).map((s) => ({ value: s, label: s, count: statuses.get(s) ?? 0 })), st)),
      h('section', {}, h('h4', {}, 'Statement kind'), chips('statementKinds', STATEMENT_KINDS.filter((s) => stmtKinds.has(s)).map((s) => ({ value: s, label: s, count: stmtKinds.get(s) ?? 0 })), st)),
      active ? h('button', { class: 'btn small', 'data-testid': 'reset-filters', 'on:click': () => app.store.dispatch({ type: 'reset' }) }, `Reset filters (${active})`) : null,
    );
  }
  return { render };
}

function iconSrc(path: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="white" d="${path}"/></svg>`)}`;
}

/** The details panel: properties, connections grouped by type, and provenance (source sentences with their article). */
import { formatDate } from '../core/dates.ts';
import { displayName, mergeIntoDataset } from '../core/dataset.ts';
import { shortLabel } from '../core/derive.ts';
import { NODE_STYLES } from '../core/styles.ts';
import type { NodeDetails } from '../core/types.ts';
import type { App } from './app.ts';
import { h, replace } from './dom.ts';
import { expandNode } from './expand.ts';

/** Mounts the details panel into `container`. */
export function mountDetails(app: App, container: HTMLElement, actions: { exportSelection(): void }): void {
  let seq = 0;
  async function show(key: string | null): Promise<void> {
    const mine = ++seq;
    if (!key) {
      replace(container, h('div', { class: 'details-empty' },
        h('h3', {}, 'Nothing selected'),
        h('p', {}, 'Click a node to see its properties, connections and the sentences it comes from. Double-click to expand its neighbours.')));
      return;
    }
    replace(container, h('div', { class: 'details-loading' }, 'Loading…'));
    let d: NodeDetails;
    try {
      d = await app.api.node(key);
    } catch (e) {
      if (mine === seq) replace(container, h('div', { class: 'details-error', role: 'alert' }, h('h3', {}, 'Could not load this node'), h('p', {}, (e as Error).message)));
      return;
    }
    if (mine !== seq) return;
    const n = d.node;
    const style = NODE_STYLES[n.kind];
    const props = Object.entries(n.properties).filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && !v.length));
    const groups = new Map<string, NodeDetails['neighbours']>();
    for (const nb of d.neighbours) {
      const g = `${nb.direction === 'out' ? '→' : '←'} ${nb.rel.kind}`;
      if (!groups.has(g)) groups.set(g, []);
      groups.get(g)!.push(nb);
    }
    replace(container,
      h('div', { class: 'details-head' },
        h('span', { class: 'badge', style: `background:${style?.color ?? '#888'}` }, n.kind),
        h('h3', { 'data-testid': 'details-title' }, displayName(n)),
        h('div', { class: 'details-actions' },
          h('button', { class: 'btn small', 'on:click': () => app.focusNode(key) }, 'Centre'),
          h('button', { class: 'btn small', 'data-testid': 'expand', 'on:click': () => void expandNode(app, key) }, 'Expand'),
          h('button', { class: 'btn small', 'on:click': actions.exportSelection }, 'Export…'))),
      d.provenance.length ? h('section', { class: 'provenance', 'data-testid': 'provenance' },
        h('h4', {}, `Sources (${d.provenance.length})`),
        ...d.provenance.map((p) => h('figure', { class: 'source' },
          p.sentence ? h('blockquote', {}, p.sentence) : null,
          h('figcaption', {},
            p.article.url ? h('a', { href: p.article.url, target: '_blank', rel: 'noopener' }, p.article.title || p.article.id) : h('span', { class: 'art-title' }, p.article.title || p.article.id),
            h('span', { class: 'muted' }, ` · ${p.article.publishedAt ? formatDate(p.article.publishedAt) : 'undated'} · ${p.article.source || ''}`))))) : null,
      h('section', {}, h('h4', {}, 'Properties'),
        h('table', { class: 'props' }, ...props.map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', {}, Array.isArray(v) ? v.join(', ') : String(v)))))),
      h('section', { 'data-testid': 'connections' }, h('h4', {}, `Connections (${d.neighbours.length})`),
        ...[...groups.entries()].map(([g, list]) => h('details', { class: 'conn-group', open: list.length <= 8 },
          h('summary', {}, `${g} `, h('span', { class: 'muted' }, `(${list.length})`)),
          h('ul', {}, ...list.map((nb) => h('li', {},
            h('span', { class: 'dot', style: `background:${NODE_STYLES[nb.node.kind]?.color ?? '#888'}` }),
            h('a', { href: '#', 'on:click': (ev: Event) => { ev.preventDefault(); void open(nb.node.key, nb); }, title: displayName(nb.node) }, shortLabel(displayName(nb.node), 80)),
            h('span', { class: 'muted' }, ` ${nb.node.kind}`))))))),
    );
  }

  async function open(key: string, nb: NodeDetails['neighbours'][number]): Promise<void> {
    if (!app.dataset.nodes.has(key)) app.setDataset(mergeIntoDataset(app.dataset, [nb.node], [nb.rel]));
    if (app.store.get().hiddenLabels.includes(nb.node.kind)) app.store.dispatch({ type: 'toggleLabel', label: nb.node.kind });
    app.store.dispatch({ type: 'select', key });
    app.focusNode(key);
  }

  app.store.subscribe((st, prev) => { if (st.selected !== prev.selected) void show(st.selected); });
  void show(app.store.get().selected);
}

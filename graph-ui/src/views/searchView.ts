/** The search box: completion over names, aliases, titles and statements (/api/search); choosing centres the node. */
import { mergeIntoDataset } from '../core/dataset.ts';
import { NODE_STYLES } from '../core/styles.ts';
import type { SearchResult } from '../core/types.ts';
import type { NodeLabel } from '../../../core/model.ts';
import type { App } from './app.ts';
import { h, replace } from './dom.ts';

/** Mounts the search box into `container`. */
export function mountSearch(app: App, container: HTMLElement): void {
  const input = h('input', { type: 'search', placeholder: 'Search leaders, countries, calls, statements…', 'aria-label': 'Search', 'data-testid': 'search', autocomplete: 'off' });
  const list = h('ul', { class: 'completions', role: 'listbox', hidden: true, 'data-testid': 'completions' });
  container.append(input, list);
  let results: SearchResult[] = [];
  let active = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let seq = 0;

  function draw(): void {
    list.hidden = results.length === 0 && !input.value.trim();
    if (!results.length) return replace(list, h('li', { class: 'muted' }, input.value.trim() ? 'No match' : ''));
    replace(list, ...results.map((r, i) => h('li', {
      class: i === active ? 'active' : '', role: 'option', 'data-key': r.key,
      'on:mousedown': (ev: Event) => { ev.preventDefault(); void choose(r); },
    }, h('span', { class: 'dot', style: `background:${NODE_STYLES[r.kind as NodeLabel]?.color ?? '#888'}` }),
    h('span', { class: 'grow' }, r.label), h('span', { class: 'muted' }, r.matched && r.matched !== r.label ? ` ${r.matched} · ${r.kind}` : ` ${r.kind}`))));
  }

  async function lookup(q: string): Promise<void> {
    const mine = ++seq;
    try {
      const res = await app.api.search(q, 12);
      if (mine !== seq) return;
      results = res.results;
      active = 0;
      draw();
    } catch (e) {
      app.toast((e as Error).message, 'error');
    }
  }

  async function choose(r: SearchResult): Promise<void> {
    list.hidden = true;
    input.value = r.label;
    if (!app.dataset.nodes.has(r.key)) {
      try {
        const res = await app.api.neighbours(r.key, 1, 100);
        app.setDataset(mergeIntoDataset(app.dataset, res.nodes, res.edges));
      } catch (e) {
        app.toast((e as Error).message, 'error');
        return;
      }
    }
    const kind = r.key.slice(0, r.key.indexOf(':')) as NodeLabel;
    if (app.store.get().hiddenLabels.includes(kind)) app.store.dispatch({ type: 'toggleLabel', label: kind });
    app.store.dispatch({ type: 'select', key: r.key });
    setTimeout(() => app.focusNode(r.key), 50);
  }

  input.addEventListener('input', () => {
    if (timer) clearTimeout(timer);
    const q = input.value.trim();
    if (!q) { results = []; list.hidden = true; return; }
    timer = setTimeout(() => void lookup(q), 140);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown') { active = Math.min(results.length - 1, active + 1); draw(); ev.preventDefault(); }
    else if (ev.key === 'ArrowUp') { active = Math.max(0, active - 1); draw(); ev.preventDefault(); }
    else if (ev.key === 'Enter' && results[active]) void choose(results[active]);
    else if (ev.key === 'Escape') list.hidden = true;
  });
  input.addEventListener('blur', () => setTimeout(() => { list.hidden = true; }, 150));
  document.addEventListener('keydown', (ev) => {
    if (ev.key === '/' && document.activeElement?.tagName !== 'INPUT' && !(document.activeElement as HTMLElement | null)?.isContentEditable) { ev.preventDefault(); input.focus(); }
  });
}

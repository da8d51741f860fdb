/** The Cypher console drawer: named queries with a parameter form, an editor, read-only runs, results as table and graph. */
import { ApiError, parseParam } from '../core/api.ts';
import { mergeIntoDataset } from '../core/dataset.ts';
import { cellKeys, errorPointer, formatCell } from '../core/results.ts';
import type { NamedQuery, QueryAnswer } from '../core/types.ts';
import type { App } from './app.ts';
import { h, replace } from './dom.ts';
import { createEditor } from './editor.ts';
import type { ExportMenu } from './exportView.ts';

/** Mounts the console into `container` (a drawer the top bar opens). */
export function mountConsole(app: App, container: HTMLElement, exporter: ExportMenu): { focus(): void } {
  const picker = h('select', { 'data-testid': 'named-picker', 'aria-label': 'Named query' }, h('option', { value: '' }, 'Named queries…'));
  const desc = h('p', { class: 'muted query-desc' });
  const form = h('form', { class: 'param-form', 'data-testid': 'param-form' });
  const runNamedBtn = h('button', { class: 'btn primary', type: 'submit', 'data-testid': 'run-named', disabled: true }, 'Run query');
  form.addEventListener('submit', (ev) => { ev.preventDefault(); void runNamed(); });
  const editorHost = h('div', { class: 'editor', 'data-testid': 'cypher-editor' });
  const runBtn = h('button', { class: 'btn primary', 'data-testid': 'run-cypher', 'on:click': () => void runCypher() }, 'Run ⌘↵');
  const status = h('span', { class: 'muted', 'data-testid': 'console-status' });
  const results = h('div', { class: 'results', 'data-testid': 'results' });
  const exportBtn = h('button', { class: 'btn small', disabled: true, 'on:click': () => exporter.open('result') }, 'Export result…');
  container.append(
    h('div', { class: 'console-left' }, h('h4', {}, 'Named queries'), picker, desc, form),
    h('div', { class: 'console-main' },
      editorHost,
      h('div', { class: 'console-bar' }, runBtn, status, h('span', { class: 'grow' }), exportBtn),
      results),
  );
  const editor = createEditor(editorHost, app.store.get().query ?? '', () => void runCypher());
  let queries: NamedQuery[] = [];

  async function loadQueries(): Promise<void> {
    try {
      queries = await app.api.queries();
      replace(picker, h('option', { value: '' }, `Named queries (${queries.length})…`), ...queries.map((q) => h('option', { value: q.name }, q.name)));
      const named = app.store.get().named;
      if (named && queries.some((q) => q.name === named)) { picker.value = named; drawForm(); }
    } catch (e) {
      replace(desc, `Named queries unavailable: ${(e as Error).message}`);
    }
  }

  function drawForm(): void {
    const q = queries.find((x) => x.name === picker.value);
    runNamedBtn.disabled = !q;
    desc.textContent = q?.description ?? '';
    replace(form, ...(q?.params ?? []).map((p) => h('label', {}, h('span', {}, `${p.name} `, h('span', { class: 'muted' }, p.type)),
      h('input', { name: p.name, 'data-type': p.type, value: p.example === undefined || p.example === null ? '' : Array.isArray(p.example) ? p.example.join(',') : String(p.example), title: p.description ?? '' }))), runNamedBtn);
  }
  picker.addEventListener('change', () => { drawForm(); app.store.dispatch({ type: 'query', query: app.store.get().query, named: picker.value || null }); });

  async function runNamed(): Promise<void> {
    const q = queries.find((x) => x.name === picker.value);
    if (!q) return;
    const params: Record<string, unknown> = {};
    try {
      for (const input of form.querySelectorAll('input')) params[input.name] = parseParam(input.dataset.type ?? 'string', input.value);
    } catch (e) {
      return showError(e as Error, null);
    }
    await run(() => app.api.runNamed(q.name, params), { query: q.name, params }, null);
  }

  async function runCypher(): Promise<void> {
    const text = editor.get().trim();
    if (!text) return;
    app.store.dispatch({ type: 'query', query: text });
    await run(() => app.api.cypher(text, {}), { cypher: text }, text);
  }

  async function run(fn: () => Promise<QueryAnswer>, exportReq: { query?: string; params?: Record<string, unknown>; cypher?: string }, text: string | null): Promise<void> {
    status.textContent = 'Running…';
    const t0 = performance.now();
    try {
      const res = await fn();
      const ms = Math.round(performance.now() - t0);
      status.textContent = `${res.rows.length} rows · ${res.graph.nodes.length} nodes · ${ms} ms`;
      exporter.setResult(exportReq);
      exportBtn.disabled = false;
      showResult(res);
    } catch (e) {
      showError(e as Error, text);
    }
  }

  function showResult(res: QueryAnswer): void {
    if (res.graph.nodes.length) app.setDataset(mergeIntoDataset(app.dataset, res.graph.nodes, res.graph.edges));
    app.setHighlighted(res.graph.nodes.map((n) => n.key));
    if (!res.rows.length) return replace(results, h('p', { class: 'muted' }, 'No rows.'));
    replace(results, h('table', { class: 'result-table', 'data-testid': 'result-table' },
      h('thead', {}, h('tr', {}, ...res.columns.map((c) => h('th', {}, c)))),
      h('tbody', {}, ...res.rows.slice(0, 500).map((row) => {
        const keys = res.columns.flatMap((c) => cellKeys(row[c] ?? null));
        return h('tr', {
          class: keys.length ? 'linked' : '',
          'on:mouseenter': () => keys.length && app.setHighlighted(keys),
          'on:click': () => { if (keys[0]) { app.store.dispatch({ type: 'select', key: keys[0] }); app.focusNode(keys[0]); } },
        }, ...res.columns.map((c) => h('td', {}, formatCell(row[c] ?? null))));
      }))),
    res.rows.length > 500 ? h('p', { class: 'muted' }, `First 500 of ${res.rows.length} rows shown.`) : null);
  }

  function showError(e: Error, text: string | null): void {
    status.textContent = 'Failed';
    const pos = e instanceof ApiError && text ? errorPointer(text, e.position) : null;
    if (pos) editor.mark(pos.offset);
    replace(results, h('div', { class: 'query-error', role: 'alert', 'data-testid': 'query-error' },
      h('strong', {}, e instanceof ApiError ? `${e.code}${e.status ? ` (HTTP ${e.status})` : ''}` : e.name),
      h('p', {}, e.message),
      pos ? h('pre', {}, `line ${pos.line}, column ${pos.column}\n${pos.lineText}\n${pos.caret}`) : null));
  }

  void loadQueries();
  return { focus: () => editor.view.focus() };
}

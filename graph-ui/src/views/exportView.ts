/** The export menu: the current view, the selection or a query result in every format of /api/export, and the canvas as PNG. */
import type { ExportRequest } from '../core/api.ts';
import type { ExportFormat } from '../core/types.ts';
import type { App } from './app.ts';
import { download, h, replace } from './dom.ts';

/** The formats of POST /api/export with their descriptions (registry as data). */
export const EXPORT_FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'graphml', label: 'GraphML', hint: 'Gephi, yEd, Cytoscape' },
  { format: 'gexf', label: 'GEXF', hint: 'Gephi' },
  { format: 'json', label: 'graphology JSON', hint: 'Gephi Lite, graphology' },
  { format: 'jsonl', label: 'APOC JSON lines', hint: 'apoc.import.json' },
  { format: 'csv', label: 'CSV (zip)', hint: 'neo4j-admin import' },
  { format: 'cypher', label: 'Cypher script', hint: 'cypher-shell -f' },
];

export type ExportScope = 'view' | 'selection' | 'result';

export interface ExportMenu {
  open(scope?: ExportScope): void;
  /** Sets the query result that 'result' exports (named query or Cypher). */
  setResult(r: { query?: string; params?: Record<string, unknown>; cypher?: string } | null): void;
}

/** Mounts the export dialog; `visibleKeys` are the nodes drawn now, `png` saves the canvas. */
export function mountExport(app: App, visibleKeys: () => string[], png: () => Promise<void>): ExportMenu {
  const dialog = h('dialog', { class: 'export-dialog', 'data-testid': 'export-dialog' });
  document.body.append(dialog);
  let result: { query?: string; params?: Record<string, unknown>; cypher?: string } | null = null;
  let scope: ExportScope = 'view';

  function request(format: ExportFormat): ExportRequest {
    const st = app.store.get();
    if (scope === 'selection' && st.selected) return { format, around: st.selected, depth: 1 };
    if (scope === 'result' && result) return { format, ...result };
    return { format, keys: visibleKeys() };
  }

  function draw(): void {
    const st = app.store.get();
    const scopes: [ExportScope, string, boolean][] = [
      ['view', `Current view (${visibleKeys().length} nodes)`, visibleKeys().length > 0],
      ['selection', st.selected ? `Selection and neighbours (${st.selected})` : 'Selection (nothing selected)', !!st.selected],
      ['result', result ? 'Last query result' : 'Query result (run a query first)', !!result],
    ];
    replace(dialog,
      h('form', { method: 'dialog' },
        h('h3', {}, 'Export'),
        h('fieldset', {}, h('legend', {}, 'What'), ...scopes.map(([v, label, ok]) => h('label', { class: ok ? '' : 'muted' },
          h('input', { type: 'radio', name: 'scope', value: v, checked: v === scope, disabled: !ok, 'on:change': () => { scope = v; } }), ` ${label}`))),
        h('fieldset', {}, h('legend', {}, 'Format'), h('div', { class: 'formats' },
          ...EXPORT_FORMATS.map((f) => h('button', { type: 'button', class: 'btn format', 'data-format': f.format, 'on:click': () => void run(f.format) },
            h('strong', {}, f.label), h('span', { class: 'muted' }, f.hint))),
          h('button', { type: 'button', class: 'btn format', 'data-format': 'png', 'on:click': () => void png().then(() => dialog.close()) },
            h('strong', {}, 'PNG image'), h('span', { class: 'muted' }, 'the canvas as drawn')))),
        h('div', { class: 'dialog-foot' }, h('button', { class: 'btn' }, 'Close'))));
  }

  async function run(format: ExportFormat): Promise<void> {
    try {
      const { blob, fileName } = await app.api.exportFile(request(format));
      download(blob, fileName);
      dialog.close();
    } catch (e) {
      app.toast(`Export failed: ${(e as Error).message}`, 'error');
    }
  }

  return {
    open(s) {
      const st = app.store.get();
      scope = s ?? (st.selected ? 'selection' : 'view');
      if (scope === 'selection' && !st.selected) scope = 'view';
      if (scope === 'result' && !result) scope = 'view';
      draw();
      dialog.showModal();
    },
    setResult(r) { result = r; },
  };
}

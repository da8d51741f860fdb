/** Expanding a node: fetch its neighbours from the server, merge them, and show the labels they bring. */
import { mergeIntoDataset } from '../core/dataset.ts';
import type { App } from './app.ts';

/** Adds `key`'s neighbours (/api/neighbours) to the dataset; hidden labels among them are shown. */
export async function expandNode(app: App, key: string): Promise<void> {
  try {
    const res = await app.api.neighbours(key, 1, 200);
    const before = app.dataset.nodes.size;
    const hidden = app.store.get().hiddenLabels;
    for (const label of new Set(res.nodes.map((n) => n.kind))) {
      if (hidden.includes(label)) app.store.dispatch({ type: 'toggleLabel', label });
    }
    app.setDataset(mergeIntoDataset(app.dataset, res.nodes, res.edges));
    app.toast(`Expanded ${key.slice(key.indexOf(':') + 1)}: ${app.dataset.nodes.size - before} new nodes`);
  } catch (e) {
    app.toast((e as Error).message, 'error');
  }
}

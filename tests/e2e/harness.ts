/**
 * E2E harness: builds the web app once, starts the real server over a fresh kuzu store holding the
 * sample graph, and launches Debian's chromium through playwright-core.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import type { GraphPatch } from '../../core/patch.ts';
import { createServer } from '../../server/app.ts';
import { openStore } from '../../store/index.ts';
import type { GraphStore } from '../../store/port.ts';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The browser to drive: Debian's chromium, or CHROMIUM_PATH (e.g. Google Chrome on GitHub's runners). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const ARTIFACTS = path.join(REPO, 'tests', 'artifacts');

/** Fails with how to fix it when the browser is missing (never downloads one). */
export function requireChromium(): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`e2e: ${CHROMIUM} not found. Install Debian's chromium with \`apt-get install chromium\` (.ci/run does this); no browser is downloaded.`);
  }
}

/** Builds graph-ui into a fresh temp folder with vite (the same config as `npm run build:ui`). */
export async function buildUi(): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-ui-'));
  const vite = path.join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');
  await promisify(execFile)(process.execPath, [vite, 'build', '--config', 'graph-ui/vite.config.ts', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: REPO });
  if (!fs.existsSync(path.join(out, 'index.html'))) throw new Error(`e2e: vite build wrote no index.html to ${out}`);
  return out;
}

export interface Running {
  url: string;
  store: GraphStore;
  close(): Promise<void>;
}

/** Starts the real server on 127.0.0.1:0 over a fresh kuzu store loaded with `patch`. */
export async function startServer(uiDir: string, patch: GraphPatch | null): Promise<Running> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-e2e-'));
  const store = await openStore({ backend: 'kuzu', path: path.join(dir, 'db.kuzu') });
  const app = createServer({ store, uiDir });
  try {
    if (patch) await store.upsert(patch);
    await app.listen({ host: '127.0.0.1', port: 0 });
  } catch (e) {
    await app.close();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const addr = app.server.address();
  if (!addr || typeof addr === 'string') throw new Error('e2e: server has no TCP address');
  return {
    url: `http://127.0.0.1:${addr.port}/`,
    store,
    async close() {
      await app.close();
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launch(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

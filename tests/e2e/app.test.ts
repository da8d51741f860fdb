// End-to-end tests of the explorer in Debian's chromium against the real server over kuzu with the sample graph.
import fs from 'node:fs';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeKey } from '../../core/patch.ts';
import { samplePatch, SAMPLE_IDS } from '../fixtures/sample-graph.ts';
import { ARTIFACTS, buildUi, launch, startServer, type Running } from './harness.ts';

type AppWindow = {
  diplograph: {
    ready: Promise<void>;
    graph: {
      visibleKeys(): string[];
      layout: { isRunning(): boolean };
      graph: { neighbors(k: string): string[]; hasNode(k: string): boolean; getNodeAttributes(k: string): { x: number; y: number } };
      sigma: {
        getNodeDisplayData(k: string): { x: number; y: number } | undefined;
        framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
        getContainer(): HTMLElement;
      };
    };
  };
};

const SUMMIT = `Call:${SAMPLE_IDS.summit}`;
const HIDDEN_BY_DEFAULT = new Set(['Day', 'Article']);
const patch = samplePatch();
/** The nodes of the default view: every sample node but days and articles. */
const DEFAULT_KEYS = patch.nodes.filter((n) => !HIDDEN_BY_DEFAULT.has(n.label)).map(nodeKey).sort();

let ui: string;
let server: Running;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  [ui, browser] = await Promise.all([buildUi(), launch()]);
  server = await startServer(ui, samplePatch());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (ui) fs.rmSync(ui, { recursive: true, force: true });
});

async function open(url = server.url): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  pageErrors.set(page, errors);
  await page.goto(url);
  await page.waitForFunction(() => !!(window as unknown as AppWindow).diplograph);
  await page.evaluate(() => (window as unknown as AppWindow).diplograph.ready);
  expect(errors).toEqual([]);
  return page;
}

const pageErrors = new Map<Page, string[]>();

/** Closes the page's context after checking that no script error happened on it. */
async function done(page: Page): Promise<void> {
  expect(pageErrors.get(page)).toEqual([]);
  await page.context().close();
}

const visible = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as AppWindow).diplograph.graph.visibleKeys().sort());

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !(window as unknown as AppWindow).diplograph.graph.layout.isRunning(), undefined, { timeout: 20_000 });
  await page.waitForTimeout(300);
}

/** Where a node is drawn on the page. */
async function nodeOnScreen(page: Page, key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((k) => {
    const s = (window as unknown as AppWindow).diplograph.graph.sigma;
    const d = s.getNodeDisplayData(k);
    if (!d) throw new Error(`e2e: node ${k} is not drawn`);
    const v = s.framedGraphToViewport(d);
    const r = s.getContainer().getBoundingClientRect();
    return { x: r.left + v.x, y: r.top + v.y };
  }, key);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** The centre of a timeline mark. */
async function markCentre(page: Page, key: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`[data-testid=tl-mark][data-key="${key}"]`).first().boundingBox();
  if (!box) throw new Error(`e2e: no timeline mark for ${key}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('explorer in a browser', () => {
  it('loads the sample graph and shows the summit with its participants', async () => {
    const page = await open();
    expect(await visible(page)).toEqual(DEFAULT_KEYS);
    const neighbours = await page.evaluate((k) => (window as unknown as AppWindow).diplograph.graph.graph.neighbors(k).sort(), SUMMIT);
    expect(neighbours.filter((k) => k.startsWith('Leader:'))).toEqual(['Leader:joe-biden', 'Leader:vladimir-putin']);
    await expect.poll(() => page.locator('[data-testid=health]').textContent()).toBe('kuzu · 40 nodes · 120 relationships');
    // Search with completion, choose the summit: it is selected and its details open.
    await page.locator('[data-testid=search]').fill('virtual summit');
    await page.locator(`[data-testid=completions] li[data-key="${SUMMIT}"]`).click();
    await expect.poll(() => page.locator('[data-testid=details-title]').textContent()).toBe('Biden – Putin virtual summit');
    const participants = await page.locator('[data-testid=connections] details', { hasText: 'PARTICIPATED_IN' }).locator('li a').allTextContents();
    expect(participants.sort()).toEqual(['Joe Biden', 'Vladimir Putin']);
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(SUMMIT);
    await settled(page);
    await page.locator('[data-testid=zoom-fit]').click();
    await page.waitForTimeout(500);
    await shot(page, 'main-view');
    await done(page);
  });

  it('brushing the timeline filters the graph, and clearing the window restores it', async () => {
    const page = await open();
    const c = await markCentre(page, SUMMIT);
    const svgBox = (await page.locator('[data-testid=timeline] svg').boundingBox())!;
    const y = svgBox.y + 10; // the axis row: empty space
    await page.mouse.move(c.x - 2.5, y);
    await page.mouse.down();
    await page.mouse.move(c.x + 2.5, y, { steps: 5 });
    await page.mouse.up();
    // page.url() follows history.replaceState asynchronously: poll.
    await expect.poll(() => { const u = new URL(page.url()); return [u.searchParams.get('from'), u.searchParams.get('to')]; }).toEqual(['2021-12-07', '2021-12-07']);
    const keys = await visible(page);
    // The day's two calls and five statements, their actors, topics, and the actors' countries.
    expect(keys.filter((k) => k.startsWith('Call:'))).toEqual([`Call:${SAMPLE_IDS.europeCall}`, SUMMIT]);
    expect(keys.filter((k) => k.startsWith('Statement:')).length).toBe(5);
    expect(keys.length).toBe(26);
    expect(keys).not.toContain('Leader:volodymyr-zelenskiy');
    expect(await page.locator('[data-testid=window-label]').textContent()).toBe('7 Dec 2021 – 7 Dec 2021');
    await settled(page);
    await shot(page, 'brushed-window');
    await page.locator('[data-testid=clear-window]').click();
    expect(await visible(page)).toEqual(DEFAULT_KEYS);
    // Play steps through time a week at a time from the first event (the June summit in Geneva).
    await page.locator('[data-testid=play]').click();
    await expect.poll(() => page.locator('[data-testid=window-label]').textContent()).toBe('1 Jun 2021 – 7 Jun 2021');
    expect((await visible(page)).filter((k) => k.startsWith('Call:'))).toEqual([`Call:${SAMPLE_IDS.genevaSummit}`]);
    await page.locator('[data-testid=play]').click();
    expect(await page.locator('[data-testid=play]').textContent()).toBe('▶ Play');
    // A window with nothing in it says so.
    await page.goto(`${server.url}?from=2020-01-01&to=2020-01-31`);
    await page.evaluate(() => (window as unknown as AppWindow).diplograph.ready);
    await expect.poll(() => page.locator('[data-testid=graph-overlay] h2').textContent()).toBe('Nothing in this window');
    await done(page);
  });

  it('opens a Call from the timeline and reads its source sentences', async () => {
    const page = await open();
    const c = await markCentre(page, SUMMIT);
    await page.mouse.click(c.x, c.y);
    await expect.poll(() => page.locator('[data-testid=details-title]').textContent()).toBe('Biden – Putin virtual summit');
    const sources = page.locator('[data-testid=provenance] figure');
    await expect.poll(() => sources.count()).toBe(3);
    const quotes = await sources.locator('blockquote').allTextContents();
    expect(quotes.filter((q) => q.startsWith('Russian President Vladimir Putin and his U.S. counterpart Joe Biden held a virtual summit Tuesday')).length).toBe(2);
    expect(quotes).toContain('The meeting lasted just over two hours, from 6:08 p.m. to 8:10 p.m. Moscow time, the Russian state-run TASS news agency reported.');
    const captions = await sources.locator('figcaption').allTextContents();
    for (const cap of captions) expect(cap).toMatch(/^Russian President Vladimir Putin and his U\.S\. counterpart Joe Biden held a virtual summit Tuesday · 7 Dec 2021 · data\/samples\/00[01]_[0-9a-f]{16}\.txt$/);
    // The selection is linked back to the timeline: the call, the statements made during it, and faded others.
    const cls = (key: string): Promise<string | null> => page.locator(`[data-testid=tl-mark][data-key="${key}"]`).first().getAttribute('class');
    expect(await cls(SUMMIT)).toContain('selected');
    expect(await cls(`Statement:${SAMPLE_IDS.concern}`)).toContain('related');
    expect(await cls(`Call:${SAMPLE_IDS.zelenskiyCall}`)).toContain('faded');
    await shot(page, 'call-details');
    await done(page);
  });

  it('runs a named query and an ad-hoc query in the console, and shows a query error with its position', async () => {
    const page = await open();
    await page.locator('[data-testid=tab-console]').click();
    await page.locator('[data-testid=named-picker]').selectOption('contacts_leaders');
    expect(await page.locator('[data-testid=param-form] input').evaluateAll((els) => els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])))
      .toEqual([['from', '2021-01-01'], ['to', '2021-12-31']]);
    await page.locator('[data-testid=run-named]').click();
    const rows = page.locator('[data-testid=result-table] tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).locator('td').allTextContents()).toEqual(['Leader:joe-biden', 'Joe Biden', 'Leader:vladimir-putin', 'Vladimir Putin', '2', '2021-06', '2021-12-07']);
    expect(await page.locator('[data-testid=console-status]').textContent()).toMatch(/^2 rows · 3 nodes · \d+ ms$/);

    const editor = page.locator('[data-testid=cypher-editor] .cm-content');
    await editor.click();
    // Completion offers the model's labels after a colon.
    await page.keyboard.type('MATCH (n:Lea');
    await expect.poll(() => page.locator('.cm-tooltip-autocomplete li').allTextContents()).toEqual(['Leader']);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+A');
    await page.keyboard.type("MATCH (c:Call) WHERE c.status = 'planned' RETURN c.title AS title, c.date AS date");
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=run-cypher]').click();
    await expect.poll(() => page.locator('[data-testid=result-table] tbody tr').count()).toBe(1);
    expect(await page.locator('[data-testid=result-table] tbody tr td').allTextContents()).toEqual(['Biden – Zelenskiy call', '2021-12-09']);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe("MATCH (c:Call) WHERE c.status = 'planned' RETURN c.title AS title, c.date AS date");
    await shot(page, 'console');

    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('MATCH (c:Call) RETRUN c');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=run-cypher]').click();
    const err = page.locator('[data-testid=query-error]');
    await expect.poll(() => err.count()).toBe(1);
    expect(await err.locator('strong').textContent()).toBe('E_SYNTAX (HTTP 400)');
    expect(await err.locator('pre').textContent()).toBe(`line 1, column 16\nMATCH (c:Call) RETRUN c\n${' '.repeat(15)}^`);
    await shot(page, 'console-error');
    await done(page);
  });

  it('exports the current view as GraphML and the download parses', async () => {
    const page = await open();
    await page.locator('[data-testid=export]').click();
    await page.locator('[data-testid=export-dialog] input[value=view]').check();
    await shot(page, 'export-dialog');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-dialog] [data-format=graphml]').click()]);
    const file = path.join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.graphml$/);
    const g = parseGraphml(MultiDirectedGraph, fs.readFileSync(file, 'utf8'));
    expect(g.nodes().sort()).toEqual(DEFAULT_KEYS);
    const inView = new Set(DEFAULT_KEYS);
    const rels = patch.rels.filter((r) => inView.has(nodeKey(r.from)) && inView.has(nodeKey(r.to)));
    expect(g.size).toBe(rels.length);
    expect(g.getNodeAttribute(SUMMIT, 'title')).toBe('Biden – Putin virtual summit');
    await done(page);
  });

  it('restores the same view from a shared URL', async () => {
    const page = await open();
    await page.locator('[data-testid=legend] li[data-label=Topic]').click();
    await page.locator('[data-testid=filter-countries] [data-value=RU]').click();
    const c = await markCentre(page, SUMMIT);
    await page.mouse.click(c.x, c.y);
    await expect.poll(() => page.locator('[data-testid=details-title]').textContent()).toBe('Biden – Putin virtual summit');
    await expect.poll(() => new URL(page.url()).search).toBe(`?hide=Article%2CDay%2CTopic&countries=RU&sel=${encodeURIComponent(SUMMIT)}`);
    const shared = page.url();
    const before = await visible(page);
    expect(before.some((k) => k.startsWith('Topic:'))).toBe(false);
    await done(page);

    const again = await open(shared);
    expect(await visible(again)).toEqual(before);
    await expect.poll(() => again.locator('[data-testid=details-title]').textContent()).toBe('Biden – Putin virtual summit');
    expect(await again.locator('[data-testid=legend] li[data-label=Topic]').getAttribute('class')).toBe('off');
    expect(await again.locator('[data-testid=filter-countries] [data-value=RU]').getAttribute('class')).toBe('chip on');
    await settled(again);
    await shot(again, 'shared-url');
    await done(again);
  });

  it('double-click expands a node from the server; a dragged node keeps its place after a reload', async () => {
    const page = await open();
    await settled(page);
    const articles = patch.nodes.filter((n) => n.label === 'Article').map(nodeKey).sort();
    const at = await nodeOnScreen(page, SUMMIT);
    await page.mouse.dblclick(at.x, at.y);
    await expect.poll(async () => (await visible(page)).filter((k) => k.startsWith('Article:'))).toEqual(articles);
    // The summit's neighbours include articles and its day: both labels are shown now.
    await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBe('-');
    await settled(page);

    const biden = await nodeOnScreen(page, 'Leader:joe-biden');
    await page.mouse.move(biden.x, biden.y);
    await page.mouse.down();
    await page.mouse.move(biden.x + 60, biden.y + 40, { steps: 8 });
    await page.mouse.up();
    const moved = await nodeOnScreen(page, 'Leader:joe-biden');
    expect(Math.round(moved.x - biden.x)).toBe(60);
    expect(Math.round(moved.y - biden.y)).toBe(40);
    const pos = await page.evaluate(() => (window as unknown as AppWindow).diplograph.graph.graph.getNodeAttributes('Leader:joe-biden'));
    await page.reload();
    await page.evaluate(() => (window as unknown as AppWindow).diplograph.ready);
    const after = await page.evaluate(() => (window as unknown as AppWindow).diplograph.graph.graph.getNodeAttributes('Leader:joe-biden'));
    expect([after.x, after.y]).toEqual([pos.x, pos.y]);
    await done(page);
  });

  it('on a big store, opens on the latest month, fetches each brushed window from the server and says how much it shows', async () => {
    // The sample store counts as big here (more than 10 nodes), and windows hold at most 3 events.
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await ctx.addInitScript(() => {
      localStorage.setItem('diplograph.windowAbove', '10');
      localStorage.setItem('diplograph.windowLimit', '3');
    });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    pageErrors.set(page, errors);
    const graphCalls: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.pathname === '/api/graph') graphCalls.push(u.search);
    });
    await page.goto(server.url);
    await page.waitForFunction(() => !!(window as unknown as AppWindow).diplograph);
    await page.evaluate(() => (window as unknown as AppWindow).diplograph.ready);
    // Events by date then key, as the server pages them.
    const events = patch.nodes.filter((n) => n.label === 'Call' || n.label === 'Statement')
      .map((n) => ({ key: nodeKey(n), date: String(n.props['date']) }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : 1));
    const shownEvents = async (): Promise<string[]> => (await visible(page)).filter((k) => k.startsWith('Call:') || k.startsWith('Statement:'));
    const info = (): Promise<string | null> => page.locator('[data-testid=graph-info]').textContent();

    // The latest event is in December 2021: the app opens on that month, fetched from the server.
    await expect.poll(() => { const u = new URL(page.url()); return [u.searchParams.get('from'), u.searchParams.get('to')]; }).toEqual(['2021-12-01', '2021-12-31']);
    expect(graphCalls).toEqual(['?from=2021-12-01&to=2021-12-31&limit=3']);
    const december = events.filter((e) => e.date.startsWith('2021-12'));
    expect((await shownEvents()).sort()).toEqual(december.slice(0, 3).map((e) => e.key).sort());
    expect(await info()).toContain(`Showing 3 of ${december.length} events`);
    // The timeline shows the whole store, not only the window: the June summit in Geneva is there (in Biden's and Putin's lanes).
    expect(await page.locator(`[data-testid=tl-mark][data-key="Call:${SAMPLE_IDS.genevaSummit}"]`).count()).toBe(2);

    // Brushing the summit's day fetches that day.
    const c = await markCentre(page, SUMMIT);
    const svgBox = (await page.locator('[data-testid=timeline] svg').boundingBox())!;
    await page.mouse.move(c.x - 2.5, svgBox.y + 10);
    await page.mouse.down();
    await page.mouse.move(c.x + 2.5, svgBox.y + 10, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => graphCalls.at(-1)).toBe('?from=2021-12-07&to=2021-12-07&limit=3');
    const day = events.filter((e) => e.date === '2021-12-07');
    await expect.poll(async () => (await shownEvents()).sort()).toEqual(day.slice(0, 3).map((e) => e.key).sort());
    expect(await info()).toContain(`Showing 3 of ${day.length} events`);
    await settled(page);
    await shot(page, 'windowed-big-store');

    // All time: the first events from the start.
    await page.locator('[data-testid=clear-window]').click();
    await expect.poll(() => graphCalls.at(-1)).toBe('?from=0001-01-01&limit=3');
    await expect.poll(async () => (await shownEvents()).sort()).toEqual(events.slice(0, 3).map((e) => e.key).sort());
    expect(graphCalls.length).toBe(3);
    await done(page);
  });

  it('says how to ingest when the database is empty, and when the server is unreachable', async () => {
    const empty = await startServer(ui, null);
    try {
      const page = await open(empty.url);
      await expect.poll(() => page.locator('[data-testid=graph-overlay] h2').textContent()).toBe('No data yet');
      expect(await page.locator('[data-testid=graph-overlay] pre').textContent()).toBe('diplograph ingest data/samples');
      expect(await page.locator('[data-testid=health]').textContent()).toBe('kuzu · 0 nodes · 0 relationships');
      await shot(page, 'empty-database');
      // The network fails under the app (requests to the API aborted in the browser).
      await page.route('**/api/**', (route) => route.abort('connectionrefused'));
      await page.reload();
      await page.evaluate(() => (window as unknown as AppWindow).diplograph.ready);
      await expect.poll(() => page.locator('[data-testid=graph-overlay] h2').textContent()).toBe('Server unreachable');
      expect(await page.locator('[data-testid=health]').textContent()).toBe('offline');
      expect(await page.locator('[data-testid=graph-overlay] pre').textContent()).toBe('diplograph serve');
      await shot(page, 'server-unreachable');
      await done(page);
    } finally {
      await empty.close();
    }
  });
});

// Extraction on a few 1987 Reuters stories read by id from ../shared/corpus (news it was not written for).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { GraphPatch } from '../../core/patch.ts';
import { validatePatch } from '../../core/validate.ts';
import { extractArticle } from '../../ingest/extract/index.ts';
import { recordToArticle } from '../../ingest/read/article.ts';
import { DEFAULT_MAX_BYTES } from '../../ingest/read/types.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = path.resolve(root, '../shared/corpus/reuters21578.jsonl');
// (346: "The Commission said" in a story that names only the Community: a speaker no mention names, which must still get its node)
const IDS = ['reuters21578-255', 'reuters21578-346', 'reuters21578-1290', 'reuters21578-2733', 'reuters21578-10265', 'reuters21578-11222'];
const present = fs.existsSync(CORPUS);
if (!present) console.warn(`extract-reuters: SKIPPED — corpus not found at ${CORPUS}`);

function load(): Map<string, GraphPatch> {
  const out = new Map<string, GraphPatch>();
  for (const line of fs.readFileSync(CORPUS, 'utf8').split('\n')) {
    const m = /^\{"id": "([^"]+)"/.exec(line);
    if (!m || !IDS.includes(m[1]!)) continue;
    out.set(m[1]!, extractArticle(recordToArticle(JSON.parse(line), CORPUS, {}, DEFAULT_MAX_BYTES)));
  }
  return out;
}

describe.skipIf(!present)('Reuters 1987 stories', () => {
  const patches = present ? load() : new Map<string, GraphPatch>();
  const p = (id: string): GraphPatch => patches.get(id)!;
  const keys = (g: GraphPatch, label: string): string[] => g.nodes.filter((n) => n.label === label).map((n) => n.key).sort();
  const props = (g: GraphPatch, label: string, key: string): Record<string, unknown> => g.nodes.find((n) => n.label === label && n.key === key)!.props;
  const parts = (g: GraphPatch, call: string): string[] => g.rels.filter((r) => r.type === 'PARTICIPATED_IN' && r.to.key === call).map((r) => `${r.from.label}:${r.from.key}`).sort();
  const targets = (g: GraphPatch, type: string, from: string): string[] => g.rels.filter((r) => r.type === type && r.from.key === from).map((r) => `${r.to.label}:${r.to.key}`).sort();

  it('reads all six stories', () => {
    expect([...patches.keys()].sort()).toEqual([...IDS].sort());
    for (const [id, g] of patches) expect(validatePatch(g), id).toEqual([]);
  });
  it('gives every relationship both its ends in the patch (a store refuses a patch that names a node it does not hold)', () => {
    for (const [id, g] of patches) {
      const nodes = new Set(g.nodes.map((n) => `${n.label}:${n.key}`));
      const dangling = g.rels.flatMap((r) => [r.from, r.to]).map((e) => `${e.label}:${e.key}`).filter((k) => !nodes.has(k));
      expect(dangling, id).toEqual([]);
    }
    expect(targets(p('reuters21578-346'), 'MADE', 'european-commission')).toHaveLength(2);
    expect(keys(p('reuters21578-346'), 'Organization')).toContain('european-commission');
  });
  it('255: Kremlin leader Gorbachev stands for the Soviet Union in 1987; Shultz for the U.S.', () => {
    const g = p('reuters21578-255');
    expect(keys(g, 'Leader')).toEqual(['george-shultz', 'mikhail-gorbachev']);
    expect(targets(g, 'REPRESENTS', 'mikhail-gorbachev')).toEqual(['Country:SU']);
    expect(targets(g, 'REPRESENTS', 'george-shultz')).toEqual(['Country:US']);
    expect(targets(g, 'PART_OF', 'kremlin')).toEqual(['Country:SU']);
    expect(keys(g, 'Country')).toEqual(['CN', 'SU', 'US']);
    const proposal = g.nodes.find((n) => n.label === 'Statement' && n.props['kind'] === 'proposal')!;
    expect(g.rels.filter((r) => r.type === 'MADE' && r.to.key === proposal.key).map((r) => r.from.key)).toEqual(['mikhail-gorbachev']);
    // the planned visit to Moscow, and the visit to China under way ("Schultz", misspelt, "is currently visiting Peking")
    const visit = keys(g, 'Call');
    expect(visit).toEqual(['1987-03-02-visit-cn-george-shultz', 'undated-1987-03-visit-su-george-shultz']);
    expect(props(g, 'Call', visit[1]!)).toMatchObject({ kind: 'visit', status: 'planned', date: null });
    expect(props(g, 'Call', visit[0]!)).toMatchObject({ kind: 'visit', status: 'held', date: '1987-03-02' });
  });
  it('1290: the Reykjavik summit of October 1986 and the Geneva talks of the next day', () => {
    const g = p('reuters21578-1290');
    expect(keys(g, 'Call')).toEqual(['1986-10-meeting-mikhail-gorbachev-ronald-reagan', '1987-03-04-meeting-su-us']);
    expect(props(g, 'Call', '1986-10-meeting-mikhail-gorbachev-ronald-reagan')).toMatchObject({ kind: 'summit', status: 'held', date: '1986-10', datePrecision: 'month' });
    expect(targets(g, 'HELD_IN', '1986-10-meeting-mikhail-gorbachev-ronald-reagan')).toEqual(['Place:reykjavik']);
    expect(props(g, 'Call', '1987-03-04-meeting-su-us')).toMatchObject({ kind: 'talks', status: 'planned', date: '1987-03-04' });
    expect(targets(g, 'HELD_IN', '1987-03-04-meeting-su-us')).toEqual(['Place:geneva']);
    expect(props(g, 'Leader', 'max-kampelman')).toMatchObject({ title: 'Arms Negotiator', role: 'envoy' });
  });
  it('2733: a misspelt foreign minister is still found from his title', () => {
    const g = p('reuters21578-2733');
    expect(keys(g, 'Leader')).toEqual(['eduard-shevardnaze', 'george-shultz']);
    expect(props(g, 'Leader', 'eduard-shevardnaze')).toMatchObject({ name: 'Eduard Shevardnaze', title: 'Foreign Minister', role: 'minister' });
    expect(targets(g, 'REPRESENTS', 'eduard-shevardnaze')).toEqual(['Country:SU']);
    expect(props(g, 'Call', '1987-04-13-meeting-eduard-shevardnaze-george-shultz')).toMatchObject({ kind: 'meeting', status: 'planned', datePrecision: 'day' });
    expect(parts(g, '1987-04-13-meeting-eduard-shevardnaze-george-shultz')).toEqual(['Leader:eduard-shevardnaze', 'Leader:george-shultz']);
  });
  it('10265: Nakasone’s planned visit to the United States from April 29', () => {
    const g = p('reuters21578-10265');
    expect(props(g, 'Call', '1987-04-29-visit-us-yasuhiro-nakasone')).toMatchObject({ kind: 'visit', status: 'planned', date: '1987-04-29' });
    expect(parts(g, '1987-04-29-visit-us-yasuhiro-nakasone')).toEqual(['Country:US', 'Leader:yasuhiro-nakasone']);
    expect(targets(g, 'REPRESENTS', 'yasuhiro-nakasone')).toEqual(['Country:JP']);
  });
  it('11222: Thatcher’s talks with Ryzhkov today and nine hours with Gorbachev yesterday', () => {
    const g = p('reuters21578-11222');
    expect(props(g, 'Call', '1987-03-31-meeting-margaret-thatcher-nikolai-ryzhkov')).toMatchObject({ kind: 'talks', status: 'held', date: '1987-03-31' });
    const yesterday = keys(g, 'Call').filter((k) => k.startsWith('1987-03-30'));
    expect(yesterday.length).toBe(1);
    expect(parts(g, yesterday[0]!)).toContain('Leader:mikhail-gorbachev');
    expect(props(g, 'Call', yesterday[0]!)['durationMinutes']).toBe(540);
    expect(keys(g, 'Country')).toEqual(['GB', 'SU']);
  });
});

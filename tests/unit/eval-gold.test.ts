// Validates the hand-annotated evaluation gold and held-out sets: every file's shape, and that each excerpt occurs verbatim in its (unwrapped) story.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NodeLabel } from '../../core/model.ts';
import type { GraphPatch, PatchNode, PatchRel } from '../../core/patch.ts';
import type { Article } from '../../ingest/read/index.ts';
import { AGREEMENT_DIR, agreementPairs } from '../eval/agree.ts';
import { CORPUS, GOLD_DIR, HELDOUT_DIR, excerpts, loadGold, readStories, validateGold, type Gold } from '../eval/gold.ts';
import { KINDS, datelineDay, scoreStory } from '../eval/match.ts';

const golds = loadGold();
const heldout = loadGold(HELDOUT_DIR);
const agreement = existsSync(AGREEMENT_DIR) ? loadGold(AGREEMENT_DIR) : [];
const corpusPresent = existsSync(CORPUS);
if (!corpusPresent) console.warn(`eval-gold: corpus not found at ${CORPUS}: the excerpt checks are skipped`);

describe('evaluation gold', () => {
  it('has at least 15 annotated stories with calls and statements', () => {
    expect(golds.length).toBeGreaterThanOrEqual(15);
    expect(golds.filter((g) => g.calls.length > 0).length).toBeGreaterThanOrEqual(15);
    // Every story tells a call or a statement; one tells only calls (story-8129: a World Bank visit whose only
    // speakers are a newspaper and unnamed Western diplomats, of no state).
    expect(golds.filter((g) => g.calls.length + g.statements.length === 0).map((g) => g.id)).toEqual([]);
    expect(golds.filter((g) => g.statements.length === 0).map((g) => g.id)).toEqual(['reuters21578-8129']);
  });
});

describe('held-out set', () => {
  it('has 82 annotated stories, none of them in the tuning set, all with statements', () => {
    expect(heldout.length).toBe(82);
    const tuning = new Set(golds.map((g) => g.id));
    expect(heldout.filter((g) => tuning.has(g.id)).map((g) => g.id)).toEqual([]);
    expect(heldout.filter((g) => g.statements.length > 0).length).toBe(82);
  });
});

describe('second annotations (tests/eval/agreement)', () => {
  it('are each of a held-out story, and there are 30 of them', () => {
    expect(agreementPairs(AGREEMENT_DIR, [HELDOUT_DIR]).length).toBe(30);
  });
});

for (const [setName, set, dir] of [['gold', golds, GOLD_DIR], ['heldout', heldout, HELDOUT_DIR], ['agreement', agreement, AGREEMENT_DIR]] as Array<[string, Gold[], string]>) {
  describe(`${setName} files`, () => {
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
    it.each(files)('%s: shape, and the id its name says', (file) => {
      const g = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold;
      expect(validateGold(g, file)).toEqual([]);
    });

    describe.skipIf(!corpusPresent)(`excerpts appear verbatim in the stories of ${CORPUS} (skipped when the corpus is missing)`, () => {
      it(`every excerpt of every ${setName} file is in its story`, async () => {
        const stories = await readStories(set.map((g) => g.id));
        expect([...stories.keys()].sort()).toEqual(set.map((g) => g.id).sort());
        const missing: string[] = [];
        for (const g of set) {
          const text = stories.get(g.id)!.text;
          for (const [field, x] of excerpts(g)) if (!text.includes(x)) missing.push(`${g.id} ${field}: ${x}`);
        }
        expect(missing).toEqual([]);
      });
    });
  });
}

describe('evaluation matcher', () => {
  const gold = golds.find((g) => g.id === 'reuters21578-2766')!;
  const article: Article = {
    id: 'art_0000000000000000', text: '', publishedAt: '1987-03-06', title: null, source: 'x', url: null, dateline: 'WASHINGTON, March 6',
  };
  const node = (label: NodeLabel, key: string, props: PatchNode['props'] = {}): PatchNode => ({ label, key, props });
  const rel = (type: PatchRel['type'], from: PatchNode, to: PatchNode, props: PatchRel['props'] = {}): PatchRel => ({
    type, from: { label: from.label, key: from.key }, to: { label: to.label, key: to.key }, props,
  });
  const reagan = node('Leader', 'reagan');
  const shultz = node('Leader', 'george-shultz');
  const shev = node('Leader', 'eduard-shevardnadze');
  const moscow = node('Leader', 'moscow');
  const talks = node('Call', 'c1', { kind: 'meeting', status: 'planned', date: '1987-04-14', datePrecision: 'day' });
  const phone = node('Call', 'c2', { kind: 'phone call', status: 'held', date: '1987-03-06', datePrecision: 'day' });
  const said = node('Statement', 's1', { kind: 'announcement', text: 'President Reagan announced he is sending Shultz' });
  const warned = node('Statement', 's2', { kind: 'warning', text: 'Arms control is expected to be the major topic.' });
  const us = node('Country', 'US');
  const patch: GraphPatch = {
    nodes: [reagan, shultz, shev, moscow, us, node('Country', 'SU'), node('Country', 'GB'), talks, phone, said, warned, node('Day', '1987-04-14'), node('Day', '1987-03-06')],
    rels: [
      rel('PARTICIPATED_IN', shultz, talks), rel('PARTICIPATED_IN', shev, talks),
      rel('PARTICIPATED_IN', reagan, phone), rel('PARTICIPATED_IN', shultz, phone),
      rel('MADE', reagan, said), rel('MADE', us, warned),
    ],
  };

  it('scores a hand-built patch by the documented rules', () => {
    const s = scoreStory(gold, article, patch);
    const counts = Object.fromEntries(KINDS.map((k) => [k, [s.kinds[k].tp, s.kinds[k].fp, s.kinds[k].fn]]));
    // leaders: reagan is an alias of ronald-reagan, moscow is extra; countries: GB extra;
    // calls: the talks match (in person, ±1 day), the phone call is extra; statements: the
    // warning by US is extra; dates: 1987-04-14 is not the gold 1987-04-13, 1987-03-06 is the publication day.
    expect(counts).toEqual({ leaders: [3, 1, 0], countries: [2, 1, 0], calls: [1, 1, 0], statements: [1, 1, 0], dates: [0, 1, 1] });
    expect(s.kinds.leaders.extra).toEqual(['moscow']);
    expect(s.kinds.dates.missed).toEqual(['1987-04-13']);
    expect(s.callStatus).toEqual({ same: 1, of: 1 });
    expect(s.callKind).toEqual({ same: 0, of: 1 });
    expect(s.statementKinds).toEqual({ agree: 1 });
  });

  it('lists the kind confusion of statements matched on speaker alone', () => {
    // Reagan's only statement is a warning where the gold says announcement: a speaker match, a kind miss.
    const p: GraphPatch = { nodes: [reagan, warned], rels: [rel('MADE', reagan, warned)] };
    const s = scoreStory(gold, article, p);
    expect(s.statementSpeaker).toEqual({ speaker: 1, of: 1 });
    expect(s.statementKinds).toEqual({ 'announcement → warning': 1 });
  });

  it('does not match a call two days off or of the other kind class', () => {
    const off = { ...talks, props: { ...talks.props, date: '1987-04-15' } };
    const remote = { ...talks, key: 'c3', props: { ...talks.props, kind: 'video call' } };
    for (const c of [off, remote]) {
      const p: GraphPatch = { nodes: [shultz, shev, c], rels: [rel('PARTICIPATED_IN', shultz, c), rel('PARTICIPATED_IN', shev, c)] };
      expect(scoreStory(gold, article, p).kinds.calls).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    }
  });

  it('datelineDay reads the dateline in the publication year', () => {
    expect(datelineDay('TOKYO, March 27', '1987-03-26')).toBe('1987-03-27');
    expect(datelineDay('ANCHORAGE, Alaska, Feb 26', '1987-02-26')).toBe('1987-02-26');
    expect(datelineDay(null, '1987-02-26')).toBe(null);
    // month names in capitals, as 127 corpus datelines write them
    expect(datelineDay('BRASILIA, MARCH 5', '1987-03-05')).toBe('1987-03-05');
  });
});

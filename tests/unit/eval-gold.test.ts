// Validates the hand-annotated evaluation gold: every file's shape, and that each excerpt occurs verbatim in its (unwrapped) story.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS, excerpts, loadGold, readStories, validateGold } from '../eval/gold.ts';

const golds = loadGold();
const corpusPresent = existsSync(CORPUS);
if (!corpusPresent) console.warn(`eval-gold: corpus not found at ${CORPUS}: the excerpt checks are skipped`);

describe('evaluation gold', () => {
  it('has at least 15 annotated stories with calls and statements', () => {
    expect(golds.length).toBeGreaterThanOrEqual(15);
    expect(golds.filter((g) => g.calls.length > 0).length).toBeGreaterThanOrEqual(15);
    expect(golds.filter((g) => g.statements.length > 0).length).toBe(golds.length);
  });

  it.each(golds.map((g) => [g.id, g] as const))('%s: shape', (id, g) => {
    expect(validateGold(g, `${id}.json`)).toEqual([]);
  });

  describe.skipIf(!corpusPresent)(`excerpts appear verbatim in the stories of ${CORPUS} (skipped when the corpus is missing)`, () => {
    it('every excerpt of every gold file is in its story', async () => {
      const stories = await readStories(golds.map((g) => g.id));
      expect([...stories.keys()].sort()).toEqual(golds.map((g) => g.id).sort());
      const missing: string[] = [];
      for (const g of golds) {
        const text = stories.get(g.id)!.text;
        for (const [field, x] of excerpts(g)) if (!text.includes(x)) missing.push(`${g.id} ${field}: ${x}`);
      }
      expect(missing).toEqual([]);
    });
  });
});

/**
 * Inter-annotator agreement: a second, independent annotation of a story scored against the first
 * by the very matcher that scores the extractor (`scoreStory`), so that the extractor's figures can
 * be read against what two careful annotators reach under the same guidelines.
 *
 * The second annotation is turned into the GraphPatch an extractor that made exactly those
 * judgements would emit (`annotationAsPatch`). Like the extractor, it commits to one reading:
 * the first of its listed alternatives for each speaker, participant and statement kind (the
 * first annotation keeps all of its alternatives, as gold does). Only the naming of a person is
 * forgiven: when one of the second annotator's slugs for a leader (id or alias) is a slug the
 * first annotation gives that person, that slug is used, as the two slug conventions for the
 * same name are no disagreement about the text.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NodeLabel } from '../../core/model.ts';
import { mergePatches } from '../../core/merge.ts';
import { parseNodeKey, type GraphPatch, type PatchNode, type PatchRel } from '../../core/patch.ts';
import { REPO_ROOT, alternatives, loadGold, type Gold } from './gold.ts';

/** Second annotations of held-out stories, one `story-<number>.json` per story, as the gold's. */
export const AGREEMENT_DIR = join(REPO_ROOT, 'tests/eval/agreement');

/** Each second annotation with the first annotation of the same story (held-out set, else tuning set). */
export function agreementPairs(dir = AGREEMENT_DIR, firstDirs: string[] = []): Array<{ first: Gold; second: Gold }> {
  if (!existsSync(dir) || readdirSync(dir).every((f) => !f.endsWith('.json'))) return [];
  const first = new Map(firstDirs.flatMap((d) => loadGold(d)).map((g) => [g.id, g]));
  return loadGold(dir).map((second) => {
    const f = first.get(second.id);
    if (!f) throw new Error(`${second.id}: second annotation in ${dir} has no first annotation in ${firstDirs.join(' or ')}`);
    return { first: f, second };
  });
}

/**
 * The GraphPatch of `second`'s judgements, its leader slugs named as `first` names the same
 * person where one of them agrees.
 */
export function annotationAsPatch(second: Gold, first: Gold): GraphPatch {
  const firstSlugs = new Set(first.leaders.flatMap((l) => [l.id, ...(l.aliases ?? [])]));
  const slug = new Map<string, string>();
  for (const l of second.leaders) {
    const own = [l.id, ...(l.aliases ?? [])];
    const chosen = own.find((s) => firstSlugs.has(s)) ?? l.id;
    for (const s of own) slug.set(s, chosen);
  }
  const ref = (key: string) => {
    const r = parseNodeKey(key);
    return r.label === 'Leader' ? { label: r.label, key: slug.get(r.key) ?? r.key } : r;
  };
  const nodes: PatchNode[] = [];
  const rels: PatchRel[] = [];
  const article = { label: 'Article' as NodeLabel, key: second.id };
  for (const l of second.leaders) {
    const leader = ref(`Leader:${l.id}`);
    nodes.push({ ...leader, props: { name: l.name } });
    rels.push({ type: 'REPRESENTS', from: leader, to: { label: 'Country', key: l.country }, props: {} });
  }
  for (const c of second.countries) nodes.push({ label: 'Country', key: c.iso2, props: {} });
  second.calls.forEach((c, i) => {
    const call = { label: 'Call' as NodeLabel, key: `second-call-${i}` };
    nodes.push({ ...call, props: { kind: c.kind, status: c.status, date: c.date ?? '', datePrecision: c.precision ?? '' } });
    for (const p of c.participants) rels.push({ type: 'PARTICIPATED_IN', from: ref(alternatives(p)[0]!), to: call, props: {} });
    rels.push({ type: 'REPORTED_IN', from: call, to: article, props: { sentence: c.excerpt } });
  });
  second.statements.forEach((s, i) => {
    const st = { label: 'Statement' as NodeLabel, key: `second-statement-${i}` };
    nodes.push({ ...st, props: { kind: alternatives(s.kind)[0]!, text: s.excerpt } });
    rels.push({ type: 'MADE', from: ref(alternatives(s.speaker)[0]!), to: st, props: {} });
    rels.push({ type: 'REPORTED_IN', from: st, to: article, props: { sentence: s.excerpt } });
  });
  for (const d of second.dates) nodes.push({ label: 'Day', key: d.date, props: {} });
  // One node per key, as in an extractor's patch (two leaders named alike, a day given twice).
  return mergePatches({ nodes, rels });
}

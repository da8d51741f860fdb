/**
 * `npm run eval`: precision and recall of extraction on hand-annotated Reuters stories.
 *
 * Two sets: the tuning set tests/eval/gold/ (visible while the extractor is tuned) and the
 * held-out set tests/eval/heldout/ (annotated blind, never tuned against); each gets its own
 * table, `--set gold|heldout` evaluates one of them only.
 * Reads the annotated files of a set (one per story, short excerpts only), reads those
 * stories by id from ../shared/corpus/reuters21578.jsonl with the project's reader (streaming,
 * stopping once all are found), runs `extractArticle` from ingest/extract/index.ts on each, and
 * prints precision and recall per kind (leaders, countries, calls, statements, dates) and a
 * micro-average, as an aligned table. It is a report: it always exits 0.
 *
 * Matching rules (full text in tests/eval/match.ts):
 * - leader = same slug id (or a listed alias); country = same ISO2 (Soviet Union SU, West Germany DE);
 * - call = same kind class (remote / in person), ≥ min(2, n) gold participants present (a leader
 *   or, failing that, its country; a country or one of its leaders), date within ±1 day (day),
 *   in the same month (month) or anything (gold date null); status and exact kind reported apart;
 * - statement = same speaker (any listed alternative) + a kind among the gold kinds;
 * - date = day-precision dates (Day nodes, Call/Statement day dates) except the publication day
 *   and the dateline's day.
 * Each gold fact matches at most one predicted fact and vice versa, paired by a maximum matching
 * (no gold fact goes unmatched because another took a prediction it could have done without);
 * unmatched predictions are false positives. Below each table: the status and exact kind agreement of matched calls, and
 * how many gold statements match on speaker alone (kind ignored), so that kind errors and speaker
 * errors can be told apart, and the kind confusion of those speaker matches (gold → predicted, counts). Options: --verbose prints every miss and extra per story; --stories N,N,… evaluates those stories only; --set gold|heldout
 * (exit code 2 on any other value). Exits 1 only
 * when the evaluation itself crashes, never because of low scores.
 */
import { existsSync } from 'node:fs';
import type { GraphPatch } from '../../core/patch.ts';
import type { Article } from '../../ingest/read/index.ts';
import { AGREEMENT_DIR, agreementPairs, annotationAsPatch } from './agree.ts';
import { CORPUS, EVAL_SETS, GOLD_DIR, HELDOUT_DIR, loadGold, readStories, type EvalSetName, type Gold } from './gold.ts';
import { KINDS, scoreStory, total, type Score, type StoryScore } from './match.ts';

type Extract = (article: Article) => unknown;

async function loadExtractor(): Promise<Extract | string> {
  try {
    // A computed specifier: the eval runs (and typechecks) before extraction exists.
    const specifier = '../../ingest/extract/index.ts';
    const mod = (await import(specifier)) as { extractArticle?: unknown };
    if (typeof mod.extractArticle !== 'function') return 'ingest/extract/index.ts does not export extractArticle';
    return mod.extractArticle as Extract;
  } catch (e) {
    return `cannot load ingest/extract/index.ts (${(e as Error).message.split('\n')[0]})`;
  }
}

/** Accepts a GraphPatch, or an object holding one in `patch`, possibly behind a promise. */
async function asPatch(result: unknown): Promise<GraphPatch> {
  const r = (await result) as Partial<GraphPatch> & { patch?: GraphPatch };
  if (r && Array.isArray(r.nodes) && Array.isArray(r.rels)) return r as GraphPatch;
  if (r && r.patch && Array.isArray(r.patch.nodes)) return r.patch;
  throw new Error('extractArticle returned no GraphPatch ({nodes, rels})');
}

function ratio(a: number, b: number): string {
  return b === 0 ? '   -' : (a / b).toFixed(2);
}

/** The quality target of issue 3. */
const TARGET = { precision: 0.9, recall: 0.8 };

function meetsTarget(s: { tp: number; fp: number; fn: number }): string {
  const p = s.tp + s.fp === 0 ? 0 : s.tp / (s.tp + s.fp);
  const r = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  return p >= TARGET.precision && r >= TARGET.recall ? 'met' : 'no';
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
}

function printTable(sum: Record<(typeof KINDS)[number], Score>): void {
  const widths = [10, 5, 5, 5, 9, 6, 6];
  console.log(row(['kind', 'gold', 'pred', 'match', 'precision', 'recall', 'target'], widths));
  console.log(row(widths.map((w) => '-'.repeat(w)), widths));
  const micro = { tp: 0, fp: 0, fn: 0 };
  for (const k of KINDS) {
    const s = sum[k];
    micro.tp += s.tp;
    micro.fp += s.fp;
    micro.fn += s.fn;
    console.log(row([k, String(s.tp + s.fn), String(s.tp + s.fp), String(s.tp), ratio(s.tp, s.tp + s.fp), ratio(s.tp, s.tp + s.fn), meetsTarget(s)], widths));
  }
  console.log(row(widths.map((w) => '-'.repeat(w)), widths));
  console.log(row(['micro', String(micro.tp + micro.fn), String(micro.tp + micro.fp), String(micro.tp), ratio(micro.tp, micro.tp + micro.fp), ratio(micro.tp, micro.tp + micro.fn), meetsTarget(micro)], widths));
  console.log(`target (issue 3): precision >= ${TARGET.precision} and recall >= ${TARGET.recall} on every kind`);
}

/**
 * One line per kind disagreement among the statements matched on speaker alone, most frequent
 * first: "  warning|threat → concern  3" (gold kinds, then the predicted kind).
 */
function kindConfusion(scores: StoryScore[]): string {
  const sum = new Map<string, number>();
  for (const s of scores) for (const [pair, n] of Object.entries(s.statementKinds)) sum.set(pair, (sum.get(pair) ?? 0) + n);
  const agree = sum.get('agree') ?? 0;
  sum.delete('agree');
  const pairs = [...sum].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const width = Math.max(0, ...pairs.map(([p]) => p.length));
  return [
    `statement kinds on speaker matches: ${agree} agree, ${pairs.reduce((a, [, n]) => a + n, 0)} differ (gold → predicted):`,
    ...pairs.map(([p, n]) => `  ${p.padEnd(width)}  ${n}`),
  ].join('\n');
}

/** What is scored against a story's annotation: the extractor's patch, or a second annotation's. */
type Predict = (gold: Gold, article: Article) => Promise<GraphPatch>;

/** The extractor as a `Predict` (an empty patch when it is unavailable or fails, said per story). */
function extractorPredict(extract: Extract | string): Predict {
  return async (g, article) => {
    if (typeof extract === 'string') return { nodes: [], rels: [] };
    try {
      return await asPatch(extract(article));
    } catch (e) {
      console.log(`${g.id}: extraction failed: ${(e as Error).message}`);
      return { nodes: [], rels: [] };
    }
  };
}

/** Scores `predict` on the annotated stories and prints the table under `title`. */
async function evaluate(title: string, golds: Gold[], predict: Predict, verbose: boolean): Promise<void> {
  console.log(`\n== ${title} ==`);
  const stories = await readStories(golds.map((g) => g.id));
  const scores: StoryScore[] = [];
  const started = performance.now();
  for (const g of golds) {
    const article = stories.get(g.id);
    if (!article) {
      console.log(`${g.id}: not in the corpus, skipped`);
      continue;
    }
    const s = scoreStory(g, article, await predict(g, article));
    scores.push(s);
    if (verbose) {
      const lines = KINDS.flatMap((k) => [...s.kinds[k].missed.map((m) => `  missed ${k}: ${m}`), ...s.kinds[k].extra.map((x) => `  extra  ${k}: ${x}`)]);
      console.log(`${g.id} (${article.publishedAt}, ${article.title ?? ''})${lines.length ? '\n' + lines.join('\n') : ': all matched'}`);
    }
  }
  const ms = performance.now() - started;
  console.log('');
  printTable(total(scores));
  const st = scores.reduce((a, s) => ({ same: a.same + s.callStatus.same, of: a.of + s.callStatus.of }), { same: 0, of: 0 });
  const kd = scores.reduce((a, s) => ({ same: a.same + s.callKind.same, of: a.of + s.callKind.of }), { same: 0, of: 0 });
  console.log(`\nmatched calls: status agrees ${st.same}/${st.of}, exact kind agrees ${kd.same}/${kd.of}`);
  const sp = scores.reduce((a, s) => ({ speaker: a.speaker + s.statementSpeaker.speaker, of: a.of + s.statementSpeaker.of }), { speaker: 0, of: 0 });
  const stm = total(scores).statements.tp;
  console.log(`statements: ${sp.speaker}/${sp.of} gold match on speaker alone (kind ignored), ${stm} also on kind`);
  console.log(kindConfusion(scores));
  console.log(`scoring time: ${ms.toFixed(0)} ms for ${scores.length} stories${verbose ? '' : ' (--verbose lists every miss and extra)'}`);
}

/** Evaluates the extractor on one set of annotated stories. */
async function evaluateSet(name: EvalSetName, extract: Extract | string, verbose: boolean, only: Set<string> | null): Promise<void> {
  const set = EVAL_SETS[name];
  const golds = loadGold(set.dir).filter((g) => only === null || only.has(g.id));
  await evaluate(`${set.title}: ${golds.length} hand-annotated stories${only ? ' (chosen by --stories)' : ''}`, golds, extractorPredict(extract), verbose);
}

/**
 * The human ceiling: each story of tests/eval/agreement annotated a second time, blind, scored
 * against its first annotation exactly as the extractor is; then the extractor on the same stories.
 */
async function evaluateAgreement(extract: Extract | string, verbose: boolean, only: Set<string> | null): Promise<void> {
  const pairs = agreementPairs(AGREEMENT_DIR, [HELDOUT_DIR, GOLD_DIR]).filter((p) => only === null || only.has(p.first.id));
  if (pairs.length === 0) {
    console.log(`\n== agreement: no second annotations in ${AGREEMENT_DIR} ==`);
    return;
  }
  const second = new Map(pairs.map((p) => [p.first.id, p.second]));
  const firsts = pairs.map((p) => p.first);
  await evaluate(
    `annotator agreement (tests/eval/agreement): a second annotator scored against the first on ${pairs.length} stories`,
    firsts,
    async (g) => annotationAsPatch(second.get(g.id)!, g),
    verbose,
  );
  await evaluate(`the extractor on the same ${pairs.length} stories, against the first annotation`, firsts, extractorPredict(extract), verbose);
}

/** A bad command-line option (printed without a stack trace). */
class UsageError extends Error {
  override name = 'UsageError';
  readonly code = 'EVAL_USAGE';
}

type SetChoice = EvalSetName | 'agreement';

/** The sets chosen by `--set gold|heldout|agreement` (all three when absent). */
function chosenSets(argv: string[]): SetChoice[] {
  const i = argv.indexOf('--set');
  if (i < 0) return ['gold', 'heldout', 'agreement'];
  const v = argv[i + 1];
  if (v !== 'gold' && v !== 'heldout' && v !== 'agreement') {
    throw new UsageError(`--set: expected "gold", "heldout" or "agreement", got ${v === undefined ? 'nothing' : `"${v}"`}`);
  }
  return [v];
}

/**
 * The stories chosen by `--stories 11487,story-13246,reuters21578-17750` (all when absent), as corpus
 * ids: a fresh batch's figures can be read before any change is made for it.
 */
function chosenStories(argv: string[]): Set<string> | null {
  const i = argv.indexOf('--stories');
  if (i < 0) return null;
  const v = argv[i + 1] ?? '';
  const ids = v.split(',').map((s) => /^(?:story-|reuters21578-)?(\d+)$/.exec(s.trim())?.[1]);
  if (v === '' || ids.some((n) => n === undefined)) {
    throw new UsageError(`--stories: expected story numbers separated by commas (e.g. 11487,13246), got ${v === '' ? 'nothing' : `"${v}"`}`);
  }
  return new Set(ids.map((n) => `reuters21578-${n}`));
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const sets = chosenSets(process.argv.slice(2));
  const only = chosenStories(process.argv.slice(2));
  console.log(`diplograph eval: hand-annotated stories from ${CORPUS}`);
  if (!existsSync(CORPUS)) {
    console.log(`corpus not found at ${CORPUS}: nothing to evaluate (the corpus stays outside the repository)`);
    return;
  }
  const extract = await loadExtractor();
  if (typeof extract === 'string') console.log(`extraction unavailable: ${extract}; every prediction is empty`);
  for (const name of sets) {
    if (name === 'agreement') await evaluateAgreement(extract, verbose, only);
    else await evaluateSet(name, extract, verbose, only);
  }
}

main().catch((e: unknown) => {
  if (e instanceof UsageError) {
    console.error(`eval: ${e.message}`);
    process.exitCode = 2;
    return;
  }
  console.error(`eval: ${(e as Error).stack ?? String(e)}`);
  process.exitCode = 1;
});

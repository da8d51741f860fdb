/**
 * Full garbage collections at a steady pace during a long ingest, to keep its peak memory down.
 *
 * Why: kuzu's Node binding keeps query results, prepared statements and their bound parameters
 * (a batch's rows) in native memory that V8 does not count, and a batch's articles and patches
 * live long enough to reach the old generation. Left to itself V8 collects late, and the process
 * RSS drifts up with the garbage: the whole Reuters corpus (500-article batches) peaked at 1,005
 * MiB on a quiet machine and 1,026–1,110 MiB on a loaded one; with a full collection between
 * batches, at most once a second, at 968 and 912–919 MiB. A full collection of the ingest's
 * heap takes a few tens of milliseconds: the whole-corpus time did not change (138 → 139 s).
 *
 * `gc` is exposed at run time the way jest-leak-detector does it (`--expose-gc` set through
 * v8.setFlagsFromString, the function read from a fresh context), so that no command line has to
 * carry the flag.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

let exposed: (() => void) | null | undefined;

/** V8's full garbage collection, or null where it cannot be exposed. */
export function fullGc(): (() => void) | null {
  if (exposed !== undefined) return exposed;
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === 'function') return (exposed = existing);
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    exposed = typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    exposed = null;
  }
  return exposed;
}

export interface GcPaceOptions {
  /** At least this long between two collections (ms). */
  everyMs?: number;
  /** Clock in ms (tests pass their own). */
  now?: () => number;
  /** The collection to run (default: fullGc(); nothing when it is unavailable). */
  collect?: (() => void) | null;
}

/**
 * A function to call between batches: it runs a full collection when `everyMs` have passed since
 * the last one, and otherwise does nothing.
 * @example const pace = gcPacer(); for (const b of batches) { await write(b); pace(); }
 */
export function gcPacer(opts: GcPaceOptions = {}): () => void {
  const everyMs = opts.everyMs ?? 1000;
  const now = opts.now ?? (() => performance.now());
  const collect = opts.collect === undefined ? fullGc() : opts.collect;
  let last = now();
  return () => {
    if (!collect || now() - last < everyMs) return;
    collect();
    last = now();
  };
}

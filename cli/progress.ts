/**
 * Progress of long runs: a bar (articles done, articles/s, ETA) on a TTY, plain periodic lines
 * otherwise, and the closing summary.
 */
import cliProgress from 'cli-progress';
import type { IngestProgress, IngestSummary } from '../ingest/pipeline.ts';

export interface ProgressReporter {
  update(p: IngestProgress): void;
  stop(): void;
}

/** A reporter writing to `stream`: a bar when it is a TTY, a line every `intervalSec` otherwise. */
export function progressReporter(stream: NodeJS.WriteStream, total: number | null, intervalSec = 5): ProgressReporter {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: total
          ? 'ingest |{bar}| {value}/{total} articles | {rate} articles/s | ETA {eta_formatted} | new {new} skipped {skipped} failed {failed}'
          : 'ingest {value} articles | {rate} articles/s | new {new} skipped {skipped} failed {failed}',
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total ?? 0, 0, { rate: '0', new: 0, skipped: 0, failed: 0 });
    return {
      update(p) {
        if (total !== null && p.done > bar.getTotal()) bar.setTotal(p.done);
        bar.update(p.done, { rate: (p.done / Math.max(p.elapsed, 0.001)).toFixed(0), new: p.new, skipped: p.skipped, failed: p.failed });
      },
      stop: () => bar.stop(),
    };
  }
  let last = -Infinity;
  return {
    update(p) {
      if (p.elapsed - last < intervalSec) return;
      last = p.elapsed;
      const rate = p.done / Math.max(p.elapsed, 0.001);
      const eta = total && rate > 0 ? ` ETA ${Math.max(0, Math.round((total - p.done) / rate))}s` : '';
      stream.write(`ingest: ${p.done}${total ? `/${total}` : ''} articles, ${rate.toFixed(0)}/s${eta}, new ${p.new}, skipped ${p.skipped}, failed ${p.failed}\n`);
    },
    stop() {},
  };
}

/** The closing summary of an ingest, one fact a line. */
export function formatSummary(s: IngestSummary): string {
  return [
    `articles: ${s.read} read, ${s.new} new, ${s.skipped} skipped as already ingested, ${s.failed} failed`,
    `nodes: ${s.nodesCreated} created, ${s.nodesUpdated} updated; relationships: ${s.relsCreated} created, ${s.relsUpdated} updated`,
    `time: ${s.seconds.toFixed(1)} s`,
  ].join('\n');
}

#!/bin/sh
//bin/true; export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-4194304}"; exec node "$0" "$@"
// Entry point of the `diplograph` command: runs the TypeScript CLI through tsx (no build step).
//
// Run as a program (`npx diplograph`, `./bin/diplograph.js`), the line above is read by sh: it sets
// glibc's malloc mmap threshold (unless already set) and replaces itself with node on this file, so
// the process, its pid and its signals stay the same; for node that line is a comment. Why: every
// write transaction of kuzu 0.11.3 allocates a 4 MiB CSR index (131,072 entries of 32 bytes) per
// relationship table and direction it writes into a non-empty table, about 56 of them per ingest
// batch, and frees them at the commit's checkpoint. glibc's default threshold rises to 4 MiB at the
// first such free, after which they are carved out of malloc's arenas, which stay fragmented: the
// whole-corpus ingest peaked at 847–886 MiB RSS in five runs. With the threshold fixed at 4 MiB each
// index is its own mapping, returned at once: 677–719 MiB, for 1–5 % more CPU time in paired runs,
// mostly page faults (system time 5.7 → 11.0 s). A higher MALLOC_TRIM_THRESHOLD_ (32 MiB) saved no
// time and gave back 80 MiB. `node bin/diplograph.js` runs without it (nothing else changes).
// Other C libraries ignore the variable.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`diplograph --help | head`, `diplograph query … | head`) closes the
// pipe: what is left to print has no reader, so stop quietly rather than throw EPIPE at the user.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const { main } = await import('./diplograph.ts');
process.exitCode = await main(process.argv);

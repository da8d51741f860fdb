/**
 * The `diplograph` command line (commander): ingest, extract, query, export, serve, stats, start.
 * A thin edge: it parses arguments, calls the core and formats what comes back.
 * Exit codes: 0 done, 1 failed, 2 bad usage.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { formatSummary, progressReporter } from '../cli/progress.ts';
import { callServer, connect, namedQueryFromServer, storeConfig, type ConnectionOptions, type Target } from '../cli/connect.ts';
import { formatCsv, formatJson, formatTable } from '../cli/output.ts';
import { countArticles } from '../cli/estimate.ts';
import { mergePatches } from '../core/merge.ts';
import { DEFAULT_BATCH_SIZE, ingest, type IngestSummary } from '../ingest/pipeline.ts';
import { readInputs } from '../ingest/read/index.ts';
import { listQueries, runNamedQuery } from '../queries/index.ts';
import { NODE_LABELS, REL_TYPES } from '../core/model.ts';
import type { QueryResult, StoreStats } from '../store/port.ts';
import { runExport } from '../cli/export.ts';
import { runServe } from '../cli/serve.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SAMPLES_DIR = path.join(ROOT, 'data', 'samples');

/** Thrown for a bad argument: exit code 2. */
class UsageError extends Error {
  override name = 'UsageError';
}

function addConnectionOptions(cmd: Command): Command {
  return cmd
    .option('--db <file>', 'embedded database file (default: $DIPLOGRAPH_DB or data/db/diplograph.kuzu)')
    .option('--neo4j <uri>', 'use Neo4j at this URI (bolt://, neo4j://, neo4j+s://; default: $NEO4J_URI)')
    .option('--neo4j-user <user>', 'Neo4j user (default: $NEO4J_USER or neo4j)')
    .option('--neo4j-password <password>', 'Neo4j password (default: $NEO4J_PASSWORD)')
    .option('--neo4j-database <name>', 'Neo4j database (default: $NEO4J_DATABASE or the server default)');
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `k=v` pairs into an object. */
export function parseParams(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const i = p.indexOf('=');
    if (i <= 0) throw new UsageError(`--param ${p}: expected name=value, e.g. --param from=2021-12-01`);
    out[p.slice(0, i)] = p.slice(i + 1);
  }
  return out;
}

async function withStore<T>(target: Target, fn: (t: Target) => Promise<T>): Promise<T> {
  try {
    return await fn(target);
  } finally {
    if (target.kind === 'store') await target.store.close();
  }
}

function printResult(res: QueryResult, opts: { json?: boolean; csv?: boolean }, out: NodeJS.WriteStream): void {
  if (opts.json) out.write(formatJson(res) + '\n');
  else if (opts.csv) out.write(formatCsv(res));
  else out.write(formatTable(res) + '\n');
}

function formatStats(s: StoreStats): string {
  const rows = [
    ...NODE_LABELS.map((l) => [`(:${l})`, String(s.nodes[l])]),
    ...REL_TYPES.map((t) => [`[:${t}]`, String(s.rels[t])]),
  ];
  const w = Math.max(...rows.map((r) => r[0]!.length));
  const nodes = NODE_LABELS.reduce((a, l) => a + s.nodes[l], 0);
  const rels = REL_TYPES.reduce((a, t) => a + s.rels[t], 0);
  return [...rows.map(([k, v]) => `${k!.padEnd(w)}  ${v!.padStart(8)}`), `${'nodes'.padEnd(w)}  ${String(nodes).padStart(8)}`, `${'relationships'.padEnd(w)}  ${String(rels).padStart(8)}`].join('\n');
}

async function runIngest(inputs: string[], opts: ConnectionOptions & { batchSize?: string; defaultDate?: string; json?: boolean; quiet?: boolean }): Promise<IngestSummary> {
  const batchSize = opts.batchSize === undefined ? undefined : Number(opts.batchSize);
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
    throw new Error(`diplograph ingest: --batch-size must be a whole number of articles, at least 1; got "${opts.batchSize}"`);
  }
  const target = await connect(opts, process.env);
  if (target.kind === 'server') {
    throw new Error(`diplograph ingest: the database is held by the server at ${target.url}; stop it first (ingest writes need the database itself)`);
  }
  return withStore(target, async () => {
    const total = inputs.includes('-') ? null : await countArticles(inputs);
    const reporter = opts.quiet ? null : progressReporter(process.stderr, total);
    const summary = await ingest(target.store, inputs, {
      batchSize,
      defaultDate: opts.defaultDate,
      stdin: process.stdin,
      onProgress: (p) => reporter?.update(p),
      onProblem: (p) => {
        if (!opts.quiet) process.stderr.write(`\n${p.where}: ${p.message}\n`);
      },
    });
    reporter?.stop();
    if (opts.json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    else process.stdout.write(formatSummary(summary) + '\n');
    return summary;
  });
}

/** Builds the program. */
export function program(): Command {
  const prog = new Command('diplograph')
    .description('Follow diplomacy as a graph: ingest news articles into a graph of leaders, calls and statements; query, export and explore it.')
    .version('0.1.0')
    .showHelpAfterError()
    .addHelpText('after', `
Examples:
  $ diplograph ingest data/samples                  build the graph from the sample articles
  $ diplograph stats                                counts per label and relationship type
  $ diplograph query "MATCH (c:Country) RETURN c.iso2 AS iso2 ORDER BY iso2" --json
  $ diplograph query --name timeline --param from=2021-12-01 --param to=2021-12-31
  $ diplograph export --around Leader:vladimir-putin --depth 2 --format graphml --out putin.graphml
  $ diplograph serve --port 4477                    the web app and API on http://127.0.0.1:4477`);

  addConnectionOptions(
    prog.command('ingest')
      .description('read articles (files, directories, - for stdin) and add what they report to the graph; already ingested articles are skipped')
      .argument('<inputs...>', '.txt .md .json .jsonl files, directories (recursive), or - for stdin')
      .option('--default-date <YYYY-MM-DD>', 'publication date for articles that have none')
      .option('--batch-size <n>', 'articles per transaction (bigger is faster: fewer, larger writes)', String(DEFAULT_BATCH_SIZE))
      .option('--json', 'print the summary as JSON')
      .option('--quiet', 'no progress and no per-file messages')
      .addHelpText('after', `
Examples:
  $ diplograph ingest data/samples
  $ diplograph ingest ../shared/corpus/reuters21578.jsonl --batch-size 5000
  $ cat story.txt | diplograph ingest - --default-date 2021-12-07

Exit code 1 when any input failed (the others are stored).`),
  ).action(async (inputs: string[], opts) => {
    const s = await runIngest(inputs, opts);
    if (s.failed > 0) process.exitCode = 1;
  });

  prog.command('extract')
    .description('extract the graph patch of articles and print it; stores nothing')
    .argument('<inputs...>', 'files, directories or - for stdin')
    .option('--json', 'print the GraphPatch as JSON (default: a short summary)')
    .option('--default-date <YYYY-MM-DD>', 'publication date for articles that have none')
    .addHelpText('after', `
Examples:
  $ diplograph extract data/samples --json > patch.json`)
    .action(async (inputs: string[], opts: { json?: boolean; defaultDate?: string }) => {
      const { extractArticle } = await import('../ingest/extract/index.ts');
      const patches = [];
      let failed = 0;
      for await (const item of readInputs(inputs, { defaultDate: opts.defaultDate, stdin: process.stdin })) {
        if (!item.ok) {
          failed++;
          process.stderr.write(`${item.where}: ${item.message}\n`);
          continue;
        }
        patches.push(extractArticle(item.article));
      }
      const patch = mergePatches(...patches);
      if (opts.json) process.stdout.write(JSON.stringify(patch, null, 2) + '\n');
      else {
        const count = (xs: string[]) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())].map(([k, n]) => `${k} ${n}`).join(', ');
        process.stdout.write(`articles: ${patches.length}${failed ? `, ${failed} failed` : ''}\nnodes: ${count(patch.nodes.map((n) => n.label))}\nrelationships: ${count(patch.rels.map((r) => r.type))}\n`);
      }
      if (failed > 0) process.exitCode = 1;
    });

  addConnectionOptions(
    prog.command('query')
      .description('run read-only Cypher, or a named query from queries/')
      .argument('[cypher]', 'the Cypher to run (in the dialect of the store: kuzu or Neo4j)')
      .option('-n, --name <name>', 'run the named query')
      .option('-p, --param <name=value>', 'a parameter (repeatable)', collect, [])
      .option('--list', 'list the named queries with their parameters')
      .option('--json', 'rows as JSON')
      .option('--csv', 'rows as CSV')
      .option('--timeout <ms>', 'time limit in milliseconds', '30000')
      .option('--server <url>', 'send the query to a running diplograph server')
      .addHelpText('after', `
Examples:
  $ diplograph query "MATCH (l:Leader) RETURN l.name AS name ORDER BY name"
  $ diplograph query --list
  $ diplograph query --name leader_activity --param leader=vladimir-putin --json
When a running server holds the embedded database, the query goes to that server.`),
  ).action(async (cypher: string | undefined, opts) => {
    if (opts.list) {
      for (const q of listQueries()) {
        process.stdout.write(`${q.name}  ${q.description}\n`);
        for (const p of q.params) process.stdout.write(`    --param ${p.name}=<${p.type}>  e.g. ${p.example}${p.description ? `  ${p.description}` : ''}\n`);
      }
      return;
    }
    if (!cypher && !opts.name) throw new UsageError('diplograph query: give Cypher, --name <query> or --list');
    const params = parseParams(opts.param);
    const target = await connect(opts, process.env, true);
    const res = await withStore(target, async (t) => {
      if (t.kind === 'server') {
        return opts.name
          ? namedQueryFromServer(t.url, opts.name, params, { token: t.token })
          : callServer<QueryResult>(t.url, '/api/cypher', { query: cypher, params }, t.token);
      }
      return opts.name
        ? runNamedQuery(t.store, opts.name, params, { timeoutMs: Number(opts.timeout) })
        : t.store.query(cypher!, params, { readOnly: true, timeoutMs: Number(opts.timeout) });
    });
    printResult({ columns: res.columns, rows: res.rows }, opts, process.stdout);
  });

  addConnectionOptions(
    prog.command('export')
      .description('write a subgraph to json, jsonl, graphml, gexf, csv (neo4j-admin folder) or cypher')
      .option('-f, --format <format>', 'json | jsonl | graphml | gexf | csv | cypher', 'json')
      .option('-o, --out <path>', 'output file (a folder for csv; default: standard output)')
      .option('--around <nodeKey>', 'centre node, e.g. Leader:vladimir-putin')
      .option('--depth <n>', 'hops around the centre node', '1')
      .option('--from <YYYY-MM-DD>', 'start of the date window')
      .option('--to <YYYY-MM-DD>', 'end of the date window')
      .option('--keys <keys>', 'comma-separated node keys')
      .option('-n, --name <query>', 'nodes returned by this named query')
      .option('-p, --param <name=value>', 'a parameter of the named query or Cypher (repeatable)', collect, [])
      .option('--cypher <cypher>', 'nodes returned by this read-only Cypher')
      .option('--server <url>', 'ask a running diplograph server for the export')
      .addHelpText('after', `
Examples:
  $ diplograph export --around Leader:vladimir-putin --depth 2 --from 2021-12-01 --format graphml --out putin.graphml
  $ diplograph export --from 2021-12-01 --to 2021-12-31 --format csv --out dec2021/
  $ diplograph export --name calls_on_topic --param topic=ransomware --format cypher > ransomware.cypher`),
  ).action(async (opts) => {
    const target = await connect(opts, process.env, true);
    await withStore(target, (t) => runExport(t, opts, parseParams(opts.param), process.stdout));
  });

  addConnectionOptions(
    prog.command('serve')
      .description('serve the web app and the HTTP API')
      .option('--port <port>', 'port', process.env['PORT'] ?? '4477')
      .addOption(new Option('--host <host>', 'interface to bind; anything but loopback needs --token').default('127.0.0.1'))
      .option('--token <token>', 'API token (required for --allow-ingest and for non-loopback hosts; default: $DIPLOGRAPH_TOKEN)')
      .option('--allow-ingest', 'accept POST /api/ingest (needs --token)')
      .addHelpText('after', `
Examples:
  $ diplograph serve
  $ diplograph serve --port 8080 --allow-ingest --token s3cret`),
  ).action(async (opts) => {
    await runServe(storeConfig(opts, process.env), opts);
  });

  addConnectionOptions(
    prog.command('stats')
      .description('counts per label and relationship type')
      .option('--json', 'as JSON')
      .option('--server <url>', 'ask a running diplograph server'),
  ).action(async (opts) => {
    const target = await connect(opts, process.env, true);
    const s = await withStore(target, (t) => (t.kind === 'server' ? callServer<StoreStats>(t.url, '/api/stats', undefined, t.token) : t.store.stats()));
    process.stdout.write((opts.json ? JSON.stringify(s, null, 2) : formatStats(s)) + '\n');
  });

  addConnectionOptions(
    prog.command('start')
      .description('ingest the sample articles (skipping what is stored) and serve the app: what `npm start` runs')
      .option('--port <port>', 'port', process.env['PORT'] ?? '4477')
      .option('--samples <dir>', 'articles to ingest first', SAMPLES_DIR),
  ).action(async (opts) => {
    const summary = await runIngest([opts.samples], { ...opts, quiet: true });
    if (summary.failed > 0) process.exitCode = 1;
    await runServe(storeConfig(opts, process.env), { ...opts, host: '127.0.0.1' });
  });

  return prog;
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const prog = program();
  prog.exitOverride();
  prog.commands.forEach((c) => c.exitOverride());
  try {
    await prog.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof UsageError || (e as { code?: string }).code === 'E_PARAM' || (e as { code?: string }).code === 'E_UNKNOWN_QUERY') {
      process.stderr.write(`${(e as Error).message}\n`);
      return 2;
    }
    process.stderr.write(`${(e as Error).message}\n`);
    return 1;
  }
}

/**
 * `diplograph export`: choose a subgraph (export/selection.ts) and write it in a format of
 * export/formats.ts, locally or through a running server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { selectSubgraph, type Selection } from '../export/selection.ts';
import { exportFormat } from '../export/formats.ts';
import type { Target } from './connect.ts';

export interface ExportCliOptions {
  format: string;
  out?: string;
  around?: string;
  depth?: string;
  from?: string;
  to?: string;
  keys?: string;
  name?: string;
  cypher?: string;
}

/** Builds the Selection from CLI options. */
export function selectionFrom(opts: ExportCliOptions, params: Record<string, string>): Selection {
  const depth = opts.depth === undefined ? undefined : Number(opts.depth);
  return {
    keys: opts.keys ? opts.keys.split(',').map((k) => k.trim()).filter(Boolean) : undefined,
    query: opts.name,
    cypher: opts.cypher,
    params,
    around: opts.around,
    depth: opts.around ? depth : undefined,
    from: opts.from,
    to: opts.to,
  };
}

/** Writes the export to `--out` (a folder for csv) or to `stdout`. */
export async function runExport(target: Target, opts: ExportCliOptions, params: Record<string, string>, stdout: NodeJS.WritableStream): Promise<void> {
  const format = exportFormat(opts.format);
  const sel = selectionFrom(opts, params);
  if (target.kind === 'server') {
    const res = await fetch(`${target.url}/api/export`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(target.token ? { authorization: `Bearer ${target.token}` } : {}) },
      body: JSON.stringify({ format: format.name, ...sel }),
    });
    if (!res.ok) throw new Error(`diplograph export: server answered ${res.status}: ${await res.text()}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (opts.out) fs.writeFileSync(opts.out, bytes);
    else stdout.write(bytes);
    return;
  }
  const sg = await selectSubgraph(target.store, sel);
  const out = format.write(sg);
  if (out.type === 'files') {
    if (!opts.out) throw new Error(`diplograph export: --format ${format.name} writes a folder: give it with --out <folder>`);
    fs.mkdirSync(opts.out, { recursive: true });
    for (const [name, content] of out.files) fs.writeFileSync(path.join(opts.out, name), content);
    process.stderr.write(`export: ${sg.nodes.length} nodes, ${sg.rels.length} relationships → ${opts.out}/ (${out.files.size} files)\n`);
    return;
  }
  if (opts.out) {
    fs.writeFileSync(opts.out, out.text);
    process.stderr.write(`export: ${sg.nodes.length} nodes, ${sg.rels.length} relationships → ${opts.out}\n`);
  } else stdout.write(out.text);
}

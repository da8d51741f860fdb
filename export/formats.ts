/**
 * The export formats, declared as data: name, file extension, MIME type, description and
 * writer. The CLI (`--format`), the server (`/api/export?format=`) and the web app's export menu
 * all read this list; adding a format here adds it everywhere.
 */
import type { Subgraph } from '../store/port.ts';
import { writeCsvFiles } from './csv.ts';
import { writeCypher, type CypherDialect } from './cypher.ts';
import { writeGexf } from './gexf.ts';
import { writeGraphml } from './graphml.ts';
import { writeJson } from './json.ts';
import { writeJsonl } from './jsonl.ts';
import { zipFiles } from './zip.ts';

/** What a writer produces: one text, or a folder of text files (name → content). */
export type ExportOutput = { type: 'text'; text: string } | { type: 'files'; files: Map<string, string> };

export interface ExportOptions {
  /** For `cypher`: the schema prelude to write (default `neo4j`). */
  dialect?: CypherDialect;
}

export interface ExportFormat {
  readonly name: string;
  /** File extension of the download (without dot); `zip` for a folder format over HTTP. */
  readonly extension: string;
  /** MIME type of the download. */
  readonly mimeType: string;
  /** True when the format is a folder of files (written as a directory by the CLI, a zip over HTTP). */
  readonly folder: boolean;
  readonly description: string;
  readonly write: (sg: Subgraph, opts?: ExportOptions) => ExportOutput;
}

const text = (t: string): ExportOutput => ({ type: 'text', text: t });

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    name: 'json',
    extension: 'json',
    mimeType: 'application/json',
    folder: false,
    description: 'graphology serialisation (opens in Gephi Lite and graphology); node keys Label:key',
    write: (sg) => text(writeJson(sg)),
  },
  {
    name: 'jsonl',
    extension: 'jsonl',
    mimeType: 'application/x-ndjson',
    folder: false,
    description: "APOC apoc.export.json lines (load into Neo4j with apoc.import.json)",
    write: (sg) => text(writeJsonl(sg)),
  },
  {
    name: 'graphml',
    extension: 'graphml',
    mimeType: 'application/graphml+xml',
    folder: false,
    description: 'GraphML for yEd, Cytoscape and Gephi; all properties typed, lists joined with ;',
    write: (sg) => text(writeGraphml(sg)),
  },
  {
    name: 'gexf',
    extension: 'gexf',
    mimeType: 'application/gexf+xml',
    folder: false,
    description: 'GEXF 1.2 for Gephi (graphology-gexf writer); lists joined with ;',
    write: (sg) => text(writeGexf(sg)),
  },
  {
    name: 'csv',
    extension: 'zip',
    mimeType: 'application/zip',
    folder: true,
    description: 'neo4j-admin import folder: one nodes file per label, one relationships file per type and label pair',
    write: (sg) => ({ type: 'files', files: writeCsvFiles(sg) }),
  },
  {
    name: 'cypher',
    extension: 'cypher',
    mimeType: 'application/x-cypher-query; charset=utf-8',
    folder: false,
    description: 'idempotent MERGE script for Neo4j 5 (cypher-shell -f); dialect=kuzu writes kuzu tables instead of constraints',
    write: (sg, opts) => text(writeCypher(sg, { dialect: opts?.dialect })),
  },
];

export const EXPORT_FORMAT_NAMES: readonly string[] = EXPORT_FORMATS.map((f) => f.name);

export class ExportFormatError extends Error {
  override name = 'ExportFormatError';
  readonly code = 'E_EXPORT_FORMAT';
}

/** The format called `name`. @throws ExportFormatError naming the known formats. */
export function exportFormat(name: string): ExportFormat {
  const f = EXPORT_FORMATS.find((x) => x.name === name);
  if (!f) throw new ExportFormatError(`export format "${name}" is unknown: expected one of ${EXPORT_FORMAT_NAMES.join(', ')}`);
  return f;
}

/**
 * A download of a subgraph in one format: the body (text, or zip bytes for folder formats),
 * its MIME type and a file name `<base>.<extension>`. For the server and for `--out file`.
 */
export function exportDownload(
  sg: Subgraph,
  name: string,
  base = 'diplograph',
  opts: ExportOptions = {},
): { body: string | Uint8Array; mimeType: string; fileName: string } {
  const f = exportFormat(name);
  const out = f.write(sg, opts);
  const fileName = `${base}.${f.extension}`;
  const body = out.type === 'text' ? out.text : zipFiles(out.files, base);
  return { body, mimeType: f.mimeType, fileName };
}

/** Shapes of the HTTP API answers (server/API.md) as the app sees them. */
import type { JsonNode, JsonRel, JsonValue } from '../../../store/port.ts';

export type { JsonNode, JsonRel, JsonValue };

export interface Health {
  ok: boolean;
  backend: string;
  version: string;
  counts: { nodes: number; rels: number };
}

export interface GraphAnswer {
  nodes: JsonNode[];
  edges: JsonRel[];
  truncated?: boolean;
}

export interface Provenance {
  sentence: string | null;
  start: number | null;
  end: number | null;
  article: { key: string; id: string; title: string | null; publishedAt: string | null; source: string | null; url: string | null };
}

export interface NodeDetails {
  node: JsonNode;
  neighbours: { rel: JsonRel; node: JsonNode; direction: 'out' | 'in' }[];
  provenance: Provenance[];
}

export interface SearchResult {
  key: string;
  kind: string;
  label: string;
  matched: string;
}

export interface NamedQuery {
  name: string;
  description: string;
  params: { name: string; type: string; example?: unknown; description?: string }[];
}

export interface QueryAnswer {
  columns: string[];
  rows: Record<string, JsonValue>[];
  graph: { nodes: JsonNode[]; edges: JsonRel[] };
}

/** One of the formats of POST /api/export. */
export type ExportFormat = 'json' | 'jsonl' | 'graphml' | 'gexf' | 'csv' | 'cypher';

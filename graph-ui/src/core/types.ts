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
  /** Events (or entities without a window) passing the filters over all pages, when the server pages. */
  total?: number;
  /** The cursor of the next page, null on the last. */
  next?: string | null;
}

/** Node details, provenance and timeline pages as the server sends them (type-only: nothing of the server is bundled). */
export type { NodeDetails, Provenance, TimelineAnswer, TimelineEntry as ServerTimelineEntry } from '../../../server/views.ts';

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

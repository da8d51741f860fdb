/** The HTTP API client (server/API.md). `fetch` is injected so the client runs in Node tests too. */
import type { Selection } from '../../../export/selection.ts';
import type { ExportFormat, GraphAnswer, Health, NamedQuery, NodeDetails, QueryAnswer, SearchResult, TimelineAnswer } from './types.ts';

export type ApiErrorCode = 'E_UNREACHABLE' | 'E_HTTP' | string;

/** An API failure: `code` from the server's `{error: {code, message, position?}}`, or E_UNREACHABLE. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status: number,
    readonly position?: { line: number; column: number; offset?: number },
  ) {
    super(message);
  }
}

type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

/** What to export: a format and a selection (the shape `POST /api/export` takes). */
export interface ExportRequest extends Omit<Selection, 'maxNodes'> {
  format: ExportFormat;
}

/** Creates a client for the API at `base` (`''` for the same origin). */
export function createApi(base: string, fetchFn: FetchFn) {
  async function send(path: string, init?: RequestInit): Promise<Response> {
    let res: Response;
    try {
      res = await fetchFn(`${base}${path}`, init);
    } catch (e) {
      throw new ApiError('E_UNREACHABLE', `api: server unreachable at ${base || 'this address'} (${(e as Error).message}); start it with \`diplograph serve\``, 0);
    }
    if (!res.ok) {
      let body: { error?: { code?: string; message?: string; position?: { line: number; column: number; offset?: number } } } = {};
      try {
        body = (await res.json()) as typeof body;
      } catch {
        body = {};
      }
      throw new ApiError(body.error?.code ?? 'E_HTTP', body.error?.message ?? `api: ${path} answered HTTP ${res.status}`, res.status, body.error?.position);
    }
    return res;
  }
  async function json<T>(path: string, init?: RequestInit): Promise<T> {
    return (await (await send(path, init)).json()) as T;
  }
  const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const qs = (o: Record<string, string | number | undefined | null>): string => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
    const s = p.toString();
    return s ? `?${s}` : '';
  };
  return {
    health: () => json<Health>('/api/health'),
    graph: (o: { limit?: number; from?: string; to?: string; cursor?: string } = {}) => json<GraphAnswer>(`/api/graph${qs(o)}`),
    /** One page of timeline entries (by date then key) with the lanes of `lane`. */
    timeline: (o: { from?: string; to?: string; lane?: 'leader' | 'country'; limit?: number; cursor?: string } = {}) => json<TimelineAnswer>(`/api/timeline${qs(o)}`),
    node: (key: string) => json<NodeDetails>(`/api/node/${encodeURIComponent(key)}`),
    neighbours: (key: string, depth = 1, limit = 200) => json<GraphAnswer>(`/api/neighbours/${encodeURIComponent(key)}${qs({ depth, limit })}`),
    search: (q: string, limit = 12) => json<{ results: SearchResult[] }>(`/api/search${qs({ q, limit })}`),
    queries: () => json<NamedQuery[]>('/api/queries'),
    runNamed: (name: string, params: Record<string, unknown>) => json<QueryAnswer>(`/api/queries/${encodeURIComponent(name)}`, post({ params })),
    cypher: (query: string, params: Record<string, unknown> = {}) => json<QueryAnswer>('/api/cypher', post({ query, params })),
    /** The export file as a Blob with the server's file name. */
    async exportFile(req: ExportRequest): Promise<{ blob: Blob; fileName: string }> {
      const res = await send('/api/export', post(req));
      const cd = res.headers.get('content-disposition') ?? '';
      const m = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(cd);
      return { blob: await res.blob(), fileName: m ? decodeURIComponent(m[1]) : `diplograph.${req.format === 'csv' ? 'zip' : req.format}` };
    },
  };
}

export type Api = ReturnType<typeof createApi>;

/** Parses a named query parameter typed in a form: ints, floats, booleans, lists, else the string. */
export function parseParam(type: string, raw: string): unknown {
  const t = type.toLowerCase();
  const s = raw.trim();
  if (t === 'int' || t === 'integer') {
    if (!/^-?\d+$/.test(s)) throw new ApiError('E_PARAM', `parameter: "${raw}" is not an integer`, 0);
    return Number(s);
  }
  if (t === 'float' || t === 'number') {
    const n = Number(s);
    if (s === '' || Number.isNaN(n)) throw new ApiError('E_PARAM', `parameter: "${raw}" is not a number`, 0);
    return n;
  }
  if (t === 'bool' || t === 'boolean') return s === 'true';
  if (t.endsWith('[]') || t === 'list') return s ? s.split(',').map((x) => x.trim()) : [];
  return raw;
}

/**
 * HTTP errors of the API: `{error: {code, message, position?}}` with a status that fits, mapped
 * from the errors of the store, the named queries, the Cypher guard and the selection.
 */
import { NodeKeyError } from '../core/patch.ts';
import { QueryError } from '../queries/index.ts';
import { StoreError } from '../store/port.ts';
import { WriteRefusedError } from './cypher-guard.ts';

/** An error the API answers with; `status` is the HTTP status. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly position?: { line: number; column: number; offset?: number },
  ) {
    super(message);
  }
}

export interface ErrorBody {
  error: { code: string; message: string; position?: { line: number; column: number; offset?: number } };
}

const STORE_STATUS: Record<string, number> = {
  E_SYNTAX: 400,
  E_WRITE_REFUSED: 400,
  E_QUERY: 400,
  E_INVALID_PATCH: 400,
  E_TIMEOUT: 408,
  E_TOO_MANY_ROWS: 413,
  E_LOCKED: 503,
  E_CONNECT: 503,
};

/** Maps any thrown value to an ApiError (unknown errors become 500 E_INTERNAL). */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof StoreError) return new ApiError(STORE_STATUS[e.code] ?? 500, e.code, e.message, e.details.position);
  if (e instanceof WriteRefusedError) return new ApiError(400, e.code, e.message);
  if (e instanceof QueryError) return new ApiError(e.code === 'E_UNKNOWN_QUERY' ? 404 : 400, e.code, e.message);
  if (e instanceof NodeKeyError) return new ApiError(400, e.code, e.message);
  const err = e as { name?: string; code?: unknown; message?: unknown; statusCode?: unknown };
  if (err && typeof err.code === 'string' && typeof err.message === 'string' && /^E_/.test(err.code)) {
    return new ApiError(400, err.code, err.message); // SelectionError, export errors: bad input
  }
  if (err && typeof err.statusCode === 'number' && err.statusCode < 500 && typeof err.message === 'string') {
    // fastify's own errors: schema validation, bad JSON, body too large
    const code = typeof err.code === 'string' && err.code === 'FST_ERR_VALIDATION' ? 'E_INVALID_INPUT' : 'E_BAD_REQUEST';
    return new ApiError(err.statusCode, code, err.message);
  }
  return new ApiError(500, 'E_INTERNAL', `internal error: ${e instanceof Error ? e.message : String(e)}`);
}

export function errorBody(e: ApiError): ErrorBody {
  return { error: { code: e.code, message: e.message, ...(e.position ? { position: e.position } : {}) } };
}

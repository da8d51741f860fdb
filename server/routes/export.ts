/**
 * POST /api/export: a subgraph chosen by keys, a named query, read-only Cypher, a centre and
 * depth and/or a date window (export/selection.ts), written by export/formats.ts as a download.
 */
import type { FastifyInstance } from 'fastify';
import { exportDownload } from '../../export/formats.ts';
import { selectSubgraph, type Selection } from '../../export/selection.ts';
import type { GraphStore } from '../../store/port.ts';
import { refuseWrites } from '../cypher-guard.ts';
import { ApiError } from '../errors.ts';
import { exportBody } from '../schemas.ts';
import type { QueryLimits } from './query.ts';

/** Registers POST /api/export. */
export function exportRoutes(app: FastifyInstance, store: GraphStore, limits: QueryLimits): void {
  app.post('/api/export', {
    schema: { summary: 'Exports a subgraph as a file (csv: a zip of the neo4j-admin folder)', tags: ['export'], body: exportBody },
  }, async (req, reply) => {
    const body = req.body as Selection & { format: string; dialect?: 'neo4j' | 'kuzu' };
    const { format, dialect, ...sel } = body;
    if (!sel.keys?.length && !sel.query && !sel.cypher && !sel.around && !sel.from && !sel.to) {
      throw new ApiError(400, 'E_INVALID_INPUT', 'body: say what to export: keys, query, cypher, around (with depth) and/or from/to');
    }
    if (sel.cypher && limits.refuseWritesUpFront) refuseWrites(sel.cypher);
    const sg = await selectSubgraph(store, sel);
    const dl = exportDownload(sg, format, 'diplograph', dialect ? { dialect } : {});
    return reply
      .header('Content-Type', dl.mimeType)
      .header('Content-Disposition', `attachment; filename="${dl.fileName}"`)
      .send(typeof dl.body === 'string' ? dl.body : Buffer.from(dl.body));
  });
}

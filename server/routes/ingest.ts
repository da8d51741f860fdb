/**
 * The write route: ingest articles over HTTP (only with --allow-ingest and a token; the auth
 * hook in app.ts refuses it otherwise). Articles go through the real pipeline (ingest/pipeline.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ingest } from '../../ingest/pipeline.ts';
import type { GraphStore } from '../../store/port.ts';
import { ingestBody } from '../schemas.ts';

interface IngestArticle {
  text: string;
  date: string;
  title?: string;
  url?: string;
  source?: string;
}

/** Registers POST /api/ingest. */
export function ingestRoutes(app: FastifyInstance, store: GraphStore): void {
  app.post('/api/ingest', {
    schema: {
      summary: 'Ingests articles (needs --allow-ingest and Authorization: Bearer <token>)',
      tags: ['write'],
      body: ingestBody,
    },
  }, async (req) => {
    const { articles } = req.body as { articles: IngestArticle[] };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-ingest-'));
    try {
      const file = path.join(dir, 'articles.jsonl');
      const lines = articles.map((a, i) => JSON.stringify({ ...a, source: a.source ?? `http:${i + 1}` }));
      fs.writeFileSync(file, `${lines.join('\n')}\n`);
      const summary = await ingest(store, [file]);
      return {
        ...summary,
        problems: summary.problems.map((p) => ({ ...p, where: p.where.replace(file, 'request body articles') })),
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

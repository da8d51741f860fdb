/** Zips a set of files (the csv export) in memory with fflate, for HTTP downloads. */
import { zipSync, strToU8 } from 'fflate';

/**
 * A zip archive of `files` (name → text), under the folder `folder` when given. Deterministic:
 * every entry gets the same fixed modification time, so the same files give the same bytes.
 */
export function zipFiles(files: Map<string, string>, folder = ''): Uint8Array {
  const prefix = folder === '' ? '' : `${folder.replace(/\/+$/, '')}/`;
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  const mtime = new Date('2000-01-01T00:00:00Z');
  for (const [name, text] of files) entries[`${prefix}${name}`] = [strToU8(text), { mtime }];
  return zipSync(entries, { level: 6 });
}

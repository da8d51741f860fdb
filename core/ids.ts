/**
 * Deterministic ids: the same input always yields the same keys, so loads are idempotent.
 */
import { createHash } from 'node:crypto';

/** Lower-case ASCII slug: `Vladimir Putin` → `vladimir-putin`, `Zelenskiy` → `zelenskiy`. */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function sha256Hex(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

/**
 * Normalises article text for hashing: Unicode NFC, line endings, trailing spaces and runs of
 * blank lines folded, so the same story saved twice gets the same id.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** `art_` + the first 16 hex digits of the SHA-256 of the normalised text. */
export function articleId(text: string): string {
  return `art_${sha256Hex(normalizeText(text)).slice(0, 16)}`;
}

/** A short stable hash for composite ids (Call, Statement). */
export function shortHash(s: string, length = 12): string {
  return sha256Hex(s).slice(0, length);
}

/**
 * Day arithmetic on ISO dates, one definition for extraction, ingest and the store (the store may
 * not import from ingest/).
 */

/** Milliseconds in a day (UTC days: no daylight-saving steps). */
export const DAY_MS = 86_400_000;

/** The number of a date's day since 1970-01-01 UTC: `2021-12-07` → 18968; a timestamp counts by its first ten characters. */
export function dayNumber(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS;
}

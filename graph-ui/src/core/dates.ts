/** ISO day arithmetic for the timeline: day numbers, precision spans, formatting. */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO day (`2021-12-07`). Throws on a malformed day. */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`dates: "${iso}" is not an ISO day (expected YYYY-MM-DD)`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

/** The ISO day of a day number. */
export function isoDay(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** True when `s` is a valid ISO day. */
export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return isoDay(dayNumber(s)) === s;
}

/**
 * The span [start, end] (ISO days, inclusive) covered by a date of the graph model:
 * `2021-12-07` → one day, `2021-12` → the month, `2021` → the year. Null when unreadable.
 * @example dateSpan('2021-02') // { start: '2021-02-01', end: '2021-02-28', precision: 'month' }
 */
export function dateSpan(date: string | null | undefined): { start: string; end: string; precision: 'day' | 'month' | 'year' } | null {
  if (!date) return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (day) {
    const d = `${day[1]}-${day[2]}-${day[3]}`;
    return isIsoDay(d) ? { start: d, end: d, precision: 'day' } : null;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) {
    const y = Number(month[1]);
    const mo = Number(month[2]);
    if (mo < 1 || mo > 12) return null;
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return { start: `${month[1]}-${month[2]}-01`, end: `${month[1]}-${month[2]}-${String(last).padStart(2, '0')}`, precision: 'month' };
  }
  const year = /^(\d{4})$/.exec(date);
  if (year) return { start: `${year[1]}-01-01`, end: `${year[1]}-12-31`, precision: 'year' };
  return null;
}

/** True when [aStart, aEnd] and [bStart, bEnd] (ISO days, inclusive) share a day; open ends are unbounded. */
export function overlaps(aStart: string, aEnd: string, bStart: string | null, bEnd: string | null): boolean {
  return (bEnd === null || aStart <= bEnd) && (bStart === null || aEnd >= bStart);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A short readable day: `7 Dec 2021`. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** A readable date of the model by precision: `7 Dec 2021`, `Dec 2021`, `2021`. */
export function formatDate(date: string): string {
  const span = dateSpan(date);
  if (!span) return date;
  if (span.precision === 'year') return date.slice(0, 4);
  if (span.precision === 'month') return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
  return formatDay(span.start);
}

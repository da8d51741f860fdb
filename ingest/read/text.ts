/** Pure text helpers for the readers: unwrapping hard-wrapped text, datelines and publication dates. */

/**
 * Unwraps hard-wrapped text into paragraphs: lines of one paragraph are joined with a space, a
 * blank line or an indented line starts a new paragraph, paragraphs are separated by "\n\n".
 * @example unwrap('Showers continued\nin Bahia.\n    The dry period') // 'Showers continued in Bahia.\n\nThe dry period'
 */
export function unwrap(raw: string): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const line of raw.replace(/\r\n?/g, '\n').split('\n')) {
    const trimmed = line.replace(/\s+/g, ' ').trim();
    if (trimmed === '') {
      flush();
      continue;
    }
    if (/^\s/.test(line)) flush();
    current.push(trimmed);
  }
  flush();
  return paragraphs.join('\n\n').trim();
}

/** Removes a wire-service sign-off ("Reuter", "REUTER") at the very end of a story. */
export function stripSignOff(text: string): string {
  return text.replace(/\s+reuters?\s*$/i, '').trim();
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
/** A place in capitals, an optional ", Month Day", an optional "(Agency)", then a dash. */
const DATELINE = new RegExp(
  `^([A-Z][A-Z.'/-]*(?: [A-Z][A-Z.'/-]*)*(?:, ${MONTH} \\d{1,2})?)(?: \\([A-Za-z ]+\\))? ?(?:-{1,2}|\u2013|\u2014) `,
);

/**
 * Splits a leading dateline off a story: "MOSCOW, March 2 - Soviet leader ..." →
 * `{ dateline: 'MOSCOW, March 2', text: 'Soviet leader ...' }`. Without one, dateline is null.
 */
export function splitDateline(text: string): { dateline: string | null; text: string } {
  const m = DATELINE.exec(text);
  if (!m || m[1] === undefined) return { dateline: null, text };
  const rest = text.slice(m[0].length).trim();
  if (rest === '') return { dateline: null, text };
  return { dateline: m[1].trim(), text: rest };
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/**
 * Normalises a publication date to `YYYY-MM-DD`, or returns null when it does not parse.
 * ISO dates and timestamps keep the day as written (`2021-12-07T23:30:00-05:00` → `2021-12-07`);
 * other forms that `Date.parse` understands (RFC 2822) are taken in UTC; numbers are epoch ms.
 */
export function normalizeDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T ]\d)/.exec(s);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (!validDay(y, m, d)) return null;
    return `${iso[1]}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  if (/^\d{4}[-/]\d/.test(s) || !/[a-z]/i.test(s)) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const out = new Date(t).toISOString().slice(0, 10);
  return /^\d{4}-/.test(out) ? out : null;
}

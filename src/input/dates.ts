// Publication dates as inputs state them: validity of YYYY(-MM(-DD)) strings, and the day an ISO 8601, RFC 822 or
// other timestamp states in its own zone. Shared by HTML pages (src/input) and feeds/JSON (src/archive/read.ts).

/** Is `s` a real date written YYYY, YYYY-MM or YYYY-MM-DD (month 01–12, a day that exists in that month)? */
export function isValidDatePrefix(s: string): boolean {
  if (/^\d{4}$/.test(s)) return true;
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return isValidDay(s);
}

/** Is `s` a real calendar day written YYYY-MM-DD? */
export function isValidDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= dim;
}

/** A publication date as read: the day, or why there is none (said as a warning for the item). */
export interface DateReading {
  day?: string;
  /** 'ignoring the impossible publication date "2026-13-45"' and the like; absent when fine or empty. */
  warning?: string;
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
/** Zone abbreviations RFC 822 names (and JavaScript's Date understands), in minutes east of UTC. */
const ZONES: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * The publication day of a feed/JSON date: ISO 8601 (with or without time and offset), RFC 822/1123 (RSS), or
 * another format JavaScript's Date reads. The day is the calendar day the timestamp states in its own zone
 * ("2024-02-10T23:30:00-05:00" is 10 February, not the UTC day 11 February), as src/input does for HTML meta
 * tags: relative dates (أمس) resolve against the day the outlet published on. A day that does not exist
 * ("2026-13-45", "31 Feb 2024", which Date would roll over to 2 March) is never returned.
 */
export function readDate(v: unknown): DateReading {
  if (v == null) return {};
  if (typeof v !== 'string' && typeof v !== 'number') return { warning: `ignoring the unreadable publication date ${JSON.stringify(v)}` };
  const s = String(v).trim();
  if (!s) return {};
  const impossible: DateReading = { warning: `ignoring the impossible publication date "${s}"` };
  const day = (y: number, m: number, d: number): DateReading => {
    const iso = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    return isValidDay(iso) ? { day: iso } : impossible;
  };
  // ISO 8601: the date part is the local day whatever the time and offset after it
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[Tt\s])/.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(?:-(\d{2}))?$/.exec(s);
  if (m) return isValidDatePrefix(s) ? { warning: `ignoring the publication date "${s}": not a whole day YYYY-MM-DD` } : impossible;
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:$|[Tt\s])/.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  // RFC 822/1123 (RSS pubDate): [Tue,] 05 Mar 2024 01:30:00 +0300 — the day as written
  m = /^(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4}|\d{2})(?=$|[\s,])/.exec(s);
  const month = m ? MONTHS[m[2].slice(0, 3).toLowerCase()] : undefined;
  if (m && month) {
    // two-digit years (RFC 822): 00–49 → 20xx, 50–99 → 19xx (RFC 5322's reading)
    const y = m[3].length === 2 ? (Number(m[3]) < 50 ? 2000 : 1900) + Number(m[3]) : Number(m[3]);
    return day(y, month, Number(m[1]));
  }
  // anything else Date can read ("March 5, 2024 10:00 PST"): its day in the zone it states
  const t = new Date(s);
  if (Number.isNaN(t.getTime())) return { warning: `ignoring the unreadable publication date "${s}"` };
  const off = /([+-])(\d{2}):?(\d{2})$/.exec(s);
  const zone = /\b([A-Z]{1,3}T|UTC?|GMT|Z)$/.exec(s);
  let d: Date;
  let utc = true;
  if (off) d = new Date(t.getTime() + (off[1] === '-' ? -1 : 1) * (Number(off[2]) * 60 + Number(off[3])) * 60000);
  else if (zone && ZONES[zone[1]] !== undefined) d = new Date(t.getTime() + ZONES[zone[1]] * 60000);
  else {
    // no zone: Date read it as this machine's local time, so its local fields are the ones written
    d = t;
    utc = false;
  }
  const [y, mo, dd] = utc ? [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()] : [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  // Date rolls impossible days over ("Feb 31" → 2 March): a month name that is not the month read gives it away
  const named = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.exec(s);
  if (named && MONTHS[named[1].toLowerCase()] !== mo) return impossible;
  return day(y, mo, dd);
}

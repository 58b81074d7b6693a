// Calendar arithmetic in UTC on plain Y/M/D triples, and Hijri conversion (Umm al-Qura table).
import { gregorianToHijri, hijriToGregorian } from '@tabby_ai/hijri-converter';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export type Precision = 'day' | 'month' | 'year';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatValue(v: Ymd, p: Precision): string {
  if (p === 'year') return pad(v.y, 4);
  if (p === 'month') return `${pad(v.y, 4)}-${pad(v.m)}`;
  return `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;
}

export function parsePublished(s: string | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const v = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidYmd(v) ? v : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidYmd(v: Ymd): boolean {
  return v.m >= 1 && v.m <= 12 && v.d >= 1 && v.d <= daysInMonth(v.y, v.m);
}

const toDate = (v: Ymd) => new Date(Date.UTC(v.y, v.m - 1, v.d));
const fromDate = (d: Date): Ymd => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });

export function addDays(v: Ymd, n: number): Ymd {
  const d = toDate(v);
  d.setUTCDate(d.getUTCDate() + n);
  return fromDate(d);
}

export function addMonths(v: Ymd, n: number): Ymd {
  const idx = v.y * 12 + (v.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(v.d, daysInMonth(y, m)) };
}

export function weekday(v: Ymd): number {
  return toDate(v).getUTCDay();
}

/** The date of weekday `dow` relative to `pub`: 'past' strictly before, 'future' strictly after, 'nearest-past' on or before. */
export function weekdayFrom(pub: Ymd, dow: number, dir: 'past' | 'future' | 'nearest-past' | 'nearest-future'): Ymd {
  const cur = weekday(pub);
  if (dir === 'past' || dir === 'nearest-past') {
    let back = (cur - dow + 7) % 7;
    if (back === 0 && dir === 'past') back = 7;
    return addDays(pub, -back);
  }
  let fwd = (dow - cur + 7) % 7;
  if (fwd === 0 && dir === 'future') fwd = 7;
  return addDays(pub, fwd);
}

export const HIJRI_MIN_YEAR = 1343;
export const HIJRI_MAX_YEAR = 1500;

/** Hijri → Gregorian; null outside the converter's table (1343–1500 AH) or for an invalid day. */
export function hijriToGreg(y: number, m: number, d: number): Ymd | null {
  if (y < HIJRI_MIN_YEAR || y > HIJRI_MAX_YEAR || m < 1 || m > 12 || d < 1 || d > 30) return null;
  try {
    const g = hijriToGregorian({ year: y, month: m, day: d });
    return { y: g.year, m: g.month, d: g.day };
  } catch {
    return null;
  }
}

export function gregToHijri(v: Ymd): Ymd | null {
  try {
    const h = gregorianToHijri({ year: v.y, month: v.m, day: v.d });
    return { y: h.year, m: h.month, d: h.day };
  } catch {
    return null;
  }
}

export const cmpYmd = (a: Ymd, b: Ymd) => a.y - b.y || a.m - b.m || a.d - b.d;

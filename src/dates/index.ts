// Date stage: every Arabic date form, resolved against doc.meta.published.
// One left-to-right pass over tokens; at each position a fixed set of bounded patterns is tried
// (each looks at most a handful of tokens ahead), so the cost is linear in the text.
import type { DateMention } from '../contract.ts';
import type { Doc, Token } from '../doc.ts';
import { normalize } from '../text/normalize.ts';
import {
  addDays, addMonths, formatValue, gregToHijri, hijriToGreg, isValidYmd, parsePublished, weekday, weekdayFrom,
  type Precision, type Ymd,
} from './calendar.ts';
import { dateLexicon, hasKind, type DateLexicon, type MonthEntry } from './lexicon.ts';

export { parsePublished } from './calendar.ts';

interface Match {
  startTok: number;
  /** exclusive */
  endTok: number;
  /** original offset where the span starts (after a proclitic on the first token) */
  startOff: number;
  value?: string;
  calendar: 'gregorian' | 'hijri';
  relative: boolean;
  evidence: string[];
}

const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل']);
const HARAKA = /[\u064B-\u065F\u0670\u0640]/;

class Ctx {
  readonly toks: Token[];
  readonly lex: DateLexicon;
  readonly pub: Ymd | null;
  constructor(readonly doc: Doc) {
    this.toks = doc.tokens;
    this.lex = dateLexicon();
    this.pub = parsePublished(doc.meta.published);
  }
  norm(k: number): string | undefined {
    const t = this.toks[k];
    return t ? t.norm : undefined;
  }
  isWord(k: number): boolean {
    const t = this.toks[k];
    return !!t && t.kind === 'word';
  }
  num(k: number): number | null {
    const t = this.toks[k];
    if (!t || t.kind !== 'number' || !/^\d+$/.test(t.norm)) return null;
    return parseInt(t.norm, 10);
  }
  digits(k: number): number {
    const t = this.toks[k];
    return t && t.kind === 'number' ? t.norm.length : 0;
  }
  /** Word forms at k: the whole word, and with one proclitic removed (cut = original chars skipped). */
  forms(k: number): { norm: string; cut: number }[] {
    const t = this.toks[k];
    if (!t || t.kind !== 'word') return [];
    const out = [{ norm: t.norm, cut: 0 }];
    if (t.norm.length >= 4 && PROCLITICS.has(t.norm[0])) {
      let cut = 1;
      while (cut < t.text.length && HARAKA.test(t.text[cut])) cut++;
      out.push({ norm: t.norm.slice(1), cut });
    }
    return out;
  }
  kind(k: number, kind: string): boolean {
    return hasKind(this.lex, this.norm(k), kind);
  }
  sameSentence(a: number, b: number): boolean {
    return a >= 0 && b < this.toks.length && this.doc.sentenceOf[a] === this.doc.sentenceOf[b];
  }
  /** Does the sentence of token k, before k, carry a future cue (سوف، من المقرر، سيزور…)? Bounded look-back. */
  futureBefore(k: number): boolean {
    const s = this.doc.sentenceOf[k];
    for (let j = k - 1; j >= 0 && j >= k - 25 && this.doc.sentenceOf[j] === s; j--) {
      if (this.kind(j, 'futurecue')) return true;
    }
    return false;
  }
}

interface MonthHit {
  entry: MonthEntry;
  endTok: number;
  cut: number;
  paired: boolean;
  evidence: string[];
}

/** A month name at k (multi-word, optional proclitic), with an optional slash or bracket pair: "يناير/كانون الثاني". */
function monthAt(c: Ctx, k: number): MonthHit | null {
  const hit = monthNameAt(c, k);
  if (!hit) return null;
  let end = hit.endTok;
  let paired = false;
  const ev = [hit.entry.evidence];
  const sep = c.norm(end);
  if (sep === '/' || sep === '(' || sep === '-' || sep === '،' || sep === ',') {
    const other = monthNameAt(c, end + 1, false);
    if (other && other.entry.calendar === hit.entry.calendar && other.entry.month === hit.entry.month) {
      end = other.endTok;
      paired = true;
      ev.push(other.entry.evidence);
      if (sep === '(' && c.norm(end) === ')') end++;
    }
  }
  return { entry: hit.entry, endTok: end, cut: hit.cut, paired, evidence: ev };
}

function monthNameAt(c: Ctx, k: number, clitics = true): { entry: MonthEntry; endTok: number; cut: number } | null {
  const forms = clitics ? c.forms(k) : c.forms(k).slice(0, 1);
  for (const f of forms) {
    const res = c.lex.months.matchAt((j) => (j === k ? f.norm : c.isWord(j) ? c.norm(j) : undefined), k, [f.norm]);
    if (res.length) {
      const entry = res[0].values[0];
      // a proclitic before an ambiguous month name is too weak a signal (وآب = "and father")
      if (f.cut > 0 && entry.ambiguous) continue;
      return { entry, endTok: k + res[0].length, cut: f.cut };
    }
  }
  return null;
}

function span(c: Ctx, m: Match): DateMention {
  const text = c.doc.text;
  const start = m.startOff;
  const end = c.toks[m.endTok - 1].end;
  const out: DateMention = { start, end, text: text.slice(start, end), calendar: m.calendar, relative: m.relative };
  if (m.value !== undefined) out.value = m.value;
  out.evidence = m.evidence;
  return out;
}

/** Year number after a month or a year cue: 4 digits (or 3-4 for Hijri), optionally followed by an era word. */
function yearAt(c: Ctx, k: number): { y: number; endTok: number; era: 'ad' | 'ah' | null } | null {
  const y = c.num(k);
  if (y === null || c.digits(k) < 3 || c.digits(k) > 4) return null;
  let era: 'ad' | 'ah' | null = null;
  let end = k + 1;
  if (c.kind(end, 'era-ah')) { era = 'ah'; end++; }
  else if (c.kind(end, 'era-ad')) { era = 'ad'; end++; }
  if (c.norm(end) === '.' && era === 'ah' && c.toks[end - 1].end === c.toks[end]?.start) end++; // "هـ." abbreviation dot
  if (era === 'ah' ? y < 1 || y > 1600 : y < 1000 || y > 2999) {
    if (era !== null || y < 1000 || y > 2999) return null;
  }
  return { y, endTok: end, era };
}

/** "من العام الماضي" / "من عام 2020" / "العام المقبل" right after a month: the year part. */
function yearPhraseAt(c: Ctx, k: number): { y?: number; rel?: number; endTok: number } | null {
  let j = k;
  if (c.kind(j, 'of')) j++;
  const r = c.lex.relative.matchAt((i) => (c.isWord(i) ? c.norm(i) : undefined), j);
  if (r.length) {
    const e = r[0].values[0];
    if (e.unit === 'year') return { rel: e.offset, endTok: j + r[0].length };
  }
  if (c.kind(j, 'yearcue')) {
    const y = yearAt(c, j + 1);
    if (y) return { y: y.y, endTok: y.endTok };
  }
  return null;
}

/** "الشهر الجاري/الماضي/المقبل" at k (a relative.tsv row with unit month). */
function relMonthAt(c: Ctx, k: number): { offset: number; endTok: number; evidence: string } | null {
  const r = c.lex.relative.matchAt((i) => (c.isWord(i) ? c.norm(i) : undefined), k);
  if (!r.length || r[0].values[0].unit !== 'month') return null;
  return { offset: r[0].values[0].offset, endTok: k + r[0].length, evidence: r[0].values[0].evidence };
}

function resolveGregorian(c: Ctx, k: number, month: number, day: number | null, year: number | null, mod: string | null): { v: Ymd; rel: boolean } | null {
  if (year !== null) {
    const v = { y: year, m: month, d: day ?? 1 };
    return isValidYmd(v) ? { v, rel: false } : null;
  }
  const pub = c.pub;
  if (!pub) return { v: { y: 0, m: month, d: day ?? 1 }, rel: true };
  const dd = day ?? 0;
  const before = month < pub.m || (month === pub.m && day !== null && dd < pub.d);
  const after = month > pub.m || (month === pub.m && day !== null && dd > pub.d);
  let y = pub.y;
  if (mod === 'past') y = before ? pub.y : pub.y - 1;
  else if (mod === 'future') y = after ? pub.y : pub.y + 1;
  else if (mod === 'current') y = pub.y;
  else if (c.futureBefore(k)) y = before ? pub.y + 1 : pub.y;
  else y = after ? pub.y - 1 : pub.y;
  const v = { y, m: month, d: day ?? 1 };
  return isValidYmd(v) ? { v, rel: true } : null;
}

/** Day month [/month] [year | من العام الماضي | الماضي] — Gregorian or Hijri; also "month year" and "month الماضي". */
function dateCoreAt(c: Ctx, k: number): Match | null {
  let day: number | null = null;
  let mk = k;
  const ev0: string[] = [];
  let ordCut = 0;
  // "الـ15 من مارس": the article written apart before the number
  const dk = c.norm(k) === 'ال' && c.toks[k + 1]?.start === c.toks[k].end ? k + 1 : k;
  const d = c.num(dk);
  if (d !== null && d >= 1 && d <= 31 && c.digits(dk) <= 2) {
    day = d;
    mk = dk + 1;
    if (c.kind(mk, 'of') && (monthNameAt(c, mk + 1) || relMonthAt(c, mk + 1))) mk++;
  } else {
    // "الأول من مارس"، "الخامس عشر من الشهر الماضي"
    for (const f of c.forms(k)) {
      const o = c.lex.ordinals.matchAt((i) => (i === k ? f.norm : c.isWord(i) ? c.norm(i) : undefined), k, [f.norm]);
      if (o.length && c.kind(k + o[0].length, 'of')) {
        day = o[0].values[0].value;
        mk = k + o[0].length + 1;
        ordCut = f.cut;
        ev0.push(o[0].values[0].evidence);
        break;
      }
    }
  }
  if (day !== null) {
    // "15 من الشهر الجاري"، "الأول من الشهر المقبل"
    const rm = relMonthAt(c, mk);
    if (rm) {
      const m: Match = { startTok: k, endTok: rm.endTok, startOff: c.toks[k].start + ordCut, calendar: 'gregorian', relative: true, evidence: [...ev0, rm.evidence, 'rule:day+relative-month'] };
      if (c.pub) {
        const base = addMonths({ y: c.pub.y, m: c.pub.m, d: 1 }, rm.offset);
        const v = { y: base.y, m: base.m, d: day };
        if (!isValidYmd(v)) return null;
        m.value = formatValue(v, 'day');
      }
      return m;
    }
  }
  const mh = monthAt(c, mk);
  if (!mh) return null;
  if (ev0.length) mh.evidence.unshift(...ev0);
  const entry = mh.entry;
  let end = mh.endTok;
  let year: number | null = null;
  let relYear: number | null = null;
  let era: 'ad' | 'ah' | null = null;
  let mod: string | null = null;
  const ev = [...mh.evidence];
  const sep = c.norm(end) === '،' || c.norm(end) === ',' ? 1 : 0; // "مارس، 2023"
  const y = yearAt(c, end + sep);
  if (y && (sep === 0 || c.digits(end + sep) === 4)) {
    year = y.y;
    era = y.era;
    end = y.endTok;
  } else {
    const yp = yearPhraseAt(c, end);
    if (yp) {
      end = yp.endTok;
      if (yp.y !== undefined) year = yp.y;
      else relYear = yp.rel ?? 0;
      ev.push('rule:month+year-phrase');
    } else if (c.kind(end, 'past')) { mod = 'past'; end++; }
    else if (c.kind(end, 'future')) { mod = 'future'; end++; }
    else if (c.kind(end, 'current')) { mod = 'current'; end++; }
  }
  // ambiguous names (مارس، آب، أيار، رمضان…) need date context
  if (entry.ambiguous && day === null && year === null && relYear === null && mod === null && !mh.paired) {
    const prev = c.norm(mk - 1);
    if (!(prev && c.kind(mk - 1, 'monthcue') && c.sameSentence(mk - 1, mk))) return null;
  }
  if (day === null && year === null && relYear === null && mod === null && entry.calendar === 'gregorian' && !mh.paired) {
    // a bare unambiguous month name still needs a preposition/شهر before it or to stand as a date phrase
    const prev = c.norm(mk - 1);
    if (!(prev && c.kind(mk - 1, 'monthcue'))) return null;
  }
  const startTok = day !== null ? k : mk;
  const startOff = day !== null ? c.toks[k].start + ordCut : c.toks[mk].start + mh.cut;
  ev.push(day !== null ? 'rule:day+month' : 'rule:month');
  const calendar = entry.calendar;
  if (calendar === 'hijri' || era === 'ah') {
    if (calendar !== 'hijri') return null; // a Gregorian month with هـ is a contradiction: skip
    return resolveHijri(c, startTok, end, startOff, entry.month, day, year, relYear, mod, ev);
  }
  if (relYear !== null) {
    if (!c.pub) return { startTok, endTok: end, startOff, calendar, relative: true, evidence: ev };
    year = c.pub.y + relYear;
    const v = { y: year, m: entry.month, d: day ?? 1 };
    if (!isValidYmd(v)) return null;
    return { startTok, endTok: end, startOff, calendar, relative: true, value: formatValue(v, day !== null ? 'day' : 'month'), evidence: ev };
  }
  const r = resolveGregorian(c, mk, entry.month, day, year, mod);
  if (!r) return null;
  const m: Match = { startTok, endTok: end, startOff, calendar, relative: r.rel, evidence: ev };
  if (!(r.rel && !c.pub)) m.value = formatValue(r.v, day !== null ? 'day' : 'month');
  return m;
}

function resolveHijri(c: Ctx, startTok: number, end: number, startOff: number, month: number, day: number | null, year: number | null,
  relYear: number | null, mod: string | null, ev: string[]): Match | null {
  const m: Match = { startTok, endTok: end, startOff, calendar: 'hijri', relative: year === null, evidence: ev };
  let hy = year;
  if (hy === null) {
    const ph = c.pub ? gregToHijri(c.pub) : null;
    if (!ph) return m; // unresolved: kept without a value
    const before = month < ph.m || (month === ph.m && day !== null && day < ph.d);
    const after = month > ph.m || (month === ph.m && day !== null && day > ph.d);
    if (relYear !== null) hy = ph.y + relYear;
    else if (mod === 'past') hy = before ? ph.y : ph.y - 1;
    else if (mod === 'future') hy = after ? ph.y : ph.y + 1;
    else if (mod === 'current') hy = ph.y;
    else if (c.futureBefore(startTok)) hy = before ? ph.y + 1 : ph.y;
    else hy = after ? ph.y - 1 : ph.y;
  }
  // a Hijri month straddles two Gregorian months: month precision takes the month holding its middle
  const g = hijriToGreg(hy, month, day ?? 15);
  if (!g) {
    m.evidence = [...ev, 'note:hijri-out-of-range'];
    return m;
  }
  m.value = formatValue(g, day !== null ? 'day' : 'month');
  return m;
}

/** 2023/3/15, 15/3/2023, 15-03-2023, 15.03.2023 */
function numericAt(c: Ctx, k: number): Match | null {
  const t = c.toks[k];
  if (!t || t.kind !== 'number') return null;
  let parts: number[] = [];
  let lens: number[] = [];
  let end = k + 1;
  const dotted = /^(\d{1,4})\.(\d{1,2})\.(\d{1,4})$/.exec(t.norm);
  if (dotted) {
    parts = [+dotted[1], +dotted[2], +dotted[3]];
    lens = [dotted[1].length, dotted[2].length, dotted[3].length];
  } else {
    const sep = c.toks[k + 1];
    if (!sep || (sep.text !== '/' && sep.kind !== 'dash') || sep.start !== t.end) return null;
    const ts = [k, k + 2, k + 4];
    const sep2 = c.toks[k + 3];
    if (!sep2 || sep2.text !== sep.text || c.toks[k + 2]?.end !== sep2.start || c.toks[k + 4]?.start !== sep2.end) return null;
    if (c.toks[k + 2].start !== sep.end) return null;
    for (const j of ts) {
      const n = c.num(j);
      if (n === null) return null;
      parts.push(n);
      lens.push(c.digits(j));
    }
    end = k + 5;
  }
  let v: Ymd;
  if (lens[0] === 4 && lens[1] <= 2 && lens[2] <= 2) v = { y: parts[0], m: parts[1], d: parts[2] };
  else if (lens[2] === 4 && lens[0] <= 2 && lens[1] <= 2) v = { y: parts[2], m: parts[1], d: parts[0] };
  else return null;
  let calendar: 'gregorian' | 'hijri' = 'gregorian';
  const ev = ['rule:numeric-date'];
  if (c.kind(end, 'era-ah')) {
    calendar = 'hijri';
    end++;
    const g = hijriToGreg(v.y, v.m, v.d);
    if (!g) return { startTok: k, endTok: end, startOff: t.start, calendar, relative: false, evidence: [...ev, 'note:hijri-out-of-range'] };
    return { startTok: k, endTok: end, startOff: t.start, calendar, relative: false, value: formatValue(g, 'day'), evidence: ev };
  }
  if (c.kind(end, 'era-ad')) end++;
  if (v.y < 1000 || v.y > 2999 || !isValidYmd(v)) return null;
  return { startTok: k, endTok: end, startOff: t.start, calendar, relative: false, value: formatValue(v, 'day'), evidence: ev };
}

/** [يوم|مساء…] weekday [، date | الماضي | المقبل] */
function weekdayAt(c: Ctx, k: number): Match | null {
  let wk = k;
  let cue = false;
  let cutStart = c.toks[k]?.start ?? 0;
  for (const f of c.forms(k)) {
    if (hasKind(c.lex, f.norm, 'weekdaycue') && c.lex.weekdays.has(c.norm(k + 1) ?? '')) {
      cue = true;
      wk = k + 1;
      cutStart = c.toks[k].start + f.cut;
      break;
    }
  }
  let wd = undefined as undefined | { dow: number; ambiguous: boolean; evidence: string };
  if (!cue) {
    for (const f of c.forms(k)) {
      const hit = c.lex.weekdays.get(f.norm);
      if (hit && (f.cut === 0 || !hit.ambiguous)) { wd = hit; cutStart = c.toks[k].start + f.cut; break; }
    }
  } else wd = c.lex.weekdays.get(c.norm(wk)!);
  if (!wd) return null;
  const ev = [wd.evidence, 'rule:weekday'];
  let end = wk + 1;
  // weekday followed by a full date: the date carries the value
  const sep = c.norm(end) === '،' || c.norm(end) === ',' ? 1 : 0;
  const core = dateCoreAt(c, end + sep) ?? numericAt(c, end + sep);
  if (core && c.sameSentence(wk, core.endTok - 1)) {
    return { ...core, startTok: k, startOff: cutStart, evidence: [...ev, ...core.evidence] };
  }
  let dir: 'past' | 'future' | 'nearest-past' | 'nearest-future';
  if (c.kind(end, 'past')) { dir = 'past'; end++; }
  else if (c.kind(end, 'future')) { dir = 'future'; end++; }
  else {
    // a bare weekday: "يوم الأحد", or an unambiguous name; "اليوم الأحد" is today
    if (!cue && wd.ambiguous) return null;
    dir = c.futureBefore(k) ? 'nearest-future' : 'nearest-past';
  }
  const m: Match = { startTok: k, endTok: end, startOff: cutStart, calendar: 'gregorian', relative: true, evidence: ev };
  if (c.pub) m.value = formatValue(weekdayFrom(c.pub, wd.dow, dir), 'day');
  return m;
}

/** عام 2020، سنة ١٤٤٥ هـ، 2019م، في 2020. */
function yearExprAt(c: Ctx, k: number): Match | null {
  let yk = -1;
  let startOff = 0;
  let startTok = k;
  let how = '';
  for (const f of c.forms(k)) {
    if (c.num(k + 1) === null) break;
    if (hasKind(c.lex, f.norm, 'yearcue')) {
      yk = k + 1; startOff = c.toks[k].start + f.cut; how = 'rule:yearcue+year';
      break;
    }
    if (YEAR_PREPS.has(f.norm) && c.digits(k + 1) === 4) {
      // "في 2020": the preposition is not part of the date
      yk = k + 1; startTok = k + 1; startOff = c.toks[k + 1].start; how = 'rule:prep+year';
      break;
    }
  }
  if (yk < 0) {
    // bare year with an era word: "2019م"، "1445 هـ"
    const y0 = yearAt(c, k);
    if (!y0 || y0.era === null) return null;
    yk = k; startOff = c.toks[k].start; how = 'rule:year+era';
  }
  const y = yearAt(c, yk);
  if (!y) return null;
  if (how === 'rule:prep+year' && y.era === null && (y.y < 1900 || y.y > 2100)) return null;
  if (y.era === 'ah') {
    const g = hijriToGreg(y.y, 7, 1); // the Gregorian year holding the middle of the Hijri year
    const m: Match = { startTok, endTok: y.endTok, startOff, calendar: 'hijri', relative: false, evidence: [how] };
    if (g) m.value = formatValue(g, 'year');
    else m.evidence.push('note:hijri-out-of-range');
    return m;
  }
  if (y.y < 1000 || y.y > 2999) return null;
  return { startTok, endTok: y.endTok, startOff, calendar: 'gregorian', relative: false, value: formatValue({ y: y.y, m: 1, d: 1 }, 'year'), evidence: [how] };
}

const YEAR_PREPS = new Set(['في', 'منذ', 'حتى', 'خلال', 'مطلع', 'اواخر', 'اوائل', 'منتصف', 'نهايه', 'بدايه']);

/** أمس، اليوم، الأسبوع المقبل، العام الماضي… (data/dates/relative.tsv) */
function relativeAt(c: Ctx, k: number): Match | null {
  for (const f of c.forms(k)) {
    const res = c.lex.relative.matchAt((j) => (j === k ? f.norm : c.isWord(j) ? c.norm(j) : undefined), k, [f.norm]);
    if (!res.length) continue;
    const e = res[0].values[0];
    const end = k + res[0].length;
    if (e.guard === 'today') {
      const nx = c.toks[end];
      if (nx && nx.kind === 'word' && nx.norm.startsWith('ال') && !c.lex.weekdays.has(nx.norm) && c.sameSentence(k, end)) continue;
      if (c.kind(k - 1, 'todaynot')) continue;
      // "اليوم" right after a number or a "كل" is a count of days, not today
      if (c.num(k - 1) !== null || c.norm(k - 1) === 'كل') continue;
    }
    if (e.guard === 'tanwin') {
      const raw = c.toks[k].text;
      const nx = c.toks[end];
      if (!raw.includes('\u064B') && nx && nx.kind === 'word' && !c.kind(k - 1, 'weekdaycue')) continue;
    }
    // "اليوم الأحد" etc.: let the weekday rule take it if it applies
    if (e.unit === 'day' && e.offset === 0 && c.lex.weekdays.has(c.norm(end) ?? '')) {
      const w = weekdayAt(c, k);
      if (w) return w;
    }
    let endTok = end;
    // "أمس الثلاثاء": the weekday names the same day
    if (e.unit === 'day' && c.lex.weekdays.has(c.norm(end) ?? '')) endTok = end + 1;
    const m: Match = { startTok: k, endTok, startOff: c.toks[k].start + f.cut, calendar: 'gregorian', relative: true, evidence: [e.evidence] };
    if (c.pub) m.value = shift(c.pub, e.unit, e.offset, e.precision);
    return m;
  }
  return null;
}

function shift(pub: Ymd, unit: 'day' | 'week' | 'month' | 'year', n: number, p: Precision): string {
  if (unit === 'day') return formatValue(addDays(pub, n), p);
  if (unit === 'week') {
    // the calendar week (Saturday to Friday, the common Arab working week) n weeks from publication: its month
    // when all seven days fall in one month, else its year (a straddling week has no single true month)
    const start = addDays(addDays(pub, 7 * n), -((weekday(pub) + 1) % 7));
    const end = addDays(start, 6);
    if (p !== 'month') return formatValue(start, p);
    if (start.y === end.y && start.m === end.m) return formatValue(start, 'month');
    return formatValue(start.y === end.y ? start : end, 'year');
  }
  if (unit === 'month') return formatValue(addMonths(pub, n), p);
  return formatValue({ y: pub.y + n, m: pub.m, d: pub.d }, p);
}

/** قبل ثلاثة أيام، منذ يومين، بعد أسبوع، قبل 5 سنوات — but not "قبل يوم واحد من زيارة…" (anchored to an event). */
function durationAt(c: Ctx, k: number): Match | null {
  let sign = 0;
  for (const f of c.forms(k)) {
    if (hasKind(c.lex, f.norm, 'ago')) sign = -1;
    else if (hasKind(c.lex, f.norm, 'after')) sign = 1;
    if (sign) break;
  }
  if (!sign) return null;
  let j = k + 1;
  let count: number | null = null;
  const n = c.num(j);
  if (n !== null && c.digits(j) <= 3) { count = n; j++; }
  else {
    const w = c.lex.numbers.matchAt((i) => (c.isWord(i) ? c.norm(i) : undefined), j);
    if (w.length) { count = w[0].values[0].value; j += w[0].length; if (count === 0) return null; }
  }
  const u = c.lex.durations.get(c.norm(j) ?? '');
  if (!u) return null;
  if (c.num(j + 1) !== null) return null; // "منذ عام 2011" is a year, not "a year ago"
  const ev = [u.evidence, 'rule:duration'];
  if (count === null) {
    if (u.count === 0) return null;
    count = u.count;
  }
  j++;
  // "يوم واحد" / "عام واحد"
  const after = c.lex.numbers.matchAt((i) => (c.isWord(i) ? c.norm(i) : undefined), j);
  if (after.length && after[0].values[0].value === 1) j += after[0].length;
  if ((c.kind(j, 'of') && !['الان', 'اليوم', 'تاريخه'].includes(c.norm(j + 1) ?? '')) || c.norm(j) === 'على') return null; // anchored to another event, or a duration ("بعد عامين على…")
  const precision: Precision = u.unit === 'day' || u.unit === 'week' ? 'day' : u.unit;
  const m: Match = { startTok: k, endTok: j, startOff: c.toks[k].start, calendar: 'gregorian', relative: true, evidence: ev };
  if (c.pub) m.value = shift(c.pub, u.unit, sign * count, precision);
  return m;
}

export function extractDates(doc: Doc): DateMention[] {
  const c = new Ctx(doc);
  const out: DateMention[] = [];
  const n = c.toks.length;
  let k = 0;
  while (k < n) {
    const t = c.toks[k];
    if (t.kind !== 'word' && t.kind !== 'number') { k++; continue; }
    const m = numericAt(c, k) ?? weekdayAt(c, k) ?? dateCoreAt(c, k) ?? yearExprAt(c, k) ?? relativeAt(c, k) ?? durationAt(c, k);
    if (m && m.endTok > k) {
      const d = span(c, m);
      if (d.end > d.start) out.push(d);
      k = m.endTok;
    } else k++;
  }
  return out;
}

/** Normalised text of a mention (for tests and evaluation). */
export const dateKey = (s: string) => normalize(s);

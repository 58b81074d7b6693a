// Date stage: every Arabic date form, resolved against doc.meta.published.
// One left-to-right pass over tokens. Patterns run only at numbers and at words found (one Set lookup on
// the token's normalised form) among the words that can open a date expression (`lexicon.starts`); each
// pattern looks at most a handful of tokens ahead, so the cost is linear in the text and small per token.
// Resolution rules are documented in data/dates/README.md.
import type { DateMention } from '../contract.ts';
import type { Doc, Token } from '../doc.ts';
import { normalize } from '../text/normalize.ts';
import {
  addDays, addMonths, cmpYmd, formatValue, gregToHijri, hijriToGreg, isValidYmd, parsePublished, weekday, weekdayFrom,
  type Precision, type Ymd,
} from './calendar.ts';
import { dateLexicon, hasKind, PROCLITIC_LETTERS, type DateLexicon, type DurationUnit, type MonthEntry, type PeriodEntry, type WeekdayEntry } from './lexicon.ts';

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
  /** what the expression names, for wrappers (period/daypart) and coordination */
  unit: 'day' | 'week' | 'month' | 'year';
}

const HARAKA = /[\u064B-\u065F\u0670\u0640]/;
const PROCLITICS = new Set(PROCLITIC_LETTERS);
/** Max tokens looked back for the anchor of "اليوم التالي". */
const ANCHOR_WINDOW = 400;

interface Form {
  norm: string;
  cut: number;
  /** the proclitic letter removed, '' for the whole word */
  pre: string;
}

class Ctx {
  readonly toks: Token[];
  readonly lex: DateLexicon;
  readonly pub: Ymd | null;
  /** mentions found so far (anchors for "اليوم التالي"; coordination with "و") */
  readonly found: Match[] = [];
  /** token index right after the last mention, -1 if none */
  lastEnd = -1;
  /** recursion guard for look-ahead into the second member of a range */
  depth = 0;
  readonly wordAt = (i: number): string | undefined => {
    const t = this.toks[i];
    return t && t.kind === 'word' ? t.norm : undefined;
  };
  private pubHijri: Ymd | null | undefined;
  constructor(readonly doc: Doc) {
    this.toks = doc.tokens;
    this.lex = dateLexicon();
    this.pub = parsePublished(doc.meta.published);
  }
  hijriPub(): Ymd | null {
    if (this.pubHijri === undefined) this.pubHijri = this.pub ? gregToHijri(this.pub) : null;
    return this.pubHijri;
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
  forms(k: number): Form[] {
    // every pattern tried at a position asks for the same token's forms: keep the last few
    const slot = k & 7;
    if (this.formsAt[slot] === k) return this.formsVal[slot];
    const t = this.toks[k];
    const out: Form[] = [];
    if (t && t.kind === 'word') {
      out.push({ norm: t.norm, cut: 0, pre: '' });
      if (t.norm.length >= 4 && t.norm.startsWith('لل')) {
        // fused لـ + ال ("للعام الماضي"): the span starts after لل, as for entity mentions
        let cut = 0;
        for (let seen = 0; cut < t.text.length && seen < 2; cut++) if (!HARAKA.test(t.text[cut])) seen++;
        while (cut < t.text.length && HARAKA.test(t.text[cut])) cut++;
        out.push({ norm: 'ال' + t.norm.slice(2), cut, pre: 'ل' });
      } else if (t.norm.length >= 3 && PROCLITICS.has(t.norm[0])) {
        let cut = 1;
        while (cut < t.text.length && HARAKA.test(t.text[cut])) cut++;
        out.push({ norm: t.norm.slice(1), cut, pre: t.norm[0] });
        // two proclitics: "وبالأمس"، "ولعام"
        if (t.norm.length >= 5 && (t.norm[0] === 'و' || t.norm[0] === 'ف') && (t.norm[1] === 'ب' || t.norm[1] === 'ل')) {
          let cut2 = cut + 1;
          while (cut2 < t.text.length && HARAKA.test(t.text[cut2])) cut2++;
          out.push({ norm: t.norm.slice(2), cut: cut2, pre: t.norm[0] });
        }
      }
    }
    this.formsAt[slot] = k;
    this.formsVal[slot] = out;
    return out;
  }
  private readonly formsAt = new Int32Array(8).fill(-1000);
  private readonly formsVal: Form[][] = new Array(8);
  kind(k: number, kind: string): boolean {
    return hasKind(this.lex, this.norm(k), kind);
  }
  /** The form of token k having `kind` (whole word first), or null. */
  kindForm(k: number, kind: string): Form | null {
    for (const f of this.forms(k)) if (hasKind(this.lex, f.norm, kind)) return f;
    return null;
  }
  sameSentence(a: number, b: number): boolean {
    return a >= 0 && b < this.toks.length && this.doc.sentenceOf[a] === this.doc.sentenceOf[b];
  }
  /** Is token k joined by "و" / a range word to the mention just before it ("نونبر ودجنبر"، "2021 و2022")? */
  coordinated(k: number, f?: Form): boolean {
    if (this.lastEnd < 0) return false;
    if (f && f.pre === 'و' && this.lastEnd === k) return true;
    return this.lastEnd === k - 1 && this.kind(k - 1, 'rangesep');
  }
  /** A future cue in the clause around token k (looking back, also "القمة المقبلة" outside an earlier date): up to 25 tokens back and 8 ahead, within the sentence and clause. */
  futureAround(k: number): boolean {
    const s = this.doc.sentenceOf[k];
    // "منذ الخميس"، "قبل مارس": a point already passed
    if (this.kindForm(k - 1, 'ago')) return false;
    for (let j = k - 1; j >= 0 && j >= k - 25 && this.doc.sentenceOf[j] === s; j--) {
      if (this.isFuture(j) || (j >= this.lastEnd && this.kind(j, 'future'))) return true;
      // "من المقرر أن يلقي خطابا الخميس": a future cue right before the complementizer governs the clause
      if (this.kind(j, 'clausebreak')) {
        if (this.isFuture(j - 1) || this.isFuture(j - 2) || this.kind(j - 1, 'futurelink')) return true;
        break;
      }
      // "اتفق الطرفان على عقد الدورة … خلال يوليوز": a planned act (a masdar homographic with a past verb too, عقد)
      if (this.plannedActAt(j)) return true;
      if (this.isPast(j)) break;
    }
    for (let j = k + 1; j < this.toks.length && j <= k + 8 && this.doc.sentenceOf[j] === s; j++) {
      if (this.isFuture(j)) return true;
      if (this.kind(j, 'past') || this.kind(j, 'clausebreak') || this.isPast(j)) return false;
    }
    return false;
  }
  /**
   * Token j is a planned act: a masdar (words.tsv plannedact, with or without the article) that is the complement of an
   * agreement, decision or call (plan) up to 7 tokens before it — through على/إلى/بـ («اتفقا على عقد»، «دعا إلى إجراء»،
   * «طالب بتنظيم»), or directly after the plan word and its subject («قرر المجلس تأجيل»). Not across a clause break.
   */
  private plannedActAt(j: number): boolean {
    let opener = false;
    let act = false;
    for (const f of this.forms(j)) {
      const bare = f.norm.startsWith('ال') && f.norm.length > 4 ? f.norm.slice(2) : f.norm;
      if (hasKind(this.lex, f.norm, 'plannedact') || hasKind(this.lex, bare, 'plannedact')) {
        act = true;
        if (f.pre === 'ب') opener = true;
      }
    }
    if (!act) return false;
    if (this.kind(j - 1, 'planprep')) opener = true;
    const s = this.doc.sentenceOf[j];
    for (let p = j - 1; p >= 0 && p >= j - 7 && this.doc.sentenceOf[p] === s; p--) {
      if (this.kind(p, 'clausebreak')) return false;
      if (this.kindForm(p, 'plan')) {
        if (opener) return true;
        // no preposition: the act must follow the plan word and at most two words of its subject, none a time preposition
        if (j - p > 3) return false;
        for (let q = p + 1; q < j; q++) if (this.kind(q, 'monthcue') || this.kind(q, 'yearprep')) return false;
        return true;
      }
    }
    return false;
  }
  /**
   * A present-tense verb governing a bare weekday or month just before it ("يعقد المجلس الخميس جلسة"،
   * "يبدأ في يوليو"): news use it for what is scheduled. Only ي-initial imperfects (ت- is too often a noun),
   * at most 3 tokens back, not after لم/كان, and not after منذ/قبل/حتى.
   */
  imperfectBefore(k: number, window = 3, letters = 'ي'): boolean {
    const s = this.doc.sentenceOf[k];
    for (let j = k - 1; j >= 0 && j >= k - window && this.doc.sentenceOf[j] === s; j--) {
      const t = this.toks[j];
      if (t.kind === 'number') continue; // the day of "تجرى في 17 أبريل"، the first end of a range
      if (t.kind !== 'word') return false;
      if (hasKind(this.lex, t.norm, 'ago') || t.norm === 'حتي' || this.isPast(j)) return false;
      let n = t.norm;
      if ((n[0] === 'و' || n[0] === 'ف') && letters.includes(n[1])) n = n.slice(1);
      // three letters only for ي (يصل، يعود is four): ت/ن three-letter words are too often nouns
      if ((n.length >= 4 || (n.length === 3 && n[0] === 'ي')) && letters.includes(n[0]) && !hasKind(this.lex, n, 'notimperfect') && !this.lex.nameWords.has(t.norm)) return !this.kind(j - 1, 'pastneg');
    }
    return false;
  }
  /**
   * A present-tense (imperfect) verb leading the clause of a day+month at k, within 6 tokens back: news name what is
   * scheduled that way ("يبدأ المهرجان في 11 مارس"، "وتنطلق الدورة في 20 أبريل"). ي-initial words of three letters
   * or more, ت-initial of five or more but not the تفعيل masdar shape (تنظيم، تقرير); never across a clause break or
   * a past verb, after لم/كان, or with a looking-back word in between (words.tsv pastref: "يعود تاريخ الأزمة إلى").
   */
  presentClause(k: number): boolean {
    const s = this.doc.sentenceOf[k];
    for (let j = k - 1; j >= 0 && j >= k - 6 && this.doc.sentenceOf[j] === s; j--) {
      const t = this.toks[j];
      if (t.kind === 'number') continue;
      if (t.kind !== 'word') return false;
      if (this.kind(j, 'clausebreak') || this.isPast(j) || this.kindForm(j, 'ago') || this.kindForm(j, 'pastref')) return false;
      let n = t.norm;
      const conj = (n[0] === 'و' || n[0] === 'ف') && (n[1] === 'ي' || n[1] === 'ت');
      if (conj) n = n.slice(1);
      if (hasKind(this.lex, n, 'notimperfect') || hasKind(this.lex, n, 'pastref') || this.lex.nameWords.has(t.norm)) continue;
      const yi = n[0] === 'ي' && n.length >= 3;
      // (session 9) a four-letter ت-word behind و/ف opening the clause is a verb too ("وتنظم الوزارة المعرض يوم 20 مايو")
      const ti = n[0] === 'ت' && (n.length >= 5 || (conj && n.length === 4)) && !(n.length === 5 && n[3] === 'ي');
      if (yi || ti) return !this.kindForm(j - 1, 'pastneg');
    }
    return false;
  }
  /** A past verb (words.tsv pastverb) up to `window` tokens before k in the clause. */
  pastBefore(k: number, window: number): boolean {
    const s = this.doc.sentenceOf[k];
    for (let j = k - 1; j >= 0 && j >= k - window && this.doc.sentenceOf[j] === s; j--) {
      if (this.isPast(j)) return true;
      if (this.kind(j, 'clausebreak')) return false;
    }
    return false;
  }
  private isPast(j: number): boolean {
    return this.kindForm(j, 'pastverb') !== null;
  }
  /** سوف، من المقرر… (words.tsv futurecue) or the future prefix س on an imperfect verb (سيزور، وستعقد). */
  private isFuture(j: number): boolean {
    const t = this.toks[j];
    if (!t || t.kind !== 'word' || this.lex.nameWords.has(t.norm)) return false;
    if (!hasKind(this.lex, t.norm, 'futurecue')) {
      let n = t.norm;
      if ((n[0] === 'و' || n[0] === 'ف') && n[1] === 'س') n = n.slice(1);
      if (n.length < 4 || n[0] !== 'س' || (n[1] !== 'ي' && n[1] !== 'ت' && n[1] !== 'ن')) return false;
      for (const p of this.lex.notFuture) if (n.startsWith(p)) return false;
    }
    // "وكان من المقرر أن…": planned in the past
    return !this.kindForm(j - 1, 'pastneg') && !this.kindForm(j - 2, 'pastneg');
  }
}

interface MonthHit {
  entry: MonthEntry;
  endTok: number;
  cut: number;
  pre: string;
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
  // "يوليو تموز" (written side by side, common in wire copy)
  const next = monthNameAt(c, end, false);
  if (next && next.entry.calendar === hit.entry.calendar && next.entry.month === hit.entry.month) {
    return { entry: hit.entry, endTok: next.endTok, cut: hit.cut, pre: hit.pre, paired: true, evidence: [...ev, next.entry.evidence] };
  }
  if (sep === '/' || sep === '(' || sep === '-' || sep === '،' || sep === ',') {
    const other = monthNameAt(c, end + 1, false);
    if (other && other.entry.calendar === hit.entry.calendar && other.entry.month === hit.entry.month) {
      end = other.endTok;
      paired = true;
      ev.push(other.entry.evidence);
      if (sep === '(' && c.norm(end) === ')') end++;
    }
  }
  return { entry: hit.entry, endTok: end, cut: hit.cut, pre: hit.pre, paired, evidence: ev };
}

/** The word شهر (not الشهر, which is a relative month) before a month name. */
function monthWordAt(c: Ctx, k: number): boolean {
  return c.norm(k) === 'شهر';
}

function monthNameAt(c: Ctx, k: number, clitics = true): { entry: MonthEntry; endTok: number; cut: number; pre: string } | null {
  if (!c.isWord(k)) return null;
  // "23 ك2 2024": a letter glued to a digit (two tokens)
  const nx = c.toks[k + 1];
  // "23 ك 2 2024": written apart only between a day and a four-digit year
  const apart = nx && c.num(k - 1) !== null && c.digits(k - 1) <= 2 && c.digits(k + 2) === 4;
  if (nx && nx.kind === 'number' && (nx.start === c.toks[k].end || apart) && nx.end - nx.start === 1) {
    const ab = c.lex.monthAbbrevs.get(c.toks[k].norm + nx.norm);
    if (ab) return { entry: ab, endTok: k + 2, cut: 0, pre: '' };
  }
  const forms = clitics ? c.forms(k) : c.forms(k).slice(0, 1);
  for (const f of forms) {
    const res = c.lex.months.matchAt(c.wordAt, k, [f.norm]);
    if (res.length) {
      const entry = res[0].values[0];
      // a proclitic before an ambiguous month name is too weak a signal (وآب = "and father"), unless it
      // coordinates the name with the month just before ("نونبر وماي")
      if (f.cut > 0 && entry.ambiguous && !c.coordinated(k, f)) continue;
      return { entry, endTok: k + res[0].length, cut: f.cut, pre: f.pre };
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
  if (era === 'ah' ? y < 1 || y > 1600 : y < 1000 || y > 2999) {
    if (era !== null || y < 1000 || y > 2999) return null;
  }
  return { y, endTok: end, era };
}

/** "من العام الماضي" / "من عام 2020" / "العام المقبل" right after a month: the year part. */
function yearPhraseAt(c: Ctx, k: number): { y?: number; rel?: number; endTok: number } | null {
  let j = k;
  if (c.kind(j, 'of')) j++;
  if (!c.isWord(j)) return null;
  const r = c.lex.relative.matchAt(c.wordAt, j);
  if (r.length) {
    const e = r[0].values[0];
    if (e.unit === 'year' && e.guard !== 'period') return { rel: e.offset, endTok: j + r[0].length };
  }
  if (c.kindForm(j, 'yearcue')) {
    const y = yearAt(c, j + 1);
    if (y) return { y: y.y, endTok: y.endTok };
  }
  // "في يناير من العام نفسه": the year of the previous date
  if (j > k) {
    const a = c.lex.anchored.matchAt(c.wordAt, j);
    if (a.length && a[0].values[0].unit === 'year') {
      const v = anchorValue(c, k, 'year', a[0].values[0].offset);
      if (v) return { y: +v, endTok: j + a[0].length };
    }
  }
  return null;
}

/** "الشهر الجاري/الماضي/المقبل" at k (a relative.tsv row with unit month). */
function relMonthAt(c: Ctx, k: number, afterDay = false): { offset: number; endTok: number; evidence: string } | null {
  if (!c.isWord(k)) return null;
  const r = c.lex.relative.matchAt(c.wordAt, k);
  // bare "الشهر" is the current month only after a day ("في 15 من الشهر")
  if (!r.length || r[0].values[0].unit !== 'month' || (r[0].values[0].guard === 'period' && !afterDay)) return null;
  return { offset: r[0].values[0].offset, endTok: k + r[0].length, evidence: r[0].values[0].evidence };
}

/** "رواتب (شهر) حزيران": a month whose dues are paid is already past or current, even in a future clause. */
function duesMonth(c: Ctx, mk: number): boolean {
  const cue = c.kindForm(mk - 1, 'monthcue') !== null;
  const j = cue ? mk - 2 : mk - 1;
  if (j >= 0 && c.kind(j, 'dues') && c.sameSentence(j, mk)) return true;
  // "رواتب موظفي الإقليم لشهري أيلول": the payment's noun may stand up to two words before the month cue
  if (!cue) return false;
  for (let p = j - 1; p >= 0 && p >= j - 2 && c.isWord(p) && c.sameSentence(p, mk); p--) if (c.kind(p, 'dues')) return true;
  return false;
}

/**
 * The year of a Gregorian month (and day) given without a year. With الماضي: the latest strictly before the
 * publication date; المقبل: the next strictly after; الجاري: the publication year. Bare: the latest on or
 * before the publication date, or the next on or after it when the clause is in the future tense.
 */
function resolveGregorian(c: Ctx, k: number, month: number, day: number | null, year: number | null, mod: string | null, dow = -1): { v: Ymd; rel: boolean } | null {
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
  else if (day !== null && dow >= 0) {
    // "الأحد 17 مارس": the year (of the three around publication) whose 17 March is a Sunday, nearest first
    // — within ten months before and two after publication; a weekday that fits no such year is a slip, and the
    // date resolves as if it were not there (the written date wins over the weekday)
    const near = (v: Ymd) => cmpYmd(v, addDays(pub, -305)) >= 0 && cmpYmd(v, addDays(pub, 61)) <= 0;
    const cands = [pub.y, pub.y - 1, pub.y + 1].filter((cy) => isValidYmd({ y: cy, m: month, d: day }) && weekday({ y: cy, m: month, d: day }) === dow && near({ y: cy, m: month, d: day }));
    y = cands.length ? cands[0] : upcoming(pub, month, day) && !c.pastBefore(k, 8) ? (before ? pub.y + 1 : pub.y) : after ? pub.y - 1 : pub.y;
  } else if (day === null && startFrom(c, k) && (month - pub.m + 12) % 12 >= 1 && (month - pub.m + 12) % 12 <= 2) y = before ? pub.y + 1 : pub.y;
  else if (c.futureAround(k) && !(day === null && (month === pub.m - 1 || (pub.m === 1 && month === 12) || duesMonth(c, k)))) y = before ? pub.y + 1 : pub.y;
  // "تجرى الانتخابات في 17 أبريل" within the next 30 days: the coming one, unless a past verb leads the clause
  else if (day !== null && upcoming(pub, month, day) && !c.pastBefore(k, 8)) y = before ? pub.y + 1 : pub.y;
  // "يبدأ المهرجان في 11 مارس" (January): an imperfect leading the clause names a coming date, up to eight months ahead
  else if (day !== null && after && c.presentClause(k) && !c.pastBefore(k, 8) && within(pub, { y: pub.y, m: month, d: day }, 245)) y = pub.y;
  else y = after ? pub.y - 1 : pub.y;
  const v = { y, m: month, d: day ?? 1 };
  return isValidYmd(v) ? { v, rel: true } : null;
}

/**
 * "اعتباراً من رواتب شهر مايو" (published in April): a bare month opened by a "starting from" phrase (words.tsv
 * startfrom + من, at most four words before the month) — the caller takes it as the coming one when it is one of the
 * two months after publication (a start of validity announced ahead); further months keep the usual reading.
 */
function startFrom(c: Ctx, k: number): boolean {
  for (let j = k - 1; j >= 1 && j >= k - 4 && c.isWord(j) && c.sameSentence(j, k); j--) {
    if (c.kind(j, 'of') && c.kindForm(j - 1, 'startfrom')) return true;
  }
  return false;
}

/** v is at most `days` days after pub. */
function within(pub: Ymd, v: Ymd, days: number): boolean {
  return isValidYmd(v) && cmpYmd(v, addDays(pub, days)) <= 0;
}

/** A day and month without a year falling within the 30 days after publication: news name such dates for what is coming. */
function upcoming(pub: Ymd, month: number, day: number): boolean {
  for (let n = 1; n <= 30; n++) {
    const v = addDays(pub, n);
    if (v.m === month && v.d === day) return true;
  }
  return false;
}

/** Day month [/month] [year | من العام الماضي | الماضي] — Gregorian or Hijri; also "month year" and "month الماضي". */
function dateCoreAt(c: Ctx, k: number, dow = -1): Match | null {
  let day: number | null = null;
  let mk = k;
  const ev0: string[] = [];
  let ordCut = 0;
  let partOf = -1;
  let sepDate = '';
  // "الـ15 من مارس": the article written apart before the number
  const dk = c.norm(k) === 'ال' && c.toks[k + 1]?.start === c.toks[k].end ? k + 1 : k;
  const d = c.num(dk);
  if (d !== null && d >= 1 && d <= 31 && c.digits(dk) <= 2) {
    day = d;
    mk = dk + 1;
    // "23/كانون الثاني/2024"، "23-كانون الثاني-2024": a month name between two slashes or dashes, a 4-digit year after
    if ((c.norm(mk) === '/' || c.norm(mk) === '-') && monthNameAt(c, mk + 1, false)) {
      const mn = monthNameAt(c, mk + 1, false)!;
      if (c.norm(mn.endTok) !== undefined && c.norm(mn.endTok) === c.norm(mk) && c.digits(mn.endTok + 1) === 4) { sepDate = c.norm(mk) ?? ''; mk++; ev0.push('rule:separated-date'); }
    }
    if (sepDate) { /* the month follows the separator */ }
    else if (c.kind(mk, 'of') && (monthNameAt(c, mk + 1) || relMonthAt(c, mk + 1, true))) mk++;
    // "9 من شهر فبراير": the word شهر between من and the name
    else if (c.kind(mk, 'of') && monthWordAt(c, mk + 1) && monthNameAt(c, mk + 2, false)) mk += 2;
  } else if (c.isWord(k)) {
    const one = c.kindForm(k, 'dayone');
    if (one) {
      // "غرة ماي"، "غرة رمضان": the first day of the month
      day = 1;
      mk = k + 1;
      ordCut = one.cut;
      ev0.push('rule:dayone');
      if (c.kind(mk, 'of')) mk++;
      if (monthWordAt(c, mk) && monthNameAt(c, mk + 1, false)) mk++; // «غرة شهر رمضان»
    } else if (c.kindForm(k - 1, 'ordnot') && (c.kind(k, 'partord') || c.kind(k, 'recent')) && c.kind(k + 1, 'of') && !c.lex.ordinals.matchAt(c.wordAt, k).length) {
      // "الأسبوع الأخير من فبراير"، "العشر الأواخر من رمضان": a part of the month, not a day
      partOf = k - 1;
      mk = k + 2;
      if (monthWordAt(c, mk) && monthNameAt(c, mk + 1, false)) mk++;
    } else {
      // "الأول من مارس"، "الخامس عشر من الشهر الماضي"
      for (const f of c.forms(k)) {
        const o = c.lex.ordinals.matchAt(c.wordAt, k, [f.norm]);
        if (o.length && c.kind(k + o[0].length, 'of')) {
          if (c.kindForm(k - 1, 'ordnot') && f.cut === 0) {
            // "الأسبوع الأول من أفريل": a part of the month, not its first day
            partOf = k - 1;
            mk = k + o[0].length + 1;
            if (monthWordAt(c, mk) && monthNameAt(c, mk + 1, false)) mk++; // "النصف الثاني من شهر مارس"
            break;
          }
          day = o[0].values[0].value;
          mk = k + o[0].length + 1;
          if (monthWordAt(c, mk) && monthNameAt(c, mk + 1, false)) mk++; // «التاسع من شهر فبراير»
          ordCut = f.cut;
          ev0.push(o[0].values[0].evidence);
          break;
        }
      }
    }
  }
  // "في 15 الجاري"، "يوم الخامس عشر الجاري": الجاري alone after a day is the current month — only after a time cue
  // (في، يوم، منذ، a weekday), since "المركز الثاني الحالي" and "بنسبة 15 الحالية" are no dates
  const dayCue = c.kind(k - 1, 'monthcue') || c.kind(k - 1, 'weekdaycue') || c.lex.weekdays.has(c.norm(k - 1) ?? '');
  if (day === null && partOf < 0 && dayCue && c.isWord(k)) {
    const o = c.lex.ordinals.matchAt(c.wordAt, k);
    if (o.length && c.norm(k + o[0].length) === 'الجاري') { day = o[0].values[0].value; mk = k + o[0].length; ev0.push(o[0].values[0].evidence); }
  }
  if (day !== null && partOf < 0 && dayCue && c.norm(mk) === 'الجاري') {
    // "في 15 الجاري"، "الخامس عشر الجاري": the day of the current month (الشهر left out)
    const m: Match = { startTok: k, endTok: mk + 1, startOff: c.toks[k].start + ordCut, calendar: 'gregorian', relative: true, evidence: [...ev0, 'rule:day+current'], unit: 'day' };
    if (c.pub) {
      const v = { y: c.pub.y, m: c.pub.m, d: day };
      if (!isValidYmd(v)) return null;
      m.value = formatValue(v, 'day');
    }
    return m;
  }
  if (day !== null) {
    // "15 من الشهر الجاري"، "الأول من الشهر المقبل"، "الخامس من الشهر"
    const rm = relMonthAt(c, mk, c.kind(mk - 1, 'of') || ev0.length > 0);
    if (rm) {
      const m: Match = { startTok: k, endTok: rm.endTok, startOff: c.toks[k].start + ordCut, calendar: 'gregorian', relative: true, evidence: [...ev0, rm.evidence, 'rule:day+relative-month'], unit: 'day' };
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
  const sep = c.norm(end) === '،' || c.norm(end) === ',' || (sepDate !== '' && c.norm(end) === sepDate) ? 1 : 0; // "مارس، 2023"، "23/آذار/2024"
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
  const startTok = day !== null ? k : partOf >= 0 ? partOf : mk;
  const startOff = day !== null ? c.toks[k].start + ordCut : partOf >= 0 ? c.toks[partOf].start + (c.kindForm(partOf, 'ordnot')?.cut ?? 0) : c.toks[mk].start + mh.cut;
  if (partOf >= 0) ev.push('rule:part-of-month');
  const calendar = entry.calendar;
  if (day === null && year === null && relYear === null && mod === null) {
    // a bare month name: first member of a range or list whose second member carries the year
    // ("بين مارس ومايو الماضيين"، "من يناير إلى مارس 2023")
    const borrowed = borrowYear(c, end, entry);
    if (borrowed) return { startTok, endTok: end, startOff, calendar, relative: borrowed.relative, value: borrowed.value, evidence: [...ev, 'rule:month', 'rule:range-borrow'], unit: 'month' };
    // "شهر رمضان" alone names the month in general, not a date
    if (calendar === 'hijri') return null;
    // an Iraqi abbreviation (ت1، ك2) is a month only with a day or a year
    if (mh.endTok - mk === 2 && c.toks[mk + 1].kind === 'number') return null;
    // otherwise a preposition/شهر before it, a slash pair, or a list with the month before it
    // the cue may carry a proclitic ("لشهري أيلول وتشرين الأول")
    const cued = partOf >= 0 || (c.kindForm(mk - 1, 'monthcue') !== null && c.sameSentence(mk - 1, mk));
    const coord = mh.pre === 'و' ? c.coordinated(mk, { norm: '', cut: mh.cut, pre: 'و' }) : c.coordinated(mk);
    // an unambiguous name right after a noun ("رواتب حزيران"، "انتخابات أكتوبر") — not one that names an
    // event or a place (حرب أكتوبر، ثورة يوليو، شارع…)
    const afterNoun = !entry.ambiguous && c.isWord(mk - 1) && c.sameSentence(mk - 1, mk) && mh.cut === 0 &&
      !c.kindForm(mk - 1, 'eventhead') && !c.kindForm(mk - 1, 'namehead');
    if (!cued && !coord && !afterNoun && !(mh.paired && !entry.ambiguous)) return null;
    if (coord) ev.push('rule:coordinated');
  }
  // "رواتب شهر أيلول"، "رواتب شهري أيلول وتشرين الأول": the month paid for, not the time of an act (note:dues —
  // the event stage dates no event by it)
  if (day === null && (duesMonth(c, mk) || (c.found.length > 0 && c.found[c.found.length - 1].evidence.includes('note:dues') && ev.includes('rule:coordinated')))) ev.push('note:dues');
  ev.push(day !== null ? 'rule:day+month' : 'rule:month');
  if (calendar === 'hijri' || era === 'ah') {
    if (calendar !== 'hijri') return null; // a Gregorian month with هـ is a contradiction: skip
    return resolveHijri(c, startTok, end, startOff, entry.month, day, year, relYear, mod, ev);
  }
  const unit = day !== null ? 'day' : 'month';
  if (relYear !== null) {
    if (!c.pub) return { startTok, endTok: end, startOff, calendar, relative: true, evidence: ev, unit };
    year = c.pub.y + relYear;
    const v = { y: year, m: entry.month, d: day ?? 1 };
    if (!isValidYmd(v)) return null;
    return { startTok, endTok: end, startOff, calendar, relative: true, value: formatValue(v, unit), evidence: ev, unit };
  }
  if (day !== null && year === null && relYear === null && mod === null) {
    // "من فاتح يناير إلى 30 يونيو 2006": the year of the second end
    const borrowed = borrowYear(c, end, entry, day);
    if (borrowed?.value) return { startTok, endTok: end, startOff, calendar, relative: false, value: borrowed.value, evidence: [...ev, 'rule:range-borrow'], unit: 'day' };
  }
  if (day !== null && year === null && mod === null && c.isWord(k - 1)) {
    // "مدينة 6 أكتوبر"، "قوى 14 آذار": a name; "ثورة 25 يناير": the event's own date
    if (c.kindForm(k - 1, 'namehead')) return null;
    const named = c.kindForm(k - 1, 'eventhead') ? c.lex.named.get(`${day}-${entry.month}`) : undefined;
    if (named) return { startTok, endTok: end, startOff, calendar, relative: false, value: formatValue({ y: named.year, m: entry.month, d: day }, 'day'), evidence: [...ev, named.evidence, 'rule:named-date'], unit };
  }
  const r = resolveGregorian(c, mk, entry.month, day, year, mod, dow);
  if (!r) return null;
  const m: Match = { startTok, endTok: end, startOff, calendar, relative: r.rel, evidence: ev, unit };
  if (!(r.rel && !c.pub)) m.value = formatValue(r.v, unit);
  return m;
}

/**
 * The second member of "X و/إلى Y" when it carries its own year or modifier: X takes Y's year (the year
 * before when X's month comes later). A month X needs a month Y; a day X ("من فاتح يناير إلى 30 يونيو 2006")
 * needs a Y with a written year.
 */
function borrowYear(c: Ctx, end: number, entry: MonthEntry, day: number | null = null): { value?: string; relative: boolean } | null {
  if (c.depth > 0 || entry.calendar !== 'gregorian') return null;
  let j = end;
  const f = c.forms(j);
  const glued = f.length > 1 && f[1].pre === 'و';
  if (!glued) {
    if (!c.kind(j, 'rangesep')) return null;
    j++;
  }
  c.depth++;
  // evaluate the next member as if coordinated with this one
  const saved = c.lastEnd;
  c.lastEnd = glued ? j : j - 1;
  const second = dateCoreAt(c, j);
  c.lastEnd = saved;
  c.depth--;
  if (!second || second.evidence.includes('rule:coordinated') || second.evidence.includes('rule:range-borrow')) return null;
  if (day === null ? second.unit !== 'month' : second.relative || second.unit === 'year') return null;
  if (second.value === undefined) return { relative: true };
  const y2 = +second.value.slice(0, 4);
  const m2 = +second.value.slice(5, 7);
  const d2 = second.value.length === 10 ? +second.value.slice(8, 10) : 31;
  const y = entry.month < m2 || (entry.month === m2 && (day ?? 1) <= d2) ? y2 : y2 - 1;
  const v = { y, m: entry.month, d: day ?? 1 };
  if (!isValidYmd(v)) return null;
  return { value: formatValue(v, day === null ? 'month' : 'day'), relative: second.relative };
}

function resolveHijri(c: Ctx, startTok: number, end: number, startOff: number, month: number, day: number | null, year: number | null,
  relYear: number | null, mod: string | null, ev: string[]): Match | null {
  const unit = day !== null ? 'day' : 'month';
  const m: Match = { startTok, endTok: end, startOff, calendar: 'hijri', relative: year === null, evidence: ev, unit };
  let hy = year;
  if (hy === null) {
    const ph = c.hijriPub();
    if (!ph) return m; // unresolved: kept without a value
    const before = month < ph.m || (month === ph.m && day !== null && day < ph.d);
    const after = month > ph.m || (month === ph.m && day !== null && day > ph.d);
    if (relYear !== null) hy = ph.y + relYear;
    else if (mod === 'past') hy = before ? ph.y : ph.y - 1;
    else if (mod === 'future') hy = after ? ph.y : ph.y + 1;
    else if (mod === 'current') hy = ph.y;
    else if (c.futureAround(startTok)) hy = before ? ph.y + 1 : ph.y;
    else hy = after ? ph.y - 1 : ph.y;
  }
  // a Hijri month straddles two Gregorian months: month precision takes the month holding its middle
  const g = hijriToGreg(hy, month, day ?? 15);
  if (!g) {
    m.evidence = [...ev, 'note:hijri-out-of-range'];
    return m;
  }
  m.value = formatValue(g, unit);
  return m;
}

/** 2023/3/15, 15/3/2023 (day first), 15-03-2023, 15.03.2023, 2024-03-12 */
function numericAt(c: Ctx, k: number): Match | null {
  const t = c.toks[k];
  if (!t || t.kind !== 'number') return null;
  let parts: number[] = [];
  let lens: number[] = [];
  let end = k + 1;
  const dotted = t.norm.length >= 5 && t.norm.includes('.') ? /^(\d{1,4})\.(\d{1,2})\.(\d{1,4})$/.exec(t.norm) : null;
  if (dotted) {
    parts = [+dotted[1], +dotted[2], +dotted[3]];
    lens = [dotted[1].length, dotted[2].length, dotted[3].length];
  } else {
    const sep = c.toks[k + 1];
    if (!sep || (sep.text !== '/' && sep.kind !== 'dash')) return null;
    const sep2 = c.toks[k + 3];
    if (!sep2 || sep2.text !== sep.text || !c.toks[k + 2] || !c.toks[k + 4]) return dayMonthNumericAt(c, k);
    const tight = sep.start === t.end && c.toks[k + 2].start === sep.end && c.toks[k + 2].end === sep2.start && c.toks[k + 4].start === sep2.end;
    // "30 - 8 - 2006" with spaces only when one end is a four-digit year (else it reads as scores)
    if (!tight && c.digits(k) !== 4 && c.digits(k + 4) !== 4) return null;
    const ts = [k, k + 2, k + 4];
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
    if (!g) return { startTok: k, endTok: end, startOff: t.start, calendar, relative: false, evidence: [...ev, 'note:hijri-out-of-range'], unit: 'day' };
    return { startTok: k, endTok: end, startOff: t.start, calendar, relative: false, value: formatValue(g, 'day'), evidence: ev, unit: 'day' };
  }
  if (c.kind(end, 'era-ad')) end++;
  if (v.y < 1000 || v.y > 2999 || !isValidYmd(v)) return null;
  return { startTok: k, endTok: end, startOff: t.start, calendar, relative: false, value: formatValue(v, 'day'), evidence: ev, unit: 'day' };
}

/**
 * "يوم 15/6"، "بتاريخ 3/11 الماضي"، "الأحد 15/6": a day and month written with a slash and no year, only right after a
 * day cue (words.tsv numdaycue: يوم، بتاريخ، a weekday) — elsewhere "15/6" is as likely a score or a ratio. Resolved like
 * a day and month without a year (a past/future/current word after it counts).
 */
function dayMonthNumericAt(c: Ctx, k: number): Match | null {
  const t = c.toks[k];
  const sep = c.toks[k + 1];
  const mt = c.toks[k + 2];
  if (!sep || sep.text !== '/' || !mt || sep.start !== t.end || mt.start !== sep.end || mt.kind !== 'number') return null;
  const prev = c.norm(k - 1) ?? '';
  if (!c.kindForm(k - 1, 'numdaycue') && !c.lex.weekdays.has(prev)) return null;
  const day = c.num(k);
  const month = c.num(k + 2);
  if (day === null || month === null || c.digits(k) > 2 || c.digits(k + 2) > 2 || day < 1 || month < 1 || month > 12) return null;
  if (c.toks[k + 3]?.kind === 'number' || c.toks[k + 3]?.text === '/') return null;
  let end = k + 3;
  let mod: string | null = null;
  if (c.kind(end, 'past')) { mod = 'past'; end++; }
  else if (c.kind(end, 'future')) { mod = 'future'; end++; }
  else if (c.kind(end, 'current')) { mod = 'current'; end++; }
  const r = resolveGregorian(c, k, month, day, null, mod, c.lex.weekdays.get(prev)?.dow ?? -1);
  if (!r) return null;
  const m: Match = { startTok: k, endTok: end, startOff: t.start, calendar: 'gregorian', relative: true, evidence: ['rule:numeric-day-month'], unit: 'day' };
  if (c.pub) m.value = formatValue(r.v, 'day');
  return m;
}

/**
 * "بين 10 و12 مارس"، "من 3 إلى 5 يونيو"، "10-12 مارس": the first day takes the month and year of the second
 * end, which the main loop then finds on its own. A range thus gives two mentions, one per end.
 */
function dayRangeAt(c: Ctx, k: number): Match | null {
  const d1 = c.num(k);
  if (d1 === null || d1 < 1 || d1 > 31 || c.digits(k) > 2 || !c.kind(k + 1, 'rangesep')) return null;
  // "أيام 7 و8 و9 يوليوز": a list of up to four days, the last carrying the month
  let last = k + 2;
  while (last - k < 6 && c.num(last) !== null && c.digits(last) <= 2 && c.kind(last + 1, 'rangesep') && c.num(last + 2) !== null && c.digits(last + 2) <= 2) last += 2;
  const d2 = c.num(last);
  if (d2 === null || d2 < 1 || d2 > 31 || c.digits(last) > 2) return null;
  if (c.depth > 0) return null;
  c.depth++;
  const second = dateCoreAt(c, last);
  c.depth--;
  if (!second || second.unit !== 'day') return null;
  const m: Match = { startTok: k, endTok: k + 1, startOff: c.toks[k].start, calendar: second.calendar, relative: second.relative, evidence: ['rule:range-start', ...second.evidence.filter((e) => e.startsWith('lexicon:'))], unit: 'day' };
  if (second.value !== undefined) {
    let v: Ymd = { y: +second.value.slice(0, 4), m: +second.value.slice(5, 7), d: d1 };
    if (second.calendar === 'hijri') {
      // the same Hijri month: shift the Gregorian day by the difference
      v = addDays({ y: v.y, m: v.m, d: +second.value.slice(8, 10) }, d1 - d2);
    } else if (d1 > d2) v = { ...addMonths({ y: v.y, m: v.m, d: 1 }, -1), d: d1 };
    if (!isValidYmd(v)) return null;
    m.value = formatValue(v, 'day');
  }
  return m;
}

/** [يوم|مساء…] weekday [، / الموافق date | الماضي | المقبل] */
function weekdayAt(c: Ctx, k: number): Match | null {
  let wk = k;
  let cue: Form | null = null;
  let cutStart = c.toks[k]?.start ?? 0;
  for (const f of c.forms(k)) {
    if ((hasKind(c.lex, f.norm, 'weekdaycue') || hasKind(c.lex, f.norm, 'daypart')) && c.lex.weekdays.has(c.norm(k + 1) ?? '')) {
      cue = f;
      wk = k + 1;
      cutStart = c.toks[k].start + f.cut;
      break;
    }
    // "مساء يوم الثلاثاء"، "صبيحة يوم الجمعة": a time of day before يوم + weekday
    if (hasKind(c.lex, f.norm, 'daypart') && c.norm(k + 1) === 'يوم' && c.lex.weekdays.has(c.norm(k + 2) ?? '')) {
      cue = f;
      wk = k + 2;
      cutStart = c.toks[k].start + f.cut;
      break;
    }
  }
  let wd: WeekdayEntry | undefined;
  let coord = false;
  if (!cue) {
    for (const f of c.forms(k)) {
      const hit = c.lex.weekdays.get(f.norm);
      if (!hit || !hit.bare) continue;
      // "والاثنين" after a weekday: a list of days
      const co = c.coordinated(k, f.cut > 0 ? f : undefined);
      if (f.cut === 0 || !hit.ambiguous || co) { wd = hit; coord = co; cutStart = c.toks[k].start + f.cut; break; }
    }
  } else wd = c.lex.weekdays.get(c.norm(wk)!);
  if (!wd) return null;
  const ev = [wd.evidence, 'rule:weekday'];
  let end = wk + 1;
  // weekday followed by a full date ("الأحد 15 مارس"، "الأحد، 15 مارس"، "الأحد الموافق 15 مارس"): the date carries the value
  const sep = c.kind(end, 'datelink') ? 1 : 0;
  const core = c.toks[end + sep] ? dateCoreAt(c, end + sep, wd.dow) ?? numericAt(c, end + sep) : null;
  if (core && core.unit === 'day' && c.sameSentence(wk, core.endTok - 1)) {
    return { ...core, startTok: k, startOff: cutStart, evidence: [...ev, ...core.evidence] };
  }
  let dir: 'past' | 'future' | 'nearest-past' | 'nearest-future' | 'nearest';
  // "يومي الأحد والاثنين المقبلين": a plural modifier after the second of two coordinated days qualifies both
  const pairMod = c.forms(end).some((f) => f.pre === 'و' && c.lex.weekdays.get(f.norm)?.bare) ? end + 1 : -1;
  if (c.kind(end, 'past')) { dir = 'past'; end++; }
  else if (c.kind(end, 'future')) { dir = 'future'; end++; }
  else if (pairMod > 0 && c.kind(pairMod, 'past')) { dir = 'past'; ev.push('rule:shared-modifier'); }
  else if (pairMod > 0 && c.kind(pairMod, 'future')) { dir = 'future'; ev.push('rule:shared-modifier'); }
  else {
    // a bare weekday: after يوم/مساء…, an unambiguous name, or an ambiguous one that stands as an adverb
    // ("قال الوزير، الأحد، إن…"، "أعلنت الوزارة الأحد أن…") and is not a name after صلاة/بين…
    if (!cue && !coord) {
      if (c.kind(k - 1, 'weekdaynot')) return null;
      // ambiguous names: before إن/أن ("قال الوزير الأحد إن"), or set off by punctuation on both sides
      // ("أعلنت الوزارة، الاثنين، أن") — not "غياب الاثنين ،" (the two)
      // or right after a verb and its subject ("التقى الرئيس الأحد نظيره"، "يعقد المجلس الجمعة جلسة")
      // or after a statement or meeting noun and before punctuation ("في بيان الأحد."، "خلال اجتماع الاثنين،")
      const afterNoun = c.kindForm(k - 1, 'wdnoun') !== null && c.toks[end]?.kind === 'punct' && c.sameSentence(k - 1, k);
      if (wd.ambiguous && !afterNoun && !c.kind(end, 'wdafter') && !c.kindForm(k - 1, 'weekdayprep') && !(c.toks[k - 1]?.kind === 'punct' && c.toks[end]?.kind === 'punct') &&
        !c.pastBefore(k, 3) && !c.imperfectBefore(k) && !(c.imperfectBefore(k, 3, 'يتن') && c.futureAround(k))) return null;
    }
    // "اليوم الخميس" names today: the nearest such weekday (the publication timestamp may be a day off)
    if (cue && cue.norm === 'اليوم') dir = 'nearest';
    else dir = c.futureAround(k) || c.imperfectBefore(k) ? 'nearest-future' : 'nearest-past';
  }
  // "ليل الأحد-الاثنين"، "ليلة السبت إلى الأحد"، "ليل الأربعاء الخميس": one night named by its two days, dated by
  // its evening (the first day); the second day is part of the span, not a mention of its own
  const night = cue && hasKind(c.lex, cue.norm, 'night') ? nightPairEnd(c, wk + 1, wd.dow) : -1;
  let pairEnd = -1;
  if (night > 0 && end === wk + 1) { pairEnd = night; ev.push('rule:night-pair'); }
  const m: Match = { startTok: k, endTok: pairEnd > 0 ? pairEnd : end, startOff: cutStart, calendar: 'gregorian', relative: true, evidence: ev, unit: 'day' };
  if (pairEnd > 0 && c.kind(pairEnd, 'past')) m.endTok++;
  else if (pairEnd > 0 && c.kind(pairEnd, 'future')) { m.endTok++; dir = 'future'; }
  if (c.pub) m.value = formatValue(dir === 'nearest' ? nearestWeekday(c.pub, wd.dow) : weekdayFrom(c.pub, wd.dow, dir), 'day');
  return m;
}

/** After the first weekday of a night at j: [-|/|إلى|على|و] and the next weekday; the token after it, or -1. */
function nightPairEnd(c: Ctx, j: number, dow: number): number {
  const next = (dow + 1) % 7;
  const is = (k: number) => {
    for (const f of c.forms(k)) {
      const w = c.lex.weekdays.get(f.norm);
      if (w && w.bare && w.dow === next) return true;
    }
    return false;
  };
  if (is(j)) return j + 1; // "الأربعاء الخميس"، "والخميس"
  const t = c.toks[j];
  if (t && (t.kind === 'dash' || t.text === '/' || c.kind(j, 'nightsep')) && is(j + 1)) return j + 2;
  return -1;
}

/** The date with weekday `dow` closest to `v` (at most 3 days away). */
function nearestWeekday(v: Ymd, dow: number): Ymd {
  let diff = (dow - weekday(v) + 7) % 7;
  if (diff > 3) diff -= 7;
  return addDays(v, diff);
}

/** عام 2020، سنة ١٤٤٥ هـ، عامي 2021 و2022 */
function yearExprAt(c: Ctx, k: number): Match | null {
  if (c.num(k + 1) === null) return null;
  const f = c.kindForm(k, 'yearcue');
  if (!f) return null;
  return yearValue(c, k, k + 1, c.toks[k].start + f.cut, 'rule:yearcue+year');
}

/** A number token that is a year by itself: "في 2020"، "2019م"، "1445 هـ"، the "2022" of "عامي 2021 و2022". */
function yearNumAt(c: Ctx, k: number): Match | null {
  const y0 = yearAt(c, k);
  if (!y0) return null;
  const start = c.toks[k].start;
  if (y0.era !== null) return yearValue(c, k, k, start, 'rule:year+era');
  if (c.digits(k) !== 4 || y0.y < 1900 || y0.y > 2100) return null;
  const prep = c.kindForm(k - 1, 'yearprep');
  if (prep) {
    // "بين 2014 و2016" needs its second end; other prepositions stand alone ("في 2020")
    if (prep.norm !== 'بين' || (c.kind(k + 1, 'rangesep') && c.digits(k + 2) === 4)) return yearValue(c, k, k, start, 'rule:prep+year');
  }
  if (c.coordinated(k) && c.found.length && c.found[c.found.length - 1].unit === 'year') return yearValue(c, k, k, start, 'rule:coordinated-year');
  // "من 2020 إلى 2022": the first end of a span of years after من
  if (c.kind(k - 1, 'of') && c.kind(k + 1, 'rangesep') && c.digits(k + 2) === 4) {
    const y3 = c.num(k + 2);
    if (y3 !== null && y3 > y0.y && y3 - y0.y <= 50) return yearValue(c, k, k, start, 'rule:of+year-range');
  }
  // "انتخابات 2021"، "موازنة 2024"، "مونديال 2022": a year naming an event or a budget (words.tsv yearhead)
  if (c.kindForm(k - 1, 'yearhead') && c.sameSentence(k - 1, k) && !(c.toks[k + 1]?.kind === 'word' && c.lex.durations.has(c.norm(k + 1)!))) {
    return yearValue(c, k, k, start, 'rule:yearhead+year');
  }
  // "الفترة 2020-2022": a span of years joined by a dash (the second end is then a coordinated year)
  const y2 = c.toks[k + 1]?.kind === 'dash' && c.digits(k + 2) === 4 ? c.num(k + 2) : null;
  if (y2 !== null && y2 > y0.y && y2 - y0.y <= 50) return yearValue(c, k, k, start, 'rule:year-range');
  // "الفصل الثاني من 2023." — but not "أكثر من 2000 شخص"
  if (c.kind(k - 1, 'of') && (k + 1 >= c.toks.length || c.toks[k + 1].kind === 'punct' || !c.sameSentence(k, k + 1))) return yearValue(c, k, k, start, 'rule:of+year');
  return null;
}

/**
 * "الموسم 2023/2024"، "موسم 2024-2025"، "العام الدراسي 2025/2026": a season across two consecutive years (words.tsv
 * seasonhead) dates to its first year — the year it opens, and the one a "موسم 2023" alone would name.
 */
function seasonSpanAt(c: Ctx, k: number): Match | null {
  let best: { length: number; ev: string; cut: number } | null = null;
  for (const f of c.forms(k)) {
    const r = c.lex.seasonHeads.matchAt(c.wordAt, k, [f.norm]);
    if (r.length && (!best || r[0].length > best.length)) best = { length: r[0].length, ev: r[0].values[0], cut: f.cut };
  }
  if (!best) return null;
  const yk = k + best.length;
  const sep = c.norm(yk + 1);
  if (c.digits(yk) !== 4 || c.digits(yk + 2) !== 4 || (sep !== '/' && sep !== '-')) return null;
  const y1 = c.num(yk)!;
  if (c.num(yk + 2) !== y1 + 1 || y1 < 1900 || y1 > 2999) return null;
  return { startTok: k, endTok: yk + 3, startOff: c.toks[k].start + best.cut, calendar: 'gregorian', relative: false, value: formatValue({ y: y1, m: 1, d: 1 }, 'year'), evidence: [best.ev, 'rule:season-span'], unit: 'year' };
}

/** The Gregorian date of Hijri month/day in the Hijri year that puts it in Gregorian year gy. */
function hijriInGregYear(gy: number, hm: number, hd: number): Ymd | null {
  const est = Math.floor(((gy - 622) * 33) / 32);
  for (const h of [est, est + 1, est - 1, est + 2]) {
    const g = hijriToGreg(h, hm, hd);
    if (g && g.y === gy) return g;
  }
  return null;
}

/**
 * feasts.tsv: "العام الجديد"، "رأس السنة" (the next year when published in December, else the publication year);
 * "شهر رمضان المبارك" alone (the Ramadan falling in the publication year, month of its 15th, Hijri calendar);
 * "عيد الفطر 2023" (the Eid falling in that Gregorian year; with هـ or a 14xx number, that Hijri year), month precision.
 */
function feastAt(c: Ctx, k: number): Match | null {
  let hit: { length: number; e: import('./lexicon.ts').FeastEntry; cut: number } | null = null;
  for (const f of c.forms(k)) {
    const r = c.lex.feasts.matchAt(c.wordAt, k, [f.norm]);
    if (r.length && (!hit || r[0].length > hit.length)) hit = { length: r[0].length, e: r[0].values[0], cut: f.cut };
  }
  if (!hit) return null;
  const e = hit.e;
  let end = k + hit.length;
  // "عفو بمناسبة شهر رمضان المبارك": the feast is the occasion of the act, not its time (words.tsv occasion)
  // "بمناسبة قرب حلول عيد الأضحى": up to two words (قرب، حلول) between the occasion word and the feast
  const lead = c.norm(k - 1) === 'شهر' ? k - 2 : k - 1;
  for (let j = lead; j >= 0 && j >= lead - 2 && c.isWord(j); j--) if (c.kindForm(j, 'occasion')) return null;
  let startTok = k;
  let startOff = c.toks[k].start + hit.cut;
  const ev = [e.evidence];
  if (e.kind === 'newyear') {
    if (c.digits(end) === 4) return null; // "العام الجديد 2025" — left to the year rules
    const m: Match = { startTok, endTok: end, startOff, calendar: 'gregorian', relative: true, evidence: [...ev, 'rule:new-year'], unit: 'year' };
    if (c.pub) m.value = formatValue({ y: c.pub.m === 12 ? c.pub.y + 1 : c.pub.y, m: 1, d: 1 }, 'year');
    return m;
  }
  // "شهر رمضان المبارك": شهر joins the span when it stands right before (not taken by an earlier mention)
  if (c.norm(k - 1) === 'شهر' && hit.cut === 0 && c.lastEnd <= k - 1 && c.sameSentence(k - 1, k)) { startTok = k - 1; startOff = c.toks[k - 1].start; }
  const hd = e.hday || 15;
  let g: Ymd | null = null;
  let rel = false;
  const y = yearAt(c, end);
  if (y) {
    if (y.era === 'ah' || (y.y >= 1300 && y.y < 1600)) { g = hijriToGreg(y.y, e.hmonth, hd); ev.push('rule:feast+hijri-year'); }
    else if (y.y >= 1900 && y.y <= 2999) { g = hijriInGregYear(y.y, e.hmonth, hd); ev.push('rule:feast+year'); }
    else return null;
    end = y.endTok;
  } else if (c.kind(end, 'past') || c.kind(end, 'future')) {
    // "عيد الفطر الماضي"، "عيد الأضحى المقبل": the latest feast day before publication, or the next after it
    const past = c.kind(end, 'past');
    end++;
    rel = true;
    ev.push(past ? 'rule:feast-past' : 'rule:feast-future');
    if (c.pub) {
      const ph = gregToHijri(c.pub);
      if (!ph) return null;
      for (const h of past ? [ph.y, ph.y - 1] : [ph.y, ph.y + 1]) {
        const day = hijriToGreg(h, e.hmonth, hd);
        if (day && (past ? cmpYmd(day, c.pub) < 0 : cmpYmd(day, c.pub) > 0)) { g = day; break; }
      }
      if (!g) return null;
    }
  } else {
    if (!e.bare) return null;
    rel = true;
    ev.push('rule:feast-near-publication');
    if (c.pub) {
      // only the one published about: from 60 days before the month opens to 30 days after it ends; further away
      // "شهر رمضان المبارك" names the month in general (habits, customs) and is no date
      const ph = gregToHijri(c.pub);
      if (!ph) return null;
      for (const h of [ph.y - 1, ph.y, ph.y + 1]) {
        const s0 = hijriToGreg(h, e.hmonth, 1);
        if (s0 && cmpYmd(c.pub, addDays(s0, -60)) >= 0 && cmpYmd(c.pub, addDays(s0, 60)) <= 0) { g = hijriToGreg(h, e.hmonth, hd); break; }
      }
      if (!g) return null;
    }
  }
  const m: Match = { startTok, endTok: end, startOff, calendar: 'hijri', relative: rel, evidence: ev, unit: 'month' };
  if (g) m.value = formatValue(g, 'month');
  else if (c.pub || !rel) m.evidence.push('note:hijri-out-of-range');
  return m;
}

function yearValue(c: Ctx, startTok: number, yk: number, startOff: number, how: string): Match | null {
  const y = yearAt(c, yk);
  if (!y) return null;
  if (y.era === 'ah') {
    const g = hijriToGreg(y.y, 7, 1); // the Gregorian year holding the middle of the Hijri year
    const m: Match = { startTok, endTok: y.endTok, startOff, calendar: 'hijri', relative: false, evidence: [how], unit: 'year' };
    if (g) m.value = formatValue(g, 'year');
    else m.evidence.push('note:hijri-out-of-range');
    return m;
  }
  if (y.y < 1000 || y.y > 2999) return null;
  return { startTok, endTok: y.endTok, startOff, calendar: 'gregorian', relative: false, value: formatValue({ y: y.y, m: 1, d: 1 }, 'year'), evidence: [how], unit: 'year' };
}

/** خريف 2024، صيف العام الماضي، الشتاء المقبل → the year. */
function seasonAt(c: Ctx, k: number): Match | null {
  let s: { month: number; evidence: string } | undefined;
  let cut = 0;
  for (const f of c.forms(k)) {
    s = c.lex.seasons.get(f.norm);
    if (s) { cut = f.cut; break; }
  }
  if (!s) return null;
  const ev = [s.evidence, 'rule:season'];
  const startOff = c.toks[k].start + cut;
  let j = k + 1;
  if (c.kind(j, 'of') && (c.kind(j + 1, 'yearcue') || c.isWord(j + 1))) j++;
  const y = yearAt(c, j);
  if (y && y.era === null && c.digits(j) === 4) {
    return { startTok: k, endTok: y.endTok, startOff, calendar: 'gregorian', relative: false, value: String(y.y), evidence: ev, unit: 'year' };
  }
  const yp = yearPhraseAt(c, k + 1);
  if (yp) {
    const m: Match = { startTok: k, endTok: yp.endTok, startOff, calendar: 'gregorian', relative: yp.rel !== undefined, evidence: ev, unit: 'year' };
    if (yp.y !== undefined) m.value = String(yp.y);
    else if (c.pub) m.value = String(c.pub.y + (yp.rel ?? 0));
    return m;
  }
  let mod: 'past' | 'future' | 'current' | null = null;
  if (c.kind(k + 1, 'past')) mod = 'past';
  else if (c.kind(k + 1, 'future')) mod = 'future';
  else if (c.kind(k + 1, 'current')) mod = 'current';
  if (!mod) return null;
  const m: Match = { startTok: k, endTok: k + 2, startOff, calendar: 'gregorian', relative: true, evidence: ev, unit: 'year' };
  if (c.pub) {
    const pm = c.pub.m;
    let y = c.pub.y;
    if (mod === 'past') y = s.month < pm ? y : y - 1;
    else if (mod === 'future') y = s.month > pm ? y : y + 1;
    m.value = String(y);
  }
  return m;
}

/** أمس، اليوم، الأسبوع المقبل، العام الماضي… (data/dates/relative.tsv) */
function relativeAt(c: Ctx, k: number, afterPeriod = false): Match | null {
  for (const f of c.forms(k)) {
    const res = c.lex.relative.matchAt(c.wordAt, k, [f.norm]);
    if (!res.length) continue;
    // longest match whose guard holds
    let e = res[0].values[0];
    let end = k + res[0].length;
    // "مطلع الشهر" is the current month, but not "بداية الشهر الهجري" / "مطلع العام الدراسي"
    if (e.guard === 'period' && afterPeriod && c.isWord(end) && c.norm(end)!.startsWith('ال') && c.sameSentence(k, end)) {
      const alt = res.find((r) => r.values[0].guard !== 'period');
      if (!alt) continue;
      e = alt.values[0];
      end = k + alt.length;
    }
    if (e.guard === 'period' && !afterPeriod) {
      const alt = res.find((r) => r.values[0].guard !== 'period');
      if (!alt) continue;
      e = alt.values[0];
      end = k + alt.length;
    }
    if (e.guard === 'today') {
      const nx = c.toks[end];
      // "يتوجه اليوم إلى بغداد": إلى normalises to an ال-shape (الي) but leaves اليوم "today" (words.tsv todayok)
      if (nx && nx.kind === 'word' && nx.norm.startsWith('ال') && !c.lex.weekdays.has(nx.norm) && !c.kind(end, 'todayok') && c.sameSentence(k, end)) continue;
      if (c.kind(k - 1, 'todaynot')) continue;
      // "اليوم" right after a number or a "كل" is a count of days, not today
      if (c.num(k - 1) !== null || c.norm(k - 1) === 'كل') continue;
    }
    // the last word of a quoted or bracketed name ("المسلة اليوم"، «مصر اليوم»، «عدن الغد»، "(صحيفة مسقط اليوم)"):
    // an outlet, not a day
    // (words.tsv outletword: اليوم، الغد — "…أمس" closing a quote is more often speech)
    if (end === k + 1 && hasKind(c.lex, f.norm, 'outletword') && c.isWord(k - 1) && closesName(c, end) && quotedBefore(c, k)) continue;
    if (e.guard === 'tanwin') {
      const raw = c.toks[k].text;
      const nx = c.toks[end];
      if (!raw.includes('\u064B') && nx && nx.kind === 'word' && !c.kind(k - 1, 'weekdaycue') && !c.lex.weekdays.has(nx.norm)) continue;
    }
    // "في أمس الحاجة" is a superlative
    if (e.unit === 'day' && e.offset === -1 && c.kind(end, 'amsnot')) continue;
    // "اليوم الأحد" etc.: let the weekday rule take it if it applies
    if (e.unit === 'day' && e.offset === 0 && c.lex.weekdays.has(c.norm(end) ?? '')) {
      const w = weekdayAt(c, k);
      if (w) return w;
    }
    let endTok = end;
    const ev = [e.evidence];
    let dow = -1;
    // "أمس الثلاثاء": the weekday names the same day and, if the two disagree, wins (nearest such day)
    if (e.unit === 'day') {
      const wd = c.lex.weekdays.get(c.norm(end) ?? '');
      if (wd) { endTok = end + 1; dow = wd.dow; ev.push(wd.evidence); }
    }
    const m: Match = { startTok: k, endTok, startOff: c.toks[k].start + f.cut, calendar: 'gregorian', relative: true, evidence: ev, unit: e.unit };
    if (c.pub) {
      if (dow >= 0) {
        const v = addDays(c.pub, e.offset);
        // the nearest such day, but never on the wrong side of publication ("غدا الاثنين" is not past)
        let w = nearestWeekday(v, dow);
        if (e.offset > 0 && cmpYmd(w, c.pub) <= 0) w = addDays(w, 7);
        if (e.offset < 0 && cmpYmd(w, c.pub) > 0) w = addDays(w, -7);
        if (w.d !== v.d) ev.push('note:weekday-wins');
        m.value = formatValue(w, 'day');
      } else m.value = shift(c.pub, e.unit, e.offset, e.precision);
    }
    return m;
  }
  return null;
}

/** An opening quote mark at most 4 tokens before k, in the same sentence. */
function quotedBefore(c: Ctx, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (c.toks[j].kind === 'quote' || c.toks[j].text === '(') return true;
    if (c.toks[j].kind !== 'word') return false;
  }
  return false;
}

/** Token j closes a quoted or bracketed name: a quote mark or a closing bracket. */
function closesName(c: Ctx, j: number): boolean {
  const t = c.toks[j];
  return !!t && (t.kind === 'quote' || t.text === ')');
}

/** اليوم التالي، في اليوم نفسه، العام السابق: relative to the previous date of the text (anchored.tsv). */
function anchoredAt(c: Ctx, k: number): Match | null {
  for (const f of c.forms(k)) {
    const res = c.lex.anchored.matchAt(c.wordAt, k, [f.norm]);
    if (!res.length) continue;
    const e = res[0].values[0];
    const m: Match = { startTok: k, endTok: k + res[0].length, startOff: c.toks[k].start + f.cut, calendar: 'gregorian', relative: true, evidence: [e.evidence, 'rule:anchored'], unit: e.unit };
    const v = anchorValue(c, k, e.unit, e.offset);
    if (v) {
      m.value = v;
      m.evidence.push('rule:anchor-previous-date');
    }
    return m;
  }
  return null;
}

/** The value `offset` units from the nearest earlier date mention with at least that unit's precision. */
function anchorValue(c: Ctx, k: number, unit: 'day' | 'month' | 'year', offset: number, pastOnly = false): string | undefined {
  const need = unit === 'day' ? 10 : unit === 'month' ? 7 : 4;
  for (let i = c.found.length - 1; i >= 0; i--) {
    const a = c.found[i];
    if (a.endTok < k - ANCHOR_WINDOW) break;
    if (!a.value || a.value.length < need) continue;
    // a story told in the past counts from a date already passed, not from "17 نوفمبر المقبل"
    if (pastOnly && c.pub && a.value > formatValue(c.pub, 'day')) continue;
    const v: Ymd = { y: +a.value.slice(0, 4), m: a.value.length >= 7 ? +a.value.slice(5, 7) : 1, d: a.value.length === 10 ? +a.value.slice(8, 10) : 1 };
    return unit === 'day' ? formatValue(addDays(v, offset), 'day') : unit === 'month' ? formatValue(addMonths(v, offset), 'month') : String(v.y + offset);
  }
  return undefined;
}

/**
 * The value of a stretch of days a..b (inclusive): the month holding more than four fifths of its days (a week of
 * which six or seven days fall in one month is that month), else the year holding them, else undefined.
 * Bounded: callers pass stretches of at most a few hundred days.
 */
function intervalValue(a: Ymd, b: Ymd): string | undefined {
  const months = new Map<string, number>();
  const years = new Map<number, number>();
  let total = 0;
  for (let d = a; cmpYmd(d, b) <= 0 && total < 800; d = addDays(d, 1)) {
    const key = formatValue(d, 'month');
    months.set(key, (months.get(key) ?? 0) + 1);
    years.set(d.y, (years.get(d.y) ?? 0) + 1);
    total++;
  }
  if (!total) return undefined;
  for (const [key, n] of months) if (n * 5 > total * 4) return key;
  for (const [y, n] of years) if (n * 5 > total * 4) return String(y);
  return undefined;
}

/** Days of a counted span of `unit` (months taken as 30 days; hours rounded up to whole days). */
function spanDays(unit: 'hour' | 'day' | 'week' | 'month', count: number): number {
  return unit === 'hour' ? Math.ceil(count / 24) : unit === 'day' ? count : unit === 'week' ? 7 * count : 30 * count;
}

/**
 * "خلال الأيام الثلاثة الماضية"، "اليومين الماضيين"، "الأسابيع المقبلة"، "الساعات الـ48 الماضية"، "الـ72 ساعة الماضية"،
 * "الأشهر الستة الأخيرة": a stretch counted back from the publication date (periods.tsv). Its value is the month
 * holding more than four fifths of the stretch (intervalValue); up to 24 hours back is the publication day itself.
 */
function countedPeriodAt(c: Ctx, k: number): Match | null {
  let e: PeriodEntry | undefined;
  let count: number | null = null;
  let j: number;
  let startOff: number;
  let lead: Form | undefined;
  for (const f of c.forms(k)) {
    const hit = f.norm.startsWith('ال') ? c.lex.periods.get(f.norm) : undefined;
    if (hit) { e = hit; lead = f; break; }
  }
  if (e && lead) {
    startOff = c.toks[k].start + lead.cut;
    j = k + 1;
    // the count after the unit: "الأيام الثلاثة"، "الساعات الـ24"، "الساعات 24"
    const nk = c.norm(j) === 'ال' && c.toks[j + 1]?.start === c.toks[j].end ? j + 1 : j;
    const n = c.num(nk);
    if (n !== null && c.digits(nk) <= 3) { count = n; j = nk + 1; }
    else if (c.isWord(j)) {
      const w = c.norm(j)!;
      const bare = w.startsWith('ال') && w.length > 3 ? w.slice(2) : null;
      const hit = bare ? c.lex.numbers.matchAt(c.wordAt, j, [bare]) : [];
      if (hit.length && hit[0].values[0].value > 0) { count = hit[0].values[0].value; j += hit[0].length; }
    }
  } else {
    // "الـ24 ساعة الماضية"، "72 ساعة الماضية": a number, then the bare unit
    const nk = c.norm(k) === 'ال' && c.toks[k + 1]?.start === c.toks[k].end ? k + 1 : k;
    const n = c.num(nk);
    if (n === null || n < 1 || c.digits(nk) > 3 || !c.isWord(nk + 1)) return null;
    const w = c.norm(nk + 1)!;
    e = w.startsWith('ال') ? undefined : c.lex.periods.get(w);
    if (!e) return null;
    count = n;
    j = nk + 2;
    startOff = c.toks[k].start;
  }
  if (c.kind(j, 'fewmod')) j++;
  // only stretches back: the annotated articles mark "الأيام الماضية" as a date, never "الأيام المقبلة" (a plan
  // with no date of its own, which the event stage must leave undated)
  if (!(c.kind(j, 'past') || (c.kind(j, 'recent') && !c.kind(j + 1, 'of')))) return null;
  const sign = -1;
  j++;
  if (count === null) count = e.count || e.vague;
  if (!count) return null;
  const m: Match = { startTok: k, endTok: j, startOff, calendar: 'gregorian', relative: true, evidence: [e.evidence, 'rule:counted-period'], unit: 'month' };
  if (c.pub) {
    if (e.unit === 'hour' && count <= 24) {
      m.value = formatValue(c.pub, 'day');
      m.unit = 'day';
    } else {
      const days = spanDays(e.unit, count);
      const v = sign < 0 ? intervalValue(addDays(c.pub, -days), e.unit === 'hour' ? c.pub : addDays(c.pub, -1)) : intervalValue(addDays(c.pub, 1), addDays(c.pub, days));
      // a stretch no month holds (two weeks across a month's end, half a year) names no date
      if (!v || v.length === 4) return null;
      m.value = v;
    }
  }
  return m;
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

/** قبل ثلاثة أيام، منذ يومين، بعد أسبوع، قبل نحو 5 سنوات — but not "قبل يوم واحد من زيارة…" (anchored to an event). */
function durationAt(c: Ctx, k: number): Match | null {
  let sign = 0;
  let cut = 0;
  for (const f of c.forms(k)) {
    if (hasKind(c.lex, f.norm, 'ago')) sign = -1;
    else if (hasKind(c.lex, f.norm, 'after')) sign = 1;
    if (sign) { cut = f.cut; break; }
  }
  if (!sign) return null;
  let j = k + 1;
  if (c.kind(j, 'approx')) j++;
  let count: number | null = null;
  let numeral = false;
  const n = c.num(j);
  if (n !== null && c.digits(j) <= 3) { count = n; numeral = true; j++; }
  else if (c.isWord(j)) {
    const w = c.lex.numbers.matchAt(c.wordAt, j);
    // "بضعة أيام"، "عدة أسابيع": an unstated count (value 0), read like "قبل أيام"
    if (w.length) { count = w[0].values[0].value || null; numeral = true; j += w[0].length; }
  }
  const u = c.lex.durations.get(c.norm(j) ?? '');
  if (!u) return null;
  if (c.num(j + 1) !== null) return null; // "منذ عام 2011" is a year, not "a year ago"
  if (c.lex.weekdays.has(c.norm(j + 1) ?? '')) return null; // "منذ يوم الأحد" is a weekday
  if (monthNameAt(c, j + 1, false)) return null; // "قبل شهر رمضان" is before the month, not a month ago
  const ev = [u.evidence, 'rule:duration'];
  if (count === null && (u.count === 0 || numeral)) return vagueDurationAt(c, k, j, cut, sign, u.unit, ev);
  if (count === null) count = u.count;
  // "بعد ساعة" counts from the story's own events, not from publication
  if (u.unit === 'hour' && sign > 0) return null;
  // "عقد" alone is also "holding" or "a contract": a decade only as "عقد من الزمن" or after a numeral
  if (u.unit === 'decade' && !numeral && u.count === 1 && !(c.kind(j + 1, 'of') && c.norm(j + 2) === 'الزمن')) return null;
  j++;
  // "يوم واحد" / "عام واحد"
  if (c.isWord(j)) {
    const after = c.lex.numbers.matchAt(c.wordAt, j);
    if (after.length && after[0].values[0].value === 1) j += after[0].length;
  }
  if (c.kind(j, 'of') && c.norm(j + 1) === 'الزمن') j += 2; // "قبل عقدين من الزمن"
  if ((c.kind(j, 'of') && !['الان', 'اليوم', 'تاريخه'].includes(c.norm(j + 1) ?? '')) || c.norm(j) === 'علي') return null; // anchored to another event, or a duration ("بعد عامين على…")
  const unit = u.unit === 'decade' ? 'year' : u.unit === 'hour' || u.unit === 'week' ? 'day' : u.unit;
  const m: Match = { startTok: k, endTok: j, startOff: c.toks[k].start + cut, calendar: 'gregorian', relative: true, evidence: ev, unit };
  // "وبعد يوم واحد، وجّهت…": a "بعد" opening a clause told in the past counts from the previous date of the story
  if (sign > 0 && u.unit !== 'decade' && clauseStart(c, k) && (c.toks[j]?.kind === 'punct' || c.kindForm(j, 'pastverb')) && !c.futureAround(k)) {
    const v = u.unit === 'week' ? anchorValue(c, k, 'day', 7 * count, true) : u.unit === 'hour' ? undefined : anchorValue(c, k, u.unit, count, true);
    if (v && (!c.pub || v <= formatValue(c.pub, 'day'))) {
      m.value = v;
      ev.push('rule:anchor-previous-date');
      return m;
    }
  }
  if (c.pub) {
    // "قبل ثلاثة أسابيع" is 21 days back (not a calendar week); "قبل 48 ساعة" two days; "قبل عقدين" twenty years
    if (u.unit === 'week') m.value = formatValue(addDays(c.pub, 7 * sign * count), 'day');
    else if (u.unit === 'hour') m.value = formatValue(addDays(c.pub, sign * Math.floor(count / 24)), 'day');
    else if (u.unit === 'decade') m.value = String(c.pub.y + sign * 10 * count);
    else m.value = shift(c.pub, u.unit, sign * count, u.unit === 'day' ? 'day' : u.unit);
  }
  return m;
}

/**
 * "قبل أيام"، "منذ أسابيع"، "قبل بضعة أشهر"، "قبل ساعات": a point some units back with no count. Only back in time
 * (a "بعد أيام" usually counts from the story's own events). Days ≈ 2–7 back, weeks 2–6, months 2–6; the value is
 * intervalValue of that stretch; hours are the publication day. Not before an ال-word or a name ("منذ أيام الاستعمار").
 */
function vagueDurationAt(c: Ctx, k: number, j: number, cut: number, sign: number, unit: DurationUnit, ev: string[]): Match | null {
  // "قبل أيام"، "منذ أسابيع" are not marked as dates by the annotated articles (ex06, ex09, d17, d76): only hours,
  // which name the publication day, are kept
  if (sign > 0 || unit !== 'hour') return null;
  let end = j + 1;
  if (c.kind(end, 'fewmod')) end++;
  const nx = c.toks[end];
  if (nx && nx.kind === 'word' && c.sameSentence(j, end) && (nx.norm.startsWith('ال') || c.lex.nameWords.has(nx.norm) || c.kind(end, 'of'))) return null;
  const m: Match = { startTok: k, endTok: end, startOff: c.toks[k].start + cut, calendar: 'gregorian', relative: true, evidence: [...ev, 'rule:vague-duration'], unit: 'day' };
  if (c.pub) {
    if (unit === 'hour') m.value = formatValue(c.pub, 'day');
    else {
      const [from, to] = unit === 'day' ? [7, 2] : unit === 'week' ? [42, 14] : [180, 60];
      const v = intervalValue(addDays(c.pub, -from), addDays(c.pub, -to));
      if (!v) return null;
      m.value = v;
      m.unit = v.length === 4 ? 'year' : 'month';
    }
  }
  return m;
}

/** Token k opens its sentence or follows a punctuation mark. */
function clauseStart(c: Ctx, k: number): boolean {
  return k === 0 || !c.sameSentence(k - 1, k) || c.toks[k - 1].kind === 'punct';
}

/** The patterns that may open at word k. */
function wordCore(c: Ctx, k: number): Match | null {
  return seasonSpanAt(c, k) ?? feastAt(c, k) ?? anchoredAt(c, k) ?? weekdayAt(c, k) ?? dateCoreAt(c, k) ?? yearExprAt(c, k) ?? seasonAt(c, k) ?? relativeAt(c, k) ?? durationAt(c, k) ?? countedPeriodAt(c, k);
}

/** "مطلع الشهر الجاري"، "أواخر عام 2026"، "منتصف مارس": a part of a month/year/week, kept at its precision. */
function periodAt(c: Ctx, k: number): Match | null {
  const f = c.kindForm(k, 'period');
  if (!f) return partOfYearAt(c, k);
  let j = k + 1;
  if (c.kind(j, 'of')) j++;
  if (monthWordAt(c, j) && monthNameAt(c, j + 1, false)) j++; // "أواخر شهر فبراير الماضي"
  const t = c.toks[j];
  if (!t) return null;
  const inner = t.kind === 'number'
    ? yearNumAt(c, j)
    : anchoredAt(c, j) ?? relativeAt(c, j, true) ?? dateCoreAt(c, j) ?? yearExprAt(c, j) ?? seasonAt(c, j) ?? feastAt(c, j);
  if (!inner || inner.unit === 'day') return null;
  return { ...inner, startTok: k, startOff: c.toks[k].start + f.cut, evidence: ['rule:period', ...inner.evidence] };
}

/**
 * "الربع الأول من العام الجاري"، "النصف الثاني من 2023"، "الأشهر الستة الأولى من العام"، "الفصل الأخير من السنة
 * الماضية": a fraction of a year, kept in the span and dated by the year (no value format holds a quarter). A bare
 * "العام" after it is the publication year, as after مطلع/منتصف.
 */
function partOfYearAt(c: Ctx, k: number): Match | null {
  const f = c.kindForm(k, 'partof');
  if (!f) return null;
  let j = k + 1;
  let n = 0;
  while (n < 2 && c.kind(j, 'partord')) { j++; n++; }
  if (!n || !c.kind(j, 'of')) return null;
  j++;
  const t = c.toks[j];
  if (!t) return null;
  const inner = t.kind === 'number'
    ? (c.digits(j) === 4 ? yearValue(c, j, j, t.start, 'rule:of+year') : null)
    : anchoredAt(c, j) ?? relativeAt(c, j, true) ?? yearExprAt(c, j);
  if (!inner || inner.unit !== 'year') return null;
  return { ...inner, startTok: k, startOff: c.toks[k].start + f.cut, evidence: ['rule:part-of-year', ...inner.evidence] };
}

/** "صباح اليوم"، "مساء أمس الجمعة"، "فجر السادس من شباط": a time of day kept in the span of its day. */
function daypartAt(c: Ctx, k: number): Match | null {
  const f = c.kindForm(k, 'daypart');
  if (!f) return null;
  const w = weekdayAt(c, k);
  if (w) return w;
  // "فجر يوم 15 مارس": يوم between the time of day and a written date
  const j = c.norm(k + 1) === 'يوم' && c.toks[k + 2]?.kind === 'number' ? k + 2 : k + 1;
  const t = c.toks[j];
  if (!t) return null;
  const inner = t.kind === 'number' ? dateCoreAt(c, j) ?? numericAt(c, j) : anchoredAt(c, j) ?? relativeAt(c, j) ?? dateCoreAt(c, j);
  if (!inner || inner.unit !== 'day' || inner.startTok !== j) return null;
  return { ...inner, startTok: k, startOff: c.toks[k].start + f.cut, evidence: ['rule:daypart', ...inner.evidence] };
}

function numberAt(c: Ctx, k: number): Match | null {
  return numericAt(c, k) ?? dayRangeAt(c, k) ?? dateCoreAt(c, k) ?? yearNumAt(c, k) ?? countedPeriodAt(c, k);
}

export function extractDates(doc: Doc): DateMention[] {
  const c = new Ctx(doc);
  const starts = c.lex.starts;
  const out: DateMention[] = [];
  const toks = c.toks;
  const n = toks.length;
  let k = 0;
  while (k < n) {
    const t = toks[k];
    let m: Match | null = null;
    if (t.kind === 'number') m = numberAt(c, k);
    else if (t.kind === 'word' && starts.has(t.norm)) m = periodAt(c, k) ?? daypartAt(c, k) ?? wordCore(c, k);
    if (m && m.endTok > k) {
      const d = span(c, m);
      // with a publication date every mention should resolve; one that cannot (an anchored "اليوم التالي"
      // without an earlier date) is left out rather than reported without a value
      const unresolved = c.pub !== null && m.value === undefined && !m.evidence.includes('note:hijri-out-of-range');
      if (d.end > d.start && !unresolved) {
        out.push(d);
        c.found.push(m);
        c.lastEnd = m.endTok;
      }
      k = m.endTok;
    } else k++;
  }
  pairHijri(c, out);
  orderMonthLists(c, out);
  return out;
}

/**
 * "في شهري مارس وأبريل" (published in March 2024): each bare month alone would resolve to its latest past
 * occurrence (2024-03, 2023-04), but a list of months runs forward in one stretch: the earlier months take the
 * year of the last one (2023-03, 2023-04), with rule:list-year.
 */
function orderMonthLists(c: Ctx, out: DateMention[]): void {
  for (let i = c.found.length - 1; i > 0; i--) {
    const b = c.found[i];
    const a = c.found[i - 1];
    if (!b.evidence.includes('rule:coordinated') || a.unit !== 'month' || b.unit !== 'month' || a.calendar !== 'gregorian' || b.calendar !== 'gregorian') continue;
    if (!a.relative || !a.value || !b.value || a.value.length !== 7 || b.value.length !== 7 || !a.evidence.includes('rule:month')) continue;
    if (a.evidence.includes('rule:month+year-phrase') || a.evidence.includes('rule:range-borrow')) continue;
    const ma = +a.value.slice(5, 7);
    const mb = +b.value.slice(5, 7);
    if (ma < mb && a.value > b.value) {
      a.value = `${b.value.slice(0, 4)}-${a.value.slice(5, 7)}`;
      out[i - 1].value = a.value;
      out[i - 1].evidence = [...(out[i - 1].evidence ?? []), 'rule:list-year'];
    }
  }
}

/** Days from a to b (YYYY-MM-DD). */
function dayDiff(a: string, b: string): number {
  return (Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10)) - Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10))) / 86400000;
}

/** A Gregorian mention naming a full day (day and month, or numeric), not a bare weekday or a relative day. */
function fullGregorianDay(m: Match): boolean {
  return m.calendar === 'gregorian' && m.unit === 'day' && m.value !== undefined &&
    m.evidence.some((e) => e === 'rule:day+month' || e === 'rule:numeric-date');
}

/**
 * "5 رمضان 1445 هـ الموافق 15 مارس 2024"، "الثلاثاء 10 مارس 2026 الموافق 20 رمضان 1447 هـ"، "15 مارس (5 رمضان)":
 * a Hijri day paired with a Gregorian day names one day; the computed Umm al-Qura date may be a day off the local
 * sighting the writer followed, so the Gregorian date the text gives wins (note:gregorian-pair-wins).
 */
function pairHijri(c: Ctx, out: DateMention[]): void {
  for (let i = 0; i + 1 < c.found.length; i++) {
    const a = c.found[i];
    const b = c.found[i + 1];
    if (b.startTok - a.endTok > 3) continue;
    let linked = true;
    for (let j = a.endTok; j < b.startTok; j++) {
      const t = c.toks[j];
      if (!(c.kind(j, 'datelink') || t.text === '(' || t.text === ')' || t.text === 'ل' || t.text === 'لـ' || t.kind === 'dash' || t.text === '/')) linked = false;
    }
    if (!linked) continue;
    const [h, g, hi] = a.calendar === 'hijri' ? [a, b, i] : [b, a, i + 1];
    if (h.calendar !== 'hijri' || h.unit !== 'day' || !fullGregorianDay(g)) continue;
    // the same day up to a sighting difference: two dates further apart are two days of a list, not a pair
    if (h.value && h.value.length === 10 && Math.abs(dayDiff(h.value, g.value!)) > 3) continue;
    if (h.value !== g.value) {
      h.value = g.value;
      out[hi].value = g.value;
      out[hi].evidence = [...(out[hi].evidence ?? []), 'note:gregorian-pair-wins'];
    }
  }
}

/** Normalised text of a mention (for tests and evaluation). */
export const dateKey = (s: string) => normalize(s);

// Event dates (docs/gold-format.md): a date mention of the sentence (nearest trigger, proximity, relative-clause
// scope and the noun the clause describes; a dateline's date, a «منذ» start far from the trigger, a limit
// «حتى نهاية العام» for a past act and a date «المقبل» for a past verb excluded); else (session 6) no date for a
// background or planned event, the date of the meeting the sentence places it in («خلال الزيارة»), the date of
// an earlier sentence of its paragraph, the lead's day for the story's next step; else the publication date.
// Session 9: a sentence date is shared backwards only, not across «فيما» to a reaction; a motive phrase's noun is undated;
// a meeting's relative clause, a closing statement and an eyewitness report carry the meeting's or the story's day.
import type { DateMention, EventDate } from '../contract.ts';
import { lowerBound, spanIndexAt } from '../doc.ts';
import { normalize } from '../text/normalize.ts';
import { loadTsv, splitCell } from '../lexicon/tsv.ts';
import { RELATIVE_PRONOUNS, Ctx, type Draft } from './context.ts';
import { words } from './words.ts';

/** A date in the sentence goes to the nearest trigger before it (else the nearest after); others get the publication date. */
export function assignDates(c: Ctx, drafts: Draft[], allDates: DateMention[]): void {
  // (session 8, round 2) a counted period — «خلال الأيام الماضية»، «في الأسابيع الأخيرة» (dates stage `rule:counted-period`) —
  // names a stretch behind the publication day, not the day of an act: it dates no event, which falls back to the other
  // dates of its clause, its paragraph or the publication day (on dev/events and examples no matched gold event takes a
  // period's value: the 3 such events have an explicit day, the publication day, or none)
  // (session 9) a month paid for — «رواتب شهري أيلول وتشرين الأول» (dates stage `note:dues`) — is no act's time either
  let dates = allDates.filter((dm) => !(dm.evidence ?? []).some((e) => e === 'rule:counted-period' || e === 'note:dues'));
  const published = c.doc.meta.published;
  const bySent = new Map<number, Draft[]>();
  for (const d of drafts) {
    const s = c.sent(d.hit.tok);
    if (!bySent.has(s)) bySent.set(s, []);
    bySent.get(s)!.push(d);
  }
  const sentOfOffset = (off: number): number => spanIndexAt(c.doc.sentences, off);
  // a date after the publication date does not fit a past-tense verb (nouns carry no tense: "القمة المقبلة")
  // (session 6) «الأسبوع المقبل» is after publication even when its value (a month) equals the publication month
  const futureWords = single('future-date-word');
  const ahead = (dm?: DateMention) => !!dm && normalize(dm.text).split(/\s+/).some((w) => futureWords.has(w));
  // «حتى نهاية العام»، «اعتباراً من ١ فبراير»: a limit or start of validity dates only a planned event
  const limits = new Set(dates.filter((dm) => deadline(c, dm)));
  const planned = (d: Draft) => (d.ev.context ?? []).some((x) => x === 'future' || x === 'hypothetical') || programmeOfVisit(c, d);
  // (session 8) a planned act («لن تنسحب»، «سيزور») takes no date before the publication day: «عزّز الجيش انتشاره ليل أمس،
  // مؤكداً أن وحداته "لن تنسحب"» — yesterday is the deployment's, the commitment has no date of its own
  const pastForPlan = (d: Draft, value: string) => planned(d) && !!published && value < published.slice(0, value.length);
  const fits = (d: Draft, value: string, dm?: DateMention) => pastForPlan(d, value) ? false : (dm && limits.has(dm) ? planned(d) :
    !published || (value <= published.slice(0, value.length) && !ahead(dm)) || d.hit.entry.pos !== 'verb' || /^[يتن]/.test(d.hit.form.norm) ||
    planned(d));
  // a date inside a relative clause ("سنان أوغان، الذي حلّ ثالثاً … في 14 مايو، قد أعلن") dates only the
  // events of that clause
  const clauseOf = new Map<DateMention, [number, number] | null>();
  for (const dm of dates) clauseOf.set(dm, relativeClauseAround(c, lowerBound(c.toks, dm.start)));
  const inScope = (d: Draft, dm: DateMention) => {
    const r = clauseOf.get(dm);
    // (a phrase trigger may end on the participle: «الاتفاق الممضى بين الطرفين في جويلية 2023»)
    return !r || (d.hit.tok + Math.max(1, d.hit.len) - 1 >= r[0] && d.hit.tok < r[1]) || relativeHead(c, d, r[0]);
  };
  // (session 6) «المنامة، 18 نوفمبر 2025 (خاص) –»: a dateline's date is the report's, not an event's
  dates = dates.filter((dm) => !inDateline(c, dm));
  for (const dm of dates) {
    if (!dm.value) continue;
    const list0 = bySent.get(sentOfOffset(dm.start));
    if (!list0) continue;
    // (session 6) a start date «منذ …» dates only the state or act right before it («قُتلوا منذ فجر أمس»،
    // «مقاطعة … منذ ديسمبر»), not the sentence's other events («اتهم …، المحتجز منذ عام 2015»)
    const sinceOk = (d: Draft) => !since(c, dm) || closeBefore(c, d.hit.tok, lowerBound(c.toks, dm.start));
    const list = list0.filter((d) => fits(d, dm.value!, dm) && inScope(d, dm) && sinceOk(d) && !motiveNoun(c, d) && !reactionAcross(c, d, dm) &&
      !clauseAfter(c, d, dm));
    if (!list.length) continue;
    let pick: Draft | null = null;
    let pickAt = -1;
    for (const d of list) {
      // (session 9) the last of its trigger tokens before the date: «يتوجه اليوم إلى بغداد للقاء …» (للقاء merged)
      let at = -1;
      for (const t of d.toks) if (c.toks[t].start < dm.start) at = Math.max(at, c.toks[t].start);
      if (at >= 0 && at > pickAt) { pick = d; pickAt = at; }
    }
    if (!pick) pick = list.reduce((a, b) => (c.toks[a.hit.tok].start < c.toks[b.hit.tok].start ? a : b));
    if (pick.ev.date) continue;
    pick.ev.date = { value: dm.value, text: dm.text, basis: 'text' };
    pick.ev.evidence!.push('rule:date-in-sentence');
  }
  const datesBySent = new Map<number, DateMention[]>();
  for (const dm of dates) {
    const k = sentOfOffset(dm.start);
    if (!datesBySent.has(k)) datesBySent.set(k, []);
    datesBySent.get(k)!.push(dm);
  }
  // other events of a dated sentence share its nearest date ("زار X مصر يوم الثلاثاء والتقى Y")
  for (const dm of dates) {
    if (!dm.value) continue;
    const list = bySent.get(sentOfOffset(dm.start));
    if (!list) continue;
    for (const d of list) {
      if (d.ev.date || motiveNoun(c, d)) continue;
      const at = c.toks[d.hit.tok].start;
      // (session 9) only a date before the trigger is shared, and not across «فيما» to a reaction
      const shares = (o: DateMention) => !!o.value && fits(d, o.value, o) && inScope(d, o) && !since(c, o) &&
        o.start < at && !reactionAcross(c, d, o);
      let best: DateMention | null = null;
      for (const o of datesBySent.get(sentOfOffset(dm.start)) ?? []) {
        if (shares(o) && (!best || Math.abs(o.start - at) < Math.abs(best.start - at))) best = o;
      }
      if (!best) continue;
      // by proximity, not the whole sentence: a date far from the trigger belongs to another clause's event
      if (Math.abs(best.start - at) > DATE_SHARE_SPAN) continue;
      d.ev.date = { value: best.value!, text: best.text, basis: 'text' };
      d.ev.evidence!.push('rule:date-of-sentence');
    }
  }
  frameDates(c, drafts, dates, (dm) => clauseOf.get(dm) ?? null, fits);
}

// ---- Session 6: the time frame of undated events (docs/gold-format.md) ----
// An event with no date of its own sentence is (1) background — a pluperfect «وكان X قد دعا», «سبق أن»,
// «في وقت سابق» — or planned (context `future`): no date; else (2) a statement of its paragraph's news: the
// nearest earlier date of the paragraph, unless a sentence between leaves the paragraph's time frame; else (3)
// the day of the lead («اختتم القادة مساء أمس قمتهم…»: the article's news day), a day at most a week before
// publication; else (4) the publication date.

type TimeFrameSet = 'pluperfect-aux' | 'perfect-particle' | 'background' | 'frame-break' | 'frame-prep' | 'anchor-prep' | 'anchor-verb' | 'anchor-noun' | 'statement-type' | 'deadline-prep' | 'future-date-word' | 'clause-participle' | 'contrast-clause' | 'motive-prep' | 'closing-statement' | 'witness' | 'where-clause';
let frameWords: Map<TimeFrameSet, string[][]> | null = null;
/** Word sequences (normalised) of one set of data/events/time-frames.tsv. */
export function timeFrameWords(set: TimeFrameSet): string[][] {
  if (!frameWords) {
    frameWords = new Map();
    for (const row of loadTsv('events/time-frames.tsv')) {
      const list = frameWords.get(row.set as TimeFrameSet) ?? [];
      for (const w of splitCell(row.words)) list.push(normalize(w).split(/\s+/).filter(Boolean));
      frameWords.set(row.set as TimeFrameSet, list);
    }
  }
  const v = frameWords.get(set);
  if (!v) throw new Error(`data/events/time-frames.tsv: no set ${set}`);
  return v;
}
const single = (set: TimeFrameSet) => new Set(timeFrameWords(set).filter((w) => w.length === 1).map((w) => w[0]));

const EVENT_ADJUNCT = words('event-adjunct');
/** (session 8) «وصل الوزير إلى القاهرة مساء أمس في زيارة تستغرق ثلاثة أيام، يلتقي خلالها نظيره»: an imperfect verb with
 * the pronoun adjunct of the visit or meeting before it («خلالها») tells the programme ahead — planned, no date of its own
 * (a past form «التقى خلالها» is the report of it). */
export function programmeOfVisit(c: Ctx, d: Draft): boolean {
  if (d.hit.entry.pos !== 'verb' || d.hit.entry.participle) return false;
  const n = d.hit.form.norm;
  const past = normalize(d.hit.entry.past ?? '');
  const imperfect = n.startsWith('ي') || (n.startsWith('ت') && !past.startsWith('ت'));
  return imperfect && EVENT_ADJUNCT.has(c.norm(d.hit.tok + d.hit.len) ?? '');
}

/** Max tokens between a pluperfect auxiliary and قد (the subject between: «وكان الأمين العام للأمم المتحدة قد»). */
const AUX_SPAN = 14;
/** Max tokens between a background phrase and the trigger it frames. */
const BACKGROUND_SPAN = 8;
/** The lead's date frames the article when at most this many days before publication. */
const LEAD_MAX_DAYS = 7;
/** …and dates the undated events of the lead and of this many paragraphs after it (the story's first steps). */
const LEAD_PARAGRAPHS = 1;

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
const dayNumber = (v: string) => Date.UTC(+v.slice(0, 4), +v.slice(5, 7) - 1, +v.slice(8, 10)) / 86400000;

/** «وكان الأمين العام قد دعا»: the verb trigger at k follows قد, itself after a form of كان of its sentence. */
export function pluperfectAt(c: Ctx, k: number): boolean {
  const particle = single('perfect-particle'), aux = single('pluperfect-aux');
  const s = c.sent(k);
  let q = -1;
  for (let j = k - 1; j >= 0 && j >= k - 2 && c.sent(j) === s; j--) if (particle.has(c.norm(j) ?? '')) { q = j; break; }
  if (q < 0) return false;
  for (let j = q - 1; j >= 0 && j >= q - AUX_SPAN && c.sent(j) === s && !c.isBoundary(j); j--) {
    if (aux.has(c.norm(j) ?? '')) return true;
  }
  return false;
}

/** Does a phrase of `set` end at token e (its first word may carry و/ف)? */
function phraseEndsAt(c: Ctx, e: number, set: TimeFrameSet): boolean {
  const s = c.sent(e);
  for (const ws of timeFrameWords(set)) {
    const b = e - ws.length + 1;
    if (b < 0 || c.sent(b) !== s) continue;
    let ok = true;
    for (let i = 0; i < ws.length && ok; i++) ok = (i === 0 ? c.bare(b) : c.norm(b + i) ?? '') === ws[i] || c.norm(b + i) === ws[i];
    if (ok) return true;
  }
  return false;
}

/** Does a phrase of `set` end within `span` tokens before token k, in k's sentence? Returns its first token or -1. */
function phraseBefore(c: Ctx, k: number, set: TimeFrameSet, span: number): number {
  const s = c.sent(k);
  for (const ws of timeFrameWords(set)) {
    for (let e = k - 1; e >= 0 && e >= k - span && c.sent(e) === s; e--) {
      const b = e - ws.length + 1;
      if (b < 0 || c.sent(b) !== s) continue;
      let ok = true;
      for (let i = 0; i < ws.length && ok; i++) {
        const n = c.norm(b + i) ?? '';
        ok = n === ws[i] || (i === 0 && n.replace(/^[وف](?=\S\S)/, '') === ws[i]);
      }
      if (ok) return b;
    }
  }
  return -1;
}

/** Background («وكان … قد دعا»، «سبق أن»، «في وقت سابق») or planned with no date: the reason, else null. */
export function undatedFrame(c: Ctx, d: Draft): string | null {
  if (motiveNoun(c, d)) return 'rule:date-null-motive';
  if ((d.ev.context ?? []).some((x) => x === 'future' || x === 'hypothetical')) return 'rule:date-null-planned';
  if (programmeOfVisit(c, d)) return 'rule:date-null-programme';
  if (d.hit.entry.pos === 'verb' && pluperfectAt(c, d.hit.tok)) return 'rule:date-null-pluperfect';
  if (phraseBefore(c, d.hit.tok, 'background', BACKGROUND_SPAN) >= 0) return 'rule:date-null-background';
  return null;
}

/** Max tokens between the anchor phrase and the trigger (either side). */
const ANCHOR_SPAN = 10;

/** «خلال الزيارة»، «على هامش القمة»، «وشهدت الجلسة»: the trigger at k sits inside another event its sentence
 * names by a definite noun after an anchor preposition or as the subject of an anchor verb (bounded window):
 * the noun's token, else -1. */
export function anchoredAt(c: Ctx, k: number): number {
  const nouns = single('anchor-noun'), verbs = single('anchor-verb');
  const s = c.sent(k);
  for (let j = Math.max(0, k - ANCHOR_SPAN); j <= k + ANCHOR_SPAN && j < c.toks.length; j++) {
    if (j === k || c.sent(j) !== s || !nouns.has(c.bare(j))) continue;
    // an indefinite or qualified noun («زيارة سابقة») is another event: only the bare definite noun anchors
    const prev = c.bare(j - 1);
    if ((verbs.has(prev) && j < k) || phraseEndsAt(c, j - 1, 'anchor-prep')) return j;
  }
  return -1;
}

/** Does sentence si open outside the frame of the paragraph before it («وفي سياق آخر»، «وكان … قد»)? */
function breaksFrame(c: Ctx, si: number): boolean {
  const sen = c.doc.sentences[si];
  const k0 = lowerBound(c.toks, sen.start);
  const brk = single('frame-break'), aux = single('pluperfect-aux'), prep = single('frame-prep');
  if (aux.has(c.norm(k0) ?? '')) return true;
  if (!prep.has(c.bare(k0))) return false;
  for (let j = k0 + 1; j < k0 + 4 && j < c.toks.length && c.toks[j].start < sen.end; j++) if (brk.has(c.norm(j) ?? '')) return true;
  return false;
}

function frameDates(c: Ctx, drafts: Draft[], dates: DateMention[], clause: (dm: DateMention) => [number, number] | null,
  fits: (d: Draft, value: string, dm?: DateMention) => boolean): void {
  const published = c.doc.meta.published && isDay(c.doc.meta.published.slice(0, 10)) ? c.doc.meta.published.slice(0, 10) : null;
  const sentOfOff = (off: number) => c.sent(Math.min(lowerBound(c.toks, off), c.toks.length - 1));
  // (session 9) dates that a relative clause holds, by the clause's first token (the pronoun)
  const byClause = new Map<number, DateMention>();
  for (const dm of dates) {
    const r = clause(dm);
    if (r && dm.value && !byClause.has(r[0])) byClause.set(r[0], dm);
  }
  const paras = c.doc.paragraphs;
  const paraOf = (off: number) => spanIndexAt(paras, off);
  // a date that can frame other sentences: a stated past (or today's) date, not a start «منذ», not a relative
  // clause's, not in a background sentence
  const framing = dates.filter((dm) => dm.value && (!published || dm.value <= published.slice(0, dm.value.length)) &&
    !since(c, dm) && !clause(dm) && !pluperfectAt(c, lowerBound(c.toks, dm.start) - 1) && !breaksFrame(c, sentOfOff(dm.start)));
  // the lead: the first dated day of the first paragraph that is no heading
  let lead: DateMention | null = null;
  // (a title line is not always recognised as a heading: the lead is the first of the first two body
  // paragraphs that states a recent day)
  let first = paras.findIndex((p) => !p.heading);
  // (session 8) a paragraph that tells no event («الكويت – الأربعاء 25 رجب 1447 هـ الموافق 14 يناير 2026»: a
  // dateline with no dash after its date) is no lead: the lead is one of the first two paragraphs that report
  // something
  const told = new Set(drafts.map((d) => paraOf(d.hit.start)));
  if (published && first >= 0) {
    const cands: number[] = [];
    for (let pi = first; pi < paras.length && cands.length < 2; pi++) if (told.has(pi)) cands.push(pi);
    for (const pi of cands) {
      lead = framing.find((dm) => paraOf(dm.start) === pi && isDay(dm.value!) &&
        dayNumber(published) - dayNumber(dm.value!) <= LEAD_MAX_DAYS) ?? null;
      if (lead) { first = pi; break; }
    }
  }
  const statements = single('statement-type');
  // frame breaks counted per sentence once (prefix sums): "a break between sentences a and b" in O(1)
  const nS = c.doc.sentences.length;
  const breaks = new Int32Array(nS + 1);
  for (let k = 0; k < nS; k++) breaks[k + 1] = breaks[k] + (breaksFrame(c, k) ? 1 : 0);
  const framingSorted = [...framing].sort((x, y) => x.start - y.start);
  /** the last framing date starting before `off` (binary search), or null */
  const lastBefore = (off: number): DateMention | null => {
    const k = lowerBound(framingSorted, off);
    return k > 0 ? framingSorted[k - 1] : null;
  };
  // meetings seen so far in text order: the latest one dated by the text, and the latest by the first three
  // letters of its trigger («اتص» → «اتصالاً هاتفياً»); updated as the walk goes (no scan per event)
  const stemOf = (k: number) => (c.norm(k) ?? '').replace(/^[وف]/, '').replace(/^ال/, '').slice(0, 3);
  let lastTextMeeting: Draft | null = null;
  const meetingByStem = new Map<string, Draft>();
  const ordered = [...drafts].sort((x, y) => x.hit.start - y.hit.start);
  // (session 8) the latest dated event of each sentence, as the walk goes: a circumstantial participle shares it
  const lastDatedOfSentence = new Map<number, Draft>();
  for (const d of ordered) {
    frameOne(d);
    // (a planned act — «سيُقدَّم في جلسة الثلاثاء المقبل»، «ستتقدّم بشكوى» — is no clause a participle accompanies)
    if (d.ev.date && !(d.ev.context ?? []).some((x) => x === 'future' || x === 'hypothetical') &&
      (!published || d.ev.date.value <= published.slice(0, d.ev.date.value.length))) lastDatedOfSentence.set(c.sent(d.hit.tok), d);
    if (d.ev.type === 'CONSULT' && d.ev.date) {
      if (d.ev.date.basis === 'text') lastTextMeeting = d;
      meetingByStem.set(stemOf(d.hit.tok), d);
    }
  }
  function frameOne(d: Draft): void {
    if (d.ev.date) return;
    const held = meetingClauseDate(c, d, byClause);
    if (held && fits(d, held.value!, held)) {
      d.ev.date = { value: held.value!, text: held.text, basis: 'text' };
      d.ev.evidence!.push('rule:date-of-meeting-clause');
      return;
    }
    const why = undatedFrame(c, d);
    if (why) { d.ev.evidence!.push(why); return; }
    const at = c.toks[d.hit.tok].start;
    const si = c.sent(d.hit.tok), pi = paraOf(at);
    // (session 8) «أغلق محتجون، مساء أمس، الطريق …، مطالبين …، ومهددين بـ…»: a circumstantial participle happens with
    // the clause it accompanies — the date of the sentence's latest event before it, however far that date stood
    const host0 = d.hit.entry.participle ? lastDatedOfSentence.get(si) : undefined;
    if (host0?.ev.date) {
      d.ev.date = { ...host0.ev.date };
      d.ev.evidence!.push('rule:date-of-accompanied-clause');
      return;
    }
    // «ووقّع البلدان خلال الزيارة»: the date of the meeting the sentence names
    const anchor = anchoredAt(c, d.hit.tok);
    if (anchor >= 0) {
      // the meeting named («الاتصال» → «اتصالاً هاتفياً») when the text dates it, else the latest meeting the
      // text dates (a meeting dated only by publication is weaker evidence), else the named one, else the lead
      const byName = meetingByStem.get(c.bare(anchor).replace(/^ال/, '').slice(0, 3)) ?? null;
      const host = byName?.ev.date?.basis === 'text' ? byName : lastTextMeeting ?? byName;
      const v = host?.ev.date ?? (lead ? { value: lead.value!, text: lead.text, basis: 'text' as const } : null);
      if (v) {
        d.ev.date = { ...v };
        d.ev.evidence!.push('rule:date-of-anchor');
        return;
      }
    }
    // (session 9) «وأدان البيان الختامي …»: the closing statement of a meeting speaks on the day the meeting closed
    if (d.hit.entry.pos === 'verb' && phraseStartsAt(c, d.hit.tok + Math.max(1, d.hit.len), 'closing-statement')) {
      const v = lastTextMeeting?.ev.date ?? (lead ? { value: lead.value!, text: lead.text, basis: 'text' as const } : null);
      if (v) {
        d.ev.date = { ...v };
        d.ev.evidence!.push('rule:date-of-closing-statement');
        return;
      }
    }
    // the nearest framing date of an earlier sentence of the paragraph, with no frame break between
    const carried = lastBefore(c.doc.sentences[si].start);
    if (carried && paraOf(carried.start) === pi && breaks[si + 1] - breaks[sentOfOff(carried.start) + 1] === 0) {
      d.ev.date = { value: carried.value!, text: carried.text, basis: 'text' };
      d.ev.evidence!.push('rule:date-of-paragraph');
      return;
    }
    // (session 9) «وأفاد شهود عيان بأن الشرطة فرّقت المحتجين»: an act an eyewitness reports happened on the story's day —
    // the latest day the text stated before it (before the publication day, at most a week back), not the day of the report
    if (!statements.has(normalize(d.ev.type)) && published && phraseBefore(c, d.hit.tok, 'witness', WITNESS_SPAN) >= 0) {
      const story = lastBefore(at);
      if (story && isDay(story.value!) && story.value! < published && dayNumber(published) - dayNumber(story.value!) <= LEAD_MAX_DAYS) {
        d.ev.date = { value: story.value!, text: story.text, basis: 'text' };
        d.ev.evidence!.push('rule:date-of-witnessed-story');
        return;
      }
    }
    if (lead && pi <= first + LEAD_PARAGRAPHS && !statements.has(normalize(d.ev.type)) && breaks[si + 1] === breaks[si]) {
      d.ev.date = { value: lead.value!, text: lead.text, basis: 'text' };
      d.ev.evidence!.push('rule:date-of-lead');
      return;
    }
    if (published) d.ev.date = { value: published, basis: 'published' } as EventDate;
  }
}

/** Max tokens between a trigger and a «منذ» date that dates it. */
const SINCE_SPAN = 8;
/** Is trigger token k at most SINCE_SPAN tokens before token t, with no clause boundary between? */
function closeBefore(c: Ctx, k: number, t: number): boolean {
  if (k >= t || t - k > SINCE_SPAN) return false;
  for (let j = k + 1; j < t; j++) if (c.isBoundary(j)) return false;
  return true;
}

/** "منذ 25 جويلية 2021": the start of a state, not the date of the events around it. */
export function since(c: Ctx, dm: DateMention): boolean {
  const k = lowerBound(c.toks, dm.start);
  return (c.norm(k - 1) ?? '') === 'منذ' || /^منذ/.test(normalize(dm.text)) || sinceOfNoun(c, k);
}

/** Max words between «منذ» and the date of the noun it governs. */
const SINCE_NOUN_SPAN = 8;
/** (session 9) «منذ إقرار مجلس النواب قانون الإصلاح في شباط الماضي»، «منذ أحداث الكركرات في 13 نونبر 2020»: «منذ» + a noun whose
 * date follows in «في …» (no comma between) is a start too — the date belongs to that noun, not to the sentence's events. */
function sinceOfNoun(c: Ctx, k: number): boolean {
  if (c.norm(k - 1) !== 'في') return false;
  const s = c.sent(k);
  for (let j = k - 2; j >= 0 && j >= k - 1 - SINCE_NOUN_SPAN && c.sent(j) === s; j--) {
    if (c.isComma(j) || c.isBoundary(j)) return false;
    if (c.norm(j) === 'منذ') return true;
  }
  return false;
}

/** The token range of a relative clause holding token k (from the relative pronoun to the next comma or
 * sentence boundary), or null; bounded scans. */
export function relativeClauseAround(c: Ctx, k: number): [number, number] | null {
  if (k >= c.toks.length) return null;
  const s = c.sent(k);
  let from = -1;
  const participles = single('clause-participle');
  for (let j = k - 1; j >= 0 && j >= k - 15 && c.sent(j) === s; j--) {
    if (c.isComma(j) || c.isBoundary(j)) return null;
    if (RELATIVE_PRONOUNS.has(c.norm(j) ?? '')) { from = j; break; }
    // (session 8) «لاتفاق وقف الأعمال العدائية المبرم في تشرين الثاني ٢٠٢٤»: a definite participle right after a
    // definite word, at most PARTICIPLE_SPAN words before the date, opens a clause like a relative pronoun
    // (session 9: or after a name — «بإعلان جدة الموقع بين الطرفين في مايو 2023»: a name is definite)
    if (k - j <= PARTICIPLE_SPAN && participles.has(c.norm(j) ?? '') && j > 0 && c.sent(j - 1) === s && (/^(?:[وفبلك]?ال|لل)/.test(c.norm(j - 1) ?? '') || !!c.covered[j - 1])) { from = j; break; }
  }
  if (from < 0) return null;
  let to = k + 1;
  // (session 9) «زيارة الدولة التي قام بها … في سبتمبر 2022، حيث التقى … ووقّع …»: a «حيث» clause after the comma goes on
  // telling the clause's event (where it happened), so the clause runs on through it
  whereWords ??= single('where-clause');
  const where = whereWords;
  const whereNext = (t: number) => c.isComma(t) && where.has(c.bare(t + 1));
  while (to < c.toks.length && to < k + 30 && c.sent(to) === s && (!c.isComma(to) || whereNext(to)) && !c.isBoundary(to)) to++;
  return [from, to];
}

let whereWords: Set<string> | null = null;
/** Max characters of a dateline before its date («مسقط في ٦ مايو /العُمانية/ –») and after it to the dash. */
const DATELINE_SPAN = 40;
/** Is the date mention part of a paragraph's dateline: near the paragraph start, followed closely by a dash? */
export function inDateline(c: Ctx, dm: DateMention): boolean {
  const text = c.doc.text;
  let from = dm.start;
  while (from > 0 && text[from - 1] !== '\n' && dm.start - from <= DATELINE_SPAN) from--;
  if (from > 0 && text[from - 1] !== '\n') return false;
  if (/[.!؟?–—]/.test(text.slice(from, dm.start))) return false;
  const after = text.slice(dm.end, dm.end + DATELINE_SPAN);
  const dash = after.search(/\s[–—-]\s/);
  return dash >= 0 && !/[.!؟?،,]/.test(after.slice(0, dash).replace(/\([^)]*\)/g, ''));
}

/** «حتى نهاية العام»، «اعتباراً من ١ فبراير»: a limit or a start of validity, no event's date. */
export function deadline(c: Ctx, dm: DateMention): boolean {
  const k = lowerBound(c.toks, dm.start);
  return phraseEndsAt(c, k - 1, 'deadline-prep');
}

/** Max tokens between a noun trigger and the relative pronoun of the clause describing it. */
const HEAD_SPAN = 3;
/** (session 6) «الغارات التي شنها الطيران فجر الأحد»، «القصف الجوي الذي نفذته القوات التركية فجر الثلاثاء»: the noun
 * trigger a relative clause describes is the clause's event, so the clause's date dates it too. */
export function relativeHead(c: Ctx, d: Draft, pronoun: number): boolean {
  if (d.hit.entry.pos === 'verb') return false;
  const last = d.hit.tok + Math.max(1, d.hit.len) - 1;
  if (last >= pronoun || pronoun - last > HEAD_SPAN) return false;
  for (let j = last + 1; j < pronoun; j++) if (c.isComma(j) || c.isBoundary(j)) return false;
  return true;
}

/** Max words between a describing participle («المبرم») and the date its clause holds. */
const PARTICIPLE_SPAN = 12;

/** Max distance (UTF-16 units, ~25 words) between a trigger and a date of its sentence it shares. */
export const DATE_SHARE_SPAN = 150;

// ---- Session 9 ----

/** (session 9) «رداً على هجمات الجماعة»، «احتجاجاً على إعدام رجل الدين»: a noun trigger right after a phrase of motive names
 * the earlier act that moved the sentence's event — it takes no date of the sentence (that is the response's) and no
 * frame date: null (data/events/time-frames.tsv `motive-prep`). */
export function motiveNoun(c: Ctx, d: Draft): boolean {
  if (d.hit.entry.pos === 'verb') return false;
  return phraseEndsAt(c, d.hit.tok - 1, 'motive-prep');
}

let reactionTypes: Set<string> | null = null;
/** Max tokens between an eyewitness («شهود عيان») and the act they report. */
const WITNESS_SPAN = 20;
/** Max tokens scanned between a date and a reaction trigger for a contrastive «فيما». */
const REACTION_SPAN = 40;
/** (session 9) «أصدر الرئيس، أمس الاثنين، مرسوماً …، فيما رفضت الجبهة المرسوم»: a verbal reaction (statement-type) told in
 * a clause opened by «فيما»، «في حين»، «بينما» after the date is the news cycle's answer, not the act of that day. */
export function reactionAcross(c: Ctx, d: Draft, dm: DateMention): boolean {
  reactionTypes ??= single('statement-type');
  if (!reactionTypes.has(normalize(d.ev.type))) return false;
  const t = lowerBound(c.toks, dm.end);
  if (t > d.hit.tok || d.hit.tok - t > REACTION_SPAN) return false;
  for (let j = t; j < d.hit.tok; j++) if (phraseEndsAt(c, j, 'contrast-clause')) return true;
  return false;
}

/** (session 9) «دافع الناطق الرسمي … خلال الندوة الصحفية التي أعقبت اجتماع مجلس الحكومة يوم الخميس الماضي»، «وكان المتهمون قد
 * قاطعوا الجلسة التي انطلقت صباح الاثنين»: an event placed in a meeting (its object, or after an anchor preposition or «في»)
 * whose relative clause states a date happens on that date — the clause dates the meeting, the meeting the event. */
let meetingNouns: Set<string> | null = null;
export function meetingClauseDate(c: Ctx, d: Draft, byClause: Map<number, DateMention>): DateMention | null {
  meetingNouns ??= single('anchor-noun');
  const nouns = meetingNouns;
  const last = d.hit.tok + Math.max(1, d.hit.len) - 1;
  const s = c.sent(d.hit.tok);
  for (let j = last + 1; j <= last + ANCHOR_SPAN && j < c.toks.length && c.sent(j) === s && !c.isBoundary(j); j++) {
    if (!meetingNoun(c, j, nouns)) continue;
    if (!(j === last + 1 || phraseEndsAt(c, j - 1, 'anchor-prep') || c.bare(j - 1) === 'في')) continue;
    for (let r = j + 1; r <= j + HEAD_SPAN + 1 && r < c.toks.length && c.sent(r) === s; r++) {
      if (c.isComma(r) || c.isBoundary(r)) break;
      const dm = byClause.get(r);
      if (dm) return dm;
      // (only adjectives between: «الندوة الصحفية التي»، not another noun the clause describes — «عقب الجلسة الغارات التي»)
      if (c.nounHits.has(r) || c.covered[r]) break;
    }
    return null;
  }
  return null;
}

/** A meeting noun at token j: «الجلسة»، or its possessed form «جلسته»، «اجتماعها». */
function meetingNoun(c: Ctx, j: number, nouns: Set<string>): boolean {
  const b = c.bare(j);
  if (nouns.has(b)) return true;
  const m = /^(\S{3,}?)(?:هما|هم|ها|ه)$/.exec(b);
  return !!m && (nouns.has('ال' + m[1]) || nouns.has('ال' + m[1].replace(/ت$/, 'ه')));
}

/** (session 9) «شيّعت أمس جثمان الشهيد …، الذي ارتقى برصاص قوات الاحتلال … الأحد الماضي»: a date before the trigger does not
 * date a trigger inside a relative clause that the date stands outside of (the clause tells an earlier act of its own). */
export function clauseAfter(c: Ctx, d: Draft, dm: DateMention): boolean {
  if (dm.start >= d.hit.start) return false;
  const r = relativeClauseAround(c, d.hit.tok);
  return !!r && c.toks[r[0]].start > dm.end;
}

/** Does a phrase of `set` start at token b (its first word may carry و/ف), within b's sentence? */
function phraseStartsAt(c: Ctx, b: number, set: TimeFrameSet): boolean {
  if (b >= c.toks.length) return false;
  const s = c.sent(b);
  for (const ws of timeFrameWords(set)) {
    let ok = b + ws.length <= c.toks.length;
    for (let i = 0; i < ws.length && ok; i++) ok = c.sent(b + i) === s && ((i === 0 ? c.bare(b) : c.norm(b + i) ?? '') === ws[i] || c.norm(b + i) === ws[i]);
    if (ok) return true;
  }
  return false;
}

// Mode (ASSAULT means), modality (negation, future, hypothetical) and links to attributions.
import type { Attribution } from '../contract.ts';
import { lowerBound } from '../doc.ts';
import type { AttributionLayer } from '../attributions/index.ts';
import { type Hit, Ctx, mentionEndingAt } from './context.ts';
import { words } from './words.ts';
import { newClauseBetween } from './roles.ts';
import { bodyOfSpokesperson, sideEntity } from './titles.ts';

export function modeFor(c: Ctx, h: Hit): { mode: string | null; evidence?: string } {
  const e = h.entry;
  // «بحث الرئيس هاتفياً مع …»، «التقى … عبر الاتصال المرئي»: an adverb of the channel right after a meeting verb
  if (e.type === 'CONSULT' && !e.mode) {
    const s0 = c.sent(h.tok);
    // (past the subject's name and title: «بحث رئيس الوزراء العراقي محمد شياع السوداني هاتفياً»; not past a comma)
    for (let j = h.tok + h.len; j < c.toks.length && j < h.tok + h.len + 8 && c.sent(j) === s0; j++) {
      if (c.isBoundary(j) || c.isComma(j)) break;
      if (words('phone-adverb').has(c.norm(j) ?? '')) return { mode: 'phone', evidence: 'rule:phone-adverb' };
    }
  }
  if (e.type !== 'ASSAULT') return { mode: e.mode };
  // (Session 5c: dispersing a crowd stays crowd control whatever is used — and «فرّقت الشرطة المسيرة» names a march, no drone)
  if (e.mode === 'crowd-control') return { mode: e.mode };
  let best: { mode: string; priority: number; evidence: string } | null = null;
  const s = c.sent(h.tok);
  const from = h.tok;
  for (let j = from; j < c.toks.length && j < from + h.len + 10 && c.sent(j) === s; j++) {
    if (c.isBoundary(j)) break;
    const t = c.toks[j];
    const forms = t.kind === 'word' ? [t.norm, ...c.look(j).modifier.filter((f) => f.prefix || f.article).map((f) => f.norm)] : [];
    for (const f of forms) {
      const res = c.lex.modifiers.matchAt((k) => (k === j ? f : c.norm(k)), j, [f]);
      for (const r of res) for (const v of r.values) if (!best || v.priority < best.priority) best = v;
    }
  }
  // (session 9, probe round) «أن مسيّرة تابعة للجيش قصفت سوقاً»: the instrument named as the SVO subject, up to four words
  // before a verb (no comma or sentence edge between), gives the mode too
  if (e.pos === 'verb' && !best) {
    for (let j = h.tok - 1; j >= 0 && j >= h.tok - 4 && c.sent(j) === s && !c.isComma(j) && !c.isBoundary(j); j--) {
      const t = c.toks[j];
      if (t.kind !== 'word') break;
      const forms = [t.norm, ...c.look(j).modifier.filter((f) => f.prefix || f.article).map((f) => f.norm)];
      for (const f of forms) {
        const res = c.lex.modifiers.matchAt((k) => (k === j ? f : c.norm(k)), j, [f]);
        for (const r of res) for (const v of r.values) if (v.mode === 'drone' && (!best || v.priority < best.priority)) best = v;
      }
    }
  }
  const own = e.mode ? priorityOf(c, e.mode) : 99;
  if (best && best.priority < own) return { mode: best.mode, evidence: best.evidence };
  return { mode: e.mode };
}

/** The rank of an ASSAULT mode among the modifiers (drone 1 … firearms 7; 99 for a mode no modifier gives). */
export function priorityOf(c: Ctx, mode: string): number {
  return c.lex.modePriority.get(mode) ?? 99;
}

/** An imperfect reading of a verb row (يزور، تعقد، نلتقي): a person prefix before the row's imperfect stem. */
function isImperfect(h: Hit): boolean {
  const p = h.entry.present;
  return h.entry.pos === 'verb' && !!p && !h.entry.passive && /^[يتن]/.test(h.form.norm) && h.form.norm.slice(1).startsWith(p) && h.form.norm !== h.entry.past;
}

export function modality(c: Ctx, h: Hit): { negated: boolean; context: string[]; evidence: string[] } {
  const ctx = new Set<string>();
  let negated = false;
  const ev: string[] = [];
  const s = c.sent(h.tok);
  if (h.entry.pos === 'verb' && h.form.prefix.includes('س')) { ctx.add('future'); ev.push('rule:sa-prefix'); }
  // (clause-scope cues reach 12 words: «ونفى المتحدث باسم الجيش اللبناني أن تكون قواته قد أطلقت»)
  // («نفت أي مسؤولية عن مقتل الوالي»، «نفى تورطه في الهجوم»: a denial of blame or of a link — function-words
  // `denied-link` between the cue and the trigger — denies the link, not the act)
  const links = words('denied-link');
  let linked = false;
  for (let j = h.tok - 1, d = 1; j >= 0 && d <= 12 && c.sent(j) === s; j--, d++) {
    if (c.isBoundary(j)) break;
    if (c.toks[j].kind === 'word') {
      const b = c.bare(j).replace(/^ال/, '');
      const stem = b.replace(/(هما|هم|هن|ها|ه)$/, '').replace(/ت$/, 'ه');
      if (links.has(b) || links.has(stem)) linked = true;
    }
    // a comma and a conjoined verb open a new clause: «ونفت X أي علاقة …، واتهمت Y» — the denial stays behind
    // (a conjoined complement «، وأن يكون …» stays inside it)
    if (c.isComma(j) && j + 1 < h.tok + 1 && !/^[وف]ان/.test(c.norm(j + 1) ?? '') && newClauseBetween(c, j, j + 2)) break;
    const raw = c.norm(j)!;
    const cands = [raw];
    if (raw.length > 2 && (raw[0] === 'و' || raw[0] === 'ف')) cands.push(raw.slice(1));
    if (raw === 'من' && c.norm(j + 1) === 'المقرر') cands.push('المقرر');
    for (const w of cands) {
      for (const m of c.lex.modality.get(w) ?? []) {
        const ok = (m.scope === 'clause' && (d <= 8 || m.kind === 'negation')) || (m.scope === 'adjacent' && h.entry.pos !== 'noun' && d <= 2) ||
          (m.scope === 'noun' && h.entry.pos !== 'verb' && (d === 1 || bridgedNoun(c, j, h.tok)));
        if (!ok) continue;
        // "إن" is mostly the particle إنّ; accept it as a condition only when written إن without a following noun phrase is unknowable — skip
        if (w === 'ان') continue;
        // "دون أن يعلن": only دون أن opens a negated clause; "طائرة بدون طيار" negates nothing after it
        if (m.scope === 'clause' && (w === 'دون' || w === 'بدون') && c.norm(j + 1) !== 'ان') continue;
        if (m.kind === 'negation' && m.scope === 'clause' && linked) continue;
        if (m.kind === 'negation') negated = true;
        else ctx.add(m.kind);
        ev.push(m.evidence);
      }
    }
  }
  // (session 8) «القمة الخليجية التشاورية المقررة في مارس»، «الجولة المقبلة من المحادثات»: a describing participle or
  // adjective a few words after an event noun makes it a planned event
  if (h.entry.pos !== 'verb') {
    const end = h.tok + Math.max(1, h.len);
    for (let j = end; j < end + 3 && j < c.toks.length && c.sent(j) === s && !c.isComma(j) && !c.isBoundary(j); j++) {
      const found = (c.lex.modality.get(c.norm(j) ?? '') ?? []).filter((m) => m.scope === 'follows');
      for (const m of found) { ctx.add(m.kind); ev.push(m.evidence); }
      if (found.length) break;
    }
  }
  // (session 9, probe round) «يزور وزير الخارجية الخرطوم الأسبوع المقبل»: an imperfect verb with a time still to come in
  // its clause (function-words `future-time`, up to 10 words on, no comma) tells a planned act
  if (!ctx.has('future') && !negated && isImperfect(h)) {
    const fut = words('future-time');
    for (let j = h.tok + Math.max(1, h.len), d = 0; j < c.toks.length && d < 10 && c.sent(j) === s && !c.isComma(j) && !c.isBoundary(j); j++, d++) {
      if (fut.has(c.norm(j) ?? '')) { ctx.add('future'); ev.push('rule:imperfect-future-time'); break; }
    }
  }
  // (session 9, probe round) «وسوف ترد القوات المسلحة بقصف أهداف»، «ستواصل النقابة إضرابها»: an event noun governed by a
  // support verb that is future (سوف before it, or its س prefix) is planned too
  if (!ctx.has('future') && h.entry.pos !== 'verb') {
    for (let j = h.tok - 1, d = 0; j >= 0 && d < 8 && c.sent(j) === s && !c.isComma(j) && !c.isBoundary(j); j--, d++) {
      if (!c.frameAt(j) && !words('respond-present').has(c.bare(j).replace(/^س/, ''))) continue;
      const raw = c.bare(j);
      if (/^س[يتن]/.test(raw) || c.norm(j - 1) === 'سوف' || c.bare(j - 1) === 'سوف') { ctx.add('future'); ev.push('rule:future-support-verb'); }
      break;
    }
  }
  if (negated) ctx.add('negation');
  return { negated, context: [...ctx], evidence: ev };
}

/** Attributions bucketed by the sentences their content spans and their cue lies in: lookups per trigger
 * touch only the statements of its sentence (linear overall). */
export class AttIndex {
  private bySent = new Map<number, Attribution[]>();
  private srcEntity = new Map<string, string | null>();
  /** attributions whose source was carried over from an earlier statement (a cue with no subject of its own) */
  private carried = new Set<string>();
  /** A carried-over source is checked against the cue's own clause: «وأعلنت الحكومة …» (a named subject right after
   * the cue) or «أما السفارة فأعربت …» (a topic before a ف-cue) names a new speaker. */
  private overtSubject(a: Attribution): string | null {
    const c = this.c;
    // (the tokens holding the cue's first and last characters: a clitic ف/و may open the token)
    const k = lowerBound(c.toks, a.cue.start + 1) - 1;
    const after = lowerBound(c.toks, a.cue.end);
    if (k < 0 || after > c.toks.length || after - k !== 1) return null;
    const m = c.startArr[after]?.[0];
    const named = (id: string) => id.startsWith('#') || (!!c.byId.get(id) && c.byId.get(id)!.type !== 'LOC');
    if (m && c.sent(after) === c.sent(k) && c.info(m).prep === '' && named(m.entity)) return m.entity;
    if (/^ف/.test(c.toks[k].norm) && k > 0 && c.sent(k - 1) === c.sent(k)) {
      let t = mentionEndingAt(c, k - 1);
      // (a place modifier closes the topic: «أما السفارة الأمريكية لدى ليبيا فأعربت»)
      if (t && c.info(t).prep !== '' && c.byId.get(t.entity)?.type === 'LOC') t = t.tokenStart > 1 ? mentionEndingAt(c, t.tokenStart - 2) : null;
      if (t && c.info(t).prep === '' && named(t.entity)) return t.entity;
    }
    return null;
  }
  constructor(private c: Ctx, att: AttributionLayer) {
    for (const s of att.sources) this.srcEntity.set(s.id, s.entity ?? s.affiliation ?? sideEntity(c, s.side));
    for (const a of att.attributions) if ((a.evidence ?? []).includes('rule:continuation=last-speaker')) this.carried.add(a.id);
    const sentAt = (off: number) => c.sent(Math.min(lowerBound(c.toks, off), c.toks.length - 1));
    if (!c.toks.length) return;
    for (const a of att.attributions) {
      const from = Math.min(sentAt(a.cue.start), sentAt(a.content.start));
      const to = Math.max(sentAt(a.cue.start), sentAt(Math.max(a.content.start, a.content.end - 1)));
      for (let k = from; k <= to; k++) {
        if (!this.bySent.has(k)) this.bySent.set(k, []);
        this.bySent.get(k)!.push(a);
      }
    }
  }
  /** The smallest attribution whose content holds the offset. */
  containing(h: Hit): string | null {
    let best: { id: string; len: number } | null = null;
    for (const a of this.bySent.get(this.c.sent(h.tok)) ?? []) {
      if (a.content.start <= h.start && h.start < a.content.end) {
        const len = a.content.end - a.content.start;
        if (!best || len < best.len) best = { id: a.id, len };
      }
    }
    return best ? best.id : null;
  }
  /** The named entity of the statement around a trigger: the attribution whose content holds it, else one
   * whose cue lies earlier in the same sentence ("قال X …، مطالباً"). */
  speaker(h: Hit): string | null {
    return this.speakerAt(h)?.ent ?? null;
  }
  /** The speaker and where its cue lies (for choosing the nearest clause subject). */
  speakerAt(h: Hit): { ent: string; cue: number } | null {
    const sent = this.c.sent(h.tok);
    let best: { ent: string; len: number; cue: number } | null = null;
    for (const a of this.bySent.get(sent) ?? []) {
      const inside = a.content.start <= h.start && h.start < a.content.end;
      const cueTok = lowerBound(this.c.toks, a.cue.start);
      const sameSent = cueTok < this.c.toks.length && this.c.sent(cueTok) === sent && a.cue.start < h.start;
      if (!inside && !sameSent) continue;
      const said = this.carried.has(a.id) ? this.overtSubject(a) ?? this.srcEntity.get(a.source) : this.srcEntity.get(a.source);
      if (!said) continue;
      // (a spokesperson speaks for the body named in the title: «المتحدث باسم وزارة X Y» → وزارة X)
      const ent = bodyOfSpokesperson(this.c, said, h.tok) ?? said;
      // inside a statement the smallest one; otherwise the nearest cue before the trigger
      const len = inside ? a.content.end - a.content.start : Number.MAX_SAFE_INTEGER - a.cue.start;
      if (!best || len < best.len) best = { ent, len, cue: a.cue.start };
    }
    return best ? { ent: best.ent, cue: best.cue } : null;
  }
}


/**
 * Session 5c. «من دون الإعلان عن توقيف أي مشتبه به»، «من دون تسجيل اعتقالات»: a noun negation reaches an act across a
 * word that only records or announces it (function-words `negation-bridge`: الإعلان عن، تسجيل، حدوث، وقوع), at most two.
 */
export function bridgedNoun(c: Ctx, neg: number, tok: number): boolean {
  if (tok - neg < 2 || tok - neg > 3) return false;
  const bridge = words('negation-bridge');
  for (let j = neg + 1; j < tok; j++) if (c.toks[j].kind !== 'word' || !bridge.has(c.norm(j) ?? '')) return false;
  return true;
}

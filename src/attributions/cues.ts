// Reporting cues (data/attributions/cues.tsv), according-to phrases (according.tsv), statement phrases
// ("في بيان"، "في حديثه لـ…") and performative acts that are not claims ("أعلن الحداد").
import type { Span } from '../contract.ts';
import { normalize, normalizeCached } from '../text/normalize.ts';
import type { Ctx } from './context.ts';
import { CUE_FIRST, ACCORDING_FIRST, STATEMENT } from './facts.ts';
import type { CueEntry } from './lexicon.ts';
import { conjForms, nounForms, stripSuffix } from './lexicon.ts';

export function cueAt0(cx: Ctx, i: number): { len: number; entry: CueEntry } | null {
  const t = cx.toks[i];
  if (!t || t.kind !== 'word' || (cx.tokBits[i] & CUE_FIRST) === 0) return null;
  const m = cx.lex.cues.longestAt(cx.wordAt, i, conjForms(t.norm));
  if (!m) return null;
  if (!homographCueOk(cx, i)) return null;
  // "في رده على سؤال أجاب عنه مطولاً"، "في كلمة اختتم بها": a bare verb between a word and a preposition with a pronoun
  // is an adjectival clause of that word (s5)
  const prev = cx.toks[i - 1];
  if (m.length === 1 && conjForms(t.norm)[0] === t.norm && !/^[وف]/.test(t.norm) && prev?.kind === 'word' && cx.inSet(i + 1, 'pronoun-prep') &&
    !['discourse', 'clause-opener', 'qad', 'kana', 'then', 'while', 'comp', 'rel', 'which'].some((set) => cx.inSet(i - 1, set)) && cx.toks[i - 1].norm !== 'ما') return null;
  // "في مذكرة لعملائها"، "في مذكرة": a participle form right after a preposition is the noun it is spelled like (s5b)
  if (m.values[0].cls === 'circ' && prev?.kind === 'word' && cx.inSet(i - 1, 'statement-prep')) return null;
  // "وبحسب مذكرة داخلية …"، "وفق مذكرة": or right after an according-to phrase (s6)
  if (m.values[0].cls === 'circ' && prev?.kind === 'word' && accordingEndsAt(cx, i)) return null;
  return { len: m.length, entry: m.values[0] };
}

/**
 * A cue form that is also a preposition or another verb when unvocalised (wordsets.tsv homograph-cue: عبر = via,
 * crossed) is a cue only with its shadda written (عبّر), or where a clause opens (after و/ف, punctuation or a clause
 * opener; never the bare form right after a word: "لوكالة فرانس برس عبر الهاتف") with عن within a dozen words.
 */
function homographCueOk(cx: Ctx, i: number): boolean {
  const t = cx.toks[i];
  if (!conjForms(t.norm).some((f) => cx.lex.sets['homograph-cue']?.has(f)) || /\u0651/.test(t.text)) return true;
  const prev = cx.toks[i - 1];
  const bare = cx.lex.sets['homograph-cue'].has(t.norm) && t.norm.length <= 3;
  if (bare && prev && prev.kind === 'word' && !['discourse', 'clause-opener', 'qad', 'kana', 'then', 'while', 'comp'].some((set) => cx.inSet(i - 1, set))) return false;
  for (let k = i + 1; k < Math.min(cx.sentenceEnd(i), i + 13); k++) if (cx.toks[k].norm === 'عن') return true;
  return false;
}

/** An according-to phrase (according.tsv) ends right before token i (bounded: phrases are at most three words). */
function accordingEndsAt(cx: Ctx, i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) {
    const a = cx.accordingAt(j);
    if (a && j + a.len === i) return true;
  }
  return false;
}

export function accordingAt0(cx: Ctx, i: number): { len: number; evidence: string } | null {
  const t = cx.toks[i];
  if (!t || t.kind !== 'word' || (cx.tokBits[i] & ACCORDING_FIRST) === 0) return null;
  const forms = [t.norm];
  // و (not ف: فحسب = "only") may precede the phrase
  if (t.norm.length > 3 && t.norm[0] === 'و') forms.push(t.norm.slice(1));
  const m = cx.lex.according.longestAt(cx.wordAt, i, forms);
  if (!m) return null;
  return { len: m.length, evidence: m.values[0] };
}

export function statementAt0(cx: Ctx, i: number): number {
  const t = cx.toks[i];
  if (!t || t.kind !== 'word') return i;
  const n = conjForms(t.norm).pop()!;
  if (!cx.lex.sets['statement-prep'].has(n)) return i;
  const nx = cx.toks[i + 1];
  if (!nx || nx.kind !== 'word') return i;
  if ((cx.tokBits[i + 1] & STATEMENT) === 0) return i;
  let k = i + 2;
  if (i > 0 && cx.isComma(i - 1)) {
    // "، في بيان تلاه وزير الديوان عبر التلفزيون، …": a parenthetical statement phrase closed by a comma
    for (let m = k; m < Math.min(k + 16, cx.sentenceEnd(i)); m++) {
      if (cx.isComma(m)) return m + 1;
      const tk = cx.toks[m];
      // (a short quoted name inside it: "، في رد مكتوب على أسئلة "الخليج"، …" — s5)
      const q = tk.kind === 'quote' ? cx.qOpen(m) : -1;
      if (q >= 0 && cx.quotes[q].close > m && cx.quotes[q].words <= 4) {
        m = cx.quotes[q].close;
        continue;
      }
      if ((tk.kind !== 'word' && tk.kind !== 'latin' && tk.kind !== 'number' && tk.text !== '(' && tk.text !== ')') || cx.isComp(m) || cx.isColon(m)) break;
    }
  }
  // "في تغريدة على منصة "إكس""، "في منشور عبر حسابه على فيسبوك": the platform it was posted on (wordsets.tsv
  // `platform`), with its name quoted or in one word, belongs to the statement phrase
  for (let guard = 0; guard < 2; guard++) {
    if (!(cx.inSet(k, 'statement-prep') || cx.inSet(k, 'pp-open')) || cx.toks[k + 1]?.kind !== 'word') break;
    const pf = nounForms(cx.norm(k + 1)).some((f) => cx.lex.sets.platform?.has(f.stem));
    if (!pf) break;
    k += 2;
    const q = cx.qOpen(k);
    if (q >= 0 && cx.quotes[q].close > k && cx.quotes[q].words <= 4) k = cx.quotes[q].close + 1;
    else if (cx.toks[k]?.kind === 'latin') k++;
  }
  // modifiers of the statement noun ("صحفي مشترك", "نشرها على موقعه") up to a boundary, bounded
  for (let m = k; m < Math.min(k + 5, cx.toks.length); m++) {
    // ("ودعت في بيان جميع الأطراف إلى "…"": a quotation right after a preposition is what the verb governs, and the words
    // before it are the verb's object, not modifiers of the statement — s6)
    if (cx.isBoundary(m) && m > k && cx.toks[m].kind === 'quote' && cx.inSet(m - 1, 'prep')) break;
    if (cx.isBoundary(m)) return m;
    if (cx.toks[m].kind !== 'word') break;
  }
  return k;
}

/**
 * Is the object of أعلن (grammar `act`) or of a call (`act` + `convene`) a performative act? The head
 * noun is looked for among the first words of the object (up to a comma): "كل من X وY الحداد الرسمي".
 */
export function actObject(cx: Ctx, content: Span, entry: CueEntry): boolean {
  const announce = cx.lex.sets.announce.has(normalizeCached(entry.lemma));
  const appeal = entry.cls === 'appeal' || cx.lex.sets['appeal-participle'].has(normalizeCached(entry.lemma));
  if (!announce && !appeal) return false;
  const acts = cx.lex.sets.act;
  const convene = cx.lex.sets.convene;
  let k = cx.firstTokenAt(content.start);
  for (let n = 0; n < 12 && k < cx.toks.length && cx.toks[k].start < content.end; k++, n++) {
    const t = cx.toks[k];
    if (cx.isComma(k)) break;
    if (t.kind !== 'word') continue;
    for (const f of nounForms(t.norm)) {
      for (const st of stripSuffix(f.stem)) {
        // استقالته → استقاله
        const forms = st.endsWith('ت') && st.length > 3 ? [st, st.slice(0, -1) + 'ه'] : [st];
        // a call's object is an act only when it convenes ("دعا إلى مظاهرات"); "دعا إلى دعم الترجمة" is a demand
        if (forms.some((x) => (announce && acts?.has(x)) || (appeal && convene?.has(x)))) return true;
      }
    }
    // an object is read from its first noun(s): "دعمه"، "مظاهرات عارمة"، "عقد جلسة"
    if (announce && n >= 1 && !/^(كل|من)$/.test(t.norm) && !cx.mentionAt[k]) break;
    if (appeal && n >= 2) break;
  }
  if (appeal) {
    // "دعا رجل الدين البارز، مقتدى الصدر، إلى مظاهرات": what follows the call's إلى
    let m = cx.firstTokenAt(content.start);
    const stop = Math.min(cx.toks.length, m + 16);
    for (; m < stop && cx.toks[m].start < content.end; m++) {
      if (cx.norm(m) !== 'الي') continue;
      for (let q = m + 1; q < Math.min(stop, m + 3); q++) {
        if (cx.toks[q].kind === 'word' && nounForms(cx.toks[q].norm).some((f) => convene?.has(f.stem))) return true;
      }
      break;
    }
  }
  return false;
}

export function cueSpanAt(cx: Ctx, i: number, len: number): Span {
  // the cue without the conjunction و/ف
  const t = cx.toks[i];
  const forms = conjForms(t.norm);
  const m = cx.lex.cues.matchAt((k) => (cx.toks[k]?.kind === 'word' ? cx.toks[k].norm : undefined), i, forms);
  let cut = m.length && m[0].first !== t.norm ? t.norm.length - m[0].first.length : 0;
  // a form listed with its conjunction (وطالب، because a bare طالب is also "student")
  if (!cut && m.length && /^[وف]/.test(t.norm) && t.norm.slice(1) === normalize(m[0].values[0].lemma)) cut = 1;
  return cx.span(cx.offsetAfter(i, cut), cx.toks[i + len - 1].end);
}

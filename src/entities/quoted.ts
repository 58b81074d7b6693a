// Pass 2e: names in quotes (outlets after لـ or a media head, the article's own outlet, coordinated quoted
// names) and grammar names that recur without their quotes.
import { normalize } from '../text/normalize.ts';
import type { Ctx } from './context.ts';
import type { LexEntry } from './lexicon.ts';
import type { Cand } from './types.ts';
import { QUOTED_OUTLET_HEADS } from './wordsets.ts';

export function quotedNamePass(cx: Ctx): void {
  const { doc, lex, toks, n, words, cands, owner, claim, formIn, isWord, isStop, isNat } = cx;
  // 2e. quoted outlet names after لـ or a media head: لـ"عربي بوست"
  const outletKey = doc.meta.outlet ? normalize(doc.meta.outlet) : '';
  /** The ORG lexicon entry named exactly by [head +] words, or by the words alone. */
  const quotedLexicon = (head: string | undefined, ws: string[]): LexEntry | undefined => {
    for (const seq of head ? [[head, ...ws], ws] : [ws]) {
      const m = lex.trie.longestAt((k) => seq[k], 0, [seq[0]]);
      // (s7) a platform (orgs.tsv kind platform, MISC) too: بموقع "فيسبوك" is the medium, no organisation
      const v = m && m.length === seq.length ? m.values.find((x) => x.entry.type === 'ORG' || (x.entry.type === 'MISC' && x.entry.kind === 'platform')) : undefined;
      if (v) return v.entry;
    }
    return undefined;
  };
  for (let i = 0; i + 2 < n; i++) {
    if (toks[i].kind !== 'quote') continue;
    const prev = i > 0 ? toks[i - 1].norm : '';
    // an indefinite organisation head right before the quote names what is quoted: شركة "حفيت للقطارات"
    // (also with a clitic: لإذاعة "ديوان إف إم")
    const headForm = i > 0 && owner[i - 1] < 0 && toks[i - 1].kind === 'word' ? formIn(i - 1, lex.orgHeadFirst) ?? formIn(i - 1, QUOTED_OUTLET_HEADS) : undefined;
    const afterHead = !!headForm && !headForm.form.startsWith('ال');
    const afterL = prev === 'ل' || prev === 'لـ' || normalize(prev) === 'ل';
    // (s7) any word before the quote that, with the quoted words, names an organisation of the lexicon: عضو تكتل "الجمهورية
    // القوية" (تكتل is no organisation head, but "تكتل الجمهورية القوية" is a known bloc)
    if (!afterHead && i > 0 && owner[i - 1] < 0 && toks[i - 1].kind === 'word') {
      let q = i + 1;
      while (q < n && q - i <= 4 && isWord(q)) q++;
      if (q < n && toks[q].kind === 'quote' && q > i + 1 && q - i <= 4 && ![...Array(q - i - 1).keys()].some((d) => owner[i + 1 + d] >= 0 && cands[owner[i + 1 + d]].type === 'PER')) {
        const ws: string[] = [];
        let done = false;
        for (let k = i + 1; k < q; k++) ws.push(toks[k].norm);
        for (const f of cx.formsAt(i - 1)) {
          const m = lex.trie.longestAt((k) => (k === 0 ? f.form : ws[k - 1]), 0, [f.form]);
          const v = m && m.length === ws.length + 1 ? m.values.find((x) => x.entry.type === 'ORG') : undefined;
          if (!v) continue;
          for (let k = i + 1; k < q; k++) if (owner[k] >= 0) { cands[owner[k]].dead = true; owner[k] = -1; }
          claim({ type: 'ORG', tokenStart: i + 1, tokenEnd: q, start: toks[i + 1].start, end: toks[q - 1].end, kind: 'name', name: v.entry.name, lex: v.entry, evidence: [v.entry.evidence, 'rule:quoted-name-lexicon(word+quote)'], titles: [] });
          done = true;
          break;
        }
        if (done) { i = q; continue; }
      }
    }
    if (!(afterHead || afterL || outletKey)) continue;
    let j = i + 1;
    while (j < n && j - i <= 4 && isWord(j)) j++;
    if (j >= n || toks[j].kind !== 'quote' || j === i + 1 || j - i > 4) continue;
    // the article's own outlet named in quotes anywhere ("التقت "الغد" الروائي …")
    const quotedWords: string[] = [];
    for (let k = i + 1; k < j; k++) quotedWords.push(toks[k].norm);
    const own = outletKey !== '' && quotedWords.join(' ') === outletKey;
    if (!(afterHead || afterL || own)) continue;
    // a known organisation named by the head and the quoted words, or by the quoted words alone
    // (شركة "إيني" → إيني, قناة "العربية" → قناة العربية): the lexicon entry, one entity with its bare mentions
    const known = quotedLexicon(afterHead ? headForm!.form : undefined, quotedWords);
    if (known) {
      if ([...Array(j - i - 1).keys()].some((d) => owner[i + 1 + d] >= 0 && cands[owner[i + 1 + d]].type === 'PER')) continue;
      for (let k = i + 1; k < j; k++) if (owner[k] >= 0) { cands[owner[k]].dead = true; owner[k] = -1; }
      claim({ type: known.type, tokenStart: i + 1, tokenEnd: j, start: toks[i + 1].start, end: toks[j - 1].end, kind: 'name', name: known.name, lex: known, evidence: [known.evidence, 'rule:quoted-name-lexicon'], titles: [] });
      continue;
    }
    let free = true;
    // after a head, place names inside the quotes are part of the name ("قطارات عُمان"); after لـ too when they
    // do not fill the quotes (لـ"دارفور 24 الإخبارية"); persons never are
    // (s9) after a head, a lexicon person's short form that does not fill the quotes is a word of the name too: شركة «مرسى
    // المغرب» (not محمد مرسي)
    const inner = (c: Cand) => (c.type !== 'PER' || (afterHead && c.short && c.tokenEnd - c.tokenStart < j - i - 1)) && c.tokenStart > i && c.tokenEnd <= j && (afterHead || c.tokenEnd - c.tokenStart < j - i - 1);
    // (s7) the article's own outlet in quotes is the outlet even when its name is also a place: «الشرق الأوسط» in a story of
    // الشرق الأوسط
    for (let k = i + 1; k < j; k++) if (owner[k] >= 0 && !inner(cands[owner[k]]) && !(own && cands[owner[k]].type === 'LOC')) free = false;
    if (isStop(toks[i + 1].norm) || isNat(toks[i + 1].norm)) free = false;
    // (s8) after لـ alone, a quoted phrase with a function word inside is a phrase quoted from someone, no outlet: تتعرض
    // لـ"ضغط غير مسبوق"
    // (not the last word: "الشمال اليوم" is an outlet)
    if (!afterHead && !own && quotedWords.some((w, q) => q < quotedWords.length - 1 && isStop(w))) free = false;
    if (!free) continue;
    for (let k = i + 1; k < j; k++) if (owner[k] >= 0) { cands[owner[k]].dead = true; owner[k] = -1; }
    const start = toks[i + 1].start, end = toks[j - 1].end;
    claim({ type: 'ORG', tokenStart: i + 1, tokenEnd: j, start, end, kind: 'name', name: doc.text.slice(start, end), evidence: [afterHead ? 'rule:quoted-name-after-head' : 'rule:quoted-outlet'], titles: [] });
  }
}

export function quotedCoordinationPass(cx: Ctx): void {
  const { doc, toks, n, cands, owner, claim, isWord, isStop, isNat } = cx;
  // 2e''. two quoted names joined by و are of one kind: بين "قطارات عُمان" و"الاتحاد للقطارات" — when one is an
  // organisation filling its quotes, the other (1–4 words, no person inside) is one too
  const quoted: [number, number][] = [];
  for (let i = 0; i + 2 < n; i++) {
    if (toks[i].kind !== 'quote') continue;
    let j = i + 1;
    while (j < n && j - i <= 5 && isWord(j)) j++;
    if (j < n && toks[j].kind === 'quote' && j > i + 1 && j - i <= 5) { quoted.push([i + 1, j]); i = j; }
  }
  const orgFilling = (a: number, b: number) => owner[a] >= 0 && cands[owner[a]].type === 'ORG' && cands[owner[a]].tokenStart === a && cands[owner[a]].tokenEnd === b;
  for (let q = 0; q + 1 < quoted.length; q++) {
    const [a1, b1] = quoted[q];
    const [a2, b2] = quoted[q + 1];
    if (!(a2 - 1 === b1 + 2 && toks[b1 + 1].norm === 'و')) continue;
    for (const [[x, y], [u, v]] of [[[a1, b1], [a2, b2]], [[a2, b2], [a1, b1]]] as const) {
      if (!orgFilling(u, v) || orgFilling(x, y)) continue;
      let ok = !isStop(toks[x].norm) && !isNat(toks[x].norm);
      for (let k = x; k < y && ok; k++) if (owner[k] >= 0 && (cands[owner[k]].type === 'PER' || cands[owner[k]].tokenStart < x || cands[owner[k]].tokenEnd > y)) ok = false;
      if (!ok) continue;
      for (let k = x; k < y; k++) if (owner[k] >= 0) { cands[owner[k]].dead = true; owner[k] = -1; }
      claim({ type: 'ORG', tokenStart: x, tokenEnd: y, start: toks[x].start, end: toks[y - 1].end, kind: 'name', name: doc.text.slice(toks[x].start, toks[y - 1].end), evidence: ['rule:quoted-coordination'], titles: [] });
    }
  }
}

export function repeatPass(cx: Ctx): void {
  const { toks, n, cands, owner, claim, formIn, wordAt, formsAt, at } = cx;
  // 2e'. a name the grammar found (two words or more) is a mention wherever it recurs: "حفيت للقطارات" in
  // quotes once, then without them; the first word may carry clitics
  const repeats = new Map<string, Cand[]>();
  for (const c of cands) {
    if (c.dead || c.lex || c.kind !== 'name' || c.tokenEnd - c.tokenStart < 2) continue;
    const key = normalize(c.name).split(' ')[0];
    const l = repeats.get(key);
    if (l) l.push(c); else repeats.set(key, [c]);
  }
  if (repeats.size) {
    for (let k = 0; k < n; k++) {
      if (owner[k] >= 0 || toks[k].kind !== 'word') continue;
      // only the forms that begin a repeated name (usually none): no walk over every form of every word
      const f0 = formIn(k, repeats);
      for (const f of f0 ? formsAt(k).filter((x) => repeats.has(x.form)) : []) {
        const l = repeats.get(f.form);
        if (!l) continue;
        const c = l.find((x) => {
          const len = x.tokenEnd - x.tokenStart;
          if (k + len > n) return false;
          for (let q = 1; q < len; q++) if (owner[k + q] >= 0 || wordAt(k + q) !== wordAt(x.tokenStart + q)) return false;
          return true;
        });
        if (!c) continue;
        const len = c.tokenEnd - c.tokenStart;
        claim({ type: c.type, tokenStart: k, tokenEnd: k + len, start: at(k, f), end: toks[k + len - 1].end, kind: 'name', name: c.name, evidence: [...c.evidence, 'rule:repeat'], titles: [] });
        k += len - 1;
        break;
      }
    }
  }
}

/**
 * "السوق المالية السعودية (تداول)"، "وكالة الأنباء القطرية (قنا)": one to three words in brackets right after an
 * organisation's name are another name of it — a mention here, and the same organisation wherever the grammar
 * finds that name alone (coref.ts). Not a person, a number or a function word.
 */
export function parenAliasPass(cx: Ctx): void {
  const { doc, lex, toks, n, cands, owner, claim, isStop, isNat, isNisba, givenTok } = cx;
  const live = cands.filter((c) => !c.dead && c.type === 'ORG' && c.kind === 'name');
  for (const c of live) {
    const o = c.tokenEnd;
    if (o + 2 >= n || toks[o].text !== '(') continue;
    let q = o + 1;
    while (q < n && q - o <= 4 && toks[q].kind === 'word') q++;
    if (q === o + 1 || q - o > 4 || q >= n || toks[q].text !== ')') continue;
    let free = true;
    for (let k = o + 1; k < q; k++) if (owner[k] >= 0 && !(cands[owner[k]].type === 'ORG' && cands[owner[k]].tokenStart === o + 1 && cands[owner[k]].tokenEnd === q)) free = false;
    // (an alias is no person's name and no common word: "الباشا ( بوشتى البغدادي )")
    const aliasNorm = normalize(doc.text.slice(toks[o + 1].start, toks[q - 1].end));
    if (!free || isStop(toks[o + 1].norm) || isNat(toks[o + 1].norm) || givenTok(o + 1) || isNisba(toks[q - 1].norm) || lex.common.has(aliasNorm) || lex.common.has(aliasNorm.replace(/^ال/, ''))) continue;
    // a known organisation already filling the brackets stays itself (its lexicon entry decides); else it is this one
    const inner = owner[o + 1] >= 0 ? cands[owner[o + 1]] : undefined;
    if (inner && inner.lex && inner.lex !== c.lex) continue;
    if (inner) { inner.dead = true; for (let k = o + 1; k < q; k++) owner[k] = -1; }
    const start = toks[o + 1].start, end = toks[q - 1].end;
    claim({ type: c.type, tokenStart: o + 1, tokenEnd: q, start, end, kind: 'name', name: c.name, lex: c.lex, evidence: [...c.evidence, 'rule:bracketed-alias'], titles: [] });
    if (!cx.aliases.has(aliasNorm)) cx.aliases.set(aliasNorm, c);
  }
}

// Homograph resolution: one written form, several lexicon entries (عمان = Oman / Amman). Each bare mention
// is resolved on its own, strongest evidence first (data/entities/homographs.tsv documents the order):
// harakat as written, local context, a dateline, then article-wide evidence, then the default reading.
// Linear: one pass over the tokens for the article-wide votes, a bounded window per mention.
import type { Doc } from '../doc.ts';
import { isArabicMark } from '../text/normalize.ts';
import type { EntityLexicon, HomographReading } from './lexicon.ts';

/** The part of a candidate this pass reads and rewrites. */
export interface HomographCand {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  lex?: { id: string; country?: string };
  dead?: boolean;
  /** The normalised form the lexicon matched (words space-joined): one word, or a multi-word homograph form (s8). */
  form?: string;
}

const WINDOW = 3;
/** homographs.tsv country `*` (s8): the reading of every country no other row names. */
const OTHER = '*';

/** (letter index, mark) pairs of a written word: "عمّان" → [[1, "ّ"]]. Tatweel is ignored. */
function markSignature(s: string): string[] {
  const out: string[] = [];
  let letters = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0640) continue;
    if (isArabicMark(c)) out.push(`${letters}:${s[i]}`);
    else letters++;
  }
  return out;
}

/** The written marks fit this reading when each of them occurs at the same letter in one vocalised spelling. */
function marksFit(sig: string[], r: HomographReading): boolean {
  return r.vocalised.some((v) => {
    const vs = vocalisedSig(v);
    return sig.every((m) => vs.has(m));
  });
}

// signatures of the lexicon's vocalised spellings: a fixed, small set, computed once per spelling
const vocalisedSigs = new Map<string, Set<string>>();
function vocalisedSig(v: string): Set<string> {
  let s = vocalisedSigs.get(v);
  if (!s) vocalisedSigs.set(v, (s = new Set(markSignature(v))));
  return s;
}

export interface HomographChoice<C> {
  cand: C;
  reading: HomographReading;
  why: string;
}

/**
 * Choose a reading for every candidate whose matched form is a homograph. `metaCountry` is the article's
 * country (ISO alpha-2) when the caller knows it.
 */
export function resolveHomographs<C extends HomographCand>(
  doc: Doc, lex: EntityLexicon, cands: C[], formsOf: (k: number) => readonly string[], natOf: (k: number) => string | undefined,
  metaCountry?: string,
): HomographChoice<C>[] {
  const targets = cands.filter((c) => c.form !== undefined && lex.homographs.has(c.form));
  if (!targets.length) return [];
  const toks = doc.tokens;
  const n = toks.length;
  // article-wide votes per country (other lexicon entities, nationality adjectives) and cue counts; not
  // needed when every reading in play has the same country and no cues (a country and its capital)
  const votes = new Map<string, number>();
  const cueCount = new Map<string, number>();
  const vote = (country: string | undefined, w = 1) => { if (country) votes.set(country, (votes.get(country) ?? 0) + w); };
  const needVotes = targets.some((c) => {
    const rs = lex.homographs.get(c.form!)!;
    return rs.some((r) => r.cues.size > 0 || r.country !== rs[0].country || r.country === OTHER);
  });
  if (needVotes) {
    const isTarget = new Set<C>(targets);
    for (const c of cands) if (!isTarget.has(c)) vote(c.lex?.country);
    // a word's forms include its clitic-stripped readings ("والأردنية", "بالأردن")
    for (let k = 0; k < n; k++) {
      if (toks[k].kind !== 'word') continue;
      vote(natOf(k));
      for (const w of formsOf(k)) if (lex.homographCues.has(w)) { cueCount.set(w, (cueCount.get(w) ?? 0) + 1); break; }
    }
    if (metaCountry) vote(metaCountry.toUpperCase(), 3);
  }
  // the strongest vote of a country outside `named`
  const otherVotes = (named: Set<string>): number => {
    let m = 0;
    // (codes X… of nationalities.tsv are no countries: pseudo-nationalities)
    for (const [k, v] of votes) if (!named.has(k) && !k.startsWith('X') && v > m) m = v;
    return m;
  };
  const lexStarts = new Set<number>();
  for (const c of cands) if (c.lex && !c.dead) lexStarts.add(c.tokenStart);
  const inConstruct = (c: C): boolean => {
    const nx = toks[c.tokenEnd];
    const pv = c.tokenStart > 0 ? toks[c.tokenStart - 1] : undefined;
    if (!nx || nx.kind !== 'word' || lexStarts.has(c.tokenEnd) || lex.stop.has(nx.norm)) return false;
    // (an indefinite accusative after it is a verb's object, no construct: "افتتح والي صور مشروعاً")
    if (!nx.norm.startsWith('ال') && nx.norm.endsWith('ا')) return false;
    // (a place, title or organisation head before it holds it as its complement: "مدينة صور"، "والي صور"، "بلدية صور")
    if (pv && pv.kind === 'word' && formsOf(c.tokenStart - 1).some((w) => lex.placeHeads.has(w) || lex.titleFirst.has(w) || lex.orgHeadFirst.has(w))) return false;
    // (nothing between them but a space)
    return /^\s+$/.test(doc.text.slice(toks[c.tokenEnd - 1].end, nx.start)) && !/\n/.test(doc.text.slice(toks[c.tokenEnd - 1].end, nx.start));
  };
  const paraStart = new Set(doc.paragraphs.map((p) => p.start));

  const out: HomographChoice<C>[] = [];
  for (const c of targets) {
    const readings = lex.homographs.get(c.form!)!;
    const sig = markSignature(doc.text.slice(c.start, c.end));
    const fit = sig.length ? readings.filter((r) => marksFit(sig, r)) : [];
    if (fit.length === 1) { out.push({ cand: c, reading: fit[0], why: 'spelling' }); continue; }
    // (s8) a common noun of the same spelling (row `~`): before a plain word in construct, not after a place, title or
    // organisation head ("رفعوا صور الضحايا"، "وصور أقمار صناعية"; not "مدينة صور الساحلية", "والي صور", "صور والنبطية")
    const common = readings.find((r) => r.common);
    if (common && !fit.some((r) => !r.common) && inConstruct(c)) { out.push({ cand: c, reading: common, why: 'construct' }); continue; }
    const pool = (fit.length ? fit : readings).filter((r) => !r.common);
    // (s8) country `*`: any country no other reading names ("مجلس النواب" of a country the lexicon holds no parliament of)
    const named = new Set(readings.map((r) => r.country).filter((x) => x && x !== OTHER));
    const score = new Map<HomographReading, number>(pool.map((r) => [r, 0]));
    // local context: cue words and nationality adjectives of the reading's country
    for (let k = Math.max(0, c.tokenStart - WINDOW); k < Math.min(n, c.tokenEnd + WINDOW); k++) {
      if (k >= c.tokenStart && k < c.tokenEnd) continue;
      if (toks[k].kind !== 'word') continue;
      const nat = natOf(k);
      const fs = formsOf(k);
      for (const r of pool) if ((nat !== undefined && (nat === r.country || (r.country === OTHER && !named.has(nat) && !nat.startsWith('X')))) || fs.some((w) => r.cues.has(w))) score.set(r, score.get(r)! + 10);
    }
    // a dateline is a city: "عمان – …", "عمان (…)"
    const next = toks[c.tokenEnd];
    if (paraStart.has(toks[c.tokenStart].start) && next && (next.kind === 'dash' || next.text === ':' || next.text === '(')) {
      for (const r of pool) if (r.entry?.id.startsWith('place:')) score.set(r, score.get(r)! + 5);
    }
    // article-wide evidence
    for (const r of pool) {
      let s = r.country === OTHER ? otherVotes(named) : votes.get(r.country) ?? 0;
      for (const q of r.cues) s += cueCount.get(q) ?? 0;
      score.set(r, score.get(r)! + s);
    }
    let best = pool.find((r) => r.isDefault) ?? pool[0];
    let bestScore = score.get(best)!;
    for (const r of pool) if (score.get(r)! > bestScore) { best = r; bestScore = score.get(r)!; }
    out.push({ cand: c, reading: best, why: bestScore > 0 ? 'context' : 'default' });
  }
  return out;
}

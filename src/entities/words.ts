// What the entity stage knows about one distinct word form (clitic-stripped forms, which lexicon tries they
// open, given-name readings), computed once per process and kept on the interned WordForm.
import { analyzeClitics, cliticGeneration } from '../text/clitics.ts';
import { memoSlot, type Token } from '../text/tokenize.ts';
import type { EntityLexicon } from './lexicon.ts';
import type { EntWord, Form } from './types.ts';
import { SPORT_TITLES } from './wordsets.ts';
import { loadArabicDict } from '../ner/dict.ts';

const ENT_SLOT = memoSlot();

function formsOfWord(text: string, norm: string): Form[] {
  const out: Form[] = [{ form: norm, off: 0, article: norm.startsWith('ال'), clitic: false }];
  const rs = analyzeClitics(text);
  for (let k = 1; k < rs.length; k++) {
    const r = rs[k];
    // only readings that strip something real: a known stem or the article ("بيرزيت" stays whole)
    if (r.suffix || !r.prefix || !(r.known || r.article)) continue;
    const form = r.article ? 'ال' + r.stem : r.stem;
    if (out.some((o) => o.form === form)) continue;
    const off = r.mentionStart ?? r.stemStart;
    out.push({ form, off, article: r.article, clitic: off > 0 });
  }
  return out;
}

/**
 * A two- or three-letter place head behind a clitic و/ب/ف/ل ("وحي الصليبة"، "بحي الرمل"): the clitic analyser keeps
 * such short words whole, so the head is read here.
 */
function shortHead(t: Token, lex: EntityLexicon): Form | undefined {
  const w = t.norm;
  if (t.kind !== 'word' || w.length < 3 || w.length > 5) return undefined;
  const m = /^([وف]?[بل]|[وف])(..+)$/.exec(w);
  // (heads of quarters only, place-heads.tsv common = yes: "لسد ثغرة" is a verb, "وسد" a conjunction)
  if (!m || m[2].length > 3 || !lex.placeHeads.get(m[2])?.common) return undefined;
  // the mention starts after the clitic letters and their marks
  let off = 0;
  for (let letters = 0; off < t.text.length && letters < m[1].length; off++) if (!/[\u064B-\u065F\u0670\u0640]/.test(t.text[off])) letters++;
  while (off < t.text.length && /[\u064B-\u065F\u0670\u0640]/.test(t.text[off])) off++;
  return { form: m[2], off, article: false, clitic: true };
}

export function entWord(t: Token, lex: EntityLexicon): EntWord {
  const memo = t.form.memo;
  const gen = cliticGeneration();
  const hit = memo[ENT_SLOT] as EntWord | undefined;
  if (hit !== undefined && hit.gen === gen) return hit;
  const forms = t.kind === 'word' ? formsOfWord(t.text, t.norm) : [{ form: t.norm, off: 0, article: false, clitic: false }];
  const strs = forms.map((f) => f.form);
  const w: EntWord = {
    gen, forms, strs,
    first: strs.some((f) => lex.firstWords.has(f)),
    title: strs.some((f) => lex.titleFirst.has(f)),
    orgHead: strs.some((f) => lex.orgHeadFirst.has(f)),
    speech: strs.some((f) => lex.speech.has(f)),
    placeHead: forms.find((f) => lex.placeHeads.has(f.form)) ?? shortHead(t, lex),
    nat: strs.map((f) => lex.nationality.get(f)).find((c) => c !== undefined),
    plain: strs.every((f) => lex.common.has(f) && !f.startsWith('ال')),
    alifFinal: /ى[\u064B-\u065F\u0670\u0640]*$/.test(t.text),
    yaFinal: /ي[\u064B-\u065F\u0670]*$/.test(t.text),
    given: false, givenForm: undefined, opensName: false,
    sport: SPORT_TITLES.get(t.norm) ?? SPORT_TITLES.get(forms[forms.length - 1].form),
  };
  const givenOk = (form: string) => lex.given.has(form) && !(w.alifFinal && !lex.givenAlif.has(form));
  w.given = givenOk(t.norm);
  // (s9 end) a proclitic + given-name reading of a word that is itself an ordinary dictionary word and no name
  // ("برقية" telegram = ب + رقية, "لدينا" = ل + دينا, "بروح" = ب + روح; data/ner/arabic-words.txt) is no name: the whole word is read first
  // (not behind و/ف: "وهادي"، "وصباح" are far more often "and" + a name than the dictionary's وهاد، وصباح)
  // (the dictionary, loaded once on first need, is consulted only for such readings: most words never reach it)
  const cliticGiven = (f: Form) => f.clitic && !f.article && givenOk(f.form);
  if (!w.given && t.kind === 'word' && !/^[وف]/.test(t.norm) && forms.slice(1).some(cliticGiven) && loadArabicDict().get(t.norm) === 'C') {
    for (let k = 1; k < forms.length; k++) if (cliticGiven(forms[k])) forms[k].notName = true;
  }
  w.givenForm = forms.find((f) => givenOk(f.form) && !f.notName);
  w.opensName = forms.some((f) => givenOk(f.form) && !f.notName && (!f.clitic || !f.article)) || /^(ابو|عبد)...+/.test(t.norm);
  memo[ENT_SLOT] = w;
  return w;
}

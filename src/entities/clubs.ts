// Pass 1d: organisations called by a bare name — "الأهلي" after "الأهلي المصري", and in a sport story clubs by
// their bare or town name even when the full name never appears.
import { normalize } from '../text/normalize.ts';
import type { Ctx } from './context.ts';
import type { EntityLexicon, LexEntry } from './lexicon.ts';

/** The bare name X of an organisation named "X + nationality adjective" or "النادي/نادي X" (الأهلي المصري → الأهلي). */
function bareNameOf(form: string, lex: EntityLexicon): string | undefined {
  const ws = form.split(' ');
  if (ws.length !== 2) return undefined;
  const x = ws[0] === 'النادي' || ws[0] === 'نادي' ? ws[1] : lex.nationality.has(ws[1]) ? ws[0] : undefined;
  if (!x || !x.startsWith('ال') || x.length < 5 || lex.stop.has(x) || lex.nationality.has(x) || lex.orgHeadFirst.has(x) || lex.given.has(x) || lex.titleFirst.has(x)) return undefined;
  return x;
}
/** The clubs (orgs.tsv kind = sport) indexed by a name derived from each of their forms. */
function indexClubs(lex: EntityLexicon, nameOf: (form: string) => string | undefined): Map<string, LexEntry[]> {
  const index = new Map<string, LexEntry[]>();
  for (const e of lex.byId.values()) {
    if (e.kind !== 'sport') continue;
    for (const f of e.forms) {
      const x = nameOf(f);
      if (x && !(index.get(x) ?? []).includes(e)) index.set(x, [...(index.get(x) ?? []), e]);
    }
  }
  return index;
}
/** Bare names of the clubs, each with every club it may name. */
let clubBare: Map<string, LexEntry[]> | undefined;
const clubBareNames = (lex: EntityLexicon) => (clubBare ??= indexClubs(lex, (f) => bareNameOf(f, lex)));
/** Town names of the clubs named "نادي X" or "X + nationality adjective", X a town of places.tsv. */
let clubTowns: Map<string, LexEntry[]> | undefined;
const clubTownNames = (lex: EntityLexicon) => (clubTowns ??= indexClubs(lex, (f) => {
  const ws = f.split(' ');
  if (ws.length < 2) return undefined;
  const x = ws[0] === 'النادي' || ws[0] === 'نادي' ? ws.slice(1).join(' ') : lex.nationality.has(ws[ws.length - 1]) ? ws.slice(0, -1).join(' ') : undefined;
  if (!x) return undefined;
  const hit = lex.trie.matchAt((k) => x.split(' ')[k], 0, [x.split(' ')[0]])[0];
  return hit && hit.length === x.split(' ').length && hit.values.some((v) => v.entry.type === 'LOC' && v.entry.id.startsWith('place:')) ? x : undefined;
}));

export function bareNamePass(cx: Ctx): void {
  const { doc, lex, toks, n, words, cands, owner, claim, formIn, wi, formsAt, at } = cx;
  // 1d. an organisation named "X + nationality adjective" or "النادي X" (الأهلي المصري، النادي الأهلي، أرامكو
  // السعودية) is called X alone in the same article — not in adjective position after a definite noun ("السلم
  // الأهلي") and never as a person's surname ("محمد الأهلي")
  const bare = new Map<string, LexEntry | null>();
  for (const c of cands) {
    if (c.type !== 'ORG' || !c.lex || c.dead) continue;
    for (const form of c.lex.forms) {
      const x = bareNameOf(form, lex);
      if (!x) continue;
      const prev = bare.get(x);
      bare.set(x, prev === undefined || prev === c.lex ? c.lex : null);
    }
  }
  // in a sport story (a coach, a player, a goalkeeper …) a club is called by its bare name even when its full
  // name never appears ("مدرب الهلال"); of several clubs of one name, the one of the story's country
  let sport = false;
  const bySport = new Set<string>();
  for (let k = 0; k < n && !sport; k++) {
    const w = words[k];
    const ps = w === undefined ? undefined : wi(k).sport;
    if (ps) sport = ps.some((p) => p.every((x, q) => q === 0 || words[k + q] === x));
  }
  if (sport) {
    for (const [x, es] of clubBareNames(lex)) {
      if (bare.has(x)) continue;
      const home = es.filter((e) => e.country && e.country === doc.meta.country?.toUpperCase());
      const pick = es.length === 1 ? es[0] : home.length === 1 ? home[0] : undefined;
      if (pick) { bare.set(x, pick); bySport.add(x); }
    }
  }
  // in a sport story a club named after its town ("نادي أم صلال"، "السالمية الكويتي") is the town's name alone:
  // "فاز أم صلال على السالمية" — not after a place head or في ("في أم صلال" is the town)
  if (sport) {
    const towns = clubTownNames(lex);
    for (const c of cands) {
      if (c.dead || c.type !== 'LOC' || !c.lex) continue;
      const es = towns.get(normalize(doc.text.slice(c.start, c.end)));
      if (!es) continue;
      const home = es.filter((e) => e.country && e.country === doc.meta.country?.toUpperCase());
      const pick = es.length === 1 ? es[0] : home.length === 1 ? home[0] : undefined;
      const k = c.tokenStart;
      if (!pick || (k > 0 && (wi(k - 1).placeHead || toks[k - 1].norm === 'في'))) continue;
      c.type = 'ORG'; c.lex = pick; c.name = pick.name; c.short = false;
      c.evidence = [pick.evidence, 'rule:club-town-name(sport)'];
    }
  }
  if (bare.size) {
    for (let k = 0; k < n; k++) {
      if (owner[k] >= 0 || toks[k].kind !== 'word' || !formIn(k, bare)) continue;
      const f = formsAt(k).find((x) => bare.get(x.form));
      if (!f) continue;
      const p = k > 0 ? toks[k - 1] : undefined;
      if (f.off === 0 && p && p.kind === 'word' && p.norm.startsWith('ال') && !lex.stop.has(p.norm) && !(owner[k - 1] >= 0 && cands[owner[k - 1]].type === 'PER')) continue;
      const e = bare.get(f.form)!;
      claim({ type: 'ORG', tokenStart: k, tokenEnd: k + 1, start: at(k, f), end: toks[k].end, kind: 'name', name: e.name, lex: e, evidence: [e.evidence, bySport.has(f.form) ? 'rule:club-bare-name(sport)' : 'rule:org-bare-name'], titles: [] });
    }
  }
}

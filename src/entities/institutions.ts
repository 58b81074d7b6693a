// (s8) A state's own institutions named without the country ("وزارة الداخلية"، "النيابة العامة"): one per country, so
// the entity key of such an organisation gets the article's home country ("ORG:وزاره الداخليه@IQ") and the entity a
// `country`, and the archive keeps each country's apart. Data: data/entities/state-org-heads.tsv.
import type { Doc } from '../doc.ts';
import { loadTsv } from '../lexicon/tsv.ts';
import { normalize } from '../text/normalize.ts';
import type { EntityLexicon } from './lexicon.ts';
import type { Cand } from './types.ts';

let TABLE: { exact: Set<string>; heads: string[] } | null = null;
function table(): { exact: Set<string>; heads: string[] } {
  if (TABLE) return TABLE;
  const exact = new Set<string>();
  const heads: string[] = [];
  for (const r of loadTsv('entities/state-org-heads.tsv')) {
    const p = normalize(r.phrase).split(/\s+/).filter(Boolean).join(' ');
    if (!p) continue;
    if (r.match === 'head') heads.push(p + ' ');
    else exact.add(p);
  }
  return (TABLE = { exact, heads });
}

/**
 * The name is a generic state institution of data/entities/state-org-heads.tsv with no country word in it: no
 * nationality adjective of a country, no word of a lexicon country or place.
 */
export function isGenericInstitution(name: string, lex: EntityLexicon): boolean {
  const ws = normalize(name).split(/\s+/).filter(Boolean);
  const s = ws.join(' ');
  const t = table();
  if (!t.exact.has(s) && !t.heads.some((h) => s.startsWith(h))) return false;
  for (let k = 0; k < ws.length; k++) {
    const nat = lex.nationality.get(ws[k]);
    if (nat && !nat.startsWith('X')) return false;
    // (a country or place named inside: "وزارة شؤون القدس")
    if (lex.firstWords.has(ws[k]) && lex.trie.matchAt((x) => ws[x], k, [ws[k]]).some((m) => m.values.some((v) => v.entry.type === 'LOC'))) return false;
  }
  return true;
}

const DATELINE_END = new Set(['-', '–', '—', '(', ':', '،', ',']);

/**
 * The article's home country: meta.country, else the country of a lexicon place opening one of the first three
 * paragraphs and followed by a dash, bracket, colon or comma (a dateline: "بغداد – …", "الرباط (…)").
 */
export function homeCountry(doc: Doc, cands: readonly Cand[]): string | undefined {
  if (doc.meta.country && /^[A-Za-z]{2}$/.test(doc.meta.country)) return doc.meta.country.toUpperCase();
  const starts = new Set(doc.paragraphs.slice(0, 3).map((p) => p.start));
  const toks = doc.tokens;
  for (const c of cands) {
    if (c.dead || c.type !== 'LOC' || !c.lex?.country || !starts.has(toks[c.tokenStart].start)) continue;
    const nx = toks[c.tokenEnd];
    if (nx && (nx.kind === 'dash' || DATELINE_END.has(nx.text))) return c.lex.country.toUpperCase();
  }
  return undefined;
}

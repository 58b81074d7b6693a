// Lexicon diagnostic for the learned tagger (train data only, never a test split): how many gold entities of
// ANERcorp train the tagger lexicon (data/entities + gazetteer, or ISNAD_NER_LEXICON_DIR) covers as a whole entry
// of the right class, and which single-word lexicon forms fire on tokens labelled O (ordinary words that slipped
// into a list). Used in session 5 to review the hand-written gazetteers.
//   node --import tsx scripts/ner/lexcov.ts [--top 40] [--bench-dir DIR]
import { join } from 'node:path';
import { readConll } from '../../src/ner/conll.ts';
import { loadNerLexicon } from '../../src/ner/lexicon.ts';
import { stripProclitics } from '../../src/ner/stem.ts';
import { normalize } from '../../src/text/normalize.ts';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const BENCH = arg('--bench-dir') ?? process.env.ISNAD_BENCH_DIR ?? '/work/shared/benchmarks/ner';
const TOP = Number(arg('--top') ?? 40);
const TYPES = new Set(['PER', 'LOC', 'ORG', 'MISC']);
const lex = loadNerLexicon();
const train = readConll(join(BENCH, 'anercorp/train.conll'));

/** Entity classes of a whole lexicon entry equal to these normalised words ('/c' common classes folded). */
function classesOf(ws: string[]): string[] {
  let out: string[] = [];
  if (ws.length === 1) out = lex.words.get(ws[0]) ?? lex.words.get(stripProclitics(ws[0]).stem) ?? [];
  else {
    for (const key of new Set([ws[0], stripProclitics(ws[0]).stem])) {
      for (const p of lex.phrases.get(key) ?? []) if (p.words.length === ws.length && p.words.every((x, k) => k === 0 || x === ws[k])) out.push(p.cls);
    }
  }
  return [...new Set(out.map((c) => c.replace('/c', '')).filter((c) => TYPES.has(c)))];
}

const total: Record<string, number> = {}, covered: Record<string, number> = {}, wrongType: Record<string, number> = {};
const oHits = new Map<string, number>();
let oTokens = 0;
for (const s of train) {
  let i = 0;
  while (i < s.tags.length) {
    if (s.tags[i] === 'O') {
      oTokens++;
      const n = normalize(s.tokens[i]);
      const c = classesOf([n]);
      if (c.length) oHits.set(`${n} ${c.join(',')}`, (oHits.get(`${n} ${c.join(',')}`) ?? 0) + 1);
      i++;
      continue;
    }
    const type = s.tags[i].slice(2);
    let j = i + 1;
    while (j < s.tags.length && s.tags[j] === 'I-' + type) j++;
    const c = classesOf(s.tokens.slice(i, j).map((w) => normalize(w)));
    total[type] = (total[type] ?? 0) + 1;
    if (c.includes(type)) covered[type] = (covered[type] ?? 0) + 1;
    else if (c.length) wrongType[type] = (wrongType[type] ?? 0) + 1;
    i = j;
  }
}
console.log(`lexicon: ${lex.files.length} sources, ${lex.size} entries`);
for (const t of Object.keys(total).sort()) console.log(`${t}: ${covered[t] ?? 0}/${total[t]} gold entities of train covered as a whole entry (${wrongType[t] ?? 0} with another class only)`);
const byClass: Record<string, number> = {};
for (const [k, v] of oHits) for (const c of k.split(' ')[1].split(',')) byClass[c] = (byClass[c] ?? 0) + v;
console.log(`O tokens: ${oTokens}; matched by a single-word entry of class ${JSON.stringify(byClass)}`);
console.log(`most frequent single-word forms on O tokens:`);
for (const [k, v] of [...oHits].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${v}\t${k}`);

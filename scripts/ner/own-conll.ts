// Convert the project's own hand-annotated articles (STEM.txt + STEM.gold.json, docs/gold-format.md) to
// CoNLL for `isnad train ner`: tokens from the project tokenizer (exactly what `nerSpans` tags at run time),
// one sentence a block, BIO tags PER/ORG/LOC/MISC.
//
//   node --import tsx scripts/ner/own-conll.ts [-o OUT.conll] [--stats] [--exclude STEM,...] DIR_OR_GOLD_FILE...
//
// A gold mention covers whole tokens when it ends at a token end and starts at a token start or after the
// token's proclitics (the mention excludes clitics, the CoNLL token keeps them, as `nerSpans` strips them
// again). Mentions located by {text, occurrence} are tagged at that occurrence; a plain-string mention is
// tagged at every whole-token occurrence of the string (the annotators list each form, and a repeat left
// untagged would teach the tagger a false O). Longer mentions win overlaps. Documents are written in order,
// separated by a -DOCSTART- line (the reader treats it as a sentence break; the trainer has no document
// notion, it reads context in blocks of 20 consecutive sentences).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createDoc, sentenceTokenRange } from '../../src/doc.ts';
import { mentionStartInToken } from '../../src/ner/index.ts';
import { normalize } from '../../src/text/normalize.ts';
import { nthOccurrence } from '../../src/eval/gold.ts';

const TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

type Ref = string | { text: string; occurrence?: number };
interface GoldEntity { type: string; name: string; mentions?: Ref[] }

export interface ConvertStats {
  docs: number;
  sentences: number;
  tokens: number;
  entityTokens: number;
  /** explicit mentions + plain-string forms of the gold */
  mentions: number;
  /** tagged spans (a plain-string form may tag several occurrences) */
  spans: number;
  notWhole: { file: string; text: string; reason: string }[];
  overlaps: number;
  /** occurrences of plain-string forms skipped because they are not on whole tokens (inside a longer word) */
  partial: number;
  missing: { file: string; text: string }[];
}

export interface ConvertedDoc { file: string; sentences: { tokens: string[]; tags: string[] }[] }

function allOccurrences(text: string, s: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length)) out.push(at);
  return out;
}

/** Convert one article; pushes its problems into `stats`. */
export function convertArticle(file: string, text: string, entities: GoldEntity[], stats: ConvertStats): ConvertedDoc {
  const doc = createDoc(text, { id: file, language: 'ar' });
  const toks = doc.tokens;
  const startTok = new Map<number, number>();
  const endTok = new Map<number, number>();
  for (const t of toks) {
    startTok.set(t.start, t.i);
    endTok.set(t.end, t.i);
  }
  // the token a mention starts in: at its start, or after its proclitics
  const tokenAt = (off: number): number => {
    let lo = 0;
    let hi = toks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (toks[mid].start <= off) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** [first, last] token of a whole-token mention at [at, at+len), or a reason why not. */
  const whole = (at: number, len: number): [number, number] | string => {
    const end = at + len;
    const e = endTok.get(end);
    if (e === undefined) {
      const t = toks[tokenAt(end - 1)];
      return t && t.end > end ? `ends inside token "${t.text}"` : 'ends between tokens';
    }
    const s0 = startTok.get(at);
    if (s0 !== undefined) return [s0, e];
    const k = tokenAt(at);
    const t = toks[k];
    if (!t || t.end <= at) return 'starts between tokens';
    const off = at - t.start;
    // proclitics (و/ف/ب/ل/ك + article forms) before the mention: the offset the tagger would strip, or any
    // prefix that normalises to proclitic letters only
    if (off === mentionStartInToken(t.text) || /^[وفبلكس]+$/.test(normalize(t.text.slice(0, off)))) return [k, e];
    return `starts inside token "${t.text}" after "${t.text.slice(0, off)}"`;
  };

  type Span = { a: number; b: number; type: string; len: number };
  const spans: Span[] = [];
  for (const ent of entities) {
    if (!TYPES.has(ent.type)) continue;
    const plain = new Set<string>();
    for (const m of ent.mentions ?? []) {
      if (typeof m === 'string') {
        plain.add(m);
        continue;
      }
      stats.mentions++;
      const at = nthOccurrence(text, m.text, m.occurrence ?? 0);
      if (at < 0) {
        stats.missing.push({ file, text: m.text });
        continue;
      }
      const w = whole(at, m.text.length);
      if (typeof w === 'string') stats.notWhole.push({ file, text: m.text, reason: w });
      else spans.push({ a: w[0], b: w[1], type: ent.type, len: m.text.length });
    }
    for (const m of plain) {
      stats.mentions++;
      const occ = allOccurrences(text, m);
      if (occ.length === 0) {
        stats.missing.push({ file, text: m });
        continue;
      }
      let found = 0;
      let firstReason = '';
      for (const at of occ) {
        const w = whole(at, m.length);
        if (typeof w === 'string') {
          firstReason ||= w;
          stats.partial++;
        }
        else {
          found++;
          spans.push({ a: w[0], b: w[1], type: ent.type, len: m.length });
        }
      }
      if (found === 0) stats.notWhole.push({ file, text: m, reason: firstReason });
    }
  }
  // longest first; a span overlapping one already placed is dropped
  spans.sort((x, y) => y.len - x.len || x.a - y.a);
  const tag = new Array<string>(toks.length).fill('O');
  const taken = new Uint8Array(toks.length);
  for (const s of spans) {
    let free = true;
    for (let i = s.a; i <= s.b; i++) if (taken[i]) free = false;
    if (!free) {
      // the same tokens already carry a mention (a repeated form, another entity's longer name)
      stats.overlaps++;
      continue;
    }
    for (let i = s.a; i <= s.b; i++) {
      taken[i] = 1;
      tag[i] = `${i === s.a ? 'B' : 'I'}-${s.type}`;
    }
    stats.spans++;
    stats.entityTokens += s.b - s.a + 1;
  }
  const sentences: ConvertedDoc['sentences'] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const [lo, hi] = sentenceTokenRange(doc, s);
    if (hi <= lo) continue;
    const tokens: string[] = [];
    const tags: string[] = [];
    for (let i = lo; i < hi; i++) {
      // a sentence break inside a mention would leave an I- at a sentence start: make it B-
      const t = i === lo && tag[i].startsWith('I-') ? `B-${tag[i].slice(2)}` : tag[i];
      tokens.push(toks[i].text.replace(/\s+/g, '_'));
      tags.push(t);
    }
    sentences.push({ tokens, tags });
    stats.sentences++;
    stats.tokens += tokens.length;
  }
  stats.docs++;
  return { file, sentences };
}

/** STEM.gold.json files (with STEM.txt) of a directory, sorted; a gold file given directly is itself. */
export function goldFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.gold.json') && existsSync(join(path, f.replace(/\.gold\.json$/, '.txt'))))
    .sort()
    .map((f) => join(path, f));
}

export function emptyStats(): ConvertStats {
  return { docs: 0, sentences: 0, tokens: 0, entityTokens: 0, mentions: 0, spans: 0, notWhole: [], overlaps: 0, partial: 0, missing: [] };
}

export function toConll(docs: ConvertedDoc[]): string {
  const out: string[] = [];
  for (const d of docs) {
    out.push('-DOCSTART-\tO', '');
    for (const s of d.sentences) {
      for (let k = 0; k < s.tokens.length; k++) out.push(`${s.tokens[k]}\t${s.tags[k]}`);
      out.push('');
    }
  }
  return out.join('\n');
}

function main(argv: string[]): void {
  let outPath: string | null = null;
  let showStats = false;
  const exclude = new Set<string>();
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o') outPath = argv[++i];
    else if (a === '--stats') showStats = true;
    else if (a === '--exclude') for (const s of argv[++i].split(',')) exclude.add(s);
    else inputs.push(a);
  }
  if (inputs.length === 0) {
    process.stderr.write('usage: own-conll.ts [-o OUT] [--stats] [--exclude STEM,...] DIR_OR_GOLD_FILE...\n');
    process.exit(2);
  }
  const stats = emptyStats();
  const docs: ConvertedDoc[] = [];
  for (const input of inputs) {
    for (const f of goldFiles(input)) {
      const stem = basename(f, '.gold.json');
      if (exclude.has(stem)) continue;
      const gold = JSON.parse(readFileSync(f, 'utf8')) as { entities?: GoldEntity[] };
      const text = readFileSync(f.replace(/\.gold\.json$/, '.txt'), 'utf8');
      docs.push(convertArticle(f, text, gold.entities ?? [], stats));
    }
  }
  const conll = toConll(docs);
  if (outPath) writeFileSync(outPath, conll);
  else process.stdout.write(conll);
  const err = (s: string) => process.stderr.write(`${s}\n`);
  err(
    `${stats.docs} articles, ${stats.sentences} sentences, ${stats.tokens} tokens; ${stats.mentions} gold mentions (forms), ` +
      `${stats.spans} spans tagged (${stats.entityTokens} tokens), ${stats.notWhole.length} not on whole tokens, ` +
      `${stats.missing.length} not found, ${stats.overlaps} overlapping occurrences dropped, ` +
      `${stats.partial} occurrences of plain forms inside longer words skipped`,
  );
  if (showStats) {
    for (const n of stats.notWhole) err(`  not whole: ${n.file}: "${n.text}": ${n.reason}`);
    for (const m of stats.missing) err(`  not found: ${m.file}: "${m.text}"`);
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) main(process.argv.slice(2));

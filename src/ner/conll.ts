// CoNLL reader/writer for NER: one `TOKEN<TAB>TAG` (or space-separated) line per token, blank line between
// sentences. Extra columns are ignored; the tag is the last column.
import { readFileSync } from 'node:fs';
import { CliError } from '../cli/errors.ts';

export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

export function parseConll(text: string, source = 'input'): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [] };
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    let line = lines[k];
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (k === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.trim() === '' || line.startsWith('-DOCSTART-')) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const cols = line.includes('\t') ? line.split('\t') : line.trim().split(/\s+/);
    const token = cols[0];
    const tag = cols.length > 1 ? cols[cols.length - 1].trim() : 'O';
    if (!/^(O|[BI]-[A-Za-z_]+)$/.test(tag)) throw new CliError(`${source}:${k + 1}: bad tag "${tag}"`);
    cur.tokens.push(token);
    cur.tags.push(tag);
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

export function readConll(path: string): ConllSentence[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${(e as Error).message}`);
  }
  return parseConll(text, path);
}

/** CoNLL text: TOKEN<TAB>TAG lines (or TOKEN<TAB>GOLD<TAB>PRED when gold is given). */
export function formatConll(sents: { tokens: string[]; tags: string[] }[], gold?: string[][]): string {
  const parts: string[] = [];
  sents.forEach((s, i) => {
    for (let k = 0; k < s.tokens.length; k++) {
      parts.push(gold ? `${s.tokens[k]}\t${gold[i][k]}\t${s.tags[k]}` : `${s.tokens[k]}\t${s.tags[k]}`);
    }
    parts.push('');
  });
  return parts.join('\n') + (parts.length ? '\n' : '');
}

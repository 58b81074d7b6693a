// Derives data/ner/arabic-words.txt from Debian's hunspell-ar (Ayaspell) dictionary: every word form the .dic
// entries generate through the .aff suffix rules (continuation classes followed, as hunspell does), normalised
// (src/text/normalize.ts). Prefix rules are skipped on purpose: in this dictionary every PFX rule is a proclitic
// (و ف ب ل ك ال س, question أ), which the tagger strips itself (src/ner/stem.ts), and the verb entries are listed
// with their person prefixes. Run once when the package changes; the tagger reads only the derived file.
//   apt-get install hunspell-ar && node --import tsx scripts/ner/hunspell-words.ts --paradigms [--dic D] [--aff A] [-o OUT]
// --paradigms writes the compact form the tagger ships (lemmas + suffix paradigms, exact); without it, the plain
// list of every form (≈ 50 MB, for checking). --depth N: suffix levels (default 2). --proper: the AF aliases
// of proper-noun entries.
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { normalize } from '../../src/text/normalize.ts';

const args = process.argv.slice(2);
const arg = (n: string, d: string): string => { const k = args.indexOf(n); return k >= 0 ? args[k + 1] : d; };
const DIC = arg('--dic', '/usr/share/hunspell/ar.dic');
const AFF = arg('--aff', '/usr/share/hunspell/ar.aff');
const OUT = arg('-o', 'data/ner/arabic-words.txt');
// suffix levels followed (hunspell applies at most two)
const MAX_DEPTH = Number(arg('--depth', '2'));

interface Rule { strip: string; add: string; cont: string[]; cond: RegExp }
const aff = readFileSync(AFF, 'utf8').split('\n');
const aliases: string[][] = [];
const sfx = new Map<string, Rule[]>();
let ignore = '';
const split2 = (s: string): string[] => s.match(/../g) ?? [];
for (const line of aff) {
  const f = line.trim().split(/\s+/);
  if (f[0] === 'AF' && f.length >= 2 && !/^\d+$/.test(f[1])) aliases.push(split2(f[1]));
  else if (f[0] === 'IGNORE') ignore = f[1];
  else if (f[0] === 'SFX' && f.length >= 5 && !(f.length === 4 || (/^\d+$/.test(f[3]) && (f[2] === 'Y' || f[2] === 'N')))) {
    const [addRaw, contRaw] = f[3].split('/');
    const cont = contRaw ? (/^\d+$/.test(contRaw) ? aliases[Number(contRaw) - 1] ?? [] : split2(contRaw)) : [];
    const cond = f[4] === '.' ? /(?:)/ : new RegExp(f[4] + '$', 'u');
    const list = sfx.get(f[1]) ?? [];
    list.push({ strip: f[2] === '0' ? '' : f[2], add: addRaw === '0' ? '' : addRaw, cont, cond });
    sfx.set(f[1], list);
  }
}
const ign = new RegExp('[' + ignore + ']', 'gu');
// AF classes of the noun section that hold proper nouns (countries, capitals, given names, tribes and places),
// found by reading the entries of each class: their forms are marked P (proper) in the output
const PROPER = new Set(arg('--proper', '57,59,60,63,64').split(',').map(Number));
const forms = new Map<string, number>(); // form -> 1 common | 2 proper | 3 both
let cls = 1;
const paradigms = new Map<string, number>();
const lemmaLines = new Set<string>();
let entries = 0;
let entryForms: Set<string> | null = null;
const expand = (w: string, flags: string[], depth: number): void => {
  const n = normalize(w);
  forms.set(n, (forms.get(n) ?? 0) | cls);
  entryForms?.add(n);
  if (depth >= MAX_DEPTH) return;
  for (const fl of flags) {
    for (const r of sfx.get(fl) ?? []) {
      if (!r.cond.test(w) || (r.strip && !w.endsWith(r.strip))) continue;
      expand(w.slice(0, w.length - r.strip.length) + r.add.replace(ign, ''), r.cont, depth + 1);
    }
  }
};
for (const line of readFileSync(DIC, 'utf8').split('\n')) {
  const m = /^([\u0621-\u0652\u0670]+)(?:\/(\S+))?/u.exec(line);
  if (!m) continue;
  entries++;
  cls = m[2] && /^\d+$/.test(m[2]) && PROPER.has(Number(m[2])) ? 2 : 1;
  const fl = m[2] ? (/^\d+$/.test(m[2]) ? aliases[Number(m[2]) - 1] ?? [] : split2(m[2])) : [];
  entryForms = new Set();
  expand(m[1].replace(ign, ''), fl, 0);
  // the entry's paradigm: how each form differs from the lemma (normalised), as strip>add pairs after the
  // longest common prefix
  const lemma = normalize(m[1].replace(ign, ''));
  const pairs: string[] = [];
  for (const f of entryForms) {
    let k = 0;
    while (k < lemma.length && k < f.length && lemma[k] === f[k]) k++;
    pairs.push(lemma.slice(k) + '>' + f.slice(k));
  }
  const key = [...new Set(pairs)].sort().join(' ');
  let id = paradigms.get(key);
  if (id === undefined) paradigms.set(key, (id = paradigms.size));
  if (/^[\u0621-\u064A]{2,}$/.test(lemma)) lemmaLines.add(lemma + '\t' + id + (cls === 2 ? '\tP' : ''));
}
const words = [...forms.keys()].filter((w) => /^[\u0621-\u064A]{2,}$/.test(w)).sort();
let version = 'unknown';
try { version = execFileSync('dpkg-query', ['-W', '-f', '${Version}', 'hunspell-ar'], { encoding: 'utf8' }); } catch { /* not a Debian system */ }
const header = [
  `# Arabic word forms, normalised (src/text/normalize.ts), one a line: ${words.length} forms from ${entries} entries.`,
  '# A form followed by a tab and P comes only from proper-noun entries; CP from both proper-noun and other entries.',
  `# Derived by scripts/ner/hunspell-words.ts from Debian package hunspell-ar ${version} (Ayaspell Arabic dictionary,`,
  '# http://sourceforge.net/projects/ayaspell/): the .dic entries expanded with the .aff suffix rules (prefix rules,',
  '# all proclitics in this dictionary, are left to the tagger\'s own clitic stripping).',
  '# Licence of the source: tri-licensed GPL 2 or later / LGPL 2.1 or later / MPL 1.1; this derived list is used',
  '# under the MPL 1.1. The contents of this file are subject to the Mozilla Public License Version 1.1 (the',
  '# "License"); you may not use this file except in compliance with the License. You may obtain a copy of the',
  '# License at http://www.mozilla.org/MPL/ . Software distributed under the License is distributed on an "AS IS"',
  '# basis, WITHOUT WARRANTY OF ANY KIND, either express or implied. See the License for the specific language',
  '# governing rights and limitations under the License. Original Code: the Ayaspell Arabic dictionary.',
  '# Copyright (c) 2006-2008 Mohamed Kebdani <med.kebdani@gmail.com> (upstream author, per the Debian copyright file).',
  '# Modified: expanded, normalised and re-encoded as paradigms by scripts/ner/hunspell-words.ts (Isnad, MIT).',
];
if (args.includes('--paradigms')) {
  // compact form: the paradigms (`@id strip>add …`) and the lemmas (`lemma<TAB>paradigm[<TAB>P]`); src/ner/dict.ts
  // accepts a word when some lemma of it has a paradigm holding the pair that turns the lemma into the word
  const ph = [
    `# Arabic words as lemmas and suffix paradigms, normalised (src/text/normalize.ts): ${lemmaLines.size} lemma lines, ${paradigms.size} paradigms,`,
    `# accepting the same ${words.length} forms as the full expansion. Paradigm lines: @id then strip>add pairs (what the`,
    '# lemma loses at its end, what it gains). Lemma lines: lemma TAB paradigm id, then TAB P for proper-noun entries.',
    ...header.slice(2),
  ];
  const body = [...paradigms].map(([k, id]) => '@' + id + ' ' + k).concat([...lemmaLines].sort());
  writeFileSync(OUT, ph.join('\n') + '\n' + body.join('\n') + '\n');
  console.log(`${lemmaLines.size} lemma lines, ${paradigms.size} paradigms -> ${OUT}`);
  process.exit(0);
}
writeFileSync(OUT, header.join('\n') + '\n' + words.map((w) => (forms.get(w) === 1 ? w : w + '\t' + (forms.get(w) === 2 ? 'P' : 'CP'))).join('\n') + '\n');
console.log(`${entries} entries -> ${words.length} forms -> ${OUT}`);

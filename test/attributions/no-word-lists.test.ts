// Word lists are data (data/attributions/*.tsv), not code: the rules may compare single particles and strip
// pronoun suffixes, but a list of words written into a regex or a Set belongs in grammar.tsv or wordsets.tsv.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '..', '..', 'src', 'attributions');
const AR = '[\\u0621-\\u064A]+';
// an alternation of four or more Arabic words: /^(a|b|c|d)$/
const regexList = new RegExp(`\\((?:${AR}\\|){3,}${AR}\\)`);
// a Set or array literal of three or more Arabic strings
const literalList = new RegExp(`\\[\\s*'${AR}'(?:\\s*,\\s*'${AR}'){2,}`);

describe('attribution rules hold no word lists', () => {
  it('no regex alternation or literal list of Arabic words in src/attributions', () => {
    const offenders: string[] = [];
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      readFileSync(join(dir, f), 'utf8').split('\n').forEach((line, k) => {
        const code = line.replace(/\/\/.*$/, '');
        // pronoun suffixes (ه، ها، هم، هما) are morphology, not a word list
        if (/'هما', 'هم', 'ها', 'ه'/.test(code)) return;
        if (regexList.test(code) || literalList.test(code)) offenders.push(`${f}:${k + 1}: ${code.trim().slice(0, 80)}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('the check itself catches a list', () => {
    expect(regexList.test("/^(قال|أضاف|تابع|أوضح)$/.test(x)")).toBe(true);
    expect(literalList.test("new Set(['مصادر', 'جهات', 'أوساط'])")).toBe(true);
    expect(regexList.test("x.replace(/(ته|ها|ه)$/, '')")).toBe(false);
  });
});

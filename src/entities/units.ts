// (s9 round 3) Military and police branches named by a head and one closed complement ("سلاح المدرعات"، "المنطقة
// العسكرية الثالثة"، "الشرطة الاحتياطية"): data/entities/unit-names.tsv. The heads are common nouns alone, so the
// complements are a closed list; a branch with a base after a word of place ("في محيط سلاح المدرعات") is that base (LOC).
import { loadTsv, splitCell } from '../lexicon/tsv.ts';
import { normalize } from '../text/normalize.ts';
import type { EntityType } from '../contract.ts';
import type { Ctx } from './context.ts';
import { nameText } from './context.ts';
import { AROUND_WORDS } from './wordsets.ts';

interface UnitRow { head: string[]; complements: string[][]; type: EntityType; base: boolean; evidence: string }

let rows: Map<string, UnitRow[]> | undefined;
function unitRows(): Map<string, UnitRow[]> {
  if (rows) return rows;
  rows = new Map();
  for (const r of loadTsv('entities/unit-names.tsv')) {
    const head = normalize(r.head).split(' ');
    const row: UnitRow = { head, complements: splitCell(r.complements).map((c) => normalize(c).split(' ')), type: r.type as EntityType, base: r.base === 'yes', evidence: `rule:unit-name(data/${r.__line})` };
    rows.set(head[0], [...(rows.get(head[0]) ?? []), row]);
  }
  return rows;
}

export function unitNamePass(cx: Ctx): void {
  const { doc, toks, n, owner, claim, formIn, at, isNat, lex } = cx;
  const table = unitRows();
  for (let k = 0; k + 1 < n; k++) {
    if (owner[k] >= 0 || toks[k].kind !== 'word') continue;
    const f = formIn(k, table);
    if (!f) continue;
    let best: { row: UnitRow; end: number } | undefined;
    for (const row of table.get(f.form)!) {
      let j = k + 1;
      let ok = true;
      for (let q = 1; q < row.head.length && ok; q++, j++) ok = j < n && owner[j] < 0 && toks[j].norm === row.head[q];
      if (!ok) continue;
      for (const c of row.complements) {
        let e = j;
        let fit = true;
        for (let q = 0; q < c.length && fit; q++, e++) fit = e < n && owner[e] < 0 && toks[e].norm === c[q];
        if (fit && (!best || e > best.end)) best = { row, end: e };
      }
    }
    if (!best) continue;
    let e = best.end;
    // one nationality adjective of a country may follow ("سلاح الجو السوداني")
    if (e < n && owner[e] < 0 && toks[e].kind === 'word' && toks[e].norm.startsWith('ال') && isNat(toks[e].norm) && !lex.nationality.get(toks[e].norm)!.startsWith('X')) e++;
    const around = k > 0 && toks[k - 1].kind === 'word' && cx.formStrs(k - 1).some((x) => AROUND_WORDS.has(x));
    const type: EntityType = best.row.base && around ? 'LOC' : best.row.type;
    const start = at(k, f);
    claim({ type, tokenStart: k, tokenEnd: e, start, end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, start, toks[e - 1].end, f.article && f.clitic), evidence: [best.row.evidence, ...(type === 'LOC' ? ['rule:unit-base'] : [])], titles: [] });
    k = e - 1;
  }
}

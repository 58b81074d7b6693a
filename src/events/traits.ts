// What a participant or trigger is, for the rules that retype or drop an event: a court, a dual party, a group's
// head noun, a trigger inside an office name, support of a material kind.
import { normalize } from '../text/normalize.ts';
import { type Ctx, type Hit, isTitle } from './context.ts';
import { mentionsOf } from './roles.ts';
import { words } from './words.ts';

/** verbal acts a speaker performs in a statement (PLOVER verbal cooperation and conflict) */
export const VERBAL = new Set(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN', 'SUPPORT', 'AGREE', 'CONCEDE']);
export const COURT_UNITS = words('court-unit');

/** The head word of a group pseudo-id ("#السلطات الجزائرية" → سلطات), article removed. */
export function groupHead(id: string): string {
  const w = id.slice(1).split(' ')[0] ?? '';
  return w.startsWith('ال') ? w.slice(2) : w;
}

/** An actor that is a court: an entity or a group phrase whose name holds محكمة/قضاء (function-words `court`). */
export function isCourt(c: Ctx, id: string): boolean {
  const name = id.startsWith('#') ? id.slice(1) : normalize(c.byId.get(id)?.name ?? '');
  const court = words('court');
  if (name.split(' ').some((w) => court.has(w.startsWith('ال') ? w.slice(2) : w))) return true;
  // «القطب الجزائي الاقتصادي والمالي بمحكمة سيدي امحمد»: a chamber with a court word within three tokens after it
  const head = name.split(' ')[0];
  if (!COURT_UNITS.has(head.startsWith('ال') ? head.slice(2) : head)) return false;
  const g = id.startsWith('#') ? c.firstGroup.get(id) : mentionsOf(c, id)[0];
  if (!g) return false;
  for (let k = g.tokenEnd; k < c.toks.length && k < g.tokenEnd + 3; k++) {
    if (c.toks[k].kind !== 'word') break;
    if (court.has(c.toks[k].norm.replace(/^(ب|في|و)/, ''))) return true;
  }
  return false;
}

/** A dual group participant («الطرفان»، «الجانبين»): two parties, never the referent of ه/ها. */
export function isDualGroup(c: Ctx, id: string): boolean {
  return id.startsWith('#') && c.dualIds.has(id);
}

const MATERIAL = words('material-support');
/** A material-kind adverb («لوجستياً»، «مالياً»، «بالسلاح») within five tokens after the trigger, in its clause. */
export function materialAfter(c: Ctx, h: Hit): boolean {
  for (let k = h.tok + h.len; k < c.toks.length && k < h.tok + h.len + 5 && c.sent(k) === c.sent(h.tok); k++) {
    if (c.isComma(k) || c.isBoundary(k)) return false;
    if (MATERIAL.has(c.bare(k))) return true;
  }
  return false;
}

const INSTITUTIONS = words('institution');
/** A definite event noun in the genitive chain of an office or body in construct («وزير التعاون»، «وزارة الخارجية
 * والتعاون الدولي»): right after the construct head, or joined by و to its definite genitives (at most four). */
export function inOfficeName(c: Ctx, h: Hit): boolean {
  if (!(c.bare(h.tok)).startsWith('ال')) return false;
  const head = (k: number) => {
    const t = c.toks[k];
    if (!t || t.kind !== 'word' || c.sent(k) !== c.sent(h.tok)) return false;
    // (the normalised word too: «وزير» is no و + «زير»)
    return [t.norm, c.bare(k)].some((b) => !b.startsWith('ال') && (isTitle(c, b) || INSTITUTIONS.has(b)));
  };
  if (head(h.tok - 1)) return true;
  if (!/^و/.test(c.norm(h.tok) ?? '')) return false;
  for (let k = h.tok - 1; k >= 0 && k >= h.tok - 4; k--) {
    if (head(k)) return true;
    if (c.toks[k].kind !== 'word' || !c.bare(k).startsWith('ال') || c.sent(k) !== c.sent(h.tok)) return false;
  }
  return false;
}

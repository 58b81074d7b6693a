// Actor/target misses (session 6, issue #5): for gold events that a predicted event matches on type and
// trigger (same type, overlapping trigger span) but NOT on participants (the evaluator's actor / target /
// place test fails), print gold vs predicted actors, targets and place, grouped by a coarse construction:
//   host-visitor  — the gold actor is a predicted target (roles swapped: «استقبل X Y»، «التقى X بـY»)
//   dual          — a dual/reciprocal word («الطرفان»، «البلدين») stands for parties the gold names
//   group-phrase  — the gold actor is no entity of the article (a group or common-noun phrase)
//   no-actor      — the prediction has no actor at all
//   other-entity  — the gold actor is an entity, the prediction chose another one
// Run: node --import tsx scripts/events/actor-misses.ts [DIR…] [--brief]   (default dev/events and examples)
import { join } from 'node:path';
import type { Analysis, Event } from '../../src/contract.ts';
import { loadGoldDir } from '../../src/eval/gold.ts';
import { aliases, findOccurrence, namesMatch, roleNames, type GoldEvent, type GoldFile } from '../../src/eval/events.ts';
import { normalize } from '../../src/text/normalize.ts';
import { Grouped } from './grouped.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const brief = args.includes('--brief');
const dirs = args.filter((x) => !x.startsWith('--'));
if (!dirs.length) dirs.push(join(ROOT, 'dev', 'events'), join(ROOT, 'examples'));

// dual and reciprocal words written for two parties (normalised; article stripped by the check)
const DUAL = /^(?:ال)?(?:طرف|جانب|بلد|وزير|رئيس|دولت|حكومت|زعيم|وفد|مسؤول|زعيم)(?:ان|ين|ا)$/;


const any = (gold: string[], pred: string[][]) => gold.some((g) => pred.some((ns) => ns.some((n) => namesMatch(g, n))));

function matches(a: Analysis, g: GoldEvent, p: Event): boolean {
  const ga = g.actors ?? [], gt = g.targets ?? [];
  if (ga.length && any(ga, roleNames(a, p, 'actor'))) return true;
  if (!ga.length && gt.length && any(gt, roleNames(a, p, 'target'))) return true;
  if (g.place && p.place && any([g.place], [aliases(a, p.place)])) return true;
  return !ga.length && !gt.length && !g.place;
}

function classify(a: Analysis, g: GoldEvent, p: Event): string {
  const ga = g.actors ?? [];
  const isEntity = (s: string) => a.entities.some((e) => [e.name, ...e.mentions.map((m) => m.text)].some((n) => namesMatch(s, n)));
  const dualWord = (s: string) => normalize(s).split(/\s+/).some((w) => DUAL.test(w));
  const predActors = roleNames(a, p, 'actor');
  if (ga.length && any(ga, roleNames(a, p, 'target'))) return 'host-visitor/role-swap';
  if (ga.some(dualWord) || predActors.some((ns) => ns.some(dualWord))) return 'dual';
  if (!ga.length) return 'gold-no-actor (target/place missed)';
  if (!predActors.length) return ga.some(isEntity) ? 'no-actor (entity gold)' : 'no-actor (group gold)';
  if (!ga.some(isEntity)) return 'group-phrase';
  return 'other-entity';
}

function sentenceAround(text: string, at: number, len: number): string {
  let s = at, e = at + len;
  while (s > 0 && !/[.!؟?\n]/.test(text[s - 1]) && at - s < 160) s--;
  while (e < text.length && !/[.!؟?\n]/.test(text[e]) && e - at < 200) e++;
  return text.slice(s, e).replace(/\s+/g, ' ').trim();
}

const groups = new Grouped();
let aligned = 0, unaligned = 0, total = 0;
for (const dir of dirs) {
  for (const { stem, gold, analysis: a } of loadGoldDir<GoldFile>(dir)) {
    const used = new Set<number>();
    // the evaluator's own one-to-one pass first: events it matches are not misses
    const matchedGold = new Set<number>();
    (gold.events ?? []).forEach((g, gi) => {
      const i = a.events.findIndex((p, k) => !used.has(k) && p.type === g.type && matches(a, g, p));
      if (i >= 0) { used.add(i); matchedGold.add(gi); }
    });
    (gold.events ?? []).forEach((g, gi) => {
      total++;
      if (matchedGold.has(gi) || !g.trigger) return;
      const at = findOccurrence(a.text, g.trigger, g.occurrence ?? 0);
      const pi = at < 0 ? -1 : a.events.findIndex((p, k) => !used.has(k) && p.type === g.type && p.trigger.start < at + g.trigger!.length && at < p.trigger.end);
      if (pi < 0) { unaligned++; return; }
      used.add(pi);
      aligned++;
      const p = a.events[pi];
      const key = classify(a, g, p);
      const fmt = (xs: string[][]) => xs.map((ns) => ns[0]).join('، ') || '∅';
      const place = p.place ? aliases(a, p.place)[0] : '∅';
      const rules = (p.evidence ?? []).filter((x) => x.startsWith('rule:')).slice(0, 4).join(' ');
      const lines = [
        `${stem} ${g.type} «${g.trigger}»  gold A[${(g.actors ?? []).join('، ')}] T[${(g.targets ?? []).join('، ')}] P[${g.place ?? ''}]`,
        `      pred A[${fmt(roleNames(a, p, 'actor'))}] T[${fmt(roleNames(a, p, 'target'))}] P[${place}]  ${rules}`,
      ];
      if (!brief) lines.push(`      ${sentenceAround(a.text, p.trigger.start, p.trigger.end - p.trigger.start)}`);
      groups.add(key, lines);
    });
  }
}
groups.print();
console.log(`\ngold events ${total}; aligned on type+trigger but participants missed: ${aligned}; no aligned prediction (and not matched): ${unaligned}`);

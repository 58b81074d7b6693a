// Casualty clauses and the attack that caused them (data/events/casualties.tsv): «استشهد X في غارة شنتها Y»
// reports one ASSAULT — Y the actor, X the targets. Word lists are data; this module only loads them.
import { loadTsv, splitCell } from '../lexicon/tsv.ts';
import { normalize } from '../text/normalize.ts';

export interface CasualtyLexicon {
  casualty: Set<string>;
  link: Set<string>;
  agentVerb: Set<string>;
  evidence: Map<string, string>;
}

let cached: CasualtyLexicon | null = null;

export function casualtyLexicon(): CasualtyLexicon {
  if (cached) return cached;
  const lex: CasualtyLexicon = { casualty: new Set(), link: new Set(), agentVerb: new Set(), evidence: new Map() };
  for (const r of loadTsv('events/casualties.tsv')) {
    const set = r.kind === 'casualty' ? lex.casualty : r.kind === 'link' ? lex.link : r.kind === 'agent-verb' ? lex.agentVerb : null;
    if (!set) continue;
    for (const f of splitCell(r.form)) set.add(normalize(f));
    lex.evidence.set(r.kind, `lexicon:data/${r.__line}`);
  }
  cached = lex;
  return lex;
}

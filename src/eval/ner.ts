// `isnad eval ner`: conlleval-style P/R/F1 (exact spans) of the learned tagger, the rule-based entity
// stage, or both combined, on a CoNLL file. See docs/ner.md.
import type { Command } from 'commander';
import { CliError } from '../cli/errors.ts';
import { readConll } from '../ner/conll.ts';
import { formatScore, scoreNer } from '../ner/score.ts';
import { loadNerModel, resolveNerModelPath } from '../ner/index.ts';
import { predictSentences, type NerSystem } from '../ner/systems.ts';

export function registerNerEval(evalCmd: Command): void {
  evalCmd
    .command('ner')
    .description('score NER against a CoNLL file (exact entity spans, per type and overall)')
    .requiredOption('--conll <file>', 'gold CoNLL: TOKEN<TAB>TAG, blank line between sentences')
    .option('--model <file>', 'learned model (default: $ISNAD_NER_MODEL or isnad.config.json "nerModel")')
    .option('--rules', 'score the rule-based recogniser (src/entities) instead of the model')
    .option('--combined', 'score the entity stage with the model (what the analyser outputs with a model)')
    .option('--model-first', 'score model entities first, then rule entities on free tokens')
    .option('--types <list>', 'only these types, e.g. PER,LOC,ORG (overall = micro average over them)')
    .option('--json', 'print the scores as JSON')
    .action((o: { conll: string; model?: string; rules?: boolean; combined?: boolean; modelFirst?: boolean; types?: string; json?: boolean }) => {
      const gold = readConll(o.conll);
      const system: NerSystem = o.combined ? 'combined' : o.modelFirst ? 'model-first' : o.rules ? 'rules' : 'model';
      let model = null;
      let path: string | null = null;
      if (system !== 'rules') {
        path = resolveNerModelPath({ model: o.model });
        if (!path) throw new CliError('no NER model: pass --model (or --rules), set ISNAD_NER_MODEL or "nerModel" in isnad.config.json', 2);
        model = loadNerModel(path);
      }
      const types = o.types ? o.types.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean) : undefined;
      const pred = predictSentences(gold.map((s) => s.tokens), system, model, path ?? undefined);
      const score = scoreNer(gold.map((s) => s.tags), pred, types);
      if (o.json) process.stdout.write(JSON.stringify({ system, file: o.conll, ...score }, null, 2) + '\n');
      else process.stdout.write(formatScore(score, system) + '\n');
    });
}

// Learned NER commands: `isnad train ner`, `isnad tag` (see src/ner and docs/ner.md).
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { CliError } from '../errors.ts';
import { readConll, formatConll } from '../../ner/conll.ts';
import { CRF_DEFAULTS, trainNer, saveModel, tagSentences } from '../../ner/model.ts';
import { loadNerModel, resolveNerModelPath } from '../../ner/index.ts';
import { CLUSTER_KS } from '../../ner/clusters.ts';
import { clusterableStems, readClusterText } from '../../ner/cluster-text.ts';

const int = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new CliError(`${name} must be a non-negative integer, got "${v}"`, 2);
  return n;
};

export function registerNer(program: Command): void {
  const train = program.command('train').description('train models');
  train
    .command('ner')
    .description('train the learned NER tagger (averaged perceptron or linear-chain CRF, BIO-constrained Viterbi) on CoNLL data')
    .requiredOption('--conll <file>', 'training data: TOKEN<TAB>TAG lines, blank line between sentences')
    .option('--dev <file>', 'development data: prints dev F1 per epoch and keeps the best epoch')
    .requiredOption('-o, --output <model>', 'model file to write')
    .option('--epochs <n>', 'training epochs', int('--epochs'), 10)
    .option('--seed <n>', 'shuffle seed', int('--seed'), 1)
    .option('--no-lexicon', 'do not use the data/entities lexicon features')
    .option('--stack <folds>', 'two-stage stacked model, first stage jackknifed over this many folds (0 = single stage, the default: stacking stopped paying once the gazetteers came in)', int('--stack'), 0)
    .option('--dropout <p>', 'word-identity dropout during training (0..1; default 0.2 for the perceptron, 0 for the CRF)', (v: string) => {
      const p = Number(v);
      if (!(p >= 0 && p < 1)) throw new CliError(`--dropout must be in [0,1), got "${v}"`, 2);
      return p;
    })
    .option('--bits <n>', 'log2 of hashed feature buckets (default 21)', int('--bits'))
    .option('--first-epochs <n>', 'epochs of the first-stage models of a stacked model (default: --epochs)', int('--first-epochs'))
    .option('--average <runs>', 'average the weights of this many training runs (seeds seed, seed+1, …) of the final stage (default 3 for the perceptron, 1 for the CRF, as the benchmark)', int('--average'))
    .option('--ngram <n>', 'character n-grams of the stem up to this length (0 = off; default 4)', int('--ngram'))
    .option('--algo <name>', 'training algorithm: perceptron (averaged structured perceptron, default) or crf (linear-chain CRF, L2-regularised, AdaGrad)', (v: string) => {
      if (v !== 'perceptron' && v !== 'crf') throw new CliError(`--algo must be perceptron or crf, got "${v}"`, 2);
      return v;
    }, 'perceptron')
    .option('--l2 <x>', 'CRF only: L2 penalty (default 10)', (v: string) => {
      const x = Number(v);
      if (!(x >= 0) || !Number.isFinite(x)) throw new CliError(`--l2 must be a non-negative number, got "${v}"`, 2);
      return x;
    })
    .option('--lr <x>', 'CRF only: AdaGrad learning rate (default 0.1)', (v: string) => {
      const x = Number(v);
      if (!(x > 0) || !Number.isFinite(x)) throw new CliError(`--lr must be a positive number, got "${v}"`, 2);
      return x;
    })
    .option('--mix-crf <w>', 'perceptron only: also train a CRF on the same features and mix its weights in with this weight (0..1; the benchmark uses 0.5; about 3x the training time, same tagging speed)', (v: string) => {
      const x = Number(v);
      if (!(x >= 0 && x <= 1)) throw new CliError('--mix-crf must be between 0 and 1', 2);
      return x;
    })
    .option('--train-gaz <folds>', 'gazetteer harvested from the training labels, jackknifed over this many folds (0 = off; default 5)', int('--train-gaz'))
    .option('--clusters <levels>', `word-cluster features: how many cluster granularities of k = ${CLUSTER_KS.join(', ')} the tagger reads (0 = off, the default; ${CLUSTER_KS.length} = the benchmark's setting). Clusters are built from the training tokens plus --cluster-text`, int('--clusters'))
    .option('--cluster-text <paths...>', 'unlabelled text for the word clusters: files of raw UTF-8 text (a paragraph a line) or .conll files (first column), or directories (recursive: their *.txt and *.conll files); implies --clusters ' + CLUSTER_KS.length + ' when --clusters is not given')
    .action((o: { conll: string; dev?: string; output: string; epochs: number; seed: number; lexicon: boolean; bits?: number; stack: number; dropout?: number; firstEpochs?: number; average?: number; ngram?: number; trainGaz?: number; algo: 'perceptron' | 'crf'; l2?: number; lr?: number; clusters?: number; clusterText?: string[]; mixCrf?: number }) => {
      const data = readConll(o.conll);
      if (data.length === 0) throw new CliError(`${o.conll}: no sentences`);
      const clusters = o.clusters ?? (o.clusterText ? CLUSTER_KS.length : 0);
      if (clusters > CLUSTER_KS.length) throw new CliError(`--clusters is the number of cluster granularities (k = ${CLUSTER_KS.join(', ')}): 0 to ${CLUSTER_KS.length}, got ${clusters}`, 2);
      if (o.clusterText && clusters === 0) throw new CliError('--cluster-text needs word clusters: drop --clusters 0', 2);
      let clusterText: string[][] | undefined;
      if (clusters > 0) {
        // read and check the unlabelled text before the (long) training starts
        if (o.clusterText) {
          let ct;
          try {
            ct = readClusterText(o.clusterText);
          } catch (e) {
            throw new CliError(`--cluster-text: ${(e as Error).message}`, 2);
          }
          if (ct.tokens === 0) throw new CliError(`--cluster-text: no text in ${o.clusterText.join(', ')} (${ct.files.length} files)`, 2);
          clusterText = ct.sentences;
          process.stderr.write(`cluster text: ${ct.files.length} files, ${ct.sentences.length} sentences, ${ct.tokens} tokens\n`);
        }
        const all = [...data.map((s) => s.tokens), ...(clusterText ?? [])];
        if (clusterableStems(all) === 0) throw new CliError('word clusters: no word occurs 3 times in the training and cluster text', 2);
        const toks = all.reduce((n, s) => n + s.length, 0);
        process.stderr.write(`building word clusters (k = ${CLUSTER_KS.join(', ')}) from ${all.length} sentences, ${toks} tokens${o.clusterText ? '' : ' (training file only: no --cluster-text)'}…\n`);
      }
      const dev = o.dev ? readConll(o.dev) : undefined;
      if (o.bits !== undefined && (o.bits < 10 || o.bits > 24)) throw new CliError('--bits must be between 10 and 24', 2);
      const crf = o.algo === 'crf';
      const average = o.average ?? (crf ? CRF_DEFAULTS.average : 3);
      const dropout = o.dropout ?? (crf ? CRF_DEFAULTS.dropout : 0.2);
      if (average < 1 || average > 10) throw new CliError('--average must be between 1 and 10', 2);
      if (o.ngram !== undefined && o.ngram > 6) throw new CliError('--ngram must be at most 6', 2);
      if (o.algo !== 'crf' && (o.l2 !== undefined || o.lr !== undefined) && !o.mixCrf) throw new CliError('--l2 and --lr apply to --algo crf (or --mix-crf) only', 2);
      if (o.algo === 'crf' && o.mixCrf) throw new CliError('--mix-crf applies to the perceptron only', 2);
      if (o.trainGaz === 1 || (o.trainGaz ?? 0) > 20) throw new CliError('--train-gaz must be 0 (off) or between 2 and 20 folds', 2);
      const t0 = performance.now();
      const model = trainNer(data, {
        epochs: o.epochs, seed: o.seed, dev, stack: o.stack, wordDropout: dropout, average, algo: o.algo,
        ...(o.l2 !== undefined ? { l2: o.l2 } : {}), ...(o.lr !== undefined ? { lr: o.lr } : {}),
        ...(o.firstEpochs !== undefined ? { firstEpochs: o.firstEpochs } : {}),
        features: { lexicon: o.lexicon, ...(o.bits !== undefined ? { bits: o.bits } : {}), ...(o.ngram !== undefined ? { ngram: o.ngram } : {}), ...(o.trainGaz !== undefined ? { trainGaz: o.trainGaz } : {}), clusters },
        ...(clusterText ? { clusterText } : {}),
        ...(o.mixCrf ? { mixCrf: o.mixCrf } : {}),
        log: (l) => process.stderr.write(l + '\n'),
      });
      const bytes = saveModel(model, o.output);
      process.stderr.write(`wrote ${o.output} (${(bytes / 1024).toFixed(0)} KiB) in ${((performance.now() - t0) / 1000).toFixed(1)}s\n`);
    });

  program
    .command('tag')
    .description('tag a CoNLL file with the learned NER model; writes TOKEN<TAB>PRED lines')
    .requiredOption('--conll <file>', 'input CoNLL (first column = token; other columns ignored)')
    .option('--model <file>', 'model file (default: $ISNAD_NER_MODEL or isnad.config.json "nerModel")')
    .option('-o, --output <file>', 'write here instead of stdout')
    .action((o: { conll: string; model?: string; output?: string }) => {
      const path = resolveNerModelPath({ model: o.model });
      if (!path) throw new CliError('no NER model: pass --model, set ISNAD_NER_MODEL or "nerModel" in isnad.config.json', 2);
      const model = loadNerModel(path);
      const sents = readConll(o.conll);
      const tagged = tagSentences(model, sents.map((s) => s.tokens));
      const pred = sents.map((s, k) => ({ tokens: s.tokens, tags: tagged[k].tags }));
      const text = formatConll(pred);
      if (o.output) writeFileSync(o.output, text);
      else process.stdout.write(text);
    });
}

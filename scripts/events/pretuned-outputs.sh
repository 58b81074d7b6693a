#!/usr/bin/env bash
# Session 6 event filter: the rules' output on each dev/events block BEFORE the rules were tuned on it (the code of
# the commit just before the block was added), i.e. the kind of output the rules give on unseen text. Read-only on
# the repository (`git archive` of old commits into a scratch directory); the current src/events/filter.ts is run
# inside each old tree so its lexicon-row features resolve against that tree's triggers.tsv.
# Usage: scripts/events/pretuned-outputs.sh [OUT_DIR]   (default /tmp/isnad-pretuned; about 30 s once the trees exist)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-/tmp/isnad-pretuned}
mkdir -p "$OUT"
# block first article → the commit that added the block (its parent is the code that never saw it)
declare -A ADDED=([1]=d20d466 [9]=d22c33a [17]=acdff83 [25]=b3eb0d5 [33]=bf33a1c [41]=ec419ce [49]=14961ec [57]=dc26795)
# d65–d72 were released during session 6, uncommitted: the session's starting commit never saw them
START=${ISNAD_SESSION6_START:-bab6872}
# run_block LO REF FIRST_BACK NAME [DIR]: the first runnable tree among REF~FIRST_BACK, ~FIRST_BACK+1, ~FIRST_BACK+2
run_block() {
  local lo=$1 ref=$2 first=$3 name=$4 dir=${5:-$ROOT/dev/events} back parent tree
  for back in $first $((first + 1)) $((first + 2)); do
    parent=$(git -C "$ROOT" rev-parse --short "$ref~$back")
    tree="$OUT/tree-$parent"
    if [ ! -d "$tree/src" ]; then
      mkdir -p "$tree"
      git -C "$ROOT" archive "$parent" src data | tar -x -C "$tree"
      ln -sfn "$ROOT/node_modules" "$tree/node_modules"
      cp "$ROOT/package.json" "$tree/package.json"
    fi
    cp "$ROOT/src/events/filter.ts" "$tree/src/events/filter.ts"
    cp "$ROOT/scripts/events/pretuned-run.ts" "$tree/run.ts"
    if (cd "$tree" && node --import tsx run.ts "$dir" "$lo" "$((lo + 7))" > "$OUT/$name.json" 2>"$OUT/$name.err"); then
      if [ "$lo" = 0 ]; then echo "examples: code $parent → $OUT/$name.json"; else echo "block d$lo-d$((lo + 7)): code $parent → $OUT/$name.json"; fi
      return 0
    fi
  done
  echo "block d$lo: no runnable tree from $ref" >&2
  return 1
}
# examples/ex01–ex15: their events were annotated in 7fe472c; the first pipeline (5685df1) had never been measured on them
run_block 0 7fe472c 1 block-ex "$ROOT/examples"
prev=
for lo in 1 9 17 25 33 41 49 57 65; do
  # v1: the code just before the block was added (an older one if that tree does not run: a partial commit)
  if [ "$lo" = 65 ]; then run_block "$lo" "$START" 0 "block-$lo"; else run_block "$lo" "${ADDED[$lo]}" 1 "block-$lo"; fi
  # v2 (more training data of the same kind): the code before the previous block was added, also blind to this one
  if [ -n "$prev" ]; then run_block "$lo" "${ADDED[$prev]}" 1 "block-$lo.v2"; fi
  prev=$lo
done

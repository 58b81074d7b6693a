#!/bin/sh
# CPU A/B of one change in the snapshot left by ab.sh (which holds the previous versions): alternates before and
# after ROUNDS times, each a run of scripts/bench/cpu.ts. Usage: scripts/bench/cpu-ab.sh PREV_DIR ROUNDS file...
set -e
export QUIET=1
prev=$1; rounds=$2; shift 2
root=$(cd "$(dirname "$0")/../.." && pwd)
snap=/tmp/isnad-ab-snap
for r in $(seq "$rounds"); do
  for f in "$@"; do cp "$prev/$f" "$snap/$f"; done
  printf 'before: '; (cd "$snap" && node --import tsx scripts/bench/cpu.ts 20 3)
  for f in "$@"; do cp "$root/$f" "$snap/$f"; done
  printf 'after:  '; (cd "$snap" && node --import tsx scripts/bench/cpu.ts 20 3)
done

#!/bin/sh
# Output-neutrality check of one performance change while other files are being edited by others: snapshot the
# tree once, analyse everything with the changed files (after), put back the previous versions of the changed
# files from PREV_DIR (same relative paths) in the same snapshot, analyse again (before), compare byte for byte.
# Usage: scripts/bench/ab.sh PREV_DIR file...
set -e
prev=$1; shift
root=$(cd "$(dirname "$0")/../.." && pwd)
snap=/tmp/isnad-ab-snap
rm -rf "$snap" "$snap-before" "$snap-after"
mkdir -p "$snap"
(cd "$root" && tar cf - --exclude=./node_modules --exclude=./.git --exclude=./web --exclude=./dist . ) | (cd "$snap" && tar xf -)
ln -s "$root/node_modules" "$snap/node_modules"
(cd "$snap" && node --import tsx scripts/bench/dump-outputs.ts "$snap-after")
for f in "$@"; do cp "$prev/$f" "$snap/$f"; done
(cd "$snap" && node --import tsx scripts/bench/dump-outputs.ts "$snap-before")
node --import tsx "$root/scripts/bench/compare-outputs.ts" "$snap-before" "$snap-after"

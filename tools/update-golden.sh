#!/bin/sh
# Rewrites the golden outputs of examples/ from the current build. Review the
# diff before committing: a golden file is a claim that this output is right.
set -eu
BUILD=${BUILD:-build}
mkdir -p tests/golden/examples
for f in examples/*.md examples/*.txt; do
  case $f in */README.md) continue ;; esac
  name=$(basename "$f"); name=${name%.*}
  "$BUILD/tocsin" doc "$f" > "tests/golden/examples/$name.doc.json"
  "$BUILD/tocsin" code "$f" > "tests/golden/examples/$name.events.jsonl"
done
git --no-pager diff --stat -- tests/golden/examples || true

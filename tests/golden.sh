#!/bin/sh
# Golden files through the CLI: every example in examples/ must produce exactly
# tests/golden/examples/NAME.doc.json and NAME.events.jsonl (the same files are
# checked through the library by tests/unit/test_golden.c, as cmark runs its
# spec against both). After a deliberate change: sh tools/update-golden.sh,
# then review the diff.
set -u
BUILD=${BUILD:-build}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
for f in examples/*.md examples/*.txt; do
  case $f in */README.md) continue ;; esac
  name=$(basename "$f"); name=${name%.*}
  for kind in doc events; do
    want="tests/golden/examples/$name.$kind"
    [ $kind = doc ] && want="$want.json" || want="$want.jsonl"
    if [ ! -f "$want" ]; then echo "FAIL $want missing"; fail=$((fail + 1)); continue; fi
    if [ $kind = doc ]; then "$BUILD/tocsin" doc "$f" > "$tmp/got"; else "$BUILD/tocsin" code "$f" > "$tmp/got"; fi
    if diff -u "$want" "$tmp/got" > "$tmp/diff"; then
      echo "ok $f $kind"; pass=$((pass + 1))
    else
      echo "FAIL $f $kind differs from $want:"; head -20 "$tmp/diff"; fail=$((fail + 1))
    fi
  done
done
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

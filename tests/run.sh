#!/bin/sh
# Runs every suite against one build (BUILD=build or build-san) and prints the
# closing line "N passed, N failed". Exit status 1 when anything failed.
set -u
BUILD=${BUILD:-build}
cd "$(dirname "$0")/.."
pass=0; fail=0
count() { # parse "<suite>: N passed, N failed" from a suite's output
  line=$(grep -E '^[a-z-]+: [0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1)
  p=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed.*/\1/'); f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
  [ -n "$p" ] || { p=0; f=1; }
  pass=$((pass + p)); fail=$((fail + f))
}
out=$(mktemp); trap 'rm -f "$out"' EXIT
for suite in unit cli golden clean regress gold news-gold dev4-gold dev5-gold dev6-gold dev7-gold dev8-gold dev9-gold dev10-gold dev11-gold dev12-gold dev13-gold dev14-gold dev15-gold dev16-gold dev17-gold dev18-gold dev19-gold dev20-gold dev21-gold dev22-gold dev23-gold dev24-gold dev25-gold dev26-gold dev27-gold dev28-gold dev29-gold dev30-gold dev31-gold dev32-gold dev33-gold dev34-gold dev35-gold dev36-gold dev37-gold dev38-gold dev39-gold dev40-gold dev41-gold dev42-gold dev43-gold dev44-gold dev45-gold dev46-gold dev47-gold dev48-gold dev49-gold dev50-gold dev51-gold dev52-gold dev53-gold dev54-gold dev55-gold dev56-gold dev57-gold heldout-gold cameo-examples fuzz store input validate; do
  case $suite in
    unit) "$BUILD/test-unit" > "$out" 2>&1 ;;
    *) BUILD=$BUILD sh "tests/$suite.sh" > "$out" 2>&1 ;;
  esac
  rc=$?
  grep -vE '^(ok|PASS) ' "$out" | tail -n 40
  count "$out"
  if [ $rc -ne 0 ] && ! grep -qE ' [1-9][0-9]* failed' "$out"; then fail=$((fail + 1)); echo "$suite: exited $rc"; fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

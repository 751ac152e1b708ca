#!/bin/sh
# Cleaning and structure on documents with conversion artefacts: each
# tests/golden/clean/NAME.txt is read by `tocsin doc` and checked against the
# hand-written assertions in NAME.expect (tests/check_expect.py).
set -u
BUILD=${BUILD:-build}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
for f in tests/golden/clean/*.txt; do
  e=${f%.txt}.expect
  [ -f "$e" ] || continue
  if ! "$BUILD/tocsin" doc "$f" > "$tmp/doc.json" 2> "$tmp/err"; then
    echo "FAIL $f: tocsin doc failed: $(cat "$tmp/err")"; fail=$((fail + 1)); continue
  fi
  res=$(/usr/bin/python3 tests/check_expect.py "$tmp/doc.json" "$e")
  echo "$res" | sed '$d'
  set -- $(echo "$res" | tail -n 1)
  pass=$((pass + $1)); fail=$((fail + $2))
done
echo "clean: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

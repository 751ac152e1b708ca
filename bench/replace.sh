#!/bin/sh
# `make bench`, part 4: the cost of replacing a document (a new version of a
# path already stored) against adding one, in stores of growing size. One
# store grows through SIZES documents (default 300 1500 6000, made like
# bench/pipeline.sh: copies of the two bundled examples, each distinct); at
# each size `tocsin ingest -j 1` of one new document and of a new version of a
# stored one alternate 5 times, and each figure is the median CPU time (user +
# system of the process, 10 ms steps). Both runs load the dictionaries and
# code one document, so replace / add near 1 means the removal of the old
# version costs little; a ratio that grows with the store is a scan. The
# replaced document is the first copy of examples/wire-digest.txt (22
# sentences, 25 mentions of events that the other copies report too).
set -eu
BUILD=${BUILD:-build}
T=$BUILD/tocsin
SIZES=${SIZES:-300 1500 6000}
[ -x "$T" ] || make BUILD="$BUILD" "$T"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
db=$tmp/r.db
ex1=examples/belarus-warning-update.md ex2=examples/wire-digest.txt
# a distinct copy of example $1 in file $3: $2 trailing spaces
copy() { { cat "$1"; printf "%${2}s\n" ""; } > "$3"; }
# CPU seconds of a command (children's user + system from `times`, which must run in this shell)
cpu() { times > "$tmp/t0"; "$@"; times > "$tmp/t1"
  awk 'FNR == 2 { t = 0; for (i = 1; i <= NF; i++) { split($i, a, "m"); t += a[1] * 60 + a[2] } v[++k] = t }
       END { printf "%.2f\n", v[2] - v[1] }' "$tmp/t0" "$tmp/t1"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mkdir "$tmp/c"
# k: copies made; u: one-off versions, with more trailing spaces than any copy
have=0; k=0; u=0; for size in $SIZES; do off=$((size / 2 + 1)); done
for size in $SIZES; do
  # grow the store to $size documents, in one ingest of the new ones
  : > "$tmp/list"
  while [ $have -lt "$size" ]; do
    k=$((k + 1))
    copy "$ex1" $k "$tmp/c/$k-$(basename "$ex1")"
    copy "$ex2" $k "$tmp/c/$k-$(basename "$ex2")"
    printf '%s\n%s\n' "$tmp/c/$k-$(basename "$ex1")" "$tmp/c/$k-$(basename "$ex2")" >> "$tmp/list"
    have=$((have + 2))
  done
  xargs "$T" ingest --quiet --db "$db" < "$tmp/list"
  : > "$tmp/add"; : > "$tmp/rep"
  for r in 1 2 3 4 5; do
    # a new document, then a new version of the first stored one
    u=$((u + 1)); copy "$ex2" $((off + u)) "$tmp/c/new-$size-$r.txt"
    cpu "$T" ingest --quiet -j 1 --db "$db" "$tmp/c/new-$size-$r.txt" >> "$tmp/add"
    u=$((u + 1)); copy "$ex2" $((off + u)) "$tmp/c/1-$(basename "$ex2")"
    cpu "$T" ingest --quiet -j 1 --db "$db" "$tmp/c/1-$(basename "$ex2")" >> "$tmp/rep"
  done
  a=$(median < "$tmp/add"); p=$(median < "$tmp/rep")
  m=$(sqlite3 "$db" 'SELECT count(*) FROM mentions' 2> /dev/null || echo '?')
  printf 'replace %5d documents (%6s mentions): add %5.2f s CPU, replace %5.2f s, replace / add %5.2f\n' \
    "$have" "$m" "$a" "$p" "$(echo "$p $a" | awk '{print ($2 > 0 ? $1 / $2 : 0)}')"
done

#!/bin/sh
# `make bench`, part 3: the whole CLI, as a user runs it, on a folder of
# documents -- `tocsin code DIR > file` against `tocsin ingest --db DB DIR`,
# on one thread and on every CPU (-j). Runs alternate (code, ingest, code, ...)
# and each figure is the median of 5, so a noisy shared machine moves both
# alike. The ratio is what storing adds to the wall-clock time of coding.
set -eu
BUILD=${BUILD:-build}
T=$BUILD/tocsin
[ -x "$T" ] || make BUILD="$BUILD" "$T"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/corpus"
# 150 copies of each bundled example, each copy distinct (k trailing spaces)
for k in $(seq 1 150); do
  for f in examples/belarus-warning-update.md examples/wire-digest.txt; do
    { cat "$f"; printf "%${k}s\n" ""; } > "$tmp/corpus/$k-$(basename "$f")"
  done
done
n=$(ls "$tmp/corpus" | wc -l)
secs() { s=$(date +%s.%N); "$@"; e=$(date +%s.%N); echo "$s $e" | awk '{printf "%.4f\n", $2 - $1}'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
cpus=$(nproc 2>/dev/null || echo 1)
for j in 1 "$cpus"; do
  : > "$tmp/c"; : > "$tmp/i"
  for r in 1 2 3 4 5; do
    secs sh -c "\"$T\" code -j $j \"$tmp/corpus\" > \"$tmp/out.jsonl\"" >> "$tmp/c"
    rm -f "$tmp/e.db" "$tmp/e.db-wal" "$tmp/e.db-shm"
    secs "$T" ingest --quiet -j "$j" --db "$tmp/e.db" "$tmp/corpus" >> "$tmp/i"
  done
  c=$(median < "$tmp/c"); i=$(median < "$tmp/i")
  printf 'cli -j %-2s code %6.3f s, ingest %6.3f s  (%d documents)  ingest / code %5.2f  (storing adds %.0f %%; aim < 30 %%)\n' \
    "$j" "$c" "$i" "$n" "$(echo "$i $c" | awk '{print $1 / $2}')" "$(echo "$i $c" | awk '{print 100 * ($1 / $2 - 1)}')"
done

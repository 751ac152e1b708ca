#!/bin/sh
# `make tsan`: tocsin code and ingest on 4 threads under ThreadSanitizer, over
# text, Markdown, HTML, a JSONL stream, generated PDFs and the TABARI and
# PETRARCH sets when ../shared/data is there. Any report fails the suite.
set -u
. "$(dirname "$0")/lib.sh"
export TSAN_OPTIONS="suppressions=$(pwd)/tests/tsan.supp halt_on_error=0 exitcode=66"
run() {
  name=$1; shift
  # status 1: the stream's deliberately bad line; TSan exits 66 on a report
  "$@" > /dev/null 2> "$tmp/err"; r=$?
  if [ "$r" -le 1 ] && ! grep -q 'ThreadSanitizer' "$tmp/err"; then ok "$name"; else bad "$name (status $r)"; fi
}
for k in 1 2 3 4 5 6; do
  for f in examples/belarus-warning-update.md examples/wire-digest.txt; do
    { cat "$f"; printf "%${k}s\n" ""; } > "$tmp/$k-$(basename "$f")"
  done
done
"$BUILD/make-test-pdf" text examples/belarus-warning-update.md "$tmp/a.pdf" 2> /dev/null
"$BUILD/make-test-pdf" text examples/wire-digest.txt "$tmp/b.pdf" 2> /dev/null
set -- "$tmp"/*.md "$tmp"/*.txt tests/golden/input/*.html tests/golden/input/stream.jsonl "$tmp"/*.pdf
run tsan-code "$T" code -j 4 "$@"
run tsan-doc "$T" doc -j 4 "$@"
run tsan-ingest "$T" ingest --quiet -j 4 --db "$tmp/t.db" "$@"
S=../shared/data
if [ -d "$S/petrarch2/dictionaries" ] && [ -d "$S/TABARI-Code" ]; then
  run tsan-petrarch "$T" code -j 4 --dict "petrarch:$S/petrarch2/dictionaries" "$tmp"/*.md "$tmp"/*.txt
  run tsan-tabari "$T" code -j 4 --dict "tabari:$S/TABARI-Code/Validate.project" "$tmp"/*.md "$tmp"/*.txt
else
  echo "skip tsan-petrarch, tsan-tabari: no $S"
fi
echo "tsan: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

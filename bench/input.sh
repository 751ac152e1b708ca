#!/bin/sh
# Input-format accuracy and speed (docs/input.md), from bench/run.sh:
# the PDF made from the bundled example against its text version (sentences,
# notes, events), and its 300-dpi scan read by OCR (character error rate of
# the sentences and note URLs, events, note numbers still linked).
set -eu
BUILD=${BUILD:-build}
[ -x "$BUILD/make-test-pdf" ] || make "$BUILD/make-test-pdf"
export OMP_THREAD_LIMIT=1
T="$BUILD/tocsin"; C="python3 tests/golden/input/compare.py"
R=examples/belarus-warning-update.md
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$T" doc "$R" > "$tmp/ref.json"; "$T" code "$R" > "$tmp/ref.jsonl"
"$BUILD/make-test-pdf" text "$R" "$tmp/report.pdf"
"$BUILD/make-test-pdf" scan "$tmp/report.pdf" "$tmp/scan.pdf" 300
secs() { s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N); python3 -c "print(round($e - $s, 2))"; }
"$T" doc "$tmp/report.pdf" > "$tmp/pdf.json"; "$T" code "$tmp/report.pdf" > "$tmp/pdf.jsonl"
"$T" doc "$tmp/scan.pdf" > "$tmp/scan.json"; "$T" code "$tmp/scan.pdf" > "$tmp/scan.jsonl"
echo "input: PDF (text layer, 2 columns, 3 pages) vs text:"
echo "  $($C doc "$tmp/ref.json" "$tmp/pdf.json" | tail -n 1)"
echo "  $($C events "$tmp/ref.jsonl" "$tmp/pdf.jsonl" | tail -n 1)"
echo "  $($C cer "$tmp/ref.json" "$tmp/pdf.json" | tail -n 1)"
echo "  seconds to read: $(secs "$T" doc "$tmp/report.pdf")"
echo "input: 300-dpi scan (OCR) vs text:"
echo "  $($C doc "$tmp/ref.json" "$tmp/scan.json" | tail -n 1)"
echo "  $($C events "$tmp/ref.jsonl" "$tmp/scan.jsonl" | tail -n 1)"
echo "  OCR $($C cer "$tmp/ref.json" "$tmp/scan.json" | tail -n 1)"
echo "  seconds to read: $(secs "$T" doc "$tmp/scan.pdf")"

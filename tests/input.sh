#!/bin/sh
# Input formats (docs/input.md): HTML pages, JSONL streams, PDFs with a text
# layer, 300-dpi scans and mixed PDFs, all made here at test time from the
# project's own files, plus malformed, truncated and encrypted PDFs.
set -u
BUILD=${BUILD:-build}
T="$BUILD/tocsin"
# the generator alone runs with fontconfig's exit-time leak suppressed (see the file)
gen() { LSAN_OPTIONS=suppressions=$(pwd)/tests/golden/input/lsan.supp "$BUILD/make-test-pdf" "$@"; }
C="/usr/bin/python3 tests/golden/input/compare.py"
# Tesseract's OpenMP threads only spin on small pages; one is fastest here
export OMP_THREAD_LIMIT=1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; [ -f "$tmp/err" ] && sed 's/^/    /' "$tmp/err" | head -5; }
expect() {   # NAME STATUS PATTERN -- command...
  name=$1; want=$2; pat=$3; shift 4
  "$@" > "$tmp/out" 2> "$tmp/err"; rc=$?
  if [ "$rc" -ne "$want" ]; then bad "$name (exit $rc, want $want)"; return; fi
  if [ -n "$pat" ] && ! grep -qE -- "$pat" "$tmp/out" "$tmp/err"; then bad "$name (no /$pat/)"; return; fi
  ok "$name"
}
check() {    # NAME -- command...: passes when the command succeeds
  name=$1; shift 2
  if "$@" > "$tmp/cmp" 2>&1; then ok "$name: $(tail -n 1 "$tmp/cmp")"; else cp "$tmp/cmp" "$tmp/err"; bad "$name"; fi
}

# HTML pages: hand-written assertions, as for tests/golden/clean
for f in tests/golden/input/*.html; do
  e=${f%.html}.expect
  if ! "$T" doc "$f" > "$tmp/doc.json" 2> "$tmp/err"; then bad "$f: tocsin doc failed"; continue; fi
  set -- $(/usr/bin/python3 tests/check_expect.py "$tmp/doc.json" "$e" | tee "$tmp/res" | tail -n 1)
  sed '$d' "$tmp/res"
  pass=$((pass + $1)); fail=$((fail + $2))
done
expect html-type 0 '"title":"Russia Criticizes' -- "$T" doc --type html tests/golden/input/01-article.html
printf '<html><body><nav>menu</nav><script>x</script></body></html>' > "$tmp/empty.html"
expect html-empty 1 'empty.html: the html page has no readable text' -- "$T" doc "$tmp/empty.html"
head -c 300 tests/golden/input/01-article.html > "$tmp/cut.html"
expect html-truncated 0 '"sentences"' -- "$T" doc "$tmp/cut.html"

# JSONL: a bad line is reported with its number and skipped; events carry the article
expect jsonl-bad-line 1 'stream.jsonl: line 2, column [0-9]+: bad JSON' -- "$T" code tests/golden/input/stream.jsonl
expect jsonl-events 1 '"article":\{"id":"a1","url":"https://ex.com/1"' -- "$T" code tests/golden/input/stream.jsonl
expect jsonl-extra 1 '"extra":\{"source":"wire"\}' -- "$T" code tests/golden/input/stream.jsonl
expect jsonl-later-line 1 '"doc":"tests/golden/input/stream.jsonl:4".*"event":"057"' -- "$T" code tests/golden/input/stream.jsonl
expect jsonl-doc 1 '"date":"2021-06-04"' -- "$T" doc tests/golden/input/stream.jsonl
expect jsonl-stdin 1 '"id":"3"' -- sh -c "\"$T\" code < tests/golden/input/stream.jsonl"
expect jsonl-as-text 0 '"sentences"' -- "$T" doc --type text tests/golden/input/stream.jsonl
printf '{"id":1,"title":"x"}\n' > "$tmp/notext.jsonl"
expect jsonl-no-text 1 'notext.jsonl: line 1: the article has no "text"' -- "$T" code "$tmp/notext.jsonl"

# PDF with a text layer, made from the bundled example: same sentences, notes and events
R=examples/belarus-warning-update.md
"$T" doc "$R" > "$tmp/ref.json"; "$T" code "$R" > "$tmp/ref.jsonl"
if gen text "$R" "$tmp/report.pdf" 2> "$tmp/err"; then ok "make-test-pdf text"; else bad "make-test-pdf text"; fi
"$T" doc "$tmp/report.pdf" > "$tmp/pdf.json" 2> "$tmp/err"; "$T" code "$tmp/report.pdf" > "$tmp/pdf.jsonl" 2>> "$tmp/err"
check pdf-doc -- $C doc "$tmp/ref.json" "$tmp/pdf.json" --min 1 --links
check pdf-events -- $C events "$tmp/ref.jsonl" "$tmp/pdf.jsonl" --min 1
expect pdf-title 0 '"title":"Belarus Warning Update: The Kremlin Raises the Price of Its Support for Lukashenko"' -- "$T" doc "$tmp/report.pdf"
expect pdf-no-header 0 '' -- sh -c "! \"$T\" doc \"$tmp/report.pdf\" | grep -q '\"text\":\"Belarus Warning Update \\|\"text\":\"1\"'"
expect pdf-type 0 '"sentences"' -- "$T" doc --type pdf "$tmp/report.pdf"

# links over anchor text become notes numbered after the document's own
# (here note 1), or note 1 in a new Endnotes section when it has none
if gen anchors "$tmp/anchors.pdf" 2> "$tmp/err" && gen anchors "$tmp/bare.pdf" bare 2>> "$tmp/err"; then
  ok "make-test-pdf anchors"; else bad "make-test-pdf anchors"; fi
expect pdf-anchor-note 0 '"n":2,"text":"https://example.org/readout","urls":\["https://example.org/readout"\]' -- "$T" doc "$tmp/anchors.pdf"
expect pdf-anchor-marker 0 '"text":"The talks were described as productive in the Kremlin.s readout of the meeting\.","notes":\[2\]' -- "$T" doc "$tmp/anchors.pdf"
expect pdf-anchor-own-note 0 '"n":1,"text":"TASS, March 2, 2021, https://tass.com/politics/1"' -- "$T" doc "$tmp/anchors.pdf"
expect pdf-anchor-new-endnotes 0 '"n":1,"text":"https://example.org/readout"' -- "$T" doc "$tmp/bare.pdf"
expect pdf-anchor-new-marker 0 'Kremlin.s readout of the meeting\.","notes":\[1\]' -- "$T" doc "$tmp/bare.pdf"

# a 300-dpi scan of it (OCR): at least 98 % of the events
gen scan "$tmp/report.pdf" "$tmp/scan.pdf" 300 2> "$tmp/err" || bad "make-test-pdf scan"
"$T" doc "$tmp/scan.pdf" > "$tmp/scan.json" 2> "$tmp/err"; "$T" code "$tmp/scan.pdf" > "$tmp/scan.jsonl" 2>> "$tmp/err"
check scan-events -- $C events "$tmp/ref.jsonl" "$tmp/scan.jsonl" --min 0.98
check scan-sentences -- $C doc "$tmp/ref.json" "$tmp/scan.json" --min 0.75
# a mixed PDF: page 2 scanned, pages 1 and 3 with their text layer
gen scan "$tmp/report.pdf" "$tmp/mixed.pdf" 300 2 2> "$tmp/err" || bad "make-test-pdf scan (mixed)"
"$T" code "$tmp/mixed.pdf" > "$tmp/mixed.jsonl" 2> "$tmp/err"
check mixed-events -- $C events "$tmp/ref.jsonl" "$tmp/mixed.jsonl" --min 0.98

# bad PDFs: a clear error naming the file, never a crash or a hang
printf '%%PDF-1.4\nthis is not a PDF at all\n' > "$tmp/malformed.pdf"
expect pdf-malformed 1 'malformed.pdf: not a readable PDF' -- "$T" doc "$tmp/malformed.pdf"
head -c 2000 "$tmp/report.pdf" > "$tmp/truncated.pdf"
expect pdf-truncated 1 'truncated.pdf: ' -- "$T" doc "$tmp/truncated.pdf"
gen encrypted "$tmp/encrypted.pdf"
expect pdf-encrypted 1 'encrypted.pdf: the PDF is encrypted and needs a password' -- "$T" doc "$tmp/encrypted.pdf"
expect pdf-forced-on-text 1 'good.md: not a readable PDF' -- sh -c "cp $R $tmp/good.md && \"$T\" doc --type pdf $tmp/good.md"
# a JSONL article codes exactly as the same text in a file of its own with --date
# (the gold scorers rely on it: tests/news_gold.py codes its documents as a stream)
check stream-equals-text -- env BUILD="$BUILD" /usr/bin/python3 tests/stream_equiv.py

# the PDF module (src/read/pdf/) loads only when a PDF is read: the program itself
# does not link poppler or tesseract, text needs no module, and a missing or
# foreign module is a clear error naming the PDF and the module's path
expect pdf-module-not-linked 0 '' -- sh -c "! ldd \"$T\" | grep -qE 'poppler|tesseract|cairo'"
expect pdf-module-text-without 0 '"event":' -- env TOCSIN_PDF_MODULE="$tmp/none.so" "$T" code "$R"
expect pdf-module-missing 1 "report.pdf: reading a PDF needs tocsin's PDF module.*none.so does not exist.*TOCSIN_PDF_MODULE" -- \
  env TOCSIN_PDF_MODULE="$tmp/none.so" "$T" doc "$tmp/report.pdf"
expect pdf-module-foreign 1 'libm.so.6 is not a tocsin PDF module or was built for another version' -- \
  env TOCSIN_PDF_MODULE="$(cc -print-file-name=libm.so.6)" "$T" doc "$tmp/report.pdf"
expect pdf-module-pinned 0 '"title":"Belarus Warning Update' -- env TOCSIN_PDF_MODULE="$(pwd)/$BUILD/tocsin-pdf.so" "$T" doc "$tmp/report.pdf"
expect pdf-max-bytes 1 'over the limit of 1000 bytes' -- "$T" doc --max-bytes 1000 "$tmp/report.pdf"
expect time-limit 1 'scan.pdf: .*time limit' -- "$T" doc --time-limit 0.01 "$tmp/scan.pdf"
expect bad-type 2 '--type must be' -- "$T" doc --type docx "$tmp/report.pdf"
expect bad-time-limit 2 '--time-limit takes' -- "$T" doc --time-limit -1 "$tmp/report.pdf"
# one bad file does not stop the others
expect mixed-inputs 1 '"event"' -- "$T" code "$tmp/encrypted.pdf" "$tmp/report.pdf" tests/golden/input/02-jsonld.html

echo "input: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

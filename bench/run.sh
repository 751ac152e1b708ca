#!/bin/sh
# `make bench`: builds the benchmark against the optimised library and runs it
# on the bundled examples (medians of 7 repetitions, all in one process),
# including the cost of storing the coded documents in the event store, and
# of replacing a stored document as the store grows (bench/replace.sh); then
# the TABARI and PETRARCH dictionary sets from ../shared/data (load time, peak
# memory, coding speed; bench/dicts.c), skipped when that folder is missing.
set -eu
BUILD=${BUILD:-build}
[ -x "$BUILD/bench" ] || make BUILD="$BUILD" "$BUILD/bench"   # built by `make bench` with the library's link flags
"$BUILD/bench" examples/belarus-warning-update.md examples/wire-digest.txt
# process start-up: dynamic linking, then the dictionaries, per run of the CLI
BUILD=$BUILD sh bench/startup.sh
# the CLI end to end: code vs ingest of a folder, on one thread and on all
BUILD=$BUILD sh bench/pipeline.sh
# replacing a document against adding one, in stores of 300 to 6,000 documents
BUILD=$BUILD sh bench/replace.sh
# dictionary sets in the field's formats, each loaded in a process of its own
D=../shared/data
if [ -d "$D" ]; then
  [ -x "$BUILD/bench-dicts" ] || make BUILD="$BUILD" "$BUILD/bench-dicts"
  sent=$(mktemp); trap 'rm -f "$sent"' EXIT
  X=$D/petrarch2/text/GigaWord.sample.PETR.xml
  # PETRARCH2's sample: the <Text> of each <Sentence>, one a line, after its date
  if [ -x /usr/bin/python3 ] && [ -f "$X" ]; then
    /usr/bin/python3 -c '
import sys, xml.etree.ElementTree as ET
for s in ET.parse(sys.argv[1]).getroot().iter("Sentence"):
    t, d = s.find("Text"), (s.get("date") or "").strip()
    if t is not None and (t.text or "").strip() and len(d) == 8:
        print("%s-%s-%s\t%s" % (d[:4], d[4:6], d[6:], " ".join(t.text.split())))
' "$X" > "$sent"
  fi
  "$BUILD/bench-dicts" "$D" "$sent"
else
  echo "dict load (TABARI, PETRARCH): skipped (no $D)"
fi
# input formats: PDF extraction accuracy and OCR character error rate
BUILD=$BUILD sh bench/input.sh

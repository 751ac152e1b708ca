#!/bin/sh
# `make demo`: code the bundled example reports and show the result, first as
# JSON lines (the contract), then as a readable table.
set -eu
BUILD=${BUILD:-build}
T="$BUILD/tocsin"
for f in examples/belarus-warning-update.md examples/wire-digest.txt; do
  echo "==> tocsin doc $f (title, date, first sentences, notes, repairs)"
  "$T" doc "$f" | /usr/bin/python3 -c '
import json, sys
d = json.load(sys.stdin)
print("title:", d["title"]); print("date: ", d["date"], "(" + str(d["date_source"]) + ")")
print("sentences:", len(d["sentences"]), " notes:", len(d["notes"]), " repairs:", len(d["repairs"]))
for r in d["repairs"][:12]: print("  repair %-16s %-28r -> %r" % (r["kind"], r["from"][:28], r["to"][:40]))
for n in d["notes"][:5]: print("  note %2d %s" % (n["n"], " ".join(n["urls"])[:100]))
'
  echo
  echo "==> tocsin code $f (JSON lines, first 3)"
  "$T" code "$f" | head -n 3
  echo
  echo "==> tocsin code --format table $f"
  "$T" code --format table "$f"
  echo
done

# The store: ingest both reports (twice: the second run changes nothing), then ask it questions.
db=$(mktemp -d)/demo.db
echo "==> tocsin ingest --db $db examples/* (twice: idempotent)"
"$T" ingest --db "$db" examples/belarus-warning-update.md examples/wire-digest.txt
"$T" ingest --db "$db" examples/belarus-warning-update.md examples/wire-digest.txt
echo
echo "==> tocsin query --db $db --dyad RUS-BLR --format table"
"$T" query --db "$db" --dyad RUS-BLR --format table
echo
echo "==> tocsin forecasts --db $db (the analysts' judgments, kept apart from facts)"
"$T" forecasts --db "$db" --format table
rm -rf "$(dirname "$db")"

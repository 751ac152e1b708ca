#!/bin/sh
# Replays the fuzz target over every document we have, and every prefix of each
# (truncated input), plus pathological inputs made here.
set -u
BUILD=${BUILD:-build}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 - "$tmp" <<'PY'
import sys, os
d = sys.argv[1]
def w(name, s): open(os.path.join(d, name), "w", encoding="utf-8").write(s)
w("sup-storm.txt", "T\n\n" + "<sup>" * 20000 + "1</sup>" * 20000 + "\n")
w("entity-storm.txt", "T\n\n" + "&lt;" * 50000 + "sup&gt;3\n")
w("latex-storm.txt", "T\n\n" + "$^{" * 30000 + "\n")
w("notes-only.txt", "Notes\n" + "".join(f"{i}. hxxp://a[.]b dot c/{i}\n" for i in range(1, 3000)))
w("one-sentence.txt", "T\n\n" + "Russia and " * 20000 + "Belarus met.\n")
w("dots.txt", "T\n\n" + "U.S. " * 20000 + "\n")
w("run-on.txt", "T\n\n" + "Putin met Lukashenko and " * 5000 + "left.\n")
w("digits.txt", "T\n\n" + "March I2, 2O19 l9 38o21 " * 5000 + "\n")
w("markers.txt", "T\n\nA.1 B.2 C.3 " * 5000 + "\nNotes\n1. x\n2. y\n3. z\n")
PY
"$BUILD/fuzz-replay" examples/*.md examples/*.txt tests/golden/clean/*.txt "$tmp"/*.txt

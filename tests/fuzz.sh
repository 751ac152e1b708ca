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
out1=$("$BUILD/fuzz-replay" examples/*.md examples/*.txt tests/golden/clean/*.txt "$tmp"/*.txt); rc1=$?
echo "$out1"
# TABARI/PETRARCH dictionaries and the pattern coder (fuzz/fuzz_pattern.c): the
# input is FORMAT ACTORS 0x1E VERBS 0x1E TEXT; pathological dictionaries made
# here, the test fixtures, and (when present) the real validation dictionaries
mkdir -p "$tmp/pat"
/usr/bin/python3 - "$tmp/pat" tests/fixtures/tabari ../shared/data <<'PY'
import sys, os
d, fx, data = sys.argv[1], sys.argv[2], sys.argv[3]
S = "\x1e"
def w(name, fmt, actors, verbs, text):
    open(os.path.join(d, name), "wb").write(bytes([fmt]) + (actors + S + verbs + S + text).encode("utf-8", "replace"))
text = "Arnor attacked Gondor and Dagolath, and they met with Arnor's president.\nHe said Gondor would visit Arnor."
w("deep-alt.bin", 0, "ARNOR [ARN]\n", "ATTACK [190]\n- * " + "{ A | " * 300 + "B" + " }" * 300 + " [191]\n", text)
w("long-phrase.bin", 0, "ARNOR " * 5000 + "[ARN]\n", "ATTACK [190]\n- " + "X_" * 5000 + "* [191]\n", text)
w("many-synsets.bin", 0, "ARNOR [ARN]\n", "<SYNSETS>\n" + "".join("&S%d\n+&S%d\n+W%d\n" % (i, i - 1, i) for i in range(1, 300)) + "</SYNSETS>\nATTACK [190]\n- * &S299 [191]\n", text)
w("codes.bin", 0, "ARNOR [ARN 000000-999999] [---] [###] [+++] [A/B/C/D/E/F]\nGONDOR\n+" * 200 + "\n[GON <9]\n", "MEET [031:031:031]\n- % * $ + ^ ^ ^ [0]\n", text)
w("empty.bin", 1, "", "", "")
w("petr-markers.bin", 1, "ARNOR [ARN]\n+\n+\n", "--- ATTACK [190] ---\nATTACK\n{ATTACKED ATTACKING}\n- * {NP} (PP) [191]\n~ a (b . ATTACK) SAY = a b 112\n", text)
w("junk.bin", 0, "\x00\xff[[[]]]~~~___===\n+\n  [\n", "- * [\n{\n&\n<TIME>\nX [+-1]\n", "\x00" * 10 + text)
for fmt, a, v in ((0, os.path.join(fx, "cli.actors"), os.path.join(fx, "cli.verbs")),
                  (0, os.path.join(data, "TABARI-Code/TABARI.Demo.actors"), os.path.join(data, "TABARI-Code/TABARI.Demo.verbs")),
                  (1, os.path.join(data, "petrarch2/dictionaries/PETR.Validate.actors.txt"), os.path.join(data, "petrarch2/dictionaries/PETR.Validate.verbs.txt"))):
    if os.path.exists(a) and os.path.exists(v):
        w("real-%s.bin" % os.path.basename(a), fmt, open(a, encoding="latin-1").read(), open(v, encoding="latin-1").read(), text)
PY
out2=$("$BUILD/fuzz-replay-pattern" "$tmp"/pat/*.bin); rc2=$?
echo "$out2"
# one closing line for both replays (a crash shows as a failed replay)
n1=$(echo "$out1" | sed -n 's/^fuzz-replay: \([0-9]*\) passed.*/\1/p'); n2=$(echo "$out2" | sed -n 's/^fuzz-pattern: \([0-9]*\) passed.*/\1/p')
f=0; [ $rc1 -eq 0 ] || f=$((f + 1)); [ $rc2 -eq 0 ] || f=$((f + 1))
echo "fuzz: $((${n1:-0} + ${n2:-0})) passed, $f failed"
[ $f -eq 0 ]

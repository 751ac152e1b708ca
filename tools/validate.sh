#!/bin/sh
# `make validate`: runs `tocsin validate` on the TABARI and PETRARCH suites in
# ../shared/data, then scores tocsin's own dictionaries (dict/) on the examples
# gold set, the news gold set and the CAMEO manual's examples (tests/gold.py,
# tests/news_gold.py, tests/cameo_examples.py; issue 4), writes docs/validation.md
# (tables, summary lines, the date and the commands) and fails when a suite's
# right-count is below its floor in tests/validate/floors.txt ("tabari N" /
# "petr N", one per line) or one of the three scorers fails its floors.
set -u
BUILD=${BUILD:-build}
cd "$(dirname "$0")/.."
T=$BUILD/tocsin
OUT=docs/validation.md
FLOORS=tests/validate/floors.txt
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

"$T" validate --markdown "$tmp/tables.md" > "$tmp/out" 2> "$tmp/err"; rc=$?
cat "$tmp/out"
if [ -s "$tmp/err" ]; then echo "warnings (stderr):"; sed 's/^/  /' "$tmp/err" | head -n 40; fi
if [ $rc -ne 0 ]; then echo "make validate: tocsin validate exited $rc; $OUT not written" >&2; exit 1; fi
"$T" validate --list > "$tmp/list" 2> /dev/null || { echo "make validate: tocsin validate --list failed" >&2; exit 1; }

# tocsin's own dictionaries (issue 4): each scorer prints its summary lines; the
# figures below are read from them ("" when a scorer printed none).
echo "tocsin's own dictionaries (dict/):"
BUILD=$BUILD sh tests/gold.sh > "$tmp/gold" 2>&1; goldRc=$?
BUILD=$BUILD sh tests/news-gold.sh > "$tmp/news" 2>&1; newsRc=$?
BUILD=$BUILD sh tests/heldout-gold.sh > "$tmp/held" 2>&1; heldRc=$?
BUILD=$BUILD sh tests/dev4-gold.sh > "$tmp/dev4" 2>&1; dev4Rc=$?
BUILD=$BUILD sh tests/dev5-gold.sh > "$tmp/dev5" 2>&1; dev5Rc=$?
BUILD=$BUILD sh tests/dev6-gold.sh > "$tmp/dev6" 2>&1; dev6Rc=$?
BUILD=$BUILD sh tests/dev7-gold.sh > "$tmp/dev7" 2>&1; dev7Rc=$?
BUILD=$BUILD sh tests/dev8-gold.sh > "$tmp/dev8" 2>&1; dev8Rc=$?
BUILD=$BUILD sh tests/dev9-gold.sh > "$tmp/dev9" 2>&1; dev9Rc=$?
BUILD=$BUILD sh tests/dev10-gold.sh > "$tmp/dev10" 2>&1; dev10Rc=$?
BUILD=$BUILD sh tests/dev11-gold.sh > "$tmp/dev11" 2>&1; dev11Rc=$?
BUILD=$BUILD sh tests/dev12-gold.sh > "$tmp/dev12" 2>&1; dev12Rc=$?
BUILD=$BUILD sh tests/dev13-gold.sh > "$tmp/dev13" 2>&1; dev13Rc=$?
BUILD=$BUILD sh tests/dev14-gold.sh > "$tmp/dev14" 2>&1; dev14Rc=$?
BUILD=$BUILD sh tests/dev15-gold.sh > "$tmp/dev15" 2>&1; dev15Rc=$?
BUILD=$BUILD sh tests/dev16-gold.sh > "$tmp/dev16" 2>&1; dev16Rc=$?
BUILD=$BUILD sh tests/dev17-gold.sh > "$tmp/dev17" 2>&1; dev17Rc=$?
BUILD=$BUILD sh tests/dev18-gold.sh > "$tmp/dev18" 2>&1; dev18Rc=$?
BUILD=$BUILD sh tests/dev19-gold.sh > "$tmp/dev19" 2>&1; dev19Rc=$?
BUILD=$BUILD sh tests/dev20-gold.sh > "$tmp/dev20" 2>&1; dev20Rc=$?
BUILD=$BUILD sh tests/dev21-gold.sh > "$tmp/dev21" 2>&1; dev21Rc=$?
BUILD=$BUILD sh tests/dev22-gold.sh > "$tmp/dev22" 2>&1; dev22Rc=$?
BUILD=$BUILD sh tests/dev23-gold.sh > "$tmp/dev23" 2>&1; dev23Rc=$?
BUILD=$BUILD sh tests/dev24-gold.sh > "$tmp/dev24" 2>&1; dev24Rc=$?
BUILD=$BUILD sh tests/dev25-gold.sh > "$tmp/dev25" 2>&1; dev25Rc=$?
BUILD=$BUILD sh tests/dev26-gold.sh > "$tmp/dev26" 2>&1; dev26Rc=$?
BUILD=$BUILD sh tests/dev27-gold.sh > "$tmp/dev27" 2>&1; dev27Rc=$?
BUILD=$BUILD sh tests/dev28-gold.sh > "$tmp/dev28" 2>&1; dev28Rc=$?
BUILD=$BUILD sh tests/dev29-gold.sh > "$tmp/dev29" 2>&1; dev29Rc=$?
BUILD=$BUILD sh tests/dev30-gold.sh > "$tmp/dev30" 2>&1; dev30Rc=$?
BUILD=$BUILD sh tests/dev31-gold.sh > "$tmp/dev31" 2>&1; dev31Rc=$?
BUILD=$BUILD sh tests/dev32-gold.sh > "$tmp/dev32" 2>&1; dev32Rc=$?
BUILD=$BUILD sh tests/dev33-gold.sh > "$tmp/dev33" 2>&1; dev33Rc=$?
BUILD=$BUILD sh tests/dev34-gold.sh > "$tmp/dev34" 2>&1; dev34Rc=$?
BUILD=$BUILD sh tests/dev35-gold.sh > "$tmp/dev35" 2>&1; dev35Rc=$?
BUILD=$BUILD sh tests/dev36-gold.sh > "$tmp/dev36" 2>&1; dev36Rc=$?
BUILD=$BUILD sh tests/dev37-gold.sh > "$tmp/dev37" 2>&1; dev37Rc=$?
BUILD=$BUILD sh tests/dev38-gold.sh > "$tmp/dev38" 2>&1; dev38Rc=$?
BUILD=$BUILD sh tests/dev39-gold.sh > "$tmp/dev39" 2>&1; dev39Rc=$?
BUILD=$BUILD sh tests/dev40-gold.sh > "$tmp/dev40" 2>&1; dev40Rc=$?
BUILD=$BUILD sh tests/dev41-gold.sh > "$tmp/dev41" 2>&1; dev41Rc=$?
BUILD=$BUILD sh tests/dev42-gold.sh > "$tmp/dev42" 2>&1; dev42Rc=$?
BUILD=$BUILD sh tests/dev43-gold.sh > "$tmp/dev43" 2>&1; dev43Rc=$?
BUILD=$BUILD sh tests/dev44-gold.sh > "$tmp/dev44" 2>&1; dev44Rc=$?
BUILD=$BUILD sh tests/dev45-gold.sh > "$tmp/dev45" 2>&1; dev45Rc=$?
BUILD=$BUILD sh tests/dev46-gold.sh > "$tmp/dev46" 2>&1; dev46Rc=$?
BUILD=$BUILD sh tests/dev47-gold.sh > "$tmp/dev47" 2>&1; dev47Rc=$?
BUILD=$BUILD sh tests/dev48-gold.sh > "$tmp/dev48" 2>&1; dev48Rc=$?
BUILD=$BUILD sh tests/dev49-gold.sh > "$tmp/dev49" 2>&1; dev49Rc=$?
BUILD=$BUILD sh tests/dev50-gold.sh > "$tmp/dev50" 2>&1; dev50Rc=$?
BUILD=$BUILD sh tests/dev51-gold.sh > "$tmp/dev51" 2>&1; dev51Rc=$?
BUILD=$BUILD sh tests/dev52-gold.sh > "$tmp/dev52" 2>&1; dev52Rc=$?
BUILD=$BUILD sh tests/dev53-gold.sh > "$tmp/dev53" 2>&1; dev53Rc=$?
BUILD=$BUILD sh tests/dev54-gold.sh > "$tmp/dev54" 2>&1; dev54Rc=$?
BUILD=$BUILD sh tests/dev55-gold.sh > "$tmp/dev55" 2>&1; dev55Rc=$?
BUILD=$BUILD sh tests/dev56-gold.sh > "$tmp/dev56" 2>&1; dev56Rc=$?
BUILD=$BUILD sh tests/dev57-gold.sh > "$tmp/dev57" 2>&1; dev57Rc=$?
# the second held-out set alone: written blind on 2026-11-30, after every round of tuning
BUILD=$BUILD /usr/bin/python3 tests/news_gold.py --files tests/gold/heldout-2.txt > "$tmp/held2" 2>&1
BUILD=$BUILD sh tests/cameo-examples.sh --misses 0 --markdown "$tmp/cameo.md" > "$tmp/cameo" 2>&1; cameoRc=$?
grep -hE '^(gold events|precision |gold: |recall by root|news-gold: |examples [0-9]|cameo-examples: |skip|FAIL)' \
  "$tmp/gold" "$tmp/news" "$tmp/held" "$tmp/cameo" | sed 's/^/  /'
fig() { sed -nE "s#$2#\1#p" "$1" | head -n 1; }  # no "#" in the expressions
na() { if [ -n "$1" ]; then echo "$1"; else echo "n/a"; fi; }
# the first five figures of a news_gold.py summary line ("gold events N, output N,
# matched N: precision P, recall R, ..."), blank when the scorer printed none
summary() { sed -nE 's/^gold events ([0-9]+), output ([0-9]+), matched ([0-9]+): precision ([0-9.]+), recall ([0-9.]+),.*/\1 \2 \3 \4 \5/p' "$1" | head -n 1; }
meets() { awk -v v="$1" -v t="$2" 'BEGIN { if (v == "") print "not measured"; else if (v + 0 >= t) print "met"; else print "not met" }'; }
gN=$(fig "$tmp/gold" '^gold events: ([0-9]+), output.*'); gOut=$(fig "$tmp/gold" '^gold events: [0-9]+, output events: ([0-9]+),.*')
gHit=$(fig "$tmp/gold" '^gold events: .*matched: ([0-9]+)$')
gP=$(fig "$tmp/gold" '^precision ([0-9.]+) \(floor.*'); gR=$(fig "$tmp/gold" '^precision .*, recall ([0-9.]+) \(floor.*')
gPf=$(fig "$tmp/gold" '^precision [0-9.]+ \(floor ([0-9.]+)\).*'); gRf=$(fig "$tmp/gold" '^precision .*, recall [0-9.]+ \(floor ([0-9.]+)\).*')
gD=$(fig "$tmp/gold" '.*dates right on matched ([0-9.]+) .*')
read -r nN nOut nHit nP nR <<EOF
$(summary "$tmp/news")
EOF
nD=$(fig "$tmp/news" '^gold events .*, dates ([0-9.]+),.*'); nFull=$(fig "$tmp/news" '^gold events .*, full code ([0-9.]+)$')
nByRoot=$(fig "$tmp/news" '^recall by root: (.*)$')
nFloors=$(sed -nE 's/.*--floor ([0-9.]+) ([0-9.]+).*/P \1, R \2/p' tests/news-gold.sh)
read -r hN hOut hHit hP hR <<EOF
$(summary "$tmp/held")
EOF
hFloors=$(sed -nE 's/.*--floor ([0-9.]+) ([0-9.]+).*/P \1, R \2/p' tests/heldout-gold.sh)
read -r dN dOut dHit dP dR <<EOF
$(summary "$tmp/dev4")
EOF
read -r eN eOut eHit eP eR <<EOF
$(summary "$tmp/dev5")
EOF
read -r fN fOut fHit fP fR <<EOF
$(summary "$tmp/dev6")
EOF
read -r sN sOut sHit sP sR <<EOF
$(summary "$tmp/dev7")
EOF
read -r tN tOut tHit tP tR <<EOF
$(summary "$tmp/dev8")
EOF
read -r uN uOut uHit uP uR <<EOF
$(summary "$tmp/dev9")
EOF
read -r vN vOut vHit vP vR <<EOF
$(summary "$tmp/dev10")
EOF
read -r wN wOut wHit wP wR <<EOF
$(summary "$tmp/dev11")
EOF
read -r xN xOut xHit xP xR <<EOF
$(summary "$tmp/dev12")
EOF
read -r yN yOut yHit yP yR <<EOF
$(summary "$tmp/dev13")
EOF
read -r zN zOut zHit zP zR <<EOF
$(summary "$tmp/dev14")
EOF
read -r aN aOut aHit aP aR <<EOF
$(summary "$tmp/dev15")
EOF
read -r bN bOut bHit bP bR <<EOF
$(summary "$tmp/dev16")
EOF
read -r qN qOut qHit qP qR <<EOF
$(summary "$tmp/dev17")
EOF
read -r rN rOut rHit rP rR <<EOF
$(summary "$tmp/dev18")
EOF
read -r jN jOut jHit jP jR <<EOF
$(summary "$tmp/dev19")
EOF
read -r d20N d20Out d20Hit d20P d20R <<EOF
$(summary "$tmp/dev20")
EOF
read -r d21N d21Out d21Hit d21P d21R <<EOF
$(summary "$tmp/dev21")
EOF
read -r d22N d22Out d22Hit d22P d22R <<EOF
$(summary "$tmp/dev22")
EOF
read -r d23N d23Out d23Hit d23P d23R <<EOF
$(summary "$tmp/dev23")
EOF
read -r d24N d24Out d24Hit d24P d24R <<EOF
$(summary "$tmp/dev24")
EOF
read -r d25N d25Out d25Hit d25P d25R <<EOF
$(summary "$tmp/dev25")
EOF
read -r d26N d26Out d26Hit d26P d26R <<EOF
$(summary "$tmp/dev26")
EOF
read -r d27N d27Out d27Hit d27P d27R <<EOF
$(summary "$tmp/dev27")
EOF
read -r d28N d28Out d28Hit d28P d28R <<EOF
$(summary "$tmp/dev28")
EOF
read -r d29N d29Out d29Hit d29P d29R <<EOF
$(summary "$tmp/dev29")
EOF
read -r d30N d30Out d30Hit d30P d30R <<EOF
$(summary "$tmp/dev30")
EOF
read -r d31N d31Out d31Hit d31P d31R <<EOF
$(summary "$tmp/dev31")
EOF
read -r d32N d32Out d32Hit d32P d32R <<EOF
$(summary "$tmp/dev32")
EOF
read -r d33N d33Out d33Hit d33P d33R <<EOF
$(summary "$tmp/dev33")
EOF
read -r d34N d34Out d34Hit d34P d34R <<EOF
$(summary "$tmp/dev34")
EOF
read -r d35N d35Out d35Hit d35P d35R <<EOF
$(summary "$tmp/dev35")
EOF
read -r d36N d36Out d36Hit d36P d36R <<EOF
$(summary "$tmp/dev36")
EOF
read -r d37N d37Out d37Hit d37P d37R <<EOF
$(summary "$tmp/dev37")
EOF
read -r d38N d38Out d38Hit d38P d38R <<EOF
$(summary "$tmp/dev38")
EOF
read -r d39N d39Out d39Hit d39P d39R <<EOF
$(summary "$tmp/dev39")
EOF
read -r d40N d40Out d40Hit d40P d40R <<EOF
$(summary "$tmp/dev40")
EOF
read -r d41N d41Out d41Hit d41P d41R <<EOF
$(summary "$tmp/dev41")
EOF
read -r d42N d42Out d42Hit d42P d42R <<EOF
$(summary "$tmp/dev42")
EOF
read -r d43N d43Out d43Hit d43P d43R <<EOF
$(summary "$tmp/dev43")
EOF
read -r d44N d44Out d44Hit d44P d44R <<EOF
$(summary "$tmp/dev44")
EOF
read -r d45N d45Out d45Hit d45P d45R <<EOF
$(summary "$tmp/dev45")
EOF
read -r d46N d46Out d46Hit d46P d46R <<EOF
$(summary "$tmp/dev46")
EOF
read -r d47N d47Out d47Hit d47P d47R <<EOF
$(summary "$tmp/dev47")
EOF
read -r d48N d48Out d48Hit d48P d48R <<EOF
$(summary "$tmp/dev48")
EOF
read -r d49N d49Out d49Hit d49P d49R <<EOF
$(summary "$tmp/dev49")
EOF
read -r d50N d50Out d50Hit d50P d50R <<EOF
$(summary "$tmp/dev50")
EOF
read -r d51N d51Out d51Hit d51P d51R <<EOF
$(summary "$tmp/dev51")
EOF
read -r d52N d52Out d52Hit d52P d52R <<EOF
$(summary "$tmp/dev52")
EOF
read -r d53N d53Out d53Hit d53P d53R <<EOF
$(summary "$tmp/dev53")
EOF
read -r d54N d54Out d54Hit d54P d54R <<EOF
$(summary "$tmp/dev54")
EOF
read -r d55N d55Out d55Hit d55P d55R <<EOF
$(summary "$tmp/dev55")
EOF
read -r d56N d56Out d56Hit d56P d56R <<EOF
$(summary "$tmp/dev56")
EOF
read -r d57N d57Out d57Hit d57P d57R <<EOF
$(summary "$tmp/dev57")
EOF
read -r h2N h2Out h2Hit h2P h2R <<EOF
$(summary "$tmp/held2")
EOF
cN=$(fig "$tmp/cameo" '^examples ([0-9]+), events.*'); cOut=$(fig "$tmp/cameo" '^examples [0-9]+, events ([0-9]+) .*')
cNeg=$(fig "$tmp/cameo" '.*\(negated left out: ([0-9]+)\).*')
cR=$(fig "$tmp/cameo" '.*, root recall ([0-9.]+) .*'); cRhit=$(fig "$tmp/cameo" '.*, root recall [0-9.]+ \(([0-9]+)/.*')
cP=$(fig "$tmp/cameo" '.*, root precision ([0-9.]+) .*'); cPhit=$(fig "$tmp/cameo" '.*, root precision [0-9.]+ \(([0-9]+)/.*')
cFull=$(fig "$tmp/cameo" '.*, full-code recall ([0-9.]+) .*'); cFullHit=$(fig "$tmp/cameo" '.*, full-code recall [0-9.]+ \(([0-9]+)/.*')
cNone=$(fig "$tmp/cameo" '.*, without events ([0-9]+)$')
# which sets fall short of issue 4's targets (P >= 0.90, R >= 0.80), for the text
short=""
for x in "examples gold:$gP:$gR" "news gold:$nP:$nR" "CAMEO manual examples (root):$cP:$cR"; do
  name=${x%%:*}; pr=${x#*:}; p=${pr%%:*}; r=${pr#*:}; miss=""
  [ "$(meets "$p" 0.90)" = met ] || miss="precision $(na "$p")"
  [ "$(meets "$r" 0.80)" = met ] || miss="${miss:+$miss and }recall $(na "$r")"
  [ -z "$miss" ] || short="${short:+$short; }$name, $miss"
done
if [ -n "$short" ]; then short="short of them -- $short."; else short="all three sets meet both."; fi
cRf=$(awk '$1 == "cameo-root-recall" { print $2 }' "$FLOORS"); cPf=$(awk '$1 == "cameo-root-precision" { print $2 }' "$FLOORS")
cRep=$(fig "$tmp/cameo" '^CAMEO manual examples: .*; mojibake runs repaired: ([0-9]+),.*')
cDrop=$(fig "$tmp/cameo" '^CAMEO manual examples: .*, bytes dropped: ([0-9]+)$')

# counts for the notes below, from the parsed records
n() { grep -c "$1" "$tmp/list" | tr -d ' '; }
tRec=$(n '"suite":"tabari"'); tScored=$(grep '"suite":"tabari"' "$tmp/list" | grep -c '"scored":true')
tExtra=$(n '"skip":"extra after FINAL-01"'); tOpt=$(n '"skip":"option-only"')
tDis=$(n '"skip":"disabled"'); tNone=$(grep '"suite":"tabari"' "$tmp/list" | grep -c '"skip":"no expectation"')
pRec=$(n '"suite":"petr"'); pScored=$(grep '"suite":"petr"' "$tmp/list" | grep -c '"scored":true')
pTrue=$(n '"sentence":"true"'); pFalse=$(grep '"scored":true' "$tmp/list" | grep -c '"sentence":"false"')

{
  cat <<EOF
# Validation: the TABARI and PETRARCH suites

<!-- Generated by \`make validate\` (tools/validate.sh); edits are overwritten. -->

Generated on $(date -u +%Y-%m-%d) by \`make validate\`, which ran \`$T validate --markdown FILE\`
from the repository root (data from \`../shared/data\`, read at run time, never copied
into this repository). \`tocsin validate\` is described in [cli.md](cli.md#tocsin-validate).

Each record is coded from its raw text as one sentence on its own date with the suite's
dictionaries (\`tocsin_dict_load_specs\`), by tocsin's pattern coder
(src/code/sparse.c): no parser, no Treebank parse (PETRARCH's \`<Parse>\` is ignored).
A record is **right** when the multiset of (source, target, code) the coder produces
equals the expected one, with TABARI's own reading of its records (process.cp,
\`checkEvents\`): expected lines after the comment's \`*/\` up to the blank line count; a
disabled \`-{...}\` line ends the check, so only the events listed before it must be
coded; while time shifting is on, the first expected event's date must be that of an
event so coded. TABARI compares in order, tocsin as a multiset. A record whose expectation
is a marker is right when no event is coded: TABARI's \`{+++}\` (complex), \`{---}\` (no
events) and \`{###}\` (discard), PETRARCH's \`noevents\` and \`error=\`.
Records of one story (\`FRWD-001-001\`, \`FRWD-001-002\`, ...) are coded together, one
sentence per line, while a \`FORWARD:\` option is in force, so that pronouns can take the
previous sentence's actor as TABARI's forwarding does.
Floors: a run fails when a suite's right-count falls below its line in
\`tests/validate/floors.txt\`.

EOF
  cat "$tmp/tables.md"
  cat <<EOF
## How the records are read

**TABARI** (\`TABARI-Code/Validate.text\`, project \`Validate.project\`): $tRec records,
$tScored scored. A record is a header line \`YYMMDD  ID\` (YY >= 50 is 19YY, else 20YY),
its text, and a comment from \`/*\` to \`*/\` holding the expected codings in braces; a
comment left unclosed ends at the next blank line, and a record without a comment ends at
a blank line. The category is the id before its first \`-\` (\`FRWD-001-002\` is FRWD,
\`TIME-Modify\` is TIME). \`{ OPTION: line }\` is applied with \`tocsin_dict_option\`
before the record is coded, in file order. Not scored: $tOpt records that only change
options, $tDis whose only expectations are disabled \`-{...}\` lines (TABARI does not
check them), $tNone without any expectation (FINAL-01, where TABARI stops), and the
$tExtra records after FINAL-01, which need other settings or crashed TABARI (their
options are not applied).

**PETRARCH** (\`petrarch2/text/PETR.UnitTest.records.xml\`, dictionaries named by its
\`<Environment>\` in \`petrarch2/dictionaries/\`): $pRec \`<Sentence>\` elements, $pScored
scored: every sentence with at least one \`<EventCoding>\`. \`<Config>\` elements inside
\`<Sentences>\` are applied in document order as \`option=value\`; the one inside
\`<Environment>\` (\`stop_on_error\`) is a setting of PETRARCH's runner and is not applied.
\`<Parse>\` is ignored. The issue behind this runner expected 279 coded records: 279 is the
number of sentences marked \`sentence="true"\` (here $pTrue), not of sentences with an
\`<EventCoding>\`; the $pScored scored here include $pFalse marked \`sentence="false"\`,
and one \`sentence="true"\` record (PATTERN-06) has no \`<EventCoding>\` and is not scored.

## Where tocsin still differs, and why

TABARI's semantics are implemented from its manual and source (sparse parse: roots by
longest match, nouns after determiners and mid-sentence capitals, compounds, comma
clauses, conjunction clauses, pronouns, forwarding, passive voice, paired, subordinate,
dominant, null, discard and complex codes, date restrictions, time shifts, agents,
\`{ | }\` alternatives with TABARI's length rule, synsets). The TABARI records still
coded differently:

- **SYNSET-22h** -- a synset element joined by \`_\` inside a lower match that TABARI
  is expected to *fail*; tocsin's matcher finds it (TABARI itself marks the case "fails").
- **COMPLEX-06** -- "On accord Gondor repelled Mordor ...": TABARI treats the null-coded
  verb before the first actor as a non-verb for NOACTPRIOR; tocsin counts ACCORD as the
  first verb and rejects the sentence as complex.
- **DEBUG-20** -- a compound that overlaps a comma clause ("the Nepal, Arnor and Dagolath
  Osgiliath, Mordor ..."): TABARI's tag bookkeeping ends the compound at the clause's
  comma; tocsin's compound keeps Osgiliath.

PETRARCH codes from a Treebank parse. tocsin reads PETRARCH dictionaries with PETRARCH's
conventions (Treebank contractions "DID N'T", whole words, \`{plurals}\`, \`<Config>\`
\`require_dyad\` and \`comma_*\`, anonymous agents "---GOV", agents anywhere in the
actor's noun phrase, a final ", a senior official said" clause coded on its own) and
approximates the parse with rules. The PETRARCH records still coded differently need the
parse itself: noun phrases whose head is not the first actor ("Ithilen's sheep and goats
of Gondor"), coordinated agents ("Danish media and government", "lawmakers and
officials in ..."), prepositional attachment ("celebrated Iftar at Osgiliath with the
parliament of Gondor"), the direct object of a clause with several candidates, and two
pairs of records whose texts end alike but whose parses differ (COMMA-06 / COMMA-11).
Two records expect a parse error (ERROR-02, ERROR-03), which raw text cannot produce,
and two expect actor codes written as quoted phrases (ACTOR-01, -02: PETRARCH's
new_actor_length feature), which tocsin does not invent.
EOF
  cat <<EOF

## tocsin's own dictionaries

The sections above measure tocsin's pattern coder with the TABARI and PETRARCH
dictionaries. This one measures tocsin's **default dictionaries** -- \`dict/\` (actors,
\`dict/verbs.txt\`, \`dict/cameo.txt\`) and the country names generated from iso-codes, what
\`tocsin code\` uses without \`--dict\` -- with its own coder (src/code/), on three sets
(issue 4). Precision is the share of tocsin's events that match; recall the share of gold
events (for the manual, of examples) that are matched. Issue 4 sets the targets
**precision >= 0.90 and recall >= 0.80**; they are stated next to the measured values.

| set | an event matches on | gold | tocsin's events | matched | precision | recall | P >= 0.90 | R >= 0.80 |
|---|---|---:|---:|---:|---:|---:|---|---|
| examples gold: \`examples/README.md\`, 2 bundled documents | source, target, root | $(na "$gN") events | $(na "$gOut") | $(na "$gHit") | $(na "$gP") | $(na "$gR") | $(meets "$gP" 0.90) | $(meets "$gR" 0.80) |
| news gold: \`tests/gold/news-*.txt\`, $(ls tests/gold/news-*.txt | wc -l | tr -d " ") files | source, target, root, negation, in the same sentence | $(na "$nN") events | $(na "$nOut") | $(na "$nHit") | $(na "$nP") | $(na "$nR") | $(meets "$nP" 0.90) | $(meets "$nR" 0.80) |
| development set 4: \`tests/gold/dev4-*.txt\`, 4 files written blind on 2026-11-30, then used to find faults (as first written, before any fix: P 0.63, R 0.54) | source, target, root, negation, in the same sentence | $(na "$dN") events | $(na "$dOut") | $(na "$dHit") | $(na "$dP") | $(na "$dR") | $(meets "$dP" 0.90) | $(meets "$dR" 0.80) |
| development set 5: \`tests/gold/dev5-*.txt\`, 4 files written blind on 2026-11-30 (session 10), then used to find faults (as first written, before any fix: P 0.69, R 0.54) | source, target, root, negation, in the same sentence | $(na "$eN") events | $(na "$eOut") | $(na "$eHit") | $(na "$eP") | $(na "$eR") | $(meets "$eP" 0.90) | $(meets "$eR" 0.80) |
| development set 6: \`tests/gold/dev6-*.txt\`, 4 files written blind on 2026-11-30 (session 11), then used to find faults (as first written, before any fix: P 0.61, R 0.43) | source, target, root, negation, in the same sentence | $(na "$fN") events | $(na "$fOut") | $(na "$fHit") | $(na "$fP") | $(na "$fR") | $(meets "$fP" 0.90) | $(meets "$fR" 0.80) |
| development set 7: \`tests/gold/dev7-*.txt\`, 4 files written blind on 2026-11-30 (session 12), then used to find faults (as first written, before any fix: P 0.72, R 0.54) | source, target, root, negation, in the same sentence | $(na "$sN") events | $(na "$sOut") | $(na "$sHit") | $(na "$sP") | $(na "$sR") | $(meets "$sP" 0.90) | $(meets "$sR" 0.80) |
| development set 8: \`tests/gold/dev8-*.txt\`, 4 files written blind on 2026-11-30 (session 13), then used to find faults (as first written, before any fix: P 0.72, R 0.57) | source, target, root, negation, in the same sentence | $(na "$tN") events | $(na "$tOut") | $(na "$tHit") | $(na "$tP") | $(na "$tR") | $(meets "$tP" 0.90) | $(meets "$tR" 0.80) |
| development set 9: \`tests/gold/dev9-*.txt\`, 4 files written blind on 2026-11-30 (session 14), then used to find faults (as first written, before any fix: P 0.75, R 0.55) | source, target, root, negation, in the same sentence | $(na "$uN") events | $(na "$uOut") | $(na "$uHit") | $(na "$uP") | $(na "$uR") | $(meets "$uP" 0.90) | $(meets "$uR" 0.80) |
| development set 10: \`tests/gold/dev10-*.txt\`, 4 files written blind on 2026-11-30 (session 15), then used to find faults (as first written, before any fix: P 0.73, R 0.58) | source, target, root, negation, in the same sentence | $(na "$vN") events | $(na "$vOut") | $(na "$vHit") | $(na "$vP") | $(na "$vR") | $(meets "$vP" 0.90) | $(meets "$vR" 0.80) |
| development set 11: \`tests/gold/dev11-*.txt\`, 4 files written blind on 2026-12-01 (session 16), then used to find faults (as first written, before any fix: P 0.74, R 0.62) | source, target, root, negation, in the same sentence | $(na "$wN") events | $(na "$wOut") | $(na "$wHit") | $(na "$wP") | $(na "$wR") | $(meets "$wP" 0.90) | $(meets "$wR" 0.80) |
| development set 12: \`tests/gold/dev12-*.txt\`, 4 files written blind on 2026-12-01 (session 17), then used to find faults (as first written, before any fix: P 0.70, R 0.56) | source, target, root, negation, in the same sentence | $(na "$xN") events | $(na "$xOut") | $(na "$xHit") | $(na "$xP") | $(na "$xR") | $(meets "$xP" 0.90) | $(meets "$xR" 0.80) |
| development set 13: \`tests/gold/dev13-*.txt\`, 4 files written blind on 2026-12-01 (session 18), then used to find faults (as first written, before any fix: P 0.77, R 0.61) | source, target, root, negation, in the same sentence | $(na "$yN") events | $(na "$yOut") | $(na "$yHit") | $(na "$yP") | $(na "$yR") | $(meets "$yP" 0.90) | $(meets "$yR" 0.80) |
| development set 14: \`tests/gold/dev14-*.txt\`, 4 files written blind on 2026-12-01 (session 19), then used to find faults (as first written, before any fix: P 0.73, R 0.55) | source, target, root, negation, in the same sentence | $(na "$zN") events | $(na "$zOut") | $(na "$zHit") | $(na "$zP") | $(na "$zR") | $(meets "$zP" 0.90) | $(meets "$zR" 0.80) |
| development set 15: \`tests/gold/dev15-*.txt\`, 4 files written blind on 2026-12-01 (session 20; one set per construction the coder finds hard: reference across sentences, who acts on whom, clauses that hide the act, analytic warning reports), then used to find faults (as first written, before any fix: P 0.66, R 0.40) | source, target, root, negation, in the same sentence | $(na "$aN") events | $(na "$aOut") | $(na "$aHit") | $(na "$aP") | $(na "$aR") | $(meets "$aP" 0.90) | $(meets "$aR" 0.80) |
| development set 16: \`tests/gold/dev16-*.txt\`, 4 files written blind on 2026-12-01 (session 21; one set per region: sub-Saharan Africa; the Middle East, North Africa and South Asia; East and Southeast Asia, the Pacific and Central Asia; the Americas), then used to find faults (as first written, before any fix: P 0.67, R 0.43) | source, target, root, negation, in the same sentence | $(na "$bN") events | $(na "$bOut") | $(na "$bHit") | $(na "$bP") | $(na "$bR") | $(meets "$bP" 0.90) | $(meets "$bR" 0.80) |
| development set 17: \`tests/gold/dev17-*.txt\`, 4 files written blind on 2026-12-01 (session 22; ordinary news as a desk writes it, one set per era or outlet: world wire news of 2000-2009; of 2010-2017; front pages of regional English-language dailies; world-news briefs and roundups), then used to find faults (as first written, before any fix: P 0.65, R 0.49) | source, target, root, negation, in the same sentence | $(na "$qN") events | $(na "$qOut") | $(na "$qHit") | $(na "$qP") | $(na "$qR") | $(meets "$qP" 0.90) | $(meets "$qR" 0.80) |
| development set 18: \`tests/gold/dev18-*.txt\`, 4 files written blind on 2026-12-04 (session 34: economic coercion and cooperation, 2018-2025; domestic politics, 2010-2025; then, scored once with the final coder, wire news of 2024-2025 and analytic warning updates), the first two used to find faults (as first written, before any fix: P 0.61, R 0.44) | source, target, root, negation, in the same sentence | $(na "$rN") events | $(na "$rOut") | $(na "$rHit") | $(na "$rP") | $(na "$rR") | $(meets "$rP" 0.90) | $(meets "$rR" 0.80) |
| development set 19: \`tests/gold/dev19-*.txt\`, 2 files written blind on 2026-12-04 (session 35: domestic and regional politics, 2016-2025; security and diplomacy, 2016-2025), then used to find faults (as first written, before any fix: P 0.69, R 0.49) | source, target, root, negation, in the same sentence | $(na "$jN") events | $(na "$jOut") | $(na "$jHit") | $(na "$jP") | $(na "$jR") | $(meets "$jP" 0.90) | $(meets "$jR" 0.80) |
| development set 20: \`tests/gold/dev20-*.txt\`, 2 files written blind on 2026-12-04 (session 36: international wire copy, 2017-2025; analytic and warning-report prose, 2019-2025), then used to find faults (as first written, before any fix: P 0.60, R 0.45) | source, target, root, negation, in the same sentence | $(na "$d20N") events | $(na "$d20Out") | $(na "$d20Hit") | $(na "$d20P") | $(na "$d20R") | $(meets "$d20P" 0.90) | $(meets "$d20R" 0.80) |
| development set 21: \`tests/gold/dev21-*.txt\`, 2 files written blind on 2026-12-04 (session 37: international wire copy, 2000-2016; analytic warning updates, 2015-2025), then used to find faults (as first written, before any fix: P 0.60, R 0.44) | source, target, root, negation, in the same sentence | $(na "$d21N") events | $(na "$d21Out") | $(na "$d21Hit") | $(na "$d21P") | $(na "$d21R") | $(meets "$d21P" 0.90) | $(meets "$d21R" 0.80) |
| development set 22: \`tests/gold/dev22-*.txt\`, 2 files written blind on 2026-12-04 (session 37, late, to measure that session's changes on text they were not made on: wire copy of 2020-2025 outside Europe; daily warning briefs, 2021-2025), scored as first written with the session's starting build (P 0.60, R 0.36) and its build of the time (P 0.61, R 0.37) | source, target, root, negation, in the same sentence | $(na "$d22N") events | $(na "$d22Out") | $(na "$d22Hit") | $(na "$d22P") | $(na "$d22R") | $(meets "$d22P" 0.90) | $(meets "$d22R" 0.80) |
| development set 23: \`tests/gold/dev23-*.txt\`, 2 files written blind on 2026-12-04 (session 38: international wire copy of 2006-2018; think-tank warning updates, 2014-2025), scored as first written with the session's starting build (P 0.59, R 0.40) and, for the updates written later, the build of their arrival (P 0.59, R 0.42) | source, target, root, negation, in the same sentence | $(na "$d23N") events | $(na "$d23Out") | $(na "$d23Hit") | $(na "$d23P") | $(na "$d23R") | $(meets "$d23P" 0.90) | $(meets "$d23R" 0.80) |
| development set 24: \`tests/gold/dev24-*.txt\`, 2 files written blind on 2026-12-04 (session 39: think-tank warning updates, 2019-2025; international wire copy of 1991-2002), scored as first written with the session's starting build (P 0.61, R 0.40) and the builds of their arrival (P 0.62, R 0.40) | source, target, root, negation, in the same sentence | $(na "$d24N") events | $(na "$d24Out") | $(na "$d24Hit") | $(na "$d24P") | $(na "$d24R") | $(meets "$d24P" 0.90) | $(meets "$d24R" 0.80) |
| development set 25: \`tests/gold/dev25-*.txt\`, 2 files written blind on 2026-12-04 (session 40: think-tank warning updates, 2016-2025; international wire copy of 2006-2013), scored as first written with the session's starting build (P 0.61, R 0.42) and the builds of their arrival (P 0.62, R 0.42) | source, target, root, negation, in the same sentence | $(na "$d25N") events | $(na "$d25Out") | $(na "$d25Hit") | $(na "$d25P") | $(na "$d25R") | $(meets "$d25P" 0.90) | $(meets "$d25R" 0.80) |
| development set 26: \`tests/gold/dev26-*.txt\`, 2 files written blind on 2026-12-04 (session 41: international wire copy of 2008-2024 on diplomacy and cooperation; conflict reporting of 1998-2025 on Africa, the Middle East and South Asia), scored as first written with the session's starting build (P 0.67, R 0.49) and the builds of their arrival (P 0.67, R 0.49) | source, target, root, negation, in the same sentence | $(na "$d26N") events | $(na "$d26Out") | $(na "$d26Hit") | $(na "$d26P") | $(na "$d26R") | $(meets "$d26P" 0.90) | $(meets "$d26R" 0.80) |
| development set 27: \`tests/gold/dev27-*.txt\`, 2 files written blind on 2026-12-05 (session 42: wire copy of 1993-2022 from the Americas and Europe; think-tank warning updates of 2014-2025 on Russia, Belarus, Ukraine, Moldova, the Baltics and the Caucasus), scored as first written with the session's starting build (P 0.63, R 0.43) and the builds of their arrival (P 0.63, R 0.43) | source, target, root, negation, in the same sentence | $(na "$d27N") events | $(na "$d27Out") | $(na "$d27Hit") | $(na "$d27P") | $(na "$d27R") | $(meets "$d27P" 0.90) | $(meets "$d27R" 0.80) |
| development set 28: \`tests/gold/dev28-*.txt\`, 3 files written blind on 2026-12-05 (sessions 44-45: think-tank digests of 2015-2024; wire copy of 1994-2018 from Asia, Africa and the Middle East; wire copy of 1990-2012 from Europe, the Caucasus and the Americas), scored as first written with the starting builds of the sessions they arrived in (P 0.66, R 0.46) and the builds of their arrival (P 0.66, R 0.46) | source, target, root, negation, in the same sentence | $(na "$d28N") events | $(na "$d28Out") | $(na "$d28Hit") | $(na "$d28P") | $(na "$d28R") | $(meets "$d28P" 0.90) | $(meets "$d28R" 0.80) |
| development set 29: \`tests/gold/dev29-reports.txt\`, written blind on 2026-12-05 (session 45: analytic reports of 2012-2021 on Europe, Africa, the Americas and Asia, footnote markers glued as converted PDFs leave them), scored as first written with the session's starting build (P 0.69, R 0.46) and the build of its arrival (P 0.69, R 0.46) | source, target, root, negation, in the same sentence | $(na "$d29N") events | $(na "$d29Out") | $(na "$d29Hit") | $(na "$d29P") | $(na "$d29R") | $(meets "$d29P" 0.90) | $(meets "$d29R" 0.80) |
| development set 30: \`tests/gold/dev30-*.txt\`, 2 files written blind on 2026-12-05 (session 46: wire copy of 1995-2021 from every region; government and think-tank briefings and digests of 2003-2014 on six regions, footnote markers glued), scored as first written with the session's starting build (P 0.63, R 0.49) and the build of their arrival (P 0.63, R 0.49) | source, target, root, negation, in the same sentence | $(na "$d30N") events | $(na "$d30Out") | $(na "$d30Hit") | $(na "$d30P") | $(na "$d30R") | $(meets "$d30P" 0.90) | $(meets "$d30R" 0.80) |
| development set 31: \`tests/gold/dev31-*.txt\`, 2 files written blind on 2026-12-05 (session 47: wire copy of 1991-2011 from every region; think-tank warning updates of 2005-2025 on eight regions, footnote markers glued), scored as first written with the session's starting build (P 0.63, R 0.39) | source, target, root, negation, in the same sentence | $(na "$d31N") events | $(na "$d31Out") | $(na "$d31Hit") | $(na "$d31P") | $(na "$d31R") | $(meets "$d31P" 0.90) | $(meets "$d31R" 0.80) |
| development set 32: \`tests/gold/dev32-*.txt\`, 2 files written blind on 2026-12-05 (session 48: wire copy of 1989-2023 from every region, weighted to roots 11-17; think-tank warning updates of 2005-2022 on six regions, footnote markers glued), scored as first written with the session's starting build (P 0.61, R 0.43) | source, target, root, negation, in the same sentence | $(na "$d32N") events | $(na "$d32Out") | $(na "$d32Hit") | $(na "$d32P") | $(na "$d32R") | $(meets "$d32P" 0.90) | $(meets "$d32R" 0.80) |
| development set 33: \`tests/gold/dev33-*.txt\`, 2 files written blind on 2026-12-06 (session 49: wire copy of 1989-2017 from every region, weighted to appeals, consultations, accords and mediation; think-tank warning updates of 2006-2025 on nine regions, footnote markers glued), scored as first written with the session's starting build (P 0.59, R 0.38) | source, target, root, negation, in the same sentence | $(na "$d33N") events | $(na "$d33Out") | $(na "$d33Hit") | $(na "$d33P") | $(na "$d33R") | $(meets "$d33P" 0.90) | $(meets "$d33R" 0.80) |
| development set 34: \`tests/gold/dev34-*.txt\`, 2 files written blind on 2026-12-06 (session 50: wire copy of 1994-2019, two stories per region; think-tank warning updates of 2007-2022 on ten regions, footnote markers glued), scored as first written with the session's starting build (P 0.60, R 0.42) | source, target, root, negation, in the same sentence | $(na "$d34N") events | $(na "$d34Out") | $(na "$d34Hit") | $(na "$d34P") | $(na "$d34R") | $(meets "$d34P" 0.90) | $(meets "$d34R" 0.80) |
| development set 35: \`tests/gold/dev35-*.txt\`, 2 files written blind on 2026-12-06 (session 51: wire copy of 1995-2022, two stories per region; think-tank warning updates of 2009-2025 on ten regions, footnote markers glued), scored as first written with the session's starting build (P 0.66, R 0.45) | source, target, root, negation, in the same sentence | $(na "$d35N") events | $(na "$d35Out") | $(na "$d35Hit") | $(na "$d35P") | $(na "$d35R") | $(meets "$d35P" 0.90) | $(meets "$d35R" 0.80) |
| development set 36: \`tests/gold/dev36-*.txt\`, 2 files written blind on 2026-12-06 (session 52: wire copy of 1995-2014, two stories per region; think-tank warning updates of 2009-2024 on ten subjects, footnote markers glued), scored as first written with the session's starting build (P 0.62, R 0.45) | source, target, root, negation, in the same sentence | $(na "$d36N") events | $(na "$d36Out") | $(na "$d36Hit") | $(na "$d36P") | $(na "$d36R") | $(meets "$d36P" 0.90) | $(meets "$d36R" 0.80) |
| development set 37: \`tests/gold/dev37-*.txt\`, 2 files written blind on 2026-12-06 (session 53: wire copy of 1991-2018, two stories per region; think-tank warning updates of 2009-2025 on ten subjects, footnote markers glued), scored as first written with the session's starting build (P 0.60, R 0.41) | source, target, root, negation, in the same sentence | $(na "$d37N") events | $(na "$d37Out") | $(na "$d37Hit") | $(na "$d37P") | $(na "$d37R") | $(meets "$d37P" 0.90) | $(meets "$d37R" 0.80) |
| development set 38: \`tests/gold/dev38-*.txt\`, 2 files written blind on 2026-12-06 (session 54: wire copy of 1996-2020, two stories per region; think-tank warning updates of 2009-2022 on ten subjects, footnote markers glued), scored as first written with the session's starting build (P 0.65, R 0.42) | source, target, root, negation, in the same sentence | $(na "$d38N") events | $(na "$d38Out") | $(na "$d38Hit") | $(na "$d38P") | $(na "$d38R") | $(meets "$d38P" 0.90) | $(meets "$d38R" 0.80) |
| development set 39: \`tests/gold/dev39-*.txt\`, 2 files written blind on 2026-12-06 (session 55: wire copy of 1993-2011, two stories per region; think-tank warning updates of 2005-2024 on ten subjects, footnote markers glued), scored as first written with the session's starting build (P 0.61, R 0.44) | source, target, root, negation, in the same sentence | $(na "$d39N") events | $(na "$d39Out") | $(na "$d39Hit") | $(na "$d39P") | $(na "$d39R") | $(meets "$d39P" 0.90) | $(meets "$d39R" 0.80) |
| development set 40: \`tests/gold/dev40-*.txt\`, 2 files written blind on 2026-12-06 (session 56: wire copy of 1992-2016, two stories per region; think-tank warning updates of 2001-2022 on ten subjects, footnote markers glued), scored as first written with the session's starting build (P 0.65, R 0.50) | source, target, root, negation, in the same sentence | $(na "$d40N") events | $(na "$d40Out") | $(na "$d40Hit") | $(na "$d40P") | $(na "$d40R") | $(meets "$d40P" 0.90) | $(meets "$d40R" 0.80) |
| development set 41: \`tests/gold/dev41-*.txt\`, 2 files written blind on 2026-12-06 (session 56, the session's second set: wire copy of 1988-2015, two stories per region; think-tank warning updates of 2009-2025 on ten subjects, footnote markers glued), scored as first written with the session's starting build (P 0.69, R 0.51) | source, target, root, negation, in the same sentence | $(na "$d41N") events | $(na "$d41Out") | $(na "$d41Hit") | $(na "$d41P") | $(na "$d41R") | $(meets "$d41P" 0.90) | $(meets "$d41R" 0.80) |
| development set 42: \`tests/gold/dev42-*.txt\`, 2 files written blind on 2026-12-06 (session 57: wire copy of 1985-2006, two stories per region; think-tank warning updates of 2007-2021 on ten subjects, footnote markers glued), scored as first written with the session's starting build (P 0.67, R 0.55) | source, target, root, negation, in the same sentence | $(na "$d42N") events | $(na "$d42Out") | $(na "$d42Hit") | $(na "$d42P") | $(na "$d42R") | $(meets "$d42P" 0.90) | $(meets "$d42R" 0.80) |
| development set 43: \`tests/gold/dev43-*.txt\`, 2 files written blind on 2026-12-06 (session 57, the session's second set: wire copy of 1992-2018, two stories per region; think-tank warning updates of 2007-2024 on ten subjects, footnote markers glued), scored as first written with the session's starting build (P 0.67, R 0.54) | source, target, root, negation, in the same sentence | $(na "$d43N") events | $(na "$d43Out") | $(na "$d43Hit") | $(na "$d43P") | $(na "$d43R") | $(meets "$d43P" 0.90) | $(meets "$d43R" 0.80) |
| development set 44: \`tests/gold/dev44-*.txt\`, 2 files written blind on 2026-12-07 (session 58: wire copy of 1988-2013, two stories per region; think-tank warning updates of 2006-2024 on ten subjects, footnote markers glued), scored as first written with the session's starting build (P 0.65, R 0.47) | source, target, root, negation, in the same sentence | $(na "$d44N") events | $(na "$d44Out") | $(na "$d44Hit") | $(na "$d44P") | $(na "$d44R") | $(meets "$d44P" 0.90) | $(meets "$d44R" 0.80) |
| development set 45: \`tests/gold/dev45-*.txt\`, 2 files written blind on 2026-12-07 (session 58, its second set: wire copy of 1987-2020, two stories per region; think-tank warning updates of 2015-2025 on ten subjects, footnote markers glued), scored as first written with the session's starting build (P 0.64, R 0.57) | source, target, root, negation, in the same sentence | $(na "$d45N") events | $(na "$d45Out") | $(na "$d45Hit") | $(na "$d45P") | $(na "$d45R") | $(meets "$d45P" 0.90) | $(meets "$d45R" 0.80) |
| development set 46: \`tests/gold/dev46-*.txt\`, 2 files written blind on 2026-12-07 (session 59: wire copy of 1987-2022, two stories per region; think-tank warning updates of 2006-2024 on ten subjects, footnote markers glued), scored as first written with the session's starting build (P 0.67, R 0.54) | source, target, root, negation, in the same sentence | $(na "$d46N") events | $(na "$d46Out") | $(na "$d46Hit") | $(na "$d46P") | $(na "$d46R") | $(meets "$d46P" 0.90) | $(meets "$d46R" 0.80) |
| development set 47: \`tests/gold/dev47-*.txt\`, 2 files written blind on 2026-12-07 (session 59, its second set: wire copy of 1985-2016, two stories per region; think-tank warning updates of 2012-2024 on ten subjects, footnote markers glued), scored as first written with the session's starting build (P 0.58, R 0.44) | source, target, root, negation, in the same sentence | $(na "$d47N") events | $(na "$d47Out") | $(na "$d47Hit") | $(na "$d47P") | $(na "$d47R") | $(meets "$d47P" 0.90) | $(meets "$d47R" 0.80) |
| development set 48: \`tests/gold/dev48-*.txt\`, 2 files written blind on 2026-12-07 (session 60, its first set: wire copy of 1987-2008, two stories per region; think-tank warning updates of 2011-2024 on ten subjects, footnote markers glued), scored as first written with the session's starting build (P 0.61, R 0.45) | source, target, root, negation, in the same sentence | $(na "$d48N") events | $(na "$d48Out") | $(na "$d48Hit") | $(na "$d48P") | $(na "$d48R") | $(meets "$d48P" 0.90) | $(meets "$d48R" 0.80) |
| development set 49: \`tests/gold/dev49-*.txt\`, 2 files written blind on 2026-12-07 (session 60, its second set: wire copy of 1985-2019, two stories per region; think-tank warning updates of 2013-2023 on ten subjects, footnote markers glued), scored as first written with the session's starting build (P 0.66, R 0.52) | source, target, root, negation, in the same sentence | $(na "$d49N") events | $(na "$d49Out") | $(na "$d49Hit") | $(na "$d49P") | $(na "$d49R") | $(meets "$d49P" 0.90) | $(meets "$d49R" 0.80) |
| development set 50: \`tests/gold/dev50-*.txt\`, 2 files written blind on 2026-12-07 (session 61: wire copy of 1984-2008, two stories per region; think-tank warning updates of 2006-2024 on ten subjects, footnote markers glued), scored as first written with the session's starting build (P 0.72, R 0.60) | source, target, root, negation, in the same sentence | $(na "$d50N") events | $(na "$d50Out") | $(na "$d50Hit") | $(na "$d50P") | $(na "$d50R") | $(meets "$d50P" 0.90) | $(meets "$d50R" 0.80) |
| development set 51: \`tests/gold/dev51-*.txt\`, 2 files written blind on 2026-12-07 (session 61, its second set: wire copy of 1983-2011, two stories per region; think-tank warning updates of 2011-2025 on ten subjects, footnote markers glued), scored as first written with the session's starting build and the build it was commissioned at (both P 0.64, R 0.44) | source, target, root, negation, in the same sentence | $(na "$d51N") events | $(na "$d51Out") | $(na "$d51Hit") | $(na "$d51P") | $(na "$d51R") | $(meets "$d51P" 0.90) | $(meets "$d51R" 0.80) |
| development set 52: \`tests/gold/dev52-*.txt\`, 2 files written blind on 2026-12-07 (session 62, commissioned at its start: wire copy of 1986-2010, two stories per region; think-tank warning updates of 2012-2025 on ten subjects, footnote markers glued), scored as first written with the build they were commissioned at (P 0.56, R 0.47) | source, target, root, negation, in the same sentence | $(na "$d52N") events | $(na "$d52Out") | $(na "$d52Hit") | $(na "$d52P") | $(na "$d52R") | $(meets "$d52P" 0.90) | $(meets "$d52R" 0.80) |
| development set 53: \`tests/gold/dev53-*.txt\`, 2 files written blind on 2026-12-07 (session 62, its second set: wire copy of 1983-2017, two stories per region; think-tank warning updates of 2008-2025 on ten subjects, footnote markers glued), scored as first written with the session's starting build and the build it was commissioned at (both P 0.56, R 0.50) | source, target, root, negation, in the same sentence | $(na "$d53N") events | $(na "$d53Out") | $(na "$d53Hit") | $(na "$d53P") | $(na "$d53R") | $(meets "$d53P" 0.90) | $(meets "$d53R" 0.80) |
| development set 54: \`tests/gold/dev54-*.txt\`, 2 files written blind on 2026-12-07 (session 63: wire copy of 1979-2011, two stories per region; think-tank warning updates of 2015-2025 on ten subjects, footnote markers glued), scored as first written with the session's starting build and the build of the moment it was scored (both P 0.61, R 0.53) | source, target, root, negation, in the same sentence | $(na "$d54N") events | $(na "$d54Out") | $(na "$d54Hit") | $(na "$d54P") | $(na "$d54R") | $(meets "$d54P" 0.90) | $(meets "$d54R" 0.80) |
| development set 55: \`tests/gold/dev55-*.txt\`, 2 files written blind on 2026-12-07 (session 63, its second set: wire copy of 1976-2008, two stories per region; think-tank warning updates of 2020-2025 on ten subjects, footnote markers glued), scored as first written with the session's starting build and the build of the moment it was scored (both P 0.68, R 0.56) | source, target, root, negation, in the same sentence | $(na "$d55N") events | $(na "$d55Out") | $(na "$d55Hit") | $(na "$d55P") | $(na "$d55R") | $(meets "$d55P" 0.90) | $(meets "$d55R" 0.80) |
| development set 56: \`tests/gold/dev56-*.txt\`, 2 files written blind on 2026-12-07 (session 64, at its start: wire copy of 1975-2014, two stories per region; think-tank warning updates of 2018-2025 on ten subjects, footnote markers glued), scored as first written with the session's starting build and the build of the moment it was scored (both P 0.64, R 0.52) | source, target, root, negation, in the same sentence | $(na "$d56N") events | $(na "$d56Out") | $(na "$d56Hit") | $(na "$d56P") | $(na "$d56R") | $(meets "$d56P" 0.90) | $(meets "$d56R" 0.80) |
| development set 57: \`tests/gold/dev57-*.txt\`, 2 files written blind on 2026-12-07 (session 64, its second set: wire copy of 1977-1999, two stories per region; think-tank warning updates of 2015-2025 on ten subjects, footnote markers glued), scored as first written with the session's starting build (P 0.71, R 0.60) and the build it was commissioned at (P 0.71, R 0.59) | source, target, root, negation, in the same sentence | $(na "$d57N") events | $(na "$d57Out") | $(na "$d57Hit") | $(na "$d57P") | $(na "$d57R") | $(meets "$d57P" 0.90) | $(meets "$d57R" 0.80) |
| held-out news gold: \`tests/gold/heldout-news.txt\` and \`heldout-2.txt\`, written blind to the coder | source, target, root, negation, in the same sentence | $(na "$hN") events | $(na "$hOut") | $(na "$hHit") | $(na "$hP") | $(na "$hR") | $(meets "$hP" 0.90) | $(meets "$hR" 0.80) |
| the second of them alone: \`tests/gold/heldout-2.txt\`, written blind on 2026-11-30 | source, target, root, negation, in the same sentence | $(na "$h2N") events | $(na "$h2Out") | $(na "$h2Hit") | $(na "$h2P") | $(na "$h2R") | $(meets "$h2P" 0.90) | $(meets "$h2R" 0.80) |
| CAMEO manual examples: \`andybega-icews/cameo-codes.csv\` | root only (the CSV has no actors) | $(na "$cN") examples | $(na "$cOut") | $(na "$cRhit") examples, $(na "$cPhit") events | $(na "$cP") | $(na "$cR") | $(meets "$cP" 0.90) | $(meets "$cR" 0.80) |

Actors are compared as their country (the first three letters of a state code), the whole
code of an IGO or NGO, and a company (MNC) by its home country. On the examples gold set
negated events are left out (the gold lists record none); in the news gold set the negation
must agree. Dates right on matched events: $(na "$gD") (examples gold), $(na "$nD") (news gold);
on the news gold set $(na "$nFull") of the matched events also have the gold's full code.
News gold recall by root: $(na "$nByRoot").

Against the targets: $short The examples gold set is two documents ($(na "$gN") events),
too small to say much on its own; the news gold set and the manual's examples are the broader
measures. The held-out set (tests/gold/README.md) was written on 2026-11-29 without running
tocsin, after the coder had been tuned on the other sets, and heldout-2.txt on 2026-11-30, after
six sessions of tuning, by a writer who never ran tocsin on it (its own row above): the gap
between them and the news gold set is the honest measure of how far that tuning generalises,
and the coder is not tuned to their sentences (its floor, $(na "$hFloors") in tests/heldout-gold.sh, only catches regressions).

### The CAMEO manual's examples

The issue names \`openeventdata-Dictionaries/CAMEO.Manual.1.1b3.tex\`. That file holds the
actor codebook, the religious coding scheme and, in its chapter "CAMEO EVENT CODES", the list
of event codes with their names -- but no event example sentences (\`grep -n 'Colin Powell'\`
or \`grep -n 'declined to comment'\` on it finds nothing; its "example"s are actor codes). The
codebook's example leads are taken instead from the \`example\` column of
\`../shared/data/andybega-icews/cameo-codes.csv\` (the CAMEO codebook as a table, read at run
time, never copied here). That column gives the code an example illustrates but **not its
source and target**, so only the event is scored: **root recall** is the share of examples
for which some event tocsin codes has the example's root (01..20), **root precision** the
share of tocsin's events whose root is their example's root, **full-code recall** the share
of examples with an event of the exact code.

$(na "$cN") examples: codes whose \`example\` is NA and the placeholder "NEED EXAMPLE." of 151
are left out; the coder's note the CSV appends after "Note:" is cut off; six examples end
mid-sentence in the CSV and are coded as they stand. The CSV's UTF-8 punctuation was saved as
Windows-1252 mojibake (a right quote as bytes 82 C4 F4, which \`tocsin code\` rejects as
invalid UTF-8): $(na "$cRep") such runs are repaired, $(na "$cDrop") byte that does not repair
is dropped. Each example is coded as its own document, on no date. Negated events are left out ($(na "$cNeg")). Root recall $(na "$cR") (floor $(na "$cRf")),
root precision $(na "$cP") (floor $(na "$cPf")), full-code recall $(na "$cFull") ($(na "$cFullHit")
examples), $(na "$cNone") examples without any event. Many examples call for more than one
event (the notes name reciprocal and linked events, e.g. 0861 with 074); precision counts every
event whose root is not the example's as wrong, even such a second event, so it is a lower bound.

EOF
  if [ -s "$tmp/cameo.md" ]; then sed '$d' "$tmp/cameo.md" | sed '$d'; fi
  cat <<EOF

### Reproducing these figures

From the repository root, with \`BUILD\` naming the build whose \`tocsin\` is scored:

\`\`\`
make validate                                           # this file
BUILD=build /usr/bin/python3 tests/gold.py              # examples gold: every miss and extra event
BUILD=build /usr/bin/python3 tests/news_gold.py         # news gold: every miss and extra event
BUILD=build /usr/bin/python3 tests/cameo_examples.py --misses 300   # manual examples: every miss
\`\`\`

Floors (\`make validate\` and the test suite fail below them): examples gold P $(na "$gPf"),
R $(na "$gRf") (tests/gold.py); news gold $(na "$nFloors") (tests/news-gold.sh); held-out news gold $(na "$hFloors") (tests/heldout-gold.sh); manual
examples root recall $(na "$cRf"), root precision $(na "$cPf") (\`cameo-root-recall\`,
\`cameo-root-precision\` in tests/validate/floors.txt). They guard against regressions;
they are not the issue's targets.
EOF
} > "$tmp/doc.md"
mv "$tmp/doc.md" "$OUT"
echo "wrote $OUT"

status=0
for s in tabari petr; do
  got=$(sed -nE "s/^$s: ([0-9]+) of [0-9]+ records right$/\1/p" "$tmp/out")
  floor=$(awk -v s=$s '$1 == s { print $2 }' "$FLOORS")
  if [ -z "$got" ] || [ -z "$floor" ]; then
    echo "make validate: no $s summary line or no $s floor in $FLOORS" >&2; status=1
  elif [ "$got" -lt "$floor" ]; then
    echo "make validate: $s: $got records right, below the floor $floor ($FLOORS)" >&2; status=1
  else
    echo "$s: $got right (floor $floor)"
  fi
done
for s in gold:$goldRc news-gold:$newsRc dev4-gold:$dev4Rc dev5-gold:$dev5Rc dev6-gold:$dev6Rc dev7-gold:$dev7Rc dev8-gold:$dev8Rc dev9-gold:$dev9Rc dev10-gold:$dev10Rc dev11-gold:$dev11Rc dev12-gold:$dev12Rc dev13-gold:$dev13Rc dev14-gold:$dev14Rc dev15-gold:$dev15Rc dev16-gold:$dev16Rc dev17-gold:$dev17Rc dev18-gold:$dev18Rc dev19-gold:$dev19Rc dev20-gold:$dev20Rc dev21-gold:$dev21Rc dev22-gold:$dev22Rc dev23-gold:$dev23Rc dev24-gold:$dev24Rc dev25-gold:$dev25Rc dev26-gold:$dev26Rc dev27-gold:$dev27Rc dev28-gold:$dev28Rc dev29-gold:$dev29Rc dev30-gold:$dev30Rc dev31-gold:$dev31Rc dev32-gold:$dev32Rc dev33-gold:$dev33Rc dev34-gold:$dev34Rc dev35-gold:$dev35Rc dev36-gold:$dev36Rc dev37-gold:$dev37Rc dev38-gold:$dev38Rc dev39-gold:$dev39Rc dev40-gold:$dev40Rc dev41-gold:$dev41Rc dev42-gold:$dev42Rc dev43-gold:$dev43Rc dev44-gold:$dev44Rc dev45-gold:$dev45Rc dev46-gold:$dev46Rc dev47-gold:$dev47Rc dev48-gold:$dev48Rc dev49-gold:$dev49Rc dev50-gold:$dev50Rc dev51-gold:$dev51Rc dev52-gold:$dev52Rc dev53-gold:$dev53Rc dev54-gold:$dev54Rc dev55-gold:$dev55Rc dev56-gold:$dev56Rc dev57-gold:$dev57Rc heldout-gold:$heldRc cameo-examples:$cameoRc; do
  if [ "${s#*:}" -ne 0 ]; then echo "make validate: ${s%%:*} failed (see its lines above)" >&2; status=1; fi
done
exit $status

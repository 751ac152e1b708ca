#!/bin/sh
# `tocsin validate` (docs/validation.md, docs/cli.md): (a) the runner on small
# fixtures written for this suite (tests/validate/: a TABARI project with
# records in Validate.text syntax, a PETRARCH-style XML file with tiny
# dictionaries): the records --list parses, exit statuses, the summary line;
# (b) when ../shared/data exists, both real suites, failing below the floors in
# tests/validate/floors.txt ("tabari N" / "petr N", one per line).
# Prints "validate: N passed, N failed".
set -u
cd "$(dirname "$0")/.."
. tests/lib.sh
# same NAME GOT WANT
same() { if [ "$2" = "$3" ]; then ok "$1"; else echo "    got '$2', want '$3'" > "$tmp/err"; bad "$1"; fi; }
# q FILE EXPR: a Python expression over R, the JSON lines of FILE (a list of dicts)
q() {
  /usr/bin/python3 -c 'import json,sys; R=[json.loads(l) for l in open(sys.argv[1])]; print(eval(sys.argv[2]))' \
    "$1" "$2" 2>&1
}
V=tests/validate
TT=$V/mini.text
PX=$V/petr/text/mini.xml

# ---- (a) the TABARI parser: --list codes nothing ----
expect tabari-list 0 '"id":"START-00"' -- "$T" validate --tabari "$TT" --list
cp "$tmp/out" "$tmp/tl"
same tabari-records "$(q "$tmp/tl" 'len(R)')" 9
same tabari-ids "$(q "$tmp/tl" '" ".join(r["id"] for r in R)')" \
  "START-00 OPT-Modify DEMO-01 DEMO-02 COMPOUND-01 DISCARD-01 DISCARD-Off FINAL-01 EXTRA-01"
same tabari-categories "$(q "$tmp/tl" '" ".join(r["category"] for r in R)')" \
  "START OPT DEMO DEMO COMPOUND DISCARD DISCARD FINAL EXTRA"
same tabari-scored "$(q "$tmp/tl" '" ".join(r["id"] for r in R if r["scored"])')" \
  "START-00 DEMO-01 DEMO-02 COMPOUND-01 DISCARD-01"
same tabari-skip-reasons "$(q "$tmp/tl" '",".join(r["id"] + "=" + r["skip"] for r in R if r["skip"])')" \
  "OPT-Modify=option-only,DISCARD-Off=disabled,FINAL-01=no expectation,EXTRA-01=extra after FINAL-01"
same tabari-dates "$(q "$tmp/tl" '" ".join(r["date"] for r in R[:5])')" \
  "2000-01-01 1995-01-01 1995-01-01 1995-01-03 1995-01-04"
same tabari-option-line "$(q "$tmp/tl" 'R[1]["options"]')" "['SET: TIME SHIFT = FALSE']"
same tabari-simple-event "$(q "$tmp/tl" 'R[2]["events"]')" \
  "[{'source': 'ARN', 'target': 'GON', 'code': '223', 'date': None}]"
same tabari-disabled-ignored "$(q "$tmp/tl" 'R[2]["disabled"]')" 1
same tabari-date-after-brace "$(q "$tmp/tl" 'R[3]["events"][0]["date"]')" 1995-01-03
same tabari-compound "$(q "$tmp/tl" '["%s/%s/%s@%s" % tuple(e.values()) for e in R[4]["events"]]')" \
  "['ARN/OSG/223@1995-01-04', 'ROH/OSG/223@None']"
same tabari-markers "$(q "$tmp/tl" '[r["marker"] for r in R[:6]]')" "['+++', None, None, None, None, '###']"
same tabari-text "$(q "$tmp/tl" 'R[3]["text"]')" "Arnor will attack diplomatic ties with Gondor, the agency said."
same tabari-final-text "$(q "$tmp/tl" 'R[7]["text"]')" "This is the end of the standard validation records."
expect tabari-list-only 0 '"id":"DEMO-02"' -- "$T" validate --tabari "$TT" --list --only DEMO-02
same tabari-list-only-one "$(wc -l < "$tmp/out" | tr -d ' ')" 1

# ---- the PETRARCH parser ----
expect petr-list 0 '"suite":"petr"' -- "$T" validate --petr "$PX" --list
cp "$tmp/out" "$tmp/pl"
same petr-records-until-stop "$(q "$tmp/pl" '" ".join(r["id"] for r in R)')" \
  "DEMO-01 COMPOUND-01 PLAIN-01 DISCARD-01 ERROR-01"
same petr-scored "$(q "$tmp/pl" 'sum(r["scored"] for r in R)')" 4
same petr-events "$(q "$tmp/pl" '[len(r["events"]) for r in R]')" "[1, 2, 0, 0, 0]"
same petr-config-in-order "$(q "$tmp/pl" '[r["options"] for r in R]')" "[[], ['require_dyad=false'], [], [], []]"
same petr-markers "$(q "$tmp/pl" '[r["marker"] for r in R]')" \
  "[None, None, None, 'noevents', 'error:sentencediscard']"
same petr-text-folded "$(q "$tmp/pl" 'R[0]["text"]')" "Arnor attacked Gondor."
same petr-date "$(q "$tmp/pl" 'R[1]["date"]')" 1995-01-02
same petr-no-coding-skip "$(q "$tmp/pl" 'R[2]["skip"]')" "no expectation"

# ---- exit statuses and messages ----
expect help 0 'usage: tocsin validate' -- "$T" validate --help
expect help-via-help 0 '--tabari-project' -- "$T" help validate
expect listed-in-help 0 'validate .*TABARI/PETRARCH' -- "$T" --help
expect missing-text 1 'nosuch.text: cannot open' -- "$T" validate --tabari "$tmp/nosuch.text"
expect missing-xml 1 'nosuch.xml: cannot open' -- "$T" validate --petr "$tmp/nosuch.xml"
expect missing-project 1 'nosuch.project: cannot open the TABARI project' -- \
  "$T" validate --tabari "$TT" --tabari-project "$tmp/nosuch.project"
expect missing-dict-dir 1 'nodir: no such folder' -- "$T" validate --petr "$PX" --dict-dir "$tmp/nodir"
printf '<Validation>\n<Sentences>\n' > "$tmp/broken.xml"
expect broken-xml 1 'broken.xml:[0-9]+: not readable as XML' -- "$T" validate --petr "$tmp/broken.xml"
expect default-data-missing 1 '\.\./shared/data: no such folder' -- sh -c "cd '$tmp' && '$PWD/$T' validate"
expect unknown-flag 2 "unknown option '--frob'" -- "$T" validate --frob
expect show-not-number 2 "'x'" -- "$T" validate --tabari "$TT" --show x
expect flag-without-value 2 'needs a value' -- "$T" validate --tabari
expect file-argument 2 'no file arguments' -- "$T" validate "$TT"
expect only-unknown-id 2 "no record with id 'NOPE-99'" -- "$T" validate --tabari "$TT" --only NOPE-99
expect list-only-unknown-id 2 "no record with id 'NOPE-99'" -- "$T" validate --petr "$PX" --list --only NOPE-99

# ---- coding the fixtures: tables and the summary line ----
expect tabari-run 0 '^tabari: [0-9]+ of 5 records right$' -- "$T" validate --tabari "$TT"
cp "$tmp/out" "$tmp/tr"
same tabari-one-summary "$(grep -cE '^tabari: [0-9]+ of [0-9]+ records right$' "$tmp/tr")" 1
same tabari-summary-last "$(tail -n 1 "$tmp/tr" | grep -cE '^tabari: [0-9]+ of 5 records right$')" 1
same no-passed-failed-form "$(grep -cE 'passed, [0-9]+ failed' "$tmp/tr")" 0
same tabari-table "$(grep -E '^(DEMO|COMPOUND|all) ' "$tmp/tr" | awk '{print $1, $2}' | tr '\n' ';')" \
  "DEMO 2;COMPOUND 1;all 5;"
same tabari-not-scored "$(grep '^not scored: ' "$tmp/tr")" \
  "not scored: 1 option-only, 1 disabled, 1 no expectation, 1 extra after FINAL-01"
expect petr-run 0 '^petr: [0-9]+ of 4 records right$' -- "$T" validate --petr "$PX" --show 0
same petr-show-0 "$(grep -c 'expected {' "$tmp/out")" 0
expect markdown 0 '^petr: ' -- "$T" validate --tabari "$TT" --petr "$PX" --markdown "$tmp/v.md"
same markdown-tables "$(grep -c '^| category | records | passed | failed |$' "$tmp/v.md")" 2
same markdown-summaries "$(grep -cE '^(tabari|petr): [0-9]+ of [0-9]+ records right$' "$tmp/v.md")" 2
expect only-verbose 0 'expected: \{ARN/GON/064 1995-01-03\}' -- "$T" validate --tabari "$TT" --only DEMO-02
same only-summary "$(grep -cE '^tabari: [0-9] of 1 records right$' "$tmp/out")" 1

# ---- (b) the real suites, when the shared data is there ----
if [ -d ../shared/data ]; then
  expect real-suites 0 '^petr: [0-9]+ of [0-9]+ records right$' -- "$T" validate --show 0
  cp "$tmp/out" "$tmp/real"
  for s in tabari petr; do
    got=$(sed -nE "s/^$s: ([0-9]+) of [0-9]+ records right$/\1/p" "$tmp/real")
    floor=$(awk -v s=$s '$1 == s { print $2 }' $V/floors.txt)
    if [ -n "$got" ] && [ -n "$floor" ] && [ "$got" -ge "$floor" ]; then ok "real-$s-floor ($got right, floor $floor)"
    else
      echo "    $s: ${got:-no \"$s: N of M records right\" line, so none} right," \
        "floor ${floor:-missing in $V/floors.txt}" > "$tmp/err"
      bad "real-$s-floor"
    fi
  done
else
  echo "skip real suites: ../shared/data is not there"
fi

echo "validate: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

#!/bin/sh
# CLI behaviour: help, exit codes, and clear errors on bad input (file, byte, advice).
set -u
. "$(dirname "$0")/lib.sh"

printf 'Title\n\nRussia criticized Belarus on Monday.\n' > "$tmp/good.txt"
printf 'Title\n\nBad byte here: \377 end.\n' > "$tmp/badutf8.txt"
printf 'Title\n\nNUL\000here\n' > "$tmp/nul.txt"
: > "$tmp/empty.txt"
printf '  \n\n \t\n' > "$tmp/blank.txt"
mkdir "$tmp/dir"
head -c 10485760 /dev/zero | tr '\0' 'a' > "$tmp/longline.txt"

expect help 0 'usage: tocsin' -- "$T" --help
expect help-code 0 '--format' -- "$T" code --help
expect help-doc 0 'repairs' -- "$T" help doc
expect version 0 '^tocsin [0-9]' -- "$T" version
expect no-args 2 'usage' -- "$T"
expect unknown-command 2 "unknown command 'frob'" -- "$T" frob
expect unknown-option 2 "unknown option '--frob'" -- "$T" code --frob x
expect bad-format 2 'must be jsonl, tsv or table' -- "$T" code --format xml "$tmp/good.txt"
expect bad-date 2 'YYYY-MM-DD' -- "$T" doc --date 2020-13-45 "$tmp/good.txt"
expect force-date-alone 2 'needs --date' -- "$T" doc --force-date "$tmp/good.txt"
expect missing-file 1 'nosuch.txt: cannot open' -- "$T" doc "$tmp/nosuch.txt"
expect directory 1 'is a directory' -- "$T" doc "$tmp/dir"
expect invalid-utf8 1 'badutf8.txt: invalid UTF-8 at byte 22 \(line 3, byte 0xFF' -- "$T" doc "$tmp/badutf8.txt"
expect nul-byte 1 'nul.txt: NUL byte at byte 10 \(line 3\)' -- "$T" doc "$tmp/nul.txt"
expect empty 1 'empty.txt: the document is empty' -- "$T" doc "$tmp/empty.txt"
expect blank 1 'blank.txt: the document is empty' -- "$T" code "$tmp/blank.txt"
expect long-line 1 'longline.txt: line 1 .* over the limit' -- "$T" doc "$tmp/longline.txt"
expect long-line-raised 0 '"sentences"' -- "$T" doc --max-line 20000000 "$tmp/longline.txt"
expect max-bytes 1 'over the limit of 10 bytes' -- "$T" doc --max-bytes 10 "$tmp/good.txt"
expect bad-dict 3 'cannot read dictionary' -- "$T" code --dict "$tmp/dir" "$tmp/good.txt"
# one bad file does not stop the others, and the status says so
expect mixed 1 '"event":"111"' -- "$T" code "$tmp/nosuch.txt" "$tmp/good.txt"
# a folder stands for its files (recursively, in name order); a bad file gets its one-line error
mkdir -p "$tmp/drop/sub"; cp "$tmp/good.txt" "$tmp/drop/sub/a.txt"; cp "$tmp/badutf8.txt" "$tmp/drop/b.txt"
expect folder-events 1 '"event":"111"' -- "$T" code --date 2021-06-07 "$tmp/drop"
expect folder-error 1 'drop/b.txt: invalid UTF-8 at byte 22' -- "$T" code --date 2021-06-07 "$tmp/drop"
expect stdin 0 '"event":"111"' -- sh -c "\"$T\" code --date 2021-06-07 < \"$tmp/good.txt\""
expect tsv-header 0 '^GlobalEventID	Day	Actor1Code' -- "$T" code --format tsv --date 2021-06-07 "$tmp/good.txt"
expect tsv-row 0 '	20210607	RUS	Russia	RUS		BLR	Belarus	BLR	' -- "$T" code --format tsv --date 2021-06-08 "$tmp/good.txt"
expect table 0 'RUS .* 111 .* BLR' -- "$T" code --format table --date 2021-06-08 "$tmp/good.txt"
# a malformed dictionary line names file, line and column
mkdir -p "$tmp/d/actors"; cp dict/cameo.txt dict/verbs.txt "$tmp/d/"
printf '# test\ncountry BLR | Belarus\ncountry Belarus\n' > "$tmp/d/actors/x.txt"
expect dict-error 3 'x.txt:3:[0-9]+: expected .\|' -- "$T" code --dict "$tmp/d" "$tmp/good.txt"
printf 'person | Somebody Else\ncountry BLR | Belarus\n' > "$tmp/d/actors/x.txt"
expect dict-person-roles 3 'x.txt:1:1: person has no role lines' -- "$T" code --dict "$tmp/d" "$tmp/good.txt"
# ... as does a malformed line of the neighbours table (dict/borders.txt), and a
# pair given as both land and sea names the file and both states
printf 'country BLR | Belarus\n' > "$tmp/d/actors/x.txt"
printf '# test\nland BLR | LTU POL\nland LTU BLR\n' > "$tmp/d/borders.txt"
expect borders-error 3 'borders.txt:3:[0-9]+: expected .land CODE' -- "$T" code --dict "$tmp/d" "$tmp/good.txt"
printf 'land BLR | LTU\nsea LTU | BLR\n' > "$tmp/d/borders.txt"
expect borders-both 3 'borders.txt: BLR and LTU are given as both land and sea neighbours' -- "$T" code --dict "$tmp/d" "$tmp/good.txt"
printf 'land BLR | LTU POL\nriver BLR | UKR\n' > "$tmp/d/borders.txt"
expect borders-keyword 3 'borders.txt:2:1: unknown keyword: expected land or sea' -- "$T" code --dict "$tmp/d" "$tmp/good.txt"
rm "$tmp/d/borders.txt"
# ... and of the kin table (dict/kin.txt): the line, the column and what to write
printf '# test\nkin SRB | Serb Serbs\n' > "$tmp/d/kin.txt"
expect kin-error 3 'kin.txt:2:1: expected .kin CODE \| word' -- "$T" code --dict "$tmp/d" "$tmp/good.txt"
printf 'kin SRB | Serb | XKX Kosovo\n' > "$tmp/d/kin.txt"
expect kin-host 3 'kin.txt:1:22: expected a host state.s ISO 3166 alpha-3 code' -- "$T" code --dict "$tmp/d" "$tmp/good.txt"
printf 'kin SRB | Serb | XKX\nkin HRV | Croat serb | BIH\n' > "$tmp/d/kin.txt"
expect kin-twice 3 'kin.txt:2:17: this word is given for a people already' -- "$T" code --dict "$tmp/d" "$tmp/good.txt"
rm "$tmp/d/kin.txt"

# dictionary tools (issue 4): check, who, verb, code --explain
expect dict-check 0 '^dict check: 0 errors' -- "$T" dict check
mkdir -p "$tmp/dc/actors"; cp dict/cameo.txt dict/verbs.txt "$tmp/dc/"
printf 'org IGOXXX XX | Foo Council\n# provenance\norg IGOYYY YY | Foo Council\n' > "$tmp/dc/actors/x.txt"
expect dict-check-conflict 3 'x.txt:3: error: org phrase "foo council" is IGOYYY here but IGOXXX at .*x.txt:1' -- "$T" dict check --dict "$tmp/dc"
printf 'person | Ann Example\n    BLRGOV 2010 2015\n    BLRMIL 2014 2016\n' > "$tmp/dc/actors/x.txt"
expect dict-check-overlap 3 'x.txt:3: error: person "Ann Example": BLRMIL overlaps BLRGOV' -- "$T" dict check --dict "$tmp/dc"
# ... two people one name fits are no conflict when their offices never overlap (the coder keeps the one in office), and are when they do
printf 'person | Ann Example\n    BLRGOV 2010 2015\n\nperson | Ann Example | Ann B. Example\n    BLRMIL 2016 2018\n' > "$tmp/dc/actors/x.txt"
expect dict-check-person-homonym 0 '^dict check: 0 errors' -- "$T" dict check --dict "$tmp/dc"
printf 'person | Ann Example\n    BLRGOV 2010 2015\n\nperson | Ann Example | Ann B. Example\n    BLRMIL 2014 2018\n' > "$tmp/dc/actors/x.txt"
expect dict-check-person-homonym-overlap 3 'x.txt:4: error: person phrase "ann example" is BLRMIL here but BLRGOV' -- "$T" dict check --dict "$tmp/dc"
printf 'country BLR | strict place\n' > "$tmp/dc/actors/x.txt"
expect dict-check-never 0 'x.txt:1: warning: .*can never match' -- "$T" dict check --dict "$tmp/dc"
printf 'person | Somebody Else\n' > "$tmp/dc/actors/x.txt"
expect dict-check-noroles 3 'x.txt:1: error: person has no role lines' -- "$T" dict check --dict "$tmp/dc"
# "person she" marks a woman; any other word there is an error naming its column
printf 'person her | Ann Example\n    BLRGOV 2010 2015\n' > "$tmp/dc/actors/x.txt"
expect dict-check-person-word 3 'x.txt:1: error: person takes no code .*only "she" for a woman \(column 8\)' -- "$T" dict check --dict "$tmp/dc"
rm "$tmp/dc/actors/x.txt"; printf '163 impose ~ sanctions\n172 impose ~ sanctions\n' >> "$tmp/dc/verbs.txt"
expect dict-check-verb 3 'verbs.txt:[0-9]+: error: pattern "impose ~ sanctions" is 172 here but 163' -- "$T" dict check --dict "$tmp/dc"
expect dict-who 0 'RUSGOV 2012-11-06 2024-05-12  <- applies' -- "$T" dict who "Sergei Shoigu" --on 2019-05-01
expect dict-who-code 0 'people-[a-z-]+\.txt:[0-9]+: "Sergei Shoigu" person RUSGOV' -- "$T" dict who "Sergei Shoigu" --on 2019-05-01
expect dict-who-she 0 'people-[a-z0-9-]+\.txt:[0-9]+: "Angela Merkel" person she DEUGOV' -- "$T" dict who "Angela Merkel" --on 2010-01-01
expect dict-who-bad-date 2 'YYYY-MM-DD' -- "$T" dict who "Sergei Shoigu" --on 2019-13-01
expect dict-verb 0 'verbs.txt:[0-9]+: impose .* -> 163 .*Goldstein -8, PLOVER COERCE' -- "$T" dict verb "imposed sanctions"
expect dict-verb-none 0 'no verb pattern matches' -- "$T" dict verb "the blue sky"
# a "!lemma" pattern holds only negated after a future modal, in dict verb as in the coder
expect dict-verb-negonly 0 'verbs.txt:[0-9]+: !tolerate .* -> 130 ' -- "$T" dict verb "will not tolerate any incursion"
expect dict-verb-negonly-plain 0 'no verb pattern matches "tolerated the market"' -- "$T" dict verb "tolerated the market"
expect dict-verb-negonly-tie 0 '!remain silent.* -> 130 ' -- "$T" dict verb "would not remain silent"
# ... and a "!" with no lemma is a malformed line: file, line and column
mkdir -p "$tmp/dn/actors"; cp dict/cameo.txt "$tmp/dn/"; printf '130  !\n' > "$tmp/dn/verbs.txt"
expect dict-negonly-empty 3 'verbs.txt:1:[0-9]+: a pattern must start with the verb lemma' -- "$T" code --dict "$tmp/dn" "$tmp/good.txt"
expect dict-help 0 'dict check' -- "$T" dict --help
expect explain 0 '"explain":\{"source":"[^"]*dict/actors/[a-z-]+\.txt:[0-9]+' -- "$T" code --explain --date 2021-06-07 "$tmp/good.txt"
expect explain-verb 0 '"verb":"[^"]*dict/verbs\.txt:[0-9]+: criticize' -- "$T" code --explain --date 2021-06-07 "$tmp/good.txt"
"$T" code --date 2021-06-07 "$tmp/good.txt" > "$tmp/plain.jsonl" 2>&1
if grep -q '"explain"' "$tmp/plain.jsonl"; then bad "no-explain-by-default"; else ok "no-explain-by-default"; fi
expect explain-tsv 2 'explain needs' -- "$T" code --explain --format tsv "$tmp/good.txt"
# --trace: per sentence, what each coding pass changed, on stderr; the events on stdout unchanged
printf 'Wire\nJune 1, 2020\n\nRussian artillery attacked Kharkiv on Monday, Ukraine'"'"'s military said.\n' > "$tmp/trace.txt"
"$T" code --date 2020-06-01 "$tmp/trace.txt" > "$tmp/trace-plain.jsonl" 2>/dev/null
"$T" code --trace --date 2020-06-01 "$tmp/trace.txt" > "$tmp/trace-out.jsonl" 2> "$tmp/trace-err.txt"
if cmp -s "$tmp/trace-plain.jsonl" "$tmp/trace-out.jsonl" && grep -q '"event":"194"' "$tmp/trace-out.jsonl"; then ok "trace-stdout-unchanged"; else bad "trace-stdout-unchanged"; fi
# the mentions find_actors adds, the hit find_verbs adds, the report chain_verbs marks, the roles
# assign_roles sets, and the event, in that order
if awk '/^  find_actors$/{a=1} a==1&&/\+ m0 "Russian artillery" country=RUS agent=MIL/{a=2}
        /^  find_verbs$/&&a==2{a=3} a==3&&/\+ h0 "attacked" 190 .*verbs\.txt:[0-9]+ \[attack/{a=4}
        /^  chain_verbs$/&&a==4{a=5} a==5&&/\+ h0 "attacked" .* reported$/{a=6}
        /^  assign_roles$/&&a==6{a=7} a==7&&/\+ h0 "attacked" .* source=m0 target=m1 reported$/{a=8}
        a==8&&/^  event RUSMIL 194 UKR "attacked" 2020-06-01 reported$/{a=9} END{exit a!=9}' "$tmp/trace-err.txt"
then ok "trace"; else bad "trace"; cat "$tmp/trace-err.txt"; fi
expect trace-doc-only 2 "unknown option '--trace'" -- "$T" doc --trace "$tmp/trace.txt"
expect trace-pattern-coder 0 'pattern coder .* no passes to trace' -- "$T" code --trace --dict tabari:tests/fixtures/tabari/cli.project "$tmp/trace.txt"

# TABARI and PETRARCH dictionaries: --dict SPEC (repeatable), --option, skipped lines, errors
F=tests/fixtures/tabari
printf 'The Arnorian police arrested twelve protesters from Gondor in the capital on Monday.\nRohan promised to restore diplomatic ties with Minas Tirith after the long war ended.\nDunland attacked Gondor with a large army of hill men at dawn.\n' > "$tmp/me.txt"
expect spec-project 0 '"source":\{"code":"ARNCOP".*"target":\{"code":"GON".*"event":"111"' -- "$T" code --dict "tabari:$F/cli.project" --date 1996-06-01 "$tmp/me.txt"
expect spec-synset 0 '"source":\{"code":"ROH".*"target":\{"code":"GON".*"event":"064"' -- "$T" code --dict "tabari:$F/cli.project" --date 1996-06-01 "$tmp/me.txt"
expect spec-dated-before 0 '^1994-06-01  DUN +223 +GON' -- "$T" code --format table --dict "tabari:$F/cli.project" --date 1994-06-01 "$tmp/me.txt"
expect spec-dated-after 0 '^1996-06-01  DNL +223 +GON' -- "$T" code --format table --dict "tabari:$F/cli.project" --date 1996-06-01 "$tmp/me.txt"
expect spec-combined 0 '"source":\{"code":"ARN".*"target":\{"code":"GON".*"event":"111"' -- "$T" code --dict "tabari-actors:$F/cli.actors" --dict "tabari-verbs:$F/cli.verbs" --date 1996-06-01 "$tmp/me.txt"
"$T" code --dict "tabari:$F/cli.project" --option "SET: MINIMUM WORDS = 20" --date 1996-06-01 "$tmp/me.txt" > "$tmp/opt.jsonl" 2> "$tmp/err"
if [ $? -eq 0 ] && [ ! -s "$tmp/opt.jsonl" ]; then ok "spec-option"; else bad "spec-option (an option that leaves every sentence too short still coded)"; fi
expect spec-option-bad 2 "--option 'FROB': option not understood" -- "$T" code --dict "tabari:$F/cli.project" --option FROB "$tmp/me.txt"
expect spec-option-no-spec 2 'applies a TABARI options line to a TABARI/PETRARCH set' -- "$T" code --option "SET: CODE BY SENTENCE" "$tmp/me.txt"
expect spec-skipped 0 '^tocsin: 1 dictionary line skipped \(first: tests/fixtures/tabari/bad.actors:3:1: expected a code block' -- "$T" code --dict "tabari-actors:$F/bad.actors" --dict "tabari-verbs:$F/cli.verbs" "$tmp/me.txt"
expect spec-unknown-kind 2 "unknown dictionary kind 'tabari-frob' \(expected tabari:FILE.project" -- "$T" code --dict "tabari-frob:$F/cli.actors" "$tmp/me.txt"
expect spec-not-a-kind 2 "unknown dictionary kind 'frob'" -- "$T" code --dict "frob:x" "$tmp/me.txt"
expect spec-missing-file 3 'nosuch.actors: cannot open dictionary file' -- "$T" code --dict "tabari-actors:$tmp/nosuch.actors" "$tmp/me.txt"
expect spec-missing-project 3 'nosuch.project: cannot open dictionary file' -- "$T" code --dict "tabari:$tmp/nosuch.project" "$tmp/me.txt"
expect spec-mixed 2 'cannot be combined' -- "$T" code --dict dict --dict "tabari:$F/cli.project" "$tmp/me.txt"
expect spec-two-dirs 2 'given twice' -- "$T" code --dict dict --dict dict "$tmp/me.txt"
expect spec-dict-stats 0 '^verb patterns +1$' -- "$T" dict --dict "tabari:$F/cli.project"
expect spec-dict-actors 0 '^actor phrases +6$' -- "$T" dict --dict "tabari:$F/cli.project"
expect spec-dict-check 0 'bad.actors:3: warning: expected a code block .*\[skipped\]' -- "$T" dict check --dict "tabari-actors:$F/bad.actors"
expect spec-dict-who 2 'not a TABARI/PETRARCH set' -- "$T" dict who Gondor --dict "tabari:$F/cli.project"
expect spec-doc 0 '"sentences"' -- "$T" doc --dict "tabari:$F/cli.project" "$tmp/me.txt"
expect help-code-spec 0 'tabari-actors:FILE' -- "$T" help code
# the public TABARI and PETRARCH sets, when ../shared/data is there (never copied into the repo)
S=../shared/data
if [ -d "$S/TABARI-Code" ]; then
  printf 'Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy, a senior official said on Saturday.\n' > "$tmp/arnor.txt"
  expect spec-validate-project 0 '"source":\{"code":"ARN".*"target":\{"code":"GON".*"event":"064"' -- "$T" code --dict "tabari:$S/TABARI-Code/Validate.project" --date 1995-01-01 "$tmp/arnor.txt"
else
  echo "skip spec-validate-project: no $S/TABARI-Code"
fi
if [ -d "$S/petrarch2/dictionaries" ]; then
  expect spec-petrarch-stats 0 '^verb patterns +[1-9][0-9]{4,}$' -- "$T" dict --dict "petrarch:$S/petrarch2/dictionaries"
  expect spec-petrarch-skipped 0 '^tocsin: [0-9]+ dictionary lines? skipped \(first: .*petrarch2/dictionaries/[^:]+:[0-9]+:[0-9]+: ' -- "$T" dict --dict "petrarch:$S/petrarch2/dictionaries"
else
  echo "skip spec-petrarch: no $S/petrarch2/dictionaries"
fi

# -j: reading and coding on threads gives the same bytes, messages and status
# as one thread, over a mix of types, a bad line, a bad file and a missing one
{ cat tests/golden/input/stream.jsonl; cat tests/golden/input/stream.jsonl; } > "$tmp/two.jsonl"
set -- examples/belarus-warning-update.md tests/golden/input/01-article.html "$tmp/nosuch.txt" \
  "$tmp/two.jsonl" "$tmp/badutf8.txt" examples/wire-digest.txt tests/golden/input/02-jsonld.html "$tmp/good.txt"
"$T" code -j 1 "$@" > "$tmp/j1.out" 2> "$tmp/j1.err"; r1=$?
"$T" code -j 3 "$@" > "$tmp/j3.out" 2> "$tmp/j3.err"; r3=$?
if [ "$r1" -eq 1 ] && [ "$r3" -eq 1 ] && [ -s "$tmp/j1.out" ] && cmp -s "$tmp/j1.out" "$tmp/j3.out" &&
   cmp -s "$tmp/j1.err" "$tmp/j3.err" && [ "$(grep -c 'cannot open\|invalid UTF-8\|line [0-9]' "$tmp/j1.err")" -ge 3 ]; then
  ok "jobs-same-output"; else bad "jobs-same-output (status $r1/$r3)"; fi
"$T" doc -j 1 "$@" > "$tmp/d1.out" 2>/dev/null; "$T" doc -j 4 "$@" > "$tmp/d4.out" 2>/dev/null
if cmp -s "$tmp/d1.out" "$tmp/d4.out" && [ -s "$tmp/d1.out" ]; then ok "jobs-doc-same"; else bad "jobs-doc-same"; fi
set --
expect jobs-zero 2 '-j takes a number of threads from 1 to 256' -- "$T" code -j 0 "$tmp/good.txt"
expect jobs-word 2 '--jobs takes a number of threads' -- "$T" code --jobs many "$tmp/good.txt"
expect help-jobs 0 'same for any N' -- "$T" code --help

# JSONL feeds: an article's "title" field is its headline, coded as its first sentence whether
# it is in title case ("Russia Expels Estonia's Ambassador ...") or sentence case, never dropped
# as a section heading; the lead in "text" is coded after it
"$T" code --format table tests/fixtures/stream-dev7.jsonl > "$tmp/feed.out" 2>&1
if grep -q "RUS  *174  *EST.*Expels Estonia's Ambassador" "$tmp/feed.out" &&
   grep -q 'IRN  *181  *MHL.*seizes Marshall Islands-flagged oil tanker' "$tmp/feed.out" &&
   grep -q 'RUSGOV  *174  *EST.*ordered Estonia' "$tmp/feed.out"; then
  ok "jsonl-title-coded"; else bad "jsonl-title-coded (a JSONL title was not coded)"; fi
printf '{"id":"t1","published":"2024-05-02","title":"Poland Expels Two Belarusian Diplomats","text":"The move followed a border incident."}\n' > "$tmp/title.jsonl"
"$T" code --format jsonl "$tmp/title.jsonl" > "$tmp/title.out" 2>&1
if grep -q '"sentence":0,"text":"Poland Expels Two Belarusian Diplomats"' "$tmp/title.out"; then
  ok "jsonl-title-sentence-0"; else bad "jsonl-title-sentence-0"; fi

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

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

# dictionary tools (issue 4): check, who, verb, code --explain
expect dict-check 0 '^dict check: 0 errors' -- "$T" dict check
mkdir -p "$tmp/dc/actors"; cp dict/cameo.txt dict/verbs.txt "$tmp/dc/"
printf 'org IGOXXX XX | Foo Council\n# provenance\norg IGOYYY YY | Foo Council\n' > "$tmp/dc/actors/x.txt"
expect dict-check-conflict 3 'x.txt:3: error: org phrase "foo council" is IGOYYY here but IGOXXX at .*x.txt:1' -- "$T" dict check --dict "$tmp/dc"
printf 'person | Ann Example\n    BLRGOV 2010 2015\n    BLRMIL 2014 2016\n' > "$tmp/dc/actors/x.txt"
expect dict-check-overlap 3 'x.txt:3: error: person "Ann Example": BLRMIL overlaps BLRGOV' -- "$T" dict check --dict "$tmp/dc"
printf 'country BLR | strict place\n' > "$tmp/dc/actors/x.txt"
expect dict-check-never 0 'x.txt:1: warning: .*can never match' -- "$T" dict check --dict "$tmp/dc"
printf 'person | Somebody Else\n' > "$tmp/dc/actors/x.txt"
expect dict-check-noroles 3 'x.txt:1: error: person has no role lines' -- "$T" dict check --dict "$tmp/dc"
rm "$tmp/dc/actors/x.txt"; printf '163 impose ~ sanctions\n172 impose ~ sanctions\n' >> "$tmp/dc/verbs.txt"
expect dict-check-verb 3 'verbs.txt:[0-9]+: error: pattern "impose ~ sanctions" is 172 here but 163' -- "$T" dict check --dict "$tmp/dc"
expect dict-who 0 'RUSGOV 2012-11-06 2024-05-12  <- applies' -- "$T" dict who "Sergei Shoigu" --on 2019-05-01
expect dict-who-code 0 'people-[a-z-]+\.txt:[0-9]+: "Sergei Shoigu" person RUSGOV' -- "$T" dict who "Sergei Shoigu" --on 2019-05-01
expect dict-who-bad-date 2 'YYYY-MM-DD' -- "$T" dict who "Sergei Shoigu" --on 2019-13-01
expect dict-verb 0 'verbs.txt:[0-9]+: impose .* -> 163 .*Goldstein -8, PLOVER COERCE' -- "$T" dict verb "imposed sanctions"
expect dict-verb-none 0 'no verb pattern matches' -- "$T" dict verb "the blue sky"
expect dict-help 0 'dict check' -- "$T" dict --help
expect explain 0 '"explain":\{"source":"[^"]*dict/actors/[a-z-]+\.txt:[0-9]+' -- "$T" code --explain --date 2021-06-07 "$tmp/good.txt"
expect explain-verb 0 '"verb":"[^"]*dict/verbs\.txt:[0-9]+: criticize' -- "$T" code --explain --date 2021-06-07 "$tmp/good.txt"
"$T" code --date 2021-06-07 "$tmp/good.txt" > "$tmp/plain.jsonl" 2>&1
if grep -q '"explain"' "$tmp/plain.jsonl"; then bad "no-explain-by-default"; else ok "no-explain-by-default"; fi
expect explain-tsv 2 'explain needs' -- "$T" code --explain --format tsv "$tmp/good.txt"

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

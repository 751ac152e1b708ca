#!/bin/sh
# The event store through the CLI (docs/store.md, docs/watch.md): ingest and
# re-ingest, exit statuses and messages, read-only --sql, search, GDELT-style
# export, forecasts, watch alerts on a generated corpus of 250 documents with
# planted escalation (exactly the planted alerts, none again on a re-run), and
# durability: tocsin ingest killed with SIGKILL at random moments, 24 times,
# must leave a store that passes integrity_check with every document whole or
# absent. Prints "store: N passed, N failed".
set -u
. "$(dirname "$0")/lib.sh"
# same NAME GOT WANT
same() { if [ "$2" = "$3" ]; then ok "$1"; else echo "    got '$2', want '$3'" > "$tmp/err"; bad "$1"; fi; }
q() { sqlite3 "$1" "$2" 2>&1; }

db="$tmp/ex.db"
expect help-ingest 0 'which a store error rolls' -- "$T" help ingest
expect help-lists-store 0 'forecasts' -- "$T" --help
expect ingest-examples 0 'added examples/wire-digest.txt' -- "$T" ingest --db "$db" examples/belarus-warning-update.md examples/wire-digest.txt
expect ingest-again-unchanged 0 'unchanged examples/wire-digest.txt' -- "$T" ingest --db "$db" examples/wire-digest.txt
same wal-mode "$(q "$db" 'PRAGMA journal_mode')" wal
same schema-version "$(q "$db" 'PRAGMA user_version')" 7
same documents "$(q "$db" 'SELECT count(*) FROM documents')" 2
# who told a reported event is kept with its mention and comes back in queries
same reporter-stored "$(q "$db" "SELECT m.reporter FROM mentions m JOIN sentences s ON s.id = m.sentence_id WHERE s.text LIKE 'Lukashenko told Lavrov%' AND m.mood = 'reported'")" BLRGOV
same reporter-not-for-facts "$(q "$db" "SELECT count(*) FROM mentions WHERE reporter IS NOT NULL AND mood <> 'reported'")" 0
expect query-reporter 0 '"reporter":"BLRGOV"' -- "$T" query --db "$db" --dyad BLR-RUS --root 03
expect ingest-missing-file 1 'nosuch.txt: cannot open' -- "$T" ingest --db "$db" "$tmp/nosuch.txt" examples/wire-digest.txt
expect ingest-bad-date 2 'YYYY-MM-DD' -- "$T" ingest --db "$db" --date 2020-13-01 examples/wire-digest.txt
expect query-table 0 'mentions' -- "$T" query --db "$db" --format table
expect query-dyad 0 '"source":"RUS' -- "$T" query --db "$db" --dyad RUS-BLR --root 04 --since 2020-09-01
expect query-bad-dyad 2 'SOURCE-TARGET' -- "$T" query --db "$db" --dyad RUSBLR
expect query-bad-format 2 'jsonl, csv, tsv or table' -- "$T" query --db "$db" --format xml
"$T" query --db "$db" --format tsv > "$tmp/q.tsv"
"$T" code --format tsv examples/wire-digest.txt | head -n 1 > "$tmp/code-header"
if [ "$(head -n 1 "$tmp/q.tsv" | cut -f 1-29)" = "$(cat "$tmp/code-header")" ] &&
   head -n 1 "$tmp/q.tsv" | grep -q 'NumMentions	NumSources	NumArticles'; then ok tsv-gdelt-header; else bad tsv-gdelt-header; fi
same tsv-day-format "$(sed -n 2p "$tmp/q.tsv" | cut -f 2 | grep -cE '^[0-9]{8}$')" 1
expect query-csv 0 '^id,date,source' -- "$T" query --db "$db" --format csv
expect sql-read 0 '"n":2' -- "$T" query --db "$db" --sql 'SELECT count(*) AS n FROM documents'
expect sql-refuses-write 2 'read-only' -- "$T" query --db "$db" --sql 'DELETE FROM documents'
expect sql-refuses-second-write 2 'read-only' -- "$T" query --db "$db" --sql 'SELECT 1; DROP TABLE events'
same sql-wrote-nothing "$(q "$db" 'SELECT count(*) FROM documents')" 2
expect sql-refuses-pragma-write 2 'change a setting' -- "$T" query --db "$db" --sql 'PRAGMA journal_mode=DELETE'
expect sql-refuses-attach 2 'attach a database' -- "$T" query --db "$db" --sql "ATTACH '$tmp/new.db' AS n"
[ -e "$tmp/new.db" ] && bad sql-attach-created-no-file || ok sql-attach-created-no-file
expect sql-reads-pragma 0 '"name":"hash"' -- "$T" query --db "$db" --sql 'PRAGMA table_info(documents)'
same still-wal "$(q "$db" 'PRAGMA journal_mode')" wal
expect sql-error 2 'no such table' -- "$T" query --db "$db" --sql 'SELECT * FROM nosuch'
expect search 0 '\[Union\]' -- "$T" search --db "$db" union state integration
expect search-jsonl 0 '"match":".*\[' -- "$T" search --db "$db" --format jsonl Mishustin
expect search-none 0 '' -- "$T" search --db "$db" zzzznotaword
expect forecasts 0 'will likely' -- "$T" forecasts --db "$db"
fid=$(q "$db" 'SELECT min(id) FROM judgments WHERE p_low IS NOT NULL')
expect forecasts-resolve 0 "forecast $fid: outcome yes" -- "$T" forecasts --db "$db" resolve "$fid" --outcome yes
expect forecasts-resolve-bad-id 2 'no forecast with id 99999' -- "$T" forecasts --db "$db" resolve 99999 --outcome no
expect forecasts-resolve-no-outcome 2 'outcome yes' -- "$T" forecasts --db "$db" resolve "$fid"
expect forecasts-score 0 'brier' -- "$T" forecasts --db "$db" score --format csv
printf 'One\n1 May 2021\n\nRussia praised Belarus.\n' > "$tmp/s1"; printf 'Two\n2 May 2021\n\nRussia praised Poland.\n' > "$tmp/s2"
"$T" ingest --quiet --db "$tmp/stdin.db" - < "$tmp/s1"; "$T" ingest --quiet --db "$tmp/stdin.db" - < "$tmp/s2"
same stdin-documents-not-replaced "$(q "$tmp/stdin.db" 'SELECT count(*) FROM documents')" 2
# with no files, ingest only creates or upgrades the store (as the read-only
# commands' message about an old store tells the user to run)
expect ingest-no-files 0 '' -- "$T" ingest --db "$tmp/empty.db"
same ingest-no-files-schema "$(q "$tmp/empty.db" 'PRAGMA user_version')" 7
# Before version 7 no mention named its reporter: the stores of older
# versions below are made from $dbn, the same store without reporters, and
# answer as it does once migrated
dbn="$tmp/exn.db"; cp "$db" "$dbn"; sqlite3 "$dbn" "UPDATE mentions SET reporter = NULL"
# a version-6 store gains the column, empty, at the next write open
v6="$tmp/v6.db"; cp "$db" "$v6"
sqlite3 "$v6" "BEGIN; ALTER TABLE mentions DROP COLUMN reporter; PRAGMA user_version=6; COMMIT;"
expect v6-read-only-refused 5 'run .tocsin ingest' -- "$T" query --db "$v6"
expect v6-migrated-by-ingest 0 '' -- "$T" ingest --db "$v6"
same v6-now-version-7 "$(q "$v6" 'PRAGMA user_version')" 7
same v6-reporter-empty "$(q "$v6" "SELECT count(*) FROM pragma_table_info('mentions') WHERE name = 'reporter'; SELECT count(*) FROM mentions WHERE reporter IS NOT NULL")" "1
0"
same v6-reads-as-new "$("$T" query --db "$v6" --format tsv | md5sum)" "$("$T" query --db "$dbn" --format tsv | md5sum)"
same v6-integrity "$(q "$v6" 'PRAGMA integrity_check; PRAGMA foreign_key_check')" ok
# Up to version 4 every mention row had copies of its sentence's document
# (doc_id, indexed by mentions_doc), notes, the domains of their URLs and the
# first URL (notes, sources, url), filled here as tocsin filled them, and
# judgments had an index by due date; version 5 dropped them.
v4cols="ALTER TABLE mentions DROP COLUMN reporter; CREATE INDEX judgments_due ON judgments(due); ALTER TABLE mentions ADD COLUMN doc_id INTEGER REFERENCES documents(id) ON DELETE CASCADE;
  ALTER TABLE mentions ADD COLUMN notes TEXT; ALTER TABLE mentions ADD COLUMN sources TEXT;
  ALTER TABLE mentions ADD COLUMN url TEXT; CREATE INDEX mentions_doc ON mentions(doc_id);
  UPDATE mentions SET doc_id = (SELECT s.doc_id FROM sentences s WHERE s.id = mentions.sentence_id),
    notes = (SELECT s.notes FROM sentences s WHERE s.id = mentions.sentence_id),
    sources = (SELECT json_group_array(v) FROM (SELECT DISTINCT u.domain AS v FROM sentences s, json_each(s.notes) j
      JOIN notes n ON n.doc_id = s.doc_id AND n.n = j.value JOIN urls u ON u.note_id = n.id
      WHERE s.id = mentions.sentence_id AND u.domain IS NOT NULL)),
    url = (SELECT u.url FROM sentences s, json_each(s.notes) j JOIN notes n ON n.doc_id = s.doc_id AND n.n = j.value
      JOIN urls u ON u.note_id = n.id WHERE s.id = mentions.sentence_id ORDER BY j.key, u.id LIMIT 1);"
# a version-4 store loses the copies at the next write open, and every
# read command answers as before
v4="$tmp/v4.db"; cp "$dbn" "$v4"
reads() { for f in jsonl csv tsv table; do "$T" query --db "$1" --format $f; done; "$T" query --db "$1" --dyad RUS-BLR
  "$T" search --db "$1" union state integration; "$T" search --db "$1" --raw 'NEAR(Russia Belarus, 5)'
  "$T" forecasts --db "$1"; "$T" forecasts --db "$1" score; }
reads "$v4" > "$tmp/v4-before"
sqlite3 "$v4" "BEGIN; $v4cols PRAGMA user_version=4; COMMIT;"
same v4-has-copies "$(q "$v4" "SELECT count(*) FROM mentions WHERE url IS NOT NULL AND notes <> '[]'")" "$(q "$db" "SELECT count(*) FROM mentions m WHERE EXISTS (SELECT 1 FROM sentences s, json_each(s.notes) j JOIN notes n ON n.doc_id = s.doc_id AND n.n = j.value JOIN urls u ON u.note_id = n.id WHERE s.id = m.sentence_id)")"
expect v4-read-only-refused 5 'run .tocsin ingest' -- "$T" query --db "$v4"
expect v4-migrated-by-ingest 0 '' -- "$T" ingest --db "$v4"
same v4-now-version-7 "$(q "$v4" 'PRAGMA user_version')" 7
same v4-copies-dropped "$(q "$v4" "SELECT group_concat(name) FROM pragma_table_info('mentions') WHERE name IN ('doc_id', 'notes', 'sources', 'url'); SELECT name FROM sqlite_schema WHERE name IN ('mentions_doc', 'judgments_due')")" ""
same v4-mentions-kept "$(q "$v4" 'SELECT * FROM mentions ORDER BY id' | md5sum)" "$(q "$dbn" 'SELECT * FROM mentions ORDER BY id' | md5sum)"
same v4-mention-indexes "$(q "$v4" "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema WHERE tbl_name = 'mentions' AND type = 'index' ORDER BY name)")" 'mentions_event mentions_sentence'
same v4-judgments-kept "$(q "$v4" 'SELECT count(*) FROM judgments')" "$(q "$db" 'SELECT count(*) FROM judgments')"
same v4-integrity "$(q "$v4" 'PRAGMA integrity_check; PRAGMA foreign_key_check')" ok
same v4-reads-unchanged "$(reads "$v4" | md5sum)" "$(md5sum < "$tmp/v4-before")"
expect v4-ingest-after 0 'added' -- "$T" ingest --db "$v4" "$tmp/s1"
# a version-5 store (its full-text index with a token count per sentence,
# sentences_fts_docsize) gets one without at the next write open, which
# ranks every search as before: bm25() then counts tokens in the text
v5="$tmp/v5.db"; cp "$dbn" "$v5"
sqlite3 "$v5" "BEGIN; ALTER TABLE mentions DROP COLUMN reporter; DROP TABLE sentences_fts; CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences',
  content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'); INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
  PRAGMA user_version=5; COMMIT;"
rank() { q "$1" "SELECT rowid, round(bm25(sentences_fts), 9) FROM sentences_fts WHERE sentences_fts MATCH 'russia OR belarus OR gas' ORDER BY bm25(sentences_fts), rowid"; }
rank "$v5" > "$tmp/v5-rank"
same v5-has-docsize "$(q "$v5" "SELECT count(*) FROM sqlite_schema WHERE name = 'sentences_fts_docsize'")" 1
expect v5-migrated-by-ingest 0 '' -- "$T" ingest --db "$v5"
same v5-now-version-7 "$(q "$v5" 'PRAGMA user_version')" 7
same v5-no-docsize "$(q "$v5" "SELECT count(*) FROM sqlite_schema WHERE name = 'sentences_fts_docsize'")" 0
same v5-index-whole "$(q "$v5" "INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check'); PRAGMA integrity_check")" ok
same v5-ranking-unchanged "$(rank "$v5" | md5sum)" "$(md5sum < "$tmp/v5-rank")"
same v5-ranked-rows "$(wc -l < "$tmp/v5-rank")" "$(rank "$dbn" | wc -l)"
same v5-reads-as-new "$(reads "$v5" | md5sum)" "$(reads "$dbn" | md5sum)"
# a version-2 store (as tocsin wrote it before the 2 -> 3 migration: the
# dyad and domain indexes) is
# upgraded by the next write open and answers as before
v2="$tmp/v2.db"; cp "$dbn" "$v2"
"$T" query --db "$v2" --format tsv > "$tmp/v2-before.tsv"; "$T" search --db "$v2" union state integration > "$tmp/v2-before.search"
sqlite3 "$v2" "BEGIN; $v4cols DROP INDEX mentions_sentence; DROP INDEX judgments_mention; CREATE INDEX events_dyad ON events(source, target, date); CREATE INDEX urls_domain ON urls(domain); PRAGMA user_version=2; COMMIT;"
expect v2-read-only-refused 5 'run .tocsin ingest' -- "$T" query --db "$v2"
expect v2-migrated-by-ingest 0 '' -- "$T" ingest --db "$v2"
same v2-now-version-7 "$(q "$v2" 'PRAGMA user_version')" 7
same v2-indexes-dropped "$(q "$v2" "SELECT count(*) FROM sqlite_schema WHERE name IN ('events_dyad', 'urls_domain')")" 0
same v2-fts-integrity "$(sqlite3 "$v2" "INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')" 2>&1)" ""
same v2-query-unchanged "$("$T" query --db "$v2" --format tsv | md5sum)" "$(md5sum < "$tmp/v2-before.tsv")"
same v2-search-unchanged "$("$T" search --db "$v2" union state integration | md5sum)" "$(md5sum < "$tmp/v2-before.search")"
expect v2-ingest-after 0 'added' -- "$T" ingest --db "$v2" "$tmp/s1"
# a version-3 store (before the indexes under the cascading foreign keys
# mentions.sentence_id and judgments.mention_id) gets them from the next write
# open, with its rows as they were, and a replacement then deletes through them
v3="$tmp/v3.db"; cp "$dbn" "$v3"
sqlite3 "$v3" "BEGIN; $v4cols DROP INDEX mentions_sentence; DROP INDEX judgments_mention; PRAGMA user_version=3; COMMIT;"
expect v3-read-only-refused 5 'run .tocsin ingest' -- "$T" query --db "$v3"
expect v3-migrated-by-ingest 0 '' -- "$T" ingest --db "$v3"
same v3-now-version-7 "$(q "$v3" 'PRAGMA user_version')" 7
same v3-indexes-made "$(q "$v3" "SELECT group_concat(name || ':' || tbl_name, ' ') FROM (SELECT name, tbl_name FROM sqlite_schema WHERE name IN ('mentions_sentence', 'judgments_mention') ORDER BY name)")" 'judgments_mention:judgments mentions_sentence:mentions'
same v3-integrity "$(q "$v3" 'PRAGMA integrity_check')" ok
same v3-query-unchanged "$("$T" query --db "$v3" --format tsv | md5sum)" "$("$T" query --db "$dbn" --format tsv | md5sum)"
same v3-replace-uses-index "$(q "$v3" 'EXPLAIN QUERY PLAN SELECT 1 FROM mentions WHERE sentence_id=1; EXPLAIN QUERY PLAN SELECT 1 FROM judgments WHERE mention_id=1' | grep -c 'USING COVERING INDEX \(mentions_sentence\|judgments_mention\)')" 2
expect no-store 5 'no store there' -- "$T" query --db "$tmp/none.db"
head -c 8192 /dev/urandom > "$tmp/junk.db"
expect corrupt-store 5 'junk.db: not a tocsin store' -- "$T" ingest --db "$tmp/junk.db" examples/wire-digest.txt
expect corrupt-store-query 5 'junk.db: not a tocsin store' -- "$T" query --db "$tmp/junk.db"
sqlite3 "$tmp/foreign.db" 'CREATE TABLE mine(x)'
expect foreign-db 5 'not a tocsin store' -- "$T" ingest --db "$tmp/foreign.db"
same foreign-untouched "$(q "$tmp/foreign.db" 'SELECT count(*) FROM sqlite_schema')" 1

# ---- watch on a generated corpus with planted escalation ----
corpus="$tmp/corpus"
n=$(python3 tests/store/gen_corpus.py "$corpus")
[ "$n" -ge 200 ] && ok "corpus-$n-documents" || bad "corpus has $n documents, want 200 or more"
wdb="$tmp/watch.db"
expect corpus-ingest 0 '' -- "$T" ingest --quiet --db "$wdb" "$corpus"/*.txt
same corpus-all-in "$(q "$wdb" 'SELECT count(*) FROM documents')" "$n"
same corpus-merged "$(q "$wdb" "SELECT count(*) FROM events WHERE source='RUS' AND target='BLR' AND quad >= 3 AND date IN ('2021-03-12','2021-03-14','2021-03-17')")" 3
same corpus-mentions "$(q "$wdb" "SELECT count(*) FROM mentions m JOIN events e ON e.id=m.event_id WHERE e.source='RUS' AND e.date='2021-03-12'")" 2
expect watch-bad-rules 1 'bad.conf:2: unknown setting' -- sh -c "printf 'rule x\n  frob 1\n' > '$tmp/bad.conf'; '$T' watch --db '$wdb' --rules '$tmp/bad.conf'"
expect watch 0 'ALERT' -- "$T" watch --db "$wdb" --rules tests/store/watch.conf
cp "$tmp/out" "$tmp/alerts1"
got=$(q "$wdb" "SELECT rule || ' ' || series || ' ' || day_start || '..' || day_end FROM alerts ORDER BY rule, series, day_end" | tr '\n' ';')
want='pol-ltu-clash count 2021-04-09..2021-04-11;rus-blr-pressure count 2021-03-11..2021-03-17;rus-blr-pressure count 2021-04-05..2021-04-11;rus-blr-spike count 2021-04-11..2021-04-11;rus-blr-tone goldstein 2021-04-11..2021-04-11;'
same watch-exactly-planted "$got" "$want"
same watch-printed-each "$(grep -c '^ALERT' "$tmp/alerts1")" 5
same watch-trigger-events "$(q "$wdb" "SELECT count(*) FROM alert_events ae JOIN alerts a ON a.id=ae.alert_id WHERE a.rule='rus-blr-pressure' AND a.day_end='2021-03-17'")" 3
expect watch-rerun 0 '0 new alerts' -- "$T" watch --db "$wdb" --rules tests/store/watch.conf
same watch-no-duplicates "$(q "$wdb" 'SELECT count(*) FROM alerts')" 5
expect reingest-corpus-unchanged 0 "0 added, 0 replaced, $n unchanged" -- "$T" ingest --db "$wdb" "$corpus"/*.txt
expect watch-after-reingest 0 '0 new alerts' -- "$T" watch --db "$wdb" --rules tests/store/watch.conf
# -j: the store is the same whatever the number of threads (ids, rows, merges),
# and a file repeated within one run is coded twice but stored once
"$T" ingest --quiet -j 1 --db "$tmp/j1.db" "$corpus"/*.txt "$corpus"/day000-a.txt > /dev/null 2>&1
"$T" ingest -j 3 --db "$tmp/j3.db" "$corpus"/*.txt "$corpus"/day000-a.txt > "$tmp/j3.out" 2>&1
expect ingest-folder 0 "ingest: 0 added, 0 replaced, $n unchanged" -- "$T" ingest --db "$tmp/j3.db" "$corpus"
dump() { "$T" query --db "$1" --format tsv; q "$1" 'SELECT id, path, nsentences, nmentions FROM documents ORDER BY id'; q "$1" 'SELECT m.id, m.event_id, s.doc_id, m.sentence_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id ORDER BY m.id'; }
if [ "$(dump "$tmp/j1.db" | md5sum)" = "$(dump "$tmp/j3.db" | md5sum)" ] && [ "$(q "$tmp/j3.db" 'SELECT count(*) FROM documents')" = "$n" ]; then
  ok "ingest-jobs-same-store"; else bad "ingest-jobs-same-store"; fi
same ingest-jobs-repeat-once "$(grep -c "^unchanged .*day000-a.txt" "$tmp/j3.out")" 1

# ---- a store error inside a batch rolls the batch back whole ----
# A trigger makes the store refuse the mentions of one document (as a full
# disk would refuse its pages): the run stops with status 5, the message
# names the document and counts the batch's others, no line announces a
# document of the batch, they count as failed, and what was committed before
# stays; without the trigger the next run stores them.
fdb="$tmp/fail.db"; fc="$tmp/fail-corpus"; mkdir -p "$fc"
printf 'Wire A\n1 June 2021\n\nRussia criticised Ukraine on May 31.\n' > "$fc/a.txt"
printf 'Wire B\n2 June 2021\n\nPoland praised Lithuania on June 1.\n' > "$fc/b.txt"
printf 'Wire C\n3 June 2021\n\nFrance condemned Mali on June 2.\n' > "$fc/c.txt"
expect fail-before 0 'added .*c.txt' -- "$T" ingest --db "$fdb" "$fc/c.txt"
sqlite3 "$fdb" "CREATE TRIGGER boom BEFORE INSERT ON mentions WHEN NEW.verb LIKE 'praise%' BEGIN SELECT RAISE(ABORT, 'refused by test'); END;"
expect fail-batch 5 'b.txt not stored.*1 earlier document was not stored either' -- "$T" ingest -j 1 --db "$fdb" "$fc"
same fail-batch-no-lines "$(grep -c '^added' "$tmp/out")" 0
same fail-batch-counted "$(grep -o 'ingest: .*' "$tmp/out")" 'ingest: 0 added, 0 replaced, 0 unchanged, 2 failed'
same fail-batch-kept "$(q "$fdb" "SELECT group_concat(path) FROM documents")" "$fc/c.txt"
same fail-batch-whole "$(q "$fdb" "SELECT count(*) FROM sentences; PRAGMA integrity_check; PRAGMA foreign_key_check")" "1
ok"
sqlite3 "$fdb" "DROP TRIGGER boom"
expect fail-then-stored 0 'ingest: 2 added, 0 replaced, 1 unchanged, 0 failed' -- "$T" ingest --db "$fdb" "$fc"

# ---- replacing a document changes exactly its rows ----
# In a copy of the corpus, day070-x (whose RUS>BLR threat of March 12 is merged
# with day070-y's) gets a version with a forecast, a note and a URL, then one
# without them: the rows of every other document stay as they were, the
# merged event keeps y's mention, the forecast's event and the old words go.
rc="$tmp/rep-corpus"; rdb="$tmp/rep.db"; x="$rc/day070-x.txt"
cp -r "$corpus" "$rc"
"$T" ingest --quiet --db "$rdb" "$rc"/*.txt > /dev/null 2>&1
printf 'Day070 X\n13 March 2021\n\nRussia threatened Belarus on March 12. Russia will likely impose sanctions on Ukraine before the end of 2021.<sup>1</sup> Officials discussed zanzibarite quotas.\n\nNotes\n1. https://example.org/zanzibarite\n' > "$x"
expect replace-first 0 'replaced .*day070-x.txt' -- "$T" ingest --db "$rdb" "$x"
xdoc="(SELECT id FROM documents WHERE path='$x')"
same replace-old-has-all-kinds "$(q "$rdb" "SELECT (SELECT count(*) FROM judgments WHERE doc_id=$xdoc) > 0, (SELECT count(*) FROM urls u JOIN notes n ON n.id=u.note_id WHERE n.doc_id=$xdoc)")" "1|1"
# every row of the other documents, by id, and the events they mention
others() { q "$rdb" "SELECT * FROM documents WHERE id<>$xdoc ORDER BY id; SELECT * FROM sentences WHERE doc_id<>$xdoc ORDER BY id;
  SELECT * FROM notes WHERE doc_id<>$xdoc ORDER BY id; SELECT u.* FROM urls u JOIN notes n ON n.id=u.note_id WHERE n.doc_id<>$xdoc ORDER BY u.id;
  SELECT m.* FROM mentions m JOIN sentences s ON s.id = m.sentence_id WHERE s.doc_id<>$xdoc ORDER BY m.id; SELECT * FROM judgments WHERE doc_id<>$xdoc ORDER BY id;
  SELECT * FROM events WHERE id IN (SELECT m.event_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id WHERE s.doc_id<>$xdoc) ORDER BY id;
  SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'belarus' AND rowid NOT IN (SELECT id FROM sentences WHERE doc_id=$xdoc) ORDER BY rowid" | md5sum; }
before=$(others)
merged="SELECT count(*) FROM mentions m JOIN events e ON e.id=m.event_id WHERE e.source='RUS' AND e.target='BLR' AND e.date='2021-03-12'"
same replace-merged-before "$(q "$rdb" "$merged")" 2
printf 'Day070 X\n13 March 2021\n\nRussia threatened Belarus on March 12. Estonia praised Latvia on March 12.\n' > "$x"
expect replace-second 0 'replaced .*day070-x.txt' -- "$T" ingest --db "$rdb" "$x"
same replace-others-unchanged "$(others)" "$before"
same replace-merged-keeps-other-mention "$(q "$rdb" "$merged")" 2
same replace-merged-one-event "$(q "$rdb" "SELECT count(*) FROM events WHERE source='RUS' AND target='BLR' AND date='2021-03-12'")" 1
same replace-doc-whole "$(q "$rdb" "SELECT count(*) FROM documents d WHERE d.id=$xdoc AND nsentences=(SELECT count(*) FROM sentences WHERE doc_id=d.id) AND nmentions=(SELECT count(*) FROM mentions m JOIN sentences s ON s.id = m.sentence_id WHERE s.doc_id=d.id)")" 1
same replace-one-version "$(q "$rdb" "SELECT count(*) FROM documents WHERE path='$x'")" 1
same replace-new-rows "$(q "$rdb" "SELECT (SELECT count(*) FROM judgments WHERE doc_id=$xdoc), (SELECT count(*) FROM notes WHERE doc_id=$xdoc), (SELECT count(*) FROM events WHERE source='EST')")" "0|0|1"
same replace-no-forecast-event "$(q "$rdb" "SELECT count(*) FROM events WHERE source='RUS' AND target='UKR'")" 0
same replace-no-orphans "$(q "$rdb" "SELECT (SELECT count(*) FROM sentences WHERE doc_id NOT IN (SELECT id FROM documents))
  + (SELECT count(*) FROM notes WHERE doc_id NOT IN (SELECT id FROM documents)) + (SELECT count(*) FROM urls WHERE note_id NOT IN (SELECT id FROM notes))
  + (SELECT count(*) FROM mentions WHERE sentence_id NOT IN (SELECT id FROM sentences))
  + (SELECT count(*) FROM judgments WHERE doc_id NOT IN (SELECT id FROM documents) OR mention_id NOT IN (SELECT id FROM mentions))
  + (SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id=e.id))
  + (SELECT count(*) FROM sentences_fts WHERE rowid NOT IN (SELECT id FROM sentences))")" 0
same replace-foreign-keys "$(q "$rdb" 'PRAGMA foreign_key_check')" ""
same replace-integrity "$(q "$rdb" 'PRAGMA integrity_check')" ok
same replace-fts-integrity "$(sqlite3 "$rdb" "INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')" 2>&1)" ""
same replace-search-old-gone "$("$T" search --db "$rdb" zanzibarite 2>&1)" ""
expect replace-search-new 0 'day070-x.txt' -- "$T" search --db "$rdb" Estonia Latvia

# ---- durability: SIGKILL during ingest ----
kdb="$tmp/kill.db"
kc="$tmp/kill-corpus"
cp -r "$corpus" "$kc"
start=$(date +%s.%N)
"$T" ingest --quiet --db "$tmp/timing.db" "$kc"/*.txt > /dev/null 2>&1
full=$(echo "$start $(date +%s.%N)" | awk '{ d = $2 - $1; print (d < 0.05 ? 0.05 : d) }')
runs=0; broken=0; partial=0; killed=0
i=1
while [ $i -le 24 ]; do
  # odd runs start from nothing; even runs resume after the previous kill, with
  # a few documents changed first so that some ingests are replacements
  [ $((i % 2)) -eq 1 ] && rm -f "$kdb" "$kdb-wal" "$kdb-shm"
  for f in "$kc"/day0$((i % 10))?-a.txt; do echo "Russia praised Belarus on January $((i % 28 + 1)). Run $i." >> "$f"; done
  delay=$(awk -v s="$i" -v f="$full" 'BEGIN { srand(s * 7919); printf "%.3f", rand() * f * 0.9 }')
  "$T" ingest --quiet --db "$kdb" "$kc"/*.txt > /dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2> /dev/null && killed=$((killed + 1))
  wait "$pid" 2> /dev/null
  runs=$((runs + 1))
  ic=$(q "$kdb" 'PRAGMA integrity_check')
  if [ "$(q "$kdb" 'PRAGMA user_version')" = 0 ]; then
    # killed before the schema's first transaction committed: an empty file,
    # which the next open builds on (no table may exist half-made)
    bad_docs=$(q "$kdb" 'SELECT count(*) FROM sqlite_schema'); fts=""
  else
    # whole or absent: every stored document has all its sentences and
    # mentions, no row belongs to a missing document, no event lacks a mention
    bad_docs=$(q "$kdb" "SELECT (SELECT count(*) FROM documents d WHERE nsentences <> (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id) OR nmentions <> (SELECT count(*) FROM mentions m JOIN sentences s ON s.id = m.sentence_id WHERE s.doc_id = d.id)) + (SELECT count(*) FROM sentences WHERE doc_id NOT IN (SELECT id FROM documents)) + (SELECT count(*) FROM mentions WHERE sentence_id NOT IN (SELECT id FROM sentences)) + (SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id)) + (SELECT count(*) - count(DISTINCT path) FROM documents)")
    # the full-text index comes with schema version 2 (each migration is a
    # transaction of its own: a kill between them leaves a whole version 1)
    fts=""
    [ "$(q "$kdb" 'PRAGMA user_version')" -ge 2 ] && fts=$(sqlite3 "$kdb" "INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')" 2>&1)
  fi
  if [ "$ic" != ok ] || [ "$bad_docs" != 0 ] || [ -n "$fts" ]; then
    broken=$((broken + 1)); echo "    run $i (kill after ${delay}s): integrity '$ic', inconsistent rows '$bad_docs', fts '$fts'"
  fi
  nd=$(q "$kdb" 'SELECT count(*) FROM documents' 2> /dev/null)
  [ -n "$nd" ] && [ "$nd" -lt "$n" ] 2> /dev/null && partial=$((partial + 1))
  i=$((i + 1))
done
same "kill-9-consistent-($runs-runs,$killed-killed-while-running,$partial-left-incomplete)" "$broken" 0
[ "$killed" -ge 12 ] && ok kill-9-most-runs-interrupted || { echo "    only $killed of $runs runs were still running when killed" > "$tmp/err"; bad kill-9-most-runs-interrupted; }
expect kill-9-resume 0 '' -- "$T" ingest --quiet --db "$kdb" "$kc"/*.txt
same kill-9-all-in-after-resume "$(q "$kdb" 'SELECT count(*) FROM documents')" "$n"

# A JSONL news stream: one document per article, named FILE:LINE; the byline
# author becomes the author of the judgments; ingesting again changes nothing.
jdb="$tmp/jsonl.db"
cat > "$tmp/news.jsonl" <<'EOJ'
{"id":"a1","title":"Talks in Minsk","published":"2021-06-04","author":"Jane Roe","text":"Russia and Belarus held talks in Minsk on Friday about gas prices. Russia will likely impose new sanctions on Ukraine before the end of 2021."}
{"id":"a2","title":"Warning","published":"2021-06-05","text":"Russia warned Ukraine on Saturday about troop movements near the border."}
EOJ
expect ingest-jsonl-two-docs 0 'ingest: 2 added' -- "$T" ingest --db "$jdb" "$tmp/news.jsonl"
same ingest-jsonl-doc-paths "$(q "$jdb" 'SELECT group_concat(path, " ") FROM (SELECT path FROM documents ORDER BY path)')" "$tmp/news.jsonl:1 $tmp/news.jsonl:2"
same ingest-jsonl-author "$(q "$jdb" "SELECT DISTINCT author FROM judgments")" "Jane Roe"
expect ingest-jsonl-again 0 'ingest: 0 added, 0 replaced, 2 unchanged' -- "$T" ingest --db "$jdb" "$tmp/news.jsonl"
# TABARI dictionaries for the store too (specs as for tocsin code)
expect ingest-dict-spec 0 'added' -- "$T" ingest --db "$tmp/tab.db" --dict tabari:tests/fixtures/tabari/cli.project --date 1995-01-01 examples/wire-digest.txt
expect ingest-dict-bad-spec 2 'tabari-frob' -- "$T" ingest --db "$tmp/tab.db" --dict tabari-frob:x examples/wire-digest.txt

echo "store: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

#!/bin/sh
# Writes N varied documents into DIR for the store benchmarks (`make bench`,
# bench/pipeline.sh): usage: sh bench/corpus.sh N DIR
#
# Each document is 20 to 40 sentences drawn (a fixed pseudo-random sequence
# seeded by the document's number) from the hand-written news sentences of
# the gold files named below, under a date of its own (documents 1 to 5,376 all have
# different dates, 2005-2020). Dates in the sentences ("on Sunday", "last
# Thursday", "on May 23") resolve against the document's date, so most events
# are distinct, as in a real corpus, instead of a few events with thousands
# of mentions as copies of one document give. Odd documents are reports
# (a title, paragraphs whose last sentence cites a numbered note, endnotes
# with URLs on 23 domains), even ones wires (title, date line, paragraphs).
# Deterministic: the same N gives the same bytes.
set -eu
n=$1; out=$2
cd "$(dirname "$0")/.."
mkdir -p "$out"
# A fixed list, not a glob: a gold file added later must not change the corpus
# (and with it every figure measured on it) under an unchanged script.
sed -n '/^@text$/{n;p;}' \
  tests/gold/dev4-conflict4.txt \
  tests/gold/dev4-coop4.txt \
  tests/gold/dev4-report4.txt \
  tests/gold/dev4-wire4.txt \
  tests/gold/heldout-2.txt \
  tests/gold/heldout-news.txt \
  tests/gold/news-africa.txt \
  tests/gold/news-americas.txt \
  tests/gold/news-asia.txt \
  tests/gold/news-dev3.txt \
  tests/gold/news-europe.txt \
  tests/gold/news-mideast.txt | awk -v N="$n" -v OUT="$out" '
  { pool[P++] = $0 }
  END {
    split("January February March April May June July August September October November December", mon, " ")
    for (k = 1; k <= N; k++) {
      y = 2005 + k % 16; m = 1 + int(k / 16) % 12; d = 1 + int(k / 192) % 28
      report = k % 2
      f = sprintf("%s/%05d-%s.%s", OUT, k, report ? "report" : "wire", report ? "md" : "txt")
      s = k * 2654435761 % 2147483646 + 1      # the document'"'"'s own sequence (Park-Miller:
      ns = 20 + (k * 7) % 21
      if (report) printf "# Situation Report %d: %s %d\n\n%d %s %d\n\n", k, mon[m], y, d, mon[m], y > f
      else printf "NEWS DIGEST %d\n%d %s %d\n\n", k, d, mon[m], y > f
      note = 0; par = ""
      for (i = 0; i < ns; i++) {
        s = s * 16807 % 2147483647             # products stay below 2^53, exact in awk)
        par = par (par == "" ? "" : " ") pool[s % P]
        if (i % 4 == 3 || i == ns - 1) {
          if (report) { note++; par = par "<sup>" note "</sup>" }
          print par "\n" > f; par = ""
        }
      }
      if (report) {
        print "## Endnotes\n" > f
        for (j = 1; j <= note; j++)
          printf "%d. https://www.site%d.example.org/%d/%d-%d.html\n", j, (k + j) % 23, y, k, j > f
      }
      close(f)
    }
  }'

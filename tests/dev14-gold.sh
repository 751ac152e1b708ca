#!/bin/sh
# The fourteenth development sets (tests/gold/dev14-*.txt): four documents written blind to the
# coder on 2026-12-01 (session 19: one set per family of CAMEO roots -- statements, appeals
# and intents; demands, disapproval, rejection and threats; consultation and cooperation;
# coercion and force -- each in mixed kinds of text), scored once
# as written and then used to find general faults (tests/gold/README.md). Kept apart from the
# news gold set, as dev4-dev13 are: their own floors catch a regression in what was fixed on them.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev14-*.txt' --floor 0.74 0.57

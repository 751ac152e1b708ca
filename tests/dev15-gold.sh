#!/bin/sh
# The fifteenth development sets (tests/gold/dev15-*.txt): four documents written blind to the
# coder on 2026-12-01 (session 20: one set per construction the coder finds hard -- reference
# across sentences; who acts on whom; relative, participial and passive clauses; analytic
# warning reports with their moods -- each in mixed kinds of text), scored once as written and
# then used to find general faults (tests/gold/README.md). Kept apart from the news gold set, as
# dev4-dev14 are: their own floors catch a regression in what was fixed on them.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev15-*.txt' --floor 0.67 0.42

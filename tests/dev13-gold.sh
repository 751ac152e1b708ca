#!/bin/sh
# The thirteenth development sets (tests/gold/dev13-*.txt): four documents written blind to the
# coder on 2026-12-01 (session 18: state-media and government readouts, long-form feature
# prose, compressed news briefs and roundups, domestic politics and security in less-covered
# states: genres of text rather than topics), scored once
# as written and then used to find general faults (tests/gold/README.md). Kept apart from the
# news gold set, as dev4-dev12 are: their own floors catch a regression in what was fixed on them.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev13-*.txt' --floor 0.79 0.65

#!/bin/sh
# The ninth development sets (tests/gold/dev9-*.txt): four documents written blind to the
# coder on 2026-11-30 (session 14: news headlines, law and justice across borders, European and
# Eurasian wire, Middle East and North Africa wire), scored once as written and then used to
# find general faults (tests/gold/README.md). Kept apart from the news gold set, as dev4-dev8
# are: their own floors catch a regression in what was fixed on them.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev9-*.txt' --floor 0.78 0.59

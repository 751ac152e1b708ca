#!/bin/sh
# The nineteenth development sets (tests/gold/dev19-*.txt): documents written blind to the coder on
# 2026-12-04 (session 35: domestic and regional politics, 2016-2025; security and diplomacy,
# 2016-2025), scored once as written and then used to find general faults (tests/gold/README.md).
# Kept apart from the news gold set, as dev4-dev18 are: their own floors catch a regression in what
# was fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev19-*.txt' --floor 0.60 0.42

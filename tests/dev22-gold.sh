#!/bin/sh
# The twenty-second development sets (tests/gold/dev22-*.txt): documents written blind to the coder on
# 2026-12-04 (session 37, late: wire copy of 2020-2025 outside Europe; daily warning briefs,
# 2021-2025), scored once as written and then used to find general faults (tests/gold/README.md).
# Kept apart from the news gold set, as dev4-dev21 are: their own floors catch a regression in what
# was fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev22-*.txt' --floor 0.52 0.31

#!/bin/sh
# The eighteenth development sets (tests/gold/dev18-*.txt): documents written blind to the coder on
# 2026-12-04 (session 34: economic coercion and cooperation, 2018-2025; domestic politics across the
# world, 2010-2025; world wire news of 2024-2025; analytic warning updates),
# scored once as written and then used to find general faults (tests/gold/README.md). Kept apart
# from the news gold set, as dev4-dev17 are: their own floors catch a regression in what was fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev18-*.txt' --floor 0.60 0.44

#!/bin/sh
# The twenty-first development sets (tests/gold/dev21-*.txt): documents written blind to the coder on
# 2026-12-04 (session 37: international wire copy, 2000-2016; analytic warning updates,
# 2015-2025), scored once as written and then used to find general faults (tests/gold/README.md).
# Kept apart from the news gold set, as dev4-dev20 are: their own floors catch a regression in what
# was fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev21-*.txt' --floor 0.52 0.37

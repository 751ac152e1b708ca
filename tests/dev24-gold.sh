#!/bin/sh
# The twenty-fourth development sets (tests/gold/dev24-*.txt): documents written blind to the coder on
# 2026-12-04 (session 39: think-tank warning updates of 2019-2025; international wire copy of
# 1991-2002), scored once as written and then used to find general faults (tests/gold/README.md).
# Kept apart from the news gold set, as dev4-dev23 are: their own floors catch a regression in what
# was fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev24-*.txt' --floor 0.55 0.36

#!/bin/sh
# The twenty-fifth development sets (tests/gold/dev25-*.txt): documents written blind to the coder on
# 2026-12-04 (session 40: think-tank warning updates of 2016-2025; international wire copy of
# 2006-2013), scored once as written and then used to find general faults (tests/gold/README.md).
# Kept apart from the news gold set, as dev4-dev24 are: their own floors catch a regression in what
# was fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev25-*.txt' --floor 0.60 0.42

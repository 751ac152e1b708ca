#!/bin/sh
# The twenty-third development sets (tests/gold/dev23-*.txt): documents written blind to the coder on
# 2026-12-04 (session 38: international wire copy of 2006-2018; think-tank warning updates of
# 2014-2025), scored once as written and then used to find general faults (tests/gold/README.md).
# Kept apart from the news gold set, as dev4-dev22 are: their own floors catch a regression in what
# was fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev23-*.txt' --floor 0.55 0.38

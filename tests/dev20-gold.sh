#!/bin/sh
# The twentieth development sets (tests/gold/dev20-*.txt): documents written blind to the coder on
# 2026-12-04 (session 36: international wire copy, 2017-2025; analytic and warning-report prose,
# 2019-2025), scored once as written and then used to find general faults (tests/gold/README.md).
# Kept apart from the news gold set, as dev4-dev19 are: their own floors catch a regression in what
# was fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev20-*.txt' --floor 0.52 0.38

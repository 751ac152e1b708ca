#!/bin/sh
# The twenty-seventh development sets (tests/gold/dev27-*.txt): documents written blind to the coder on
# 2026-12-05 (session 42: wire copy of 1993-2022 from the Americas and Europe; think-tank warning
# updates of 2014-2025 on Russia, Belarus, Ukraine, Moldova, the Baltics and the Caucasus),
# scored once as written and then used to find general faults (tests/gold/README.md). Kept apart from
# the news gold set, as dev4-dev26 are: their own floors catch a regression in what was fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev27-*.txt' --floor 0.66 0.47

#!/bin/sh
# The twenty-eighth development sets (tests/gold/dev28-*.txt): documents written blind to the coder on
# 2026-12-05 (sessions 44-45: think-tank digests of 2015-2024; wire copy of 1994-2018 from Asia,
# Africa and the Middle East; wire copy of 1990-2012 from Europe, the Caucasus and the Americas),
# scored once as written and then used to find general faults (tests/gold/README.md). Kept apart from the news gold set, as dev4-dev27 are: their own floors
# catch a regression in what was fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev28-*.txt' --floor 0.70 0.52

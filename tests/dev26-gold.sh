#!/bin/sh
# The twenty-sixth development sets (tests/gold/dev26-*.txt): documents written blind to the coder on
# 2026-12-04 (session 41: international wire copy of 2008-2024 on diplomacy and cooperation; conflict
# reporting of 1998-2025 from wires and crisis monitors on Africa, the Middle East and South Asia),
# scored once as written and then used to find general faults (tests/gold/README.md). Kept apart from
# the news gold set, as dev4-dev25 are: their own floors catch a regression in what was fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev26-*.txt' --floor 0.66 0.49

#!/bin/sh
# The fourth development sets (tests/gold/dev4-*.txt): four documents written blind to the
# coder on 2026-11-30 (wire copy, conflict reporting, analytic reports, diplomacy and aid),
# scored once as written and then used to find general faults (tests/gold/README.md). Kept
# apart from the news gold set, which they would pull under its floor: their own floors
# catch a regression in what was fixed on them.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev4-*.txt' --floor 0.74 0.62

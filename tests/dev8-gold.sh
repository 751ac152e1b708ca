#!/bin/sh
# The eighth development sets (tests/gold/dev8-*.txt): four documents written blind to the
# coder on 2026-11-30 (session 13: reported speech and statements, Latin American and African
# wire, Asia-Pacific security and military posture, promises, offers, negotiations and aid),
# scored once as written and then used to find general faults (tests/gold/README.md). Kept
# apart from the news gold set, as dev4-dev7 are: their own floors catch a regression in what
# was fixed on them.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev8-*.txt' --floor 0.74 0.61

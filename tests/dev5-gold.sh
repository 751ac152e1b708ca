#!/bin/sh
# The fifth development sets (tests/gold/dev5-*.txt): four documents written blind to the
# coder on 2026-11-30 (session 10: domestic politics and unrest; economy, energy and
# sanctions; international organisations, law and humanitarian affairs; wire copy of
# 2000-2014), scored once as written and then used to find general faults
# (tests/gold/README.md). Kept apart from the news gold set, as dev4 is: their own floors
# catch a regression in what was fixed on them.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev5-*.txt' --floor 0.75 0.62

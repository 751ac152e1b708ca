#!/bin/sh
# The sixth development sets (tests/gold/dev6-*.txt): four documents written blind to the
# coder on 2026-11-30 (session 11: headlines and news briefs; long analytic paragraphs;
# Oceania, the Caribbean and small states; words between states), scored once as written
# and then used to find general faults (tests/gold/README.md). Kept apart from the news gold
# set, as dev4 and dev5 are: their own floors catch a regression in what was fixed on them.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev6-*.txt' --floor 0.67 0.55

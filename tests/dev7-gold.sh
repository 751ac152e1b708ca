#!/bin/sh
# The seventh development sets (tests/gold/dev7-*.txt): four documents written blind to the
# coder on 2026-11-30 (session 12: news-stream items, think-tank warning updates, state and
# non-Western agency copy, international bodies and courts), scored once as written and then
# used to find general faults (tests/gold/README.md). Kept apart from the news gold set, as
# dev4-dev6 are: their own floors catch a regression in what was fixed on them.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev7-*.txt' --floor 0.77 0.62

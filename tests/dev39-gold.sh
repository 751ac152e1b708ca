#!/bin/sh
# The thirty-ninth development set (tests/gold/dev39-*.txt): wire copy of 1993-2011, two stories
# per region, and think-tank warning updates of 2005-2024 on ten subjects with footnote markers
# glued to words, dates and quotes; written blind to the coder on 2026-12-06 (session 55), scored
# once as written and then kept as a development set (tests/gold/README.md). Its own floors catch
# a regression in what is fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev39-*.txt' --floor 0.60 0.43

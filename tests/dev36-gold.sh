#!/bin/sh
# The thirty-sixth development set (tests/gold/dev36-*.txt): wire copy of 1995-2014, two stories
# per region, and think-tank warning updates of 2009-2024 on ten subjects with footnote markers
# glued to words, dates and quotes; written blind to the coder on 2026-12-06 (session 52), scored
# once as written and then kept as a development set (tests/gold/README.md). Its own floors catch
# a regression in what is fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev36-*.txt' --floor 0.62 0.45

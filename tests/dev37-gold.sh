#!/bin/sh
# The thirty-seventh development set (tests/gold/dev37-*.txt): wire copy of 1991-2018, two stories
# per region, and think-tank warning updates of 2009-2025 on ten subjects with footnote markers
# glued to words, dates and quotes; written blind to the coder on 2026-12-06 (session 53), scored
# once as written and then kept as a development set (tests/gold/README.md). Its own floors catch
# a regression in what is fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev37-*.txt' --floor 0.59 0.40

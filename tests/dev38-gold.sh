#!/bin/sh
# The thirty-eighth development set (tests/gold/dev38-*.txt): wire copy of 1996-2020, two stories
# per region, and think-tank warning updates of 2009-2022 on ten subjects with footnote markers
# glued to words, dates and quotes; written blind to the coder on 2026-12-06 (session 54), scored
# once as written and then kept as a development set (tests/gold/README.md). Its own floors catch
# a regression in what is fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev38-*.txt' --floor 0.64 0.41

#!/bin/sh
# The fifty-second development set (tests/gold/dev52-*.txt): wire copy of 1986-2010, two stories
# per region, and think-tank warning updates of 2012-2025 on ten subjects with footnote markers
# glued to the sentences' ends; written blind to the coder on 2026-12-07 (session 62), scored once
# as written and then kept as a development set (tests/gold/README.md). Its own floors catch a
# regression in what is fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev52-*.txt' --floor 0.60 0.51

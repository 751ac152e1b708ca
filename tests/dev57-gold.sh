#!/bin/sh
# The fifty-seventh development set (tests/gold/dev57-*.txt): wire copy of 1977-1999, two stories
# per region, and think-tank warning updates of 2015-2025 on ten subjects with footnote markers
# glued to the sentences' ends; written blind to the coder on 2026-12-07 (session 64, its second
# set), scored once as written and then kept as a development set (tests/gold/README.md). Its own
# floors catch a regression in what is fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev57-*.txt' --floor 0.72 0.60

#!/bin/sh
# The forty-first development set (tests/gold/dev41-*.txt): wire copy of 1988-2015, two stories
# per region, and think-tank warning updates of 2009-2025 on ten subjects with footnote markers
# glued to the sentences' ends; written blind to the coder on 2026-12-06 (session 56, the
# session's second set), scored once as written and then kept as a development set
# (tests/gold/README.md). Its own floors catch a regression in what is fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev41-*.txt' --floor 0.67 0.49

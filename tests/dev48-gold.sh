#!/bin/sh
# The forty-eighth development set (tests/gold/dev48-*.txt): wire copy of 1987-2008, two stories
# per region, and think-tank warning updates of 2011-2024 on ten subjects with footnote markers
# glued to the sentences' ends; written blind to the coder on 2026-12-07 (session 60, its first set), scored once
# as written and then kept as a development set (tests/gold/README.md). Its own floors catch a
# regression in what is fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev48-*.txt' --floor 0.67 0.52

#!/bin/sh
# The fiftieth development set (tests/gold/dev50-*.txt): wire copy of 1984-2008, two stories
# per region, and think-tank warning updates of 2006-2024 on ten subjects with footnote markers
# glued to the sentences' ends; written blind to the coder on 2026-12-07 (session 61), scored once
# as written and then kept as a development set (tests/gold/README.md). Its own floors catch a
# regression in what is fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev50-*.txt' --floor 0.74 0.64

#!/bin/sh
# The fifty-third development set (tests/gold/dev53-*.txt): wire copy of 1983-2017, two stories
# per region, and think-tank warning updates of 2008-2025 on ten subjects with footnote markers
# glued to the sentences' ends; written blind to the coder on 2026-12-07 (session 62, its second set), scored once
# as written and then kept as a development set (tests/gold/README.md). Its own floors catch a
# regression in what is fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev53-*.txt' --floor 0.60 0.53

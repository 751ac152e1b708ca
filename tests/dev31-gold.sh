#!/bin/sh
# The thirty-first development set (tests/gold/dev31-*.txt): wire copy of 1991-2011 from every region,
# and think-tank warning updates of 2005-2025 on eight regions with footnote markers glued to words,
# dates and quotes; written blind to the coder on 2026-12-05 (session 47), scored once as written and
# then kept as a development set (tests/gold/README.md). Its own floors catch a regression in what is
# fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev31-*.txt' --floor 0.69 0.44

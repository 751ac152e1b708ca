#!/bin/sh
# The thirty-fourth development set (tests/gold/dev34-*.txt): wire copy of 1994-2019, two stories
# per region, and think-tank warning updates of 2007-2022 on ten regions with footnote markers glued
# to words, dates and quotes; written blind to the coder on 2026-12-06 (session 50), scored once as
# written and then kept as a development set (tests/gold/README.md). Its own floors catch a
# regression in what is fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev34-*.txt' --floor 0.65 0.46

#!/bin/sh
# The fortieth development set (tests/gold/dev40-*.txt): wire copy of 1992-2016, two stories
# per region, and think-tank warning updates of 2001-2022 on ten subjects with footnote markers
# glued to the sentences' ends; written blind to the coder on 2026-12-06 (session 56), scored
# once as written and then kept as a development set (tests/gold/README.md). Its own floors catch
# a regression in what is fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev40-*.txt' --floor 0.63 0.48

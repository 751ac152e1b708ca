#!/bin/sh
# The fifty-sixth development set (tests/gold/dev56-*.txt): wire copy of 1975-2014, two stories
# per region, and think-tank warning updates of 2018-2025 on ten subjects with footnote markers
# glued to the sentences' ends; written blind to the coder on 2026-12-07 (session 64, at its start),
# scored once as written and then kept as a development set (tests/gold/README.md). Its own floors
# catch a regression in what is fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev56-*.txt' --floor 0.69 0.55

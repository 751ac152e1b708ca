#!/bin/sh
# The thirtieth development set (tests/gold/dev30-*.txt): wire copy of 1995-2021 from every region,
# and government and think-tank briefings and monitoring digests of 2003-2014 on six regions, with
# footnote markers glued to sentence ends; written blind to the coder on 2026-12-05 (session 46),
# scored once as written and then kept as a development set (tests/gold/README.md). Its own floors
# catch a regression in what is fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev30-*.txt' --floor 0.66 0.51

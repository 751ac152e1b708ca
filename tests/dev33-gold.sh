#!/bin/sh
# The thirty-third development set (tests/gold/dev33-*.txt): wire copy of 1989-2017 from every region,
# weighted to appeals, consultations, accords and mediation (roots 02-05), and think-tank warning
# updates of 2006-2025 on nine regions with footnote markers glued to words, dates and quotes;
# written blind to the coder on 2026-12-06 (session 49), scored once as written and then kept as a
# development set (tests/gold/README.md). Its own floors catch a regression in what is fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev33-*.txt' --floor 0.67 0.43

#!/bin/sh
# The thirty-second development set (tests/gold/dev32-*.txt): wire copy of 1989-2023 from every region,
# weighted to expulsions, broken ties, suspended aid, threats, refusals and arrests (roots 11-17), and
# think-tank warning updates of 2005-2022 on six regions with footnote markers glued to words, dates
# and quotes; written blind to the coder on 2026-12-05 (session 48), scored once as written and then
# kept as a development set (tests/gold/README.md). Its own floors catch a regression in what is fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev32-*.txt' --floor 0.66 0.48

#!/bin/sh
# The thirty-fifth development set (tests/gold/dev35-*.txt): wire copy of 1995-2022, two stories
# per region, and think-tank warning updates of 2009-2025 on ten regions with footnote markers glued
# to words, dates and quotes; written blind to the coder on 2026-12-06 (session 51), scored once as
# written and then kept as a development set (tests/gold/README.md). Its own floors catch a
# regression in what is fixed.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev35-*.txt' --floor 0.69 0.50

#!/bin/sh
# The seventeenth development sets (tests/gold/dev17-*.txt): four documents written blind to the
# coder on 2026-12-01 (session 22: ordinary news as a desk writes it every day, one set per era
# or outlet -- world wire news of 2000-2009; of 2010-2017; front pages of regional English-language
# dailies, 2015-2025; world-news briefs and roundups, 2018-2025), scored once as written and then
# used to find general faults (tests/gold/README.md). Kept apart from the news gold set, as
# dev4-dev16 are: their own floors catch a regression in what was fixed on them.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/dev17-*.txt' --floor 0.66 0.50

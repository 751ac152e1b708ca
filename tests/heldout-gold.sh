#!/bin/sh
# The held-out gold set (tests/gold/heldout-news.txt, written blind to the coder):
# precision and recall floors that catch a regression in generality. Not a tuning
# target: see tests/gold/README.md.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/heldout-*.txt' --floor 0.66 0.53

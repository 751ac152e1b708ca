#!/bin/sh
# The held-out gold sets (tests/gold/heldout-news.txt and tests/gold/heldout-2.txt, both
# written blind to the coder):
# precision and recall floors that catch a regression in generality. Not a tuning
# target: see tests/gold/README.md.
exec /usr/bin/python3 tests/news_gold.py --files 'tests/gold/heldout-*.txt' --floor 0.70 0.55

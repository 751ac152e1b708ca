#!/bin/sh
# The hand-written news gold set (tests/gold/): precision and recall floors.
exec /usr/bin/python3 tests/news_gold.py --floor 0.90 0.85

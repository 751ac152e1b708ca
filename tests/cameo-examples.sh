#!/bin/sh
# The CAMEO manual's example sentences (../shared/data/andybega-icews/cameo-codes.csv)
# coded with the default dictionaries: root recall and precision floors in
# tests/validate/floors.txt; skips (0 passed, 0 failed) without ../shared/data.
exec /usr/bin/python3 tests/cameo_examples.py "$@"

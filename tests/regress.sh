#!/bin/sh
# Regression triples (tests/regress/*.txt), one file per issue.
exec /usr/bin/python3 tests/regress.py

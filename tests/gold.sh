#!/bin/sh
# Precision and recall against the human gold events of examples/README.md.
exec /usr/bin/python3 tests/gold.py

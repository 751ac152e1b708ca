#!/bin/sh
# `make bench`: builds the benchmark against the optimised library and runs it
# on the bundled examples (medians of 7 repetitions, all in one process),
# including the cost of storing the coded documents in the event store.
set -eu
BUILD=${BUILD:-build}
[ -x "$BUILD/bench" ] || make "$BUILD/bench"   # built by `make bench` with the library's link flags
"$BUILD/bench" examples/belarus-warning-update.md examples/wire-digest.txt
# input formats: PDF extraction accuracy and OCR character error rate
BUILD=$BUILD sh bench/input.sh

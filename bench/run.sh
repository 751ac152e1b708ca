#!/bin/sh
# `make bench`: builds the benchmark against the optimised library and runs it
# on the bundled examples (medians of 7 repetitions, all in one process).
set -eu
BUILD=${BUILD:-build}
[ -x "$BUILD/bench" ] || make "$BUILD/bench"   # built by `make bench` with the library's link flags
"$BUILD/bench" examples/belarus-warning-update.md examples/wire-digest.txt

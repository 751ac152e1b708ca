#!/bin/sh
# `make bench`: builds the benchmark against the optimised library and runs it
# on the bundled examples (medians of 7 repetitions, all in one process).
set -eu
BUILD=${BUILD:-build}
cc -std=c17 -O2 -D_POSIX_C_SOURCE=200809L -Iinclude bench/bench.c "$BUILD/libtocsin.a" -lm -o "$BUILD/bench"
"$BUILD/bench" examples/belarus-warning-update.md examples/wire-digest.txt

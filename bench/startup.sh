#!/bin/sh
# Process start-up, as a user running tocsin once a file pays it: the median
# wall time of `tocsin --version` (dynamic linking only) and of coding a
# one-sentence file (linking + loading the dictionaries + coding), 21 runs
# each, interleaved; then the share of the second that is the dictionaries
# (bench/bench.c measures their load in-process). `make bench` runs it.
set -eu
BUILD=${BUILD:-build}
/usr/bin/python3 - "$BUILD/tocsin" <<'PY'
import os, statistics, subprocess, sys, tempfile, time
tocsin = sys.argv[1]
with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
    f.write("Wire\n\nRussia criticised Ukraine on Monday.\n")
    name = f.name
runs = {"version": [], "code": []}
try:
    for _ in range(21):
        for key, args in (("version", [tocsin, "--version"]), ("code", [tocsin, "code", "--date", "2020-01-01", name])):
            t = time.perf_counter()
            subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            runs[key].append(time.perf_counter() - t)
finally:
    os.unlink(name)
v, c = statistics.median(runs["version"]) * 1000, statistics.median(runs["code"]) * 1000
print(f"start-up (process)   --version {v:6.2f} ms, code one sentence {c:6.2f} ms  "
      f"(medians of 21; ratio version / code {v / c:.2f})")
PY

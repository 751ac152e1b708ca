#!/usr/bin/env python3
"""Side-by-side timing of two tocsin builds through the CLI, as
bench/pipeline.sh times one: `tocsin code -j J DIR > file` and `tocsin ingest
--quiet -j J --db NEW.db DIR`, the builds alternating run by run (A code, A
ingest, B code, B ingest, then B first in the next round), so a noisy shared
machine moves both alike. Prints the medians of wall and CPU (user + system of
the child) seconds and the ratios ingest / code per build.

usage: python3 bench/ab.py [-n ROUNDS] [-j J] DIR BIN_A [BIN_B ...]
"""
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def run(argv, stdout):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(argv, stdout=stdout, check=True)
    t1 = time.perf_counter()
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return t1 - t0, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)


def main():
    args = sys.argv[1:]
    rounds, jobs = 5, 1
    while args and args[0].startswith("-"):
        if args[0] == "-n":
            rounds = int(args[1])
        elif args[0] == "-j":
            jobs = int(args[1])
        else:
            sys.exit(__doc__)
        args = args[2:]
    if len(args) < 2:
        sys.exit(__doc__)
    corpus, bins = args[0], args[1:]
    res = {b: {"code": [], "ingest": []} for b in bins}
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "e.db")
        for r in range(rounds):
            order = bins if r % 2 == 0 else bins[::-1]
            for b in order:
                with open(os.path.join(tmp, "out.jsonl"), "w") as out:
                    res[b]["code"].append(run([b, "code", "-j", str(jobs), corpus], out))
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(db + suffix):
                        os.remove(db + suffix)
                res[b]["ingest"].append(run([b, "ingest", "--quiet", "-j", str(jobs), "--db", db, corpus], None))
    for b in bins:
        cw = statistics.median(x[0] for x in res[b]["code"])
        cc = statistics.median(x[1] for x in res[b]["code"])
        iw = statistics.median(x[0] for x in res[b]["ingest"])
        ic = statistics.median(x[1] for x in res[b]["ingest"])
        pairs = " ".join("%.2f" % (i[1] / c[1]) for c, i in zip(res[b]["code"], res[b]["ingest"]))
        print("%s -j %d: wall code %.3f ingest %.3f ratio %.3f | CPU code %.3f ingest %.3f ratio %.3f"
              " | CPU pairs %s" % (b, jobs, cw, iw, iw / cw, cc, ic, ic / cc, pairs))


if __name__ == "__main__":
    main()

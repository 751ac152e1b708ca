#!/usr/bin/python3
"""Scores tocsin's default dictionaries (dict/) on the CAMEO manual's own example
sentences (issue 4), read at run time from ../shared/data, never copied here.

The examples come from ../shared/data/andybega-icews/cameo-codes.csv (the CAMEO
event codebook as a table; its `example` column holds the manual's example lead
for a code, NA for the codes without one). The LaTeX manual in
openeventdata-Dictionaries (CAMEO.Manual.1.1b3.tex) lists the event codes but
holds no event example sentences, so it cannot serve here.

The CSV gives the code an example illustrates but not its source and target,
so only the event is scored, not the dyad:

  root recall     examples where some event tocsin codes from the example has
                  the example's root (01..20)
  root precision  events whose root is their example's root / all events coded
                  from the examples
  full-code recall  examples where some event has the example's full code

Negated events (tocsin's "negated": true, e.g. "did not attack") are left out,
as in tests/gold.py, and counted apart. The coder's note that the CSV appends to
some examples ("Note: Two reciprocal events are coded ...") is cut off before
coding, and the codebook's placeholder "NEED EXAMPLE." (code 151) is left out.
Six examples end mid-sentence in the CSV; they are coded as they stand. The CSV carries mojibake: UTF-8 punctuation read as Mac Roman and saved
as Windows-1252 (bytes 82 C4 F4 for a right single quote); such runs are
repaired, and bytes that do not repair are dropped and counted.

Each example is written to its own file ("Example", a blank line, the sentence)
in a temporary folder and the folder is coded with one `BUILD/tocsin code` call.

Checks: tocsin exits 0, root recall and root precision at least their floors in
tests/validate/floors.txt ("cameo-root-recall 0.xx", "cameo-root-precision 0.xx").
Closing line "cameo-examples: N passed, N failed". Without ../shared/data it
prints a message and "cameo-examples: 0 passed, 0 failed".

Options: --misses N (how many misses to list, default 25; 0 none),
--markdown FILE (write the per-root table and the summary as Markdown).
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile

BUILD = os.environ.get("BUILD", "build")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data")
CSV = os.path.join(DATA, "andybega-icews", "cameo-codes.csv")
FLOORS = os.path.join(ROOT, "tests", "validate", "floors.txt")


def repair(field, stats):
    """The field's original bytes (the CSV was decoded as latin-1), with every
    run of non-ASCII bytes repaired from its cp1252/Mac Roman mojibake."""
    def fix(m):
        run = m.group(0)
        try:
            s = run.decode("cp1252").encode("mac_roman").decode("utf-8")
            stats["repaired"] += 1
            return s.encode("utf-8")
        except (UnicodeDecodeError, UnicodeEncodeError):
            stats["dropped"] += len(run)
            return b""
    return re.sub(rb"[\x80-\xff]+", fix, field.encode("latin-1")).decode("utf-8")


def examples():
    stats = {"repaired": 0, "dropped": 0, "placeholders": 0}
    text = open(CSV, "rb").read().decode("latin-1")
    out = []
    for row in csv.DictReader(io.StringIO(text)):
        ex = row["example"].strip()
        if not ex or ex == "NA":
            continue
        ex = repair(ex, stats)
        ex = re.split(r"\s*\bNote:", ex, maxsplit=1)[0].strip()
        if re.match(r"need example\b", ex, re.I):  # the codebook's placeholder (code 151)
            stats["placeholders"] += 1
            continue
        code = row["code"].strip()
        out.append({"id": row[""].strip(), "code": code, "root": code[:2], "name": row["name"].strip(),
                    "text": " ".join(ex.split())})
    return out, stats


def floors():
    f = {}
    try:
        for line in open(FLOORS, encoding="utf-8"):
            w = line.split()
            if len(w) == 2 and w[0].startswith("cameo-"):
                f[w[0]] = float(w[1])
    except OSError:
        pass
    return f


def main(argv):
    nmiss, markdown = 25, None
    i = 0
    while i < len(argv):
        if argv[i] == "--misses" and i + 1 < len(argv) and argv[i + 1].isdigit():
            nmiss = int(argv[i + 1]); i += 2
        elif argv[i] == "--markdown" and i + 1 < len(argv):
            markdown = argv[i + 1]; i += 2
        else:
            print("usage: cameo_examples.py [--misses N] [--markdown FILE]", file=sys.stderr)
            return 2
    if not os.path.isfile(CSV):
        print(f"skip: {os.path.relpath(CSV, ROOT)} is not there (../shared/data missing)")
        print("cameo-examples: 0 passed, 0 failed")
        return 0
    exs, stats = examples()
    fl = floors()
    with tempfile.TemporaryDirectory(prefix="tocsin-cameo-") as tmp:
        names = {}
        for k, e in enumerate(exs):
            path = os.path.join(tmp, f"ex{k:04d}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write("Example\n\n" + e["text"] + "\n")
            names[path] = k
        try:
            r = subprocess.run([os.path.join(BUILD, "tocsin"), "code", tmp], capture_output=True, text=True)
        except OSError as err:
            print(f"FAIL cannot run {os.path.join(BUILD, 'tocsin')}: {err}")
            print("cameo-examples: 0 passed, 1 failed")
            return 1
        events = [[] for _ in exs]
        negated = 0
        for line in r.stdout.splitlines():
            if not line.strip():
                continue
            ev = json.loads(line)
            k = names.get(ev["doc"])
            if k is None:
                k = names.get(os.path.join(tmp, os.path.basename(ev["doc"])))
            if k is None:
                continue
            if ev.get("negated"):
                negated += 1
                continue
            events[k].append(ev)
    ok_run = r.returncode == 0
    if not ok_run:
        print(f"FAIL {BUILD}/tocsin code exited {r.returncode}: {r.stderr.strip()[:500]}")

    per_root = {f"{n:02d}": [0, 0, 0] for n in range(1, 21)}  # examples, root right, code right
    root_hits = code_hits = none = ev_total = ev_right = 0
    misses = []
    for e, evs in zip(exs, events):
        pr = per_root.setdefault(e["root"], [0, 0, 0])
        pr[0] += 1
        roots = [ev["root"] for ev in evs]
        codes = [ev["event"] for ev in evs]
        ev_total += len(evs)
        ev_right += sum(rt == e["root"] for rt in roots)
        if not evs:
            none += 1
        if e["root"] in roots:
            root_hits += 1
            pr[1] += 1
        if e["code"] in codes:
            code_hits += 1
            pr[2] += 1
        if e["root"] not in roots:
            got = ", ".join(f"{ev['source']['code']} {ev['event']} {ev['target']['code']} [{ev['verb']}]"
                            for ev in evs) or "no event"
            misses.append(f"  miss {e['code']} ({e['name']}): got {got}\n       {e['text'][:150]}")

    n = len(exs)
    recall = root_hits / n if n else 0.0
    prec = ev_right / ev_total if ev_total else 0.0
    full = code_hits / n if n else 0.0
    f_r, f_p = fl.get("cameo-root-recall"), fl.get("cameo-root-precision")

    print(f"CAMEO manual examples: {n} from {os.path.relpath(CSV, ROOT)}; placeholders left out: "
          f"{stats['placeholders']}; mojibake runs repaired: {stats['repaired']}, bytes dropped: {stats['dropped']}")
    print("root  examples  root-right  code-right")
    for root, (k, rr, cr) in sorted(per_root.items()):
        print(f"{root}    {k:8d}  {rr:10d}  {cr:10d}")
    print(f"all   {n:8d}  {root_hits:10d}  {code_hits:10d}")
    if nmiss:
        print(f"misses (expected code, got), first {min(nmiss, len(misses))} of {len(misses)}:")
        for m in misses[:nmiss]:
            print(m)
    summary = (f"examples {n}, events {ev_total} (negated left out: {negated}), "
               f"root recall {recall:.2f} ({root_hits}/{n}, floor {f_r}), "
               f"root precision {prec:.2f} ({ev_right}/{ev_total}, floor {f_p}), "
               f"full-code recall {full:.2f} ({code_hits}/{n}), without events {none}")
    print(summary)

    if markdown:
        with open(markdown, "w", encoding="utf-8") as f:
            f.write("| root | examples | root right | full code right |\n|---|---:|---:|---:|\n")
            for root, (k, rr, cr) in sorted(per_root.items()):
                f.write(f"| {root} | {k} | {rr} | {cr} |\n")
            f.write(f"| all | {n} | {root_hits} | {code_hits} |\n\n")
            f.write(f"cameo-examples: {summary}\n")

    checks = [("tocsin code exits 0", ok_run)]
    for name, val, floor in (("cameo-root-recall", recall, f_r), ("cameo-root-precision", prec, f_p)):
        if floor is None:
            print(f"FAIL {name}: no floor in {os.path.relpath(FLOORS, ROOT)}")
            checks.append((name, False))
        else:
            good = round(val, 4) >= floor
            print(f"{'ok' if good else 'FAIL'} {name} {val:.2f} (floor {floor})")
            checks.append((name, good))
    passed = sum(ok for _, ok in checks)
    print(f"cameo-examples: {passed} passed, {len(checks) - passed} failed")
    return 0 if passed == len(checks) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

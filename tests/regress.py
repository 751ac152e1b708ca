#!/usr/bin/python3
"""Runs the regression triples in tests/regress/*.txt against the CLI.

Each case (jq-style triple: arguments, input, expected output):

    ### issue N: what once went wrong
    args: code --date 2020-11-30
    --- input
    ...document text...
    --- expect
    a substring that must appear in stdout (one per line)
    --- reject
    a substring that must not appear (optional section)
    --- status
    1            (optional; default 0)

Prints "ok"/"FAIL" per case and "regress: P passed, F failed".
"""
import concurrent.futures
import glob
import os
import subprocess
import sys
import tempfile

build = os.environ.get("BUILD", "build")
tocsin = os.path.join(build, "tocsin")


def cases(path):
    text = open(path, encoding="utf-8").read()
    for block in text.split("\n### ")[1:] if not text.startswith("### ") else ("\n" + text).split("\n### ")[1:]:
        title, _, rest = block.partition("\n")
        case = {"title": title.strip(), "args": [], "input": "", "expect": [], "reject": [], "status": 0}
        section = None
        for line in rest.split("\n"):
            if line.startswith("args:") and section is None:
                case["args"] = line[5:].split()
            elif line.startswith("--- "):
                section = line[4:].strip()
            elif section == "input":
                case["input"] += line + "\n"
            elif section in ("expect", "reject") and line.strip():
                case[section].append(line.strip())
            elif section == "status" and line.strip():
                case["status"] = int(line.strip())
        yield case


def run_case(path, case):
    """Runs one case; returns the reasons it failed (empty when it passed)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(case["input"].rstrip("\n") + "\n")
        name = f.name
    try:
        r = subprocess.run([tocsin] + case["args"] + [name], capture_output=True, text=True)
    finally:
        os.unlink(name)
    out = r.stdout + r.stderr
    why = []
    if r.returncode != case["status"]:
        why.append(f"exit {r.returncode}, want {case['status']}")
    why += [f"missing {e!r}" for e in case["expect"] if e not in out]
    why += [f"unwanted {e!r}" for e in case["reject"] if e in out]
    return why


def main():
    passed = failed = 0
    work = [(path, case) for path in sorted(glob.glob("tests/regress/*.txt")) for case in cases(path)]
    # the cases are independent processes: run one per CPU, report in file order
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        results = list(pool.map(lambda w: run_case(*w), work))
    for (path, case), why in zip(work, results):
        if why:
            failed += 1
            print(f"FAIL {path}: {case['title']}: " + "; ".join(why))
        else:
            passed += 1
            print(f"ok {case['title']}")
    print(f"regress: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Scores tocsin on the hand-written news gold set (tests/gold/news-*.txt,
format in tests/gold/README.md): precision and recall of (source country or
organisation, target, CAMEO root) per sentence, and how often the matched
events carry the gold date. Sentences under one @date form one document (each
its own paragraph), so a pronoun can refer to the sentence before it.

With --floor P R the run fails when precision or recall falls below them; it
prints "news-gold: N passed, N failed" for the two checks.

With --files GLOB the gold files are GLOB instead of tests/gold/news-*.txt, e.g.
--files 'tests/gold/heldout-*.txt' scores the held-out set (tests/gold/README.md)
alone.
"""
import glob
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile

BUILD = os.environ.get("BUILD", "build")
DEFAULT_FILES = "tests/gold/news-*.txt"


def actor_key(code):
    code = (code or "").strip()
    if code.startswith("MNC"):
        return code[:6]
    if code.startswith(("IGO", "NGO")):
        return code
    return code[:3]


def parse(path):
    docs, date, cur = [], None, None
    lines = open(path, encoding="utf-8").read().splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if line.startswith("@date"):
            date = line.split()[1]
            cur = {"date": date, "items": []}
            docs.append(cur)
        elif line == "@text":
            i += 1
            cur["items"].append({"text": lines[i].strip(), "events": []})
        elif line == "@events":
            while i + 1 < len(lines) and lines[i + 1].strip() and not lines[i + 1].startswith("@"):
                i += 1
                f = lines[i].split()
                if f[0] == "(none)":
                    continue
                cur["items"][-1]["events"].append({
                    "src": actor_key(f[0]), "root": f[1][:2], "code": f[1], "tgt": actor_key(f[2]),
                    "date": f[3] if len(f) > 3 else None, "negated": "negated" in f[4:]})
        i += 1
    return docs


def code_doc(doc):
    """The events tocsin codes for one gold document (a list of JSON objects)."""
    body = "Gold\n\n" + "\n\n".join(it["text"] for it in doc["items"]) + "\n"
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(body)
        name = f.name
    try:
        r = subprocess.run([os.path.join(BUILD, "tocsin"), "code", "--date", doc["date"], name],
                           capture_output=True, text=True)
    finally:
        os.unlink(name)
    return [json.loads(l) for l in r.stdout.splitlines() if l.strip()]


def code_docs(docs):
    """The events of each document, as code_doc gives them, from one tocsin run
    over a JSONL stream of the documents (one article a line, "published" its
    date): one process instead of one a document, which under ASan cost most
    of `make check`'s time. The stream codes each article as the text file
    would (tests/stream_equiv.py, run by tests/input.sh, checks the two agree)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, doc in enumerate(docs):
            f.write(json.dumps({"id": str(i), "published": doc["date"], "title": "Gold",
                                "text": "\n\n".join(it["text"] for it in doc["items"])}) + "\n")
        name = f.name
    try:
        r = subprocess.run([os.path.join(BUILD, "tocsin"), "code", "--type", "jsonl", name],
                           capture_output=True, text=True)
    finally:
        os.unlink(name)
    if r.returncode != 0:
        raise SystemExit(f"news-gold: tocsin failed on the gold stream (exit {r.returncode}): {r.stderr[:500]}")
    outs = [[] for _ in docs]
    for line in r.stdout.splitlines():
        if line.strip():
            e = json.loads(line)
            outs[int(e["doc"].rsplit(":", 1)[1]) - 1].append(e)
    return outs


def main():
    floor = None
    bDates = False   # --dates: also list matched events whose date is not the gold date
    files = DEFAULT_FILES
    args = sys.argv[1:]
    i = 0
    while i < len(args):
        if args[i] == "--floor" and i + 2 < len(args):
            floor = (float(args[i + 1]), float(args[i + 2]))
            i += 3
        elif args[i] == "--files" and i + 1 < len(args):
            files = args[i + 1]
            i += 2
        elif args[i] == "--dates":
            bDates = True
            i += 1
        elif args[i].startswith("--files="):
            files = args[i].split("=", 1)[1]
            i += 1
        else:
            print(f"usage: {sys.argv[0]} [--files GLOB] [--floor P R] [--dates]", file=sys.stderr)
            return 2
    paths = sorted(glob.glob(files))
    if not paths:
        print(f"news-gold: no gold files match {files}", file=sys.stderr)
        return 2
    tp = fp = fn = dates = exact = 0
    per_root = {}
    misses = []
    docs = [doc for path in paths for doc in parse(path)]
    # the documents are coded in one JSONL stream a CPU, scored below in file order
    nCpu = os.cpu_count() or 1
    nChunk = (len(docs) + nCpu - 1) // nCpu or 1
    chunks = [docs[i:i + nChunk] for i in range(0, len(docs), nChunk)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=nCpu) as pool:
        outs = [o for part in pool.map(code_docs, chunks) for o in part]
    for doc, out in zip(docs, outs):
        for it in doc["items"]:
            got = [e for e in out if e["text"] == it["text"] or e["text"] in it["text"]]
            used = set()
            for g in it["events"]:
                hit = None
                for k, e in enumerate(got):
                    if k in used or e["negated"] != g["negated"]:
                        continue
                    if (actor_key(e["source"]["code"]), actor_key(e["target"]["code"]), e["root"]) == (g["src"], g["tgt"], g["root"]):
                        hit = k
                        break
                pr = per_root.setdefault(g["root"], [0, 0])
                pr[1] += 1
                if hit is None:
                    fn += 1
                    misses.append(f"  miss {g['src']} {g['code']} {g['tgt']}: {it['text'][:90]}")
                else:
                    used.add(hit)
                    tp += 1
                    pr[0] += 1
                    dates += got[hit]["date"] == g["date"]
                    if bDates and got[hit]["date"] != g["date"]:
                        misses.append(f"  date {g['src']} {g['code']} {g['tgt']} gold {g['date']} got {got[hit]['date']}: "
                                      f"{it['text'][:80]}")
                    exact += got[hit]["event"] == g["code"]
            for k, e in enumerate(got):
                if k not in used:
                    fp += 1
                    misses.append(f"  extra {e['source']['code']} {e['event']} {e['target']['code']} "
                                  f"[{e['verb']}]: {it['text'][:80]}")
    for m in misses:
        print(m)
    p = tp / (tp + fp) if tp + fp else 0
    rc = tp / (tp + fn) if tp + fn else 0
    print("recall by root: " + " ".join(f"{k}:{v[0]}/{v[1]}" for k, v in sorted(per_root.items())))
    print(f"gold events {tp + fn}, output {tp + fp}, matched {tp}: precision {p:.2f}, recall {rc:.2f}, "
          f"dates {dates / tp if tp else 0:.2f}, full code {exact / tp if tp else 0:.2f}")
    if floor:
        checks = [p >= floor[0], rc >= floor[1]]
        print(f"news-gold: {sum(checks)} passed, {2 - sum(checks)} failed")
        return 0 if all(checks) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

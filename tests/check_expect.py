#!/usr/bin/python3
"""Checks `tocsin doc` JSON against a hand-written .expect file.

Each line of the .expect file is one assertion (fields after the first
separated by a TAB where two are needed):
  date YYYY-MM-DD | date null     title TEXT       notes 1,2,3
  marker SUBSTRING<TAB>N          nomarker SUBSTRING
  text SUBSTRING                  notext SUBSTRING
  sentence TEXT (a sentence is exactly TEXT)
  url N<TAB>URL                   domain N<TAB>DOMAIN
Prints one line per failed assertion and "clean-NAME: P passed, F failed".
"""
import json
import sys


def main(doc_path, expect_path):
    doc = json.load(open(doc_path, encoding="utf-8"))
    sents = doc["sentences"]
    body = " ".join(s["text"] for s in sents)
    notes = {n["n"]: n for n in doc["notes"]}
    passed = failed = 0
    for lineno, raw in enumerate(open(expect_path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, rest = line.partition(" ")
        ok, why = True, ""
        if kind == "date":
            want = None if rest.strip() == "null" else rest.strip()
            ok, why = doc["date"] == want, f"date is {doc['date']}"
        elif kind == "title":
            ok, why = doc["title"] == rest, f"title is {doc['title']!r}"
        elif kind in ("marker", "nomarker"):
            sub, _, n = rest.partition("\t")
            hits = [s for s in sents if sub.strip() in s["text"]]
            if not hits:
                ok, why = False, f"no sentence contains {sub!r}"
            elif kind == "marker":
                ok = any(int(n) in s["notes"] for s in hits)
                why = f"sentence notes are {[s['notes'] for s in hits]}"
            else:
                ok = all(not s["notes"] for s in hits)
                why = f"sentence notes are {[s['notes'] for s in hits]}"
        elif kind == "sentence":
            ok, why = any(s["text"] == rest for s in sents), f"no sentence is exactly that: {[s['text'] for s in sents]}"
        elif kind == "text":
            ok, why = rest in body, "not in the cleaned sentences"
        elif kind == "notext":
            ok, why = rest not in body, "found in the cleaned sentences"
        elif kind in ("url", "domain"):
            n, _, want = rest.partition("\t")
            note = notes.get(int(n))
            field = "urls" if kind == "url" else "domains"
            ok = note is not None and want in note[field]
            why = f"note {n} {field}: {note[field] if note else 'missing'}"
        elif kind == "notes":
            want = [int(x) for x in rest.split(",") if x.strip()]
            ok, why = sorted(notes) == want, f"notes are {sorted(notes)}"
        else:
            ok, why = False, f"unknown assertion kind {kind!r}"
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {expect_path}:{lineno}: {line!r}: {why}")
    return passed, failed


if __name__ == "__main__":
    p, f = main(sys.argv[1], sys.argv[2])
    print(f"{p} {f}")

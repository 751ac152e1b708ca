#!/usr/bin/python3
"""Scores tocsin's events on the bundled examples against the human gold lists
in examples/README.md (the tables "Events a human coder extracts").

An event matches a gold event when source, target and CAMEO root agree, actors
compared as the country (first three letters of a state code) or the whole
code of an organisation; each gold event matches at most one output event.
Negated output events are left out (the gold lists record no event for them).
Prints precision, recall and each miss, then "gold: P passed, F failed" where
the checks are: precision and recall each at least the floor given below, and
the share of matched events with the gold date.
"""
import json
import os
import re
import subprocess
import sys

BUILD = os.environ.get("BUILD", "build")
FLOOR_P, FLOOR_R, FLOOR_DATE = 0.90, 0.85, 0.85
DOCS = {"2.4": "examples/belarus-warning-update.md", "3.2": "examples/wire-digest.txt"}


def actor_key(code):
    code = (code or "").strip()
    if code.startswith("MNC"):
        return code[:6]  # company codes compared by home country
    if code.startswith(("IGO", "NGO")):
        return code
    return code[:3]


def gold_events():
    text = open("examples/README.md", encoding="utf-8").read()
    out = {}
    for sec, path in DOCS.items():
        m = re.search(r"### " + re.escape(sec) + r" .*?\n(.*?)(\n### |\n## |\Z)", text, re.S)
        rows = []
        for line in m.group(1).splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 7 or not re.match(r"^[A-Z]\d+$", cells[0]):
                continue
            _, date, _, src, code, tgt, mood = cells[:7]
            if tgt in ("---", "–", "-", ""):
                continue  # no target: tocsin codes dyads only
            rows.append({"id": cells[0], "date": date, "src": actor_key(src), "tgt": actor_key(tgt),
                         "root": code[:2], "mood": mood})
        out[path] = rows
    return out


def main():
    gold = gold_events()
    tp = fp = fn = dates_ok = 0
    for path, rows in gold.items():
        r = subprocess.run([os.path.join(BUILD, "tocsin"), "code", path], capture_output=True, text=True)
        if r.returncode:
            print(f"FAIL tocsin code {path}: {r.stderr}")
            return 1
        events = [json.loads(l) for l in r.stdout.splitlines() if l.strip()]
        events = [e for e in events if not e["negated"]]
        used = set()
        hits = {}
        # two passes: same dyad, root and date first, then dyad and root alone
        for same_date in (True, False):
            for g in rows:
                if g["id"] in hits:
                    continue
                for i, e in enumerate(events):
                    if i in used:
                        continue
                    key = (actor_key(e["source"]["code"]), actor_key(e["target"]["code"]), e["root"])
                    if key == (g["src"], g["tgt"], g["root"]) and (not same_date or e["date"] == g["date"]):
                        hits[g["id"]] = i
                        used.add(i)
                        break
        for g in rows:
            hit = hits.get(g["id"])
            if hit is None:
                fn += 1
                print(f"  miss {g['id']}: {g['src']} {g['root']} {g['tgt']} ({g['date']})")
            else:
                tp += 1
                dates_ok += events[hit]["date"] == g["date"]
                if os.environ.get("GOLD_DATES") and events[hit]["date"] != g["date"]: print(f"  date {g['id']}: gold {g['date']} got {events[hit]['date']} ({events[hit]['date_text']})")
        for i, e in enumerate(events):
            if i not in used:
                fp += 1
                print(f"  extra: {e['source']['code']} {e['event']} {e['target']['code']} "
                      f"[{e['verb']}] in: {e['text'][:70]}")
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    dr = dates_ok / tp if tp else 0.0
    print(f"gold events: {tp + fn}, output events: {tp + fp}, matched: {tp}")
    print(f"precision {p:.2f} (floor {FLOOR_P}), recall {rc:.2f} (floor {FLOOR_R}), "
          f"dates right on matched {dr:.2f} (floor {FLOOR_DATE})")
    checks = [p >= FLOOR_P, rc >= FLOOR_R, dr >= FLOOR_DATE]
    print(f"gold: {sum(checks)} passed, {len(checks) - sum(checks)} failed")
    return 0 if all(checks) else 1


if __name__ == "__main__":
    sys.exit(main())

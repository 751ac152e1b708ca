#!/usr/bin/python3
"""Compares what tocsin read from a converted document (PDF, scan) with what
it read from the text it was made from.

  compare.py doc TEXT.doc.json PDF.doc.json
      sentences (text and note numbers) and notes (numbers and URLs).
  compare.py events TEXT.events.jsonl PDF.events.jsonl
      events as (sentence text, source, event, target, date) multisets.
  compare.py cer REFERENCE.txt HYPOTHESIS.txt
      character error rate (edit distance / reference length) of the
      sentences' text.
Prints one summary line and, with --min R, exits 1 when the match ratio is
below R (with --links also when a note number linked in the text is not).
"""
import json
import sys
from collections import Counter


def load_doc(p):
    return json.load(open(p, encoding="utf-8"))


def url_key(u):
    """A link annotation needs a scheme where the text may have none
    ("www.tass.com/..."): the same link either way."""
    for scheme in ("https://", "http://"):
        if u.startswith(scheme):
            return u[len(scheme):]
    return u


def cmp_doc(a, b):
    da, db = load_doc(a), load_doc(b)
    sa = [(s["text"], tuple(s["notes"])) for s in da["sentences"]]
    sb = [(s["text"], tuple(s["notes"])) for s in db["sentences"]]
    ca, cb = Counter(sa), Counter(sb)
    same = sum((ca & cb).values())
    na = {n["n"]: sorted(url_key(u) for u in n["urls"]) for n in da["notes"]}
    nb = {n["n"]: sorted(url_key(u) for u in n["urls"]) for n in db["notes"]}
    notes_same = sum(1 for k in na if nb.get(k) == na[k])
    texts_a = Counter(t for t, _ in sa)
    texts_b = Counter(t for t, _ in sb)
    text_same = sum((texts_a & texts_b).values())
    linked_a = {n for _, ns in sa for n in ns}
    linked_b = {n for _, ns in sb for n in ns}
    for t in sorted((ca - cb).elements())[:8]:
        print("  only in text:", t[0][:90], t[1])
    for t in sorted((cb - ca).elements())[:8]:
        print("  only in pdf: ", t[0][:90], t[1])
    for k in sorted(na):
        if nb.get(k) != na[k]:
            print(f"  note {k}: text {na[k]} pdf {nb.get(k)}")
    ratio = min(same / max(len(sa), 1), notes_same / max(len(na), 1))
    print(f"sentences {same}/{len(sa)} same (text only {text_same}/{len(sa)}; pdf has {len(sb)}), "
          f"notes {notes_same}/{len(na)} same, note numbers linked {len(linked_a & linked_b)}/{len(linked_a)}"
          f"{'' if linked_a <= linked_b else ' missing ' + str(sorted(linked_a - linked_b))}")
    return ratio, linked_a <= linked_b


def ev_key(e):
    """An event is who did what to whom when; OCR noise in the sentence's
    wording (a stray mark) does not make it another event."""
    return ("", e["source"]["code"], e["event"], e["target"]["code"], e["date"])


def cmp_events(a, b):
    ea = Counter(ev_key(json.loads(l)) for l in open(a, encoding="utf-8") if l.strip())
    eb = Counter(ev_key(json.loads(l)) for l in open(b, encoding="utf-8") if l.strip())
    same = sum((ea & eb).values())
    na = sum(ea.values())
    for k in sorted((ea - eb).elements())[:8]:
        print("  missing:", k[1:], k[0][:70])
    for k in sorted((eb - ea).elements())[:8]:
        print("  extra:  ", k[1:], k[0][:70])
    print(f"events {same}/{na} same ({100.0 * same / max(na, 1):.1f} %), {sum(eb.values())} read")
    return same / max(na, 1), True


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]


def doc_text(p):
    d = load_doc(p)
    return " ".join(s["text"] for s in d["sentences"]) + " " + " ".join(
        f"{n['n']}. {' '.join(n['urls'])}" for n in d["notes"])


def cmp_cer(a, b):
    ra, rb = doc_text(a), doc_text(b)
    dist = edit_distance(ra, rb)
    cer = dist / max(len(ra), 1)
    print(f"character error rate {100.0 * cer:.2f} % ({dist} edits / {len(ra)} characters)")
    return 1 - cer, True


if __name__ == "__main__":
    args = [x for x in sys.argv[1:]]
    rmin = None
    links = "--links" in args
    if links:
        args.remove("--links")
    if "--min" in args:
        i = args.index("--min")
        rmin = float(args[i + 1])
        del args[i:i + 2]
    kind, a, b = args
    r, linked = {"doc": cmp_doc, "events": cmp_events, "cer": cmp_cer}[kind](a, b)
    if rmin is not None and (r < rmin or (links and not linked)):
        sys.exit(1)

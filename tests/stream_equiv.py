#!/usr/bin/python3
"""The gold scorers (tests/news_gold.py) code their documents as one JSONL
stream; this checks that a stream article codes exactly as the same text as
a file of its own with --date: every other document of tests/gold/news-*.txt
both ways (a process each as files: all of them cost a minute under ASan),
the events (source, code, target, date, mood, text) compared. Exit 1 and
the first differences when they disagree."""
import concurrent.futures
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import news_gold  # noqa: E402


def key(events):
    return [(e["source"]["code"], e["event"], e["target"]["code"], e["date"], e["mood"], e["text"]) for e in events]


docs = [d for p in sorted(glob.glob("tests/gold/news-*.txt")) for d in news_gold.parse(p)][::2]
if not docs:
    print("stream-equiv: no gold documents")
    sys.exit(1)
streamed = news_gold.code_docs(docs)
bad = 0
nEvents = 0
with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
    asFile = list(pool.map(news_gold.code_doc, docs))
for i, doc in enumerate(docs):
    a, b = key(asFile[i]), key(streamed[i])
    nEvents += len(a)
    if a != b:
        bad += 1
        if bad <= 3:
            print(f"document {i} ({doc['date']}): as a file {a[:3]} ... as a stream article {b[:3]} ...")
print(f"stream-equiv: {len(docs)} documents, {nEvents} events, {bad} differ")
sys.exit(1 if bad or not nEvents else 0)

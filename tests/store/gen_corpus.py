#!/usr/bin/env python3
"""Writes the watch-test corpus: 120 days of small wire documents with
background activity and planted escalation (tests/store.sh, docs/watch.md).

usage: gen_corpus.py DIR   -> DIR/*.txt (at least 200 documents)

Day 0 is 2021-01-01; each document is dated the day after the events it
reports, which name their own dates ("on March 9"). What is planted, and so
the only alerts tests/store/watch.conf may raise:
  days 70, 72, 75  RUS>BLR threat, sanctions, blockade, each reported by two
                   documents (merged: 3 events, so the 7-day window first
                   reaches 3 on day 75, not day 72)
  day 100          six RUS>BLR conflict events (count and Goldstein spike,
                   and a second threshold window), four POL/LTU ones
Decoys that must raise nothing: single RUS>BLR conflict events on days 20
and 50, a negated threat, a forecast attack and criticisms on days 40-42,
Russian praise of Belarus every fourth day, daily POL>LTU praise and DEU>FRA
meetings.
"""
import datetime
import os
import sys

D0 = datetime.date(2021, 1, 1)


def day(n):
    return D0 + datetime.timedelta(days=n)


def on(n):
    d = day(n)
    return "on %s %d" % (d.strftime("%B"), d.day)


def write(out, name, n, sentences):
    pub = day(n + 1)
    text = "%s\n%d %s %d\n\n%s\n" % (name.replace("-", " ").title(), pub.day, pub.strftime("%B"), pub.year,
                                     " ".join(sentences))
    with open(os.path.join(out, name + ".txt"), "w") as f:
        f.write(text)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    count = 0
    for n in range(120):
        a = ["Germany met with France %s." % on(n)]
        if n % 4 == 0:
            a.append("Russia praised Belarus %s." % on(n))
        if n == 20:
            a.append("Russia threatened Belarus %s." % on(n))
        if n == 50:
            a.append("Russia attacked Belarus %s." % on(n))
        if n == 40:
            a.append("Russia did not threaten Belarus %s." % on(n))
        if n == 41:
            a.append("Russia will likely attack Belarus %s." % on(n + 10))
        if 40 <= n <= 42:
            a.append("Russia criticized Belarus %s." % on(n))
        write(out, "day%03d-a" % n, n, a)
        write(out, "day%03d-b" % n, n, ["Poland praised Lithuania %s." % on(n)])
        count += 2
    planted = {70: "Russia threatened Belarus", 72: "Russia imposed sanctions on Belarus",
               75: "Russia blockaded Belarus"}
    for n, s in planted.items():
        for k in ("x", "y"):   # the same event in two reports
            write(out, "day%03d-%s" % (n, k), n, ["%s %s." % (s, on(n))])
            count += 1
    spike = ["Russia threatened Belarus", "Russia attacked Belarus", "Russia imposed sanctions on Belarus",
             "Russia blockaded Belarus", "Russia bombed Belarus", "Russia accused Belarus"]
    for k in range(3):
        write(out, "day100-x%d" % k, 100, ["%s %s." % (s, on(100)) for s in spike[2 * k:2 * k + 2]])
        count += 1
    write(out, "day100-y", 100, ["Poland threatened Lithuania %s." % on(100), "Poland attacked Lithuania %s." % on(100),
                                 "Lithuania bombed Poland %s." % on(100), "Lithuania blockaded Poland %s." % on(100)])
    count += 1
    print(count)


main()

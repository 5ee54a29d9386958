#!/usr/bin/env python3
"""Which B-trees the pages in copies of a SQLite write-ahead log belong to: what the writer's log resets copy back.

Usage: bench/scale/wal-pages.py STORE.db WAL-COPY...
Take the copies while a scale run works, each just before the writer resets the log, e.g.
  while :; do w=$(ls /tmp/corpus-scale-*/corpus.db-wal); [ $(stat -c %s $w) -gt 15000000 ] && cp $w wal-$((n++)) && sleep 20; sleep 0.05; done
and map them with the kept store (KEEP_STORE=path). Counts each page once a copy (a reset copies each page once),
only frames up to the last commit, and prints the share of every B-tree among those pages.
Needs a SQLite with the dbstat table (Debian's python3 has it).
"""
import collections
import sqlite3
import struct
import sys

owner = dict(sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True).execute("SELECT pageno, name FROM dbstat"))
tree_pages = collections.Counter(owner.values())
total, windows = collections.Counter(), 0
for wal in sys.argv[2:]:
    data = open(wal, "rb").read()
    if len(data) < 32:
        continue
    page_size = struct.unpack(">I", data[8:12])[0]
    salts = struct.unpack(">II", data[16:24])
    pages, committed, offset = [], 0, 32
    while offset + 24 + page_size <= len(data):
        page, commit, salt1, salt2 = struct.unpack(">IIII", data[offset:offset + 16])
        if (salt1, salt2) != salts:
            break
        pages.append(page)
        if commit:
            committed = len(pages)
        offset += 24 + page_size
    if committed:
        windows += 1
        total.update(owner.get(p, "(free or new)") for p in set(pages[:committed]))
count = sum(total.values())
print(f"{windows} log copies, {count} distinct pages")
for name, n in total.most_common(30):
    print(f"  {name:38} {n:7} {100 * n / count:5.1f} %   (the tree has {tree_pages.get(name, 0)} pages)")

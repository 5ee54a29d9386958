#!/usr/bin/env python3
"""Writes N news articles as NDJSON to stdout: PolNeAR train texts (read from ../shared at run time, never
copied into the repository); beyond its 840 texts, later rounds are distinct edited copies."""
import json, os, sys

count = int(sys.argv[1])
folder = sys.argv[2]
files = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
for i in range(count):
    name = files[i % len(files)]
    stem = name[:-4]
    text = open(os.path.join(folder, name), encoding="utf-8").read()
    r = i // len(files)
    key = stem if r == 0 else f"{stem}#r{r}"
    if r:
        text = f"{text}\n\nUpdate {r}: this version adds note {r} for {key}."
    print(json.dumps({"key": key, "source": stem.split("_")[0], "text": text}))

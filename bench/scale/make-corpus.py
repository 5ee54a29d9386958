#!/usr/bin/env python3
"""Writes N news articles as NDJSON to stdout for the scale benchmark: paragraphs of PolNeAR train texts (read from
../shared at run time, never copied into the repository) recombined into new articles, so that speakers recur
across many articles; forty outlets of uneven size; dates over six years; one article in twenty a near copy of an
earlier one in another outlet. Without the PolNeAR folder, paragraphs are made from templates.
Usage: make-corpus.py N [polnear-text-folder]"""
import json, os, random, sys

count = int(sys.argv[1])
folder = sys.argv[2] if len(sys.argv) > 2 else ""
rng = random.Random(19)

def polnear_paragraphs():
    paragraphs = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            text = open(os.path.join(folder, name), encoding="utf-8").read()
            paragraphs += [p.strip() for p in text.split("\n") if len(p.strip()) > 80]
    return paragraphs

def template_paragraphs():
    first = ["Maria", "John", "Sergei", "Angela", "Pedro", "Aisha", "Tom", "Li", "Olga", "James"]
    last = ["Alder", "Brandt", "Castro", "Dimitrov", "Evans", "Fischer", "Garcia", "Haddad", "Ivanov", "Jones"]
    topics = ["the budget", "the election", "the trade deal", "the new bridge", "the health bill", "the strike"]
    paragraphs = []
    for i in range(20000):
        who = f"{first[i % 10]} {last[(i // 10) % 10]}"
        topic = topics[i % len(topics)]
        paragraphs.append(f'"We will not accept any delay on {topic}, and we said so on day {i}," {who} said on Tuesday.')
        paragraphs.append(f"{who} told reporters that {topic} would be discussed again at the next meeting, number {i}.")
    return paragraphs

paragraphs = polnear_paragraphs() if folder and os.path.isdir(folder) else template_paragraphs()
outlets = [f"Outlet {chr(65 + i // 2)}{i % 2}" for i in range(40)]
weights = [1.0 / (i + 1) for i in range(len(outlets))]
kept = []
for i in range(count):
    published = f"{2015 + (i * 6) // max(count, 1)}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    if kept and rng.random() < 0.05:
        original = rng.choice(kept)
        body = original["text"].replace(". ", ", officials said. ", 1) + f"\n\nThis report was updated ({i})."
        article = {"key": f"copy-{i}", "source": rng.choice(outlets), "published": published, "text": body}
    else:
        picked = [paragraphs[rng.randrange(len(paragraphs))] for _ in range(rng.randint(4, 9))]
        title = picked[0].split(". ")[0][:90]
        article = {"key": f"scale-{i}", "source": rng.choices(outlets, weights)[0], "published": published,
                   "title": title, "text": "\n\n".join(picked)}
        if len(kept) < 5000:
            kept.append(article)
        elif rng.random() < 0.01:
            kept[rng.randrange(len(kept))] = article
    print(json.dumps(article))

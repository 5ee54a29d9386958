#!/usr/bin/env python3
"""Writes N news articles as NDJSON to stdout for the scale benchmark: sentences of PolNeAR train texts (read from
../shared at run time, never copied into the repository) recombined into new paragraphs and articles, so that speakers
and quotes recur across many articles while a paragraph, as in real news, appears in one article only (whole paragraphs
drawn again and again would all be learnt as outlet furniture); forty outlets of uneven size, each with a newsletter
line under some of its articles; dates over six years; one article in twenty a near copy of an earlier one in another
outlet. Without the PolNeAR folder, sentences are made from templates.
Usage: make-corpus.py N [polnear-text-folder]"""
import json, os, random, re, sys

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

QUOTE_MARKS = re.compile(r'["\u201c\u201d]|\'\'')
ABBREVIATION = re.compile(r'\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Sgt|St|Jr|Sr|No|[A-Z])\.$')

def sentences_of(paragraph):
    pieces, merged = re.split(r'(?<=[.!?])\s+(?=[A-Z])', paragraph), []
    for piece in pieces:
        if merged and ABBREVIATION.search(merged[-1]):
            merged[-1] += " " + piece
        else:
            merged.append(piece)
    return [m for m in merged if len(m) > 20]

def fresh_paragraph():
    """A paragraph that quotes someone is drawn whole (quotes recur across outlets; such paragraphs are never taken for
    furniture); any other is made of two or three sentences from different paragraphs, so it appears in one article."""
    if rng.random() < len(quoting) / (len(quoting) + len(plain)):
        return quoting[rng.randrange(len(quoting))]
    return " ".join(sentences[rng.randrange(len(sentences))] for _ in range(rng.randint(2, 3)))

source_paragraphs = polnear_paragraphs() if folder and os.path.isdir(folder) else template_paragraphs()
quoting = [p for p in source_paragraphs if QUOTE_MARKS.search(p)]
plain = [p for p in source_paragraphs if not QUOTE_MARKS.search(p)]
sentences = [s for p in plain for s in sentences_of(p)]
outlets = [f"Outlet {chr(65 + i // 2)}{i % 2}" for i in range(40)]
furniture = {o: f"Sign up for the {o} morning newsletter to get the day's political news in your inbox." for o in outlets}
weights = [1.0 / (i + 1) for i in range(len(outlets))]
kept = []
for i in range(count):
    published = f"{2015 + (i * 6) // max(count, 1)}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    if kept and rng.random() < 0.05:
        original = rng.choice(kept)
        body = original["text"].replace(". ", ", officials said. ", 1) + f"\n\nThis report was updated ({i})."
        article = {"key": f"copy-{i}", "source": rng.choice(outlets), "published": published, "text": body}
    else:
        picked = [fresh_paragraph() for _ in range(rng.randint(4, 9))]
        title = picked[0].split(". ")[0][:90]
        source = rng.choices(outlets, weights)[0]
        if rng.random() < 0.3:
            picked.append(furniture[source])
        article = {"key": f"scale-{i}", "source": source, "published": published, "title": title, "text": "\n\n".join(picked)}
        if len(kept) < 5000:
            kept.append(article)
        elif rng.random() < 0.01:
            kept[rng.randrange(len(kept))] = article
    print(json.dumps(article))

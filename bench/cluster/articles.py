#!/usr/bin/env python3
"""Writes N synthetic news-like articles as NDJSON (same shape as the cluster tests' generator)."""
import json, random, sys

OUTLETS = ["daily-ledger", "evening-post", "harbor-times", "metro-wire", "north-herald", "valley-news"]
FIRST = ["Anna", "Boris", "Clara", "David", "Elena", "Frank", "Greta", "Hugo", "Irene", "Jonas", "Karla", "Lukas", "Marta", "Nils", "Olga", "Peter", "Rosa", "Stefan", "Tara", "Viktor"]
LAST = ["Albers", "Brandt", "Castell", "Dorn", "Eckert", "Falk", "Gruber", "Hartmann", "Imhof", "Jaeger", "Krause", "Lenz", "Moser", "Neumann", "Ortner", "Pohl"]
ROLES = ["the finance minister", "the mayor", "a party spokesman", "the union leader", "the central bank governor"]
TOPICS = ["the budget", "the new rail line", "energy prices", "the housing plan", "school reform", "the trade deal"]
CITIES = ["Vienna", "Berlin", "Prague", "Warsaw", "Budapest", "Zagreb"]
VERBS = ["will not accept", "strongly support", "must review", "cannot ignore", "are ready to discuss"]

count, seed = int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 7
for i in range(count):
    r = random.Random(seed * 1_000_003 + i)
    topic = r.choice(TOPICS)
    people = list(dict.fromkeys(f"{r.choice(FIRST)} {r.choice(LAST)}" for _ in range(r.randint(2, 4))))
    paragraphs = [f"Talks on {topic} continued this week as officials in {r.choice(CITIES)} weighed their options."]
    for person in people:
        paragraphs.append(f"\"We {r.choice(VERBS)} {topic} in its current form, and voters deserve an honest answer,\" said {person}, {r.choice(ROLES)}.")
    if len(people) >= 2:
        paragraphs.append(f"{people[0]} met {people[1]} in {r.choice(CITIES)} on Tuesday to discuss {topic}.")
    paragraphs.append(f"The debate is expected to continue next month. Reference {i}.")
    print(json.dumps({"key": f"bench-{seed}-{i:07d}", "source": r.choice(OUTLETS), "url": f"https://news.example/{i}",
                      "title": f"Debate over {topic} ({i})", "published": "2025-03-01", "text": "\n\n".join(paragraphs)}))

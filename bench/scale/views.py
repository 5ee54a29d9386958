#!/usr/bin/env python3
"""Times every list and detail view of a running node over varied ids, cursors and queries.
  views.py BASE_URL IDS discover     picks ids, outlets and names from the corpus into the file IDS
  views.py BASE_URL IDS cold         the first call of each view (run it right after a restart)
  views.py BASE_URL IDS warm [CALLS] CALLS calls of each view (default 200): p50 / p95 / p99 in milliseconds"""
import json, random, sys, time, urllib.parse, urllib.request

base, ids_file, mode = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
calls = int(sys.argv[4]) if len(sys.argv) > 4 else 200
rng = random.Random(7)

def get(path):
    started = time.perf_counter()
    with urllib.request.urlopen(base + path, timeout=120) as response:
        body = response.read()
    return (time.perf_counter() - started) * 1000, json.loads(body) if body[:1] in (b"{", b"[") else None

def items(path):
    return get(path)[1]["items"]

def pick(path, key="id", limit=200):
    return [i[key] for i in items(f"{path}{'&' if '?' in path else '?'}limit={limit}")]

# Ids, outlets and names to ask for come from the corpus itself, picked before the node is restarted for the cold pass.
if mode == "discover":
    json.dump({"articles": pick("/api/articles"), "speakers": pick("/api/speakers"), "quotes": pick("/api/quotes"),
               "meetings": pick("/api/meetings"), "sources": pick("/api/sources", "name"),
               "names": [n.split()[-1] for n in pick("/api/speakers", "name")]}, open(ids_file, "w"))
    sys.exit(0)
picked = json.load(open(ids_file))
articles, speakers, quotes, meetings, sources, names = (picked[k] for k in ("articles", "speakers", "quotes", "meetings", "sources", "names"))
words = ["election", "campaign", "trade", "senator", "immigration", "budget", "said", "president"]
cursors = {}

def next_page(path):
    """A later page of the list: follows next from the page before, so that keyset conditions are timed too."""
    cursor = cursors.get(path)
    full = path + ("&" if "?" in path else "?") + "limit=50" + (f"&cursor={urllib.parse.quote(cursor)}" if cursor else "")
    took, page = get(full)
    cursors[path] = page.get("next") if isinstance(page, dict) else None
    return took

views = {
    "GET /api/articles": lambda: next_page("/api/articles"),
    "GET /api/articles?source=": lambda: next_page(f"/api/articles?source={urllib.parse.quote(rng.choice(sources))}"),
    "GET /api/articles?q=": lambda: get(f"/api/articles?q={rng.choice(words)}")[0],
    "GET /api/articles/{id}": lambda: get(f"/api/articles/{rng.choice(articles)}")[0],
    "GET /api/speakers": lambda: next_page("/api/speakers"),
    "GET /api/speakers?q=": lambda: get(f"/api/speakers?q={urllib.parse.quote(rng.choice(names))}")[0],
    "GET /api/speakers/{id}": lambda: get(f"/api/speakers/{rng.choice(speakers)}")[0],
    "GET /api/speakers/{id}/statements": lambda: get(f"/api/speakers/{rng.choice(speakers)}/statements")[0],
    "GET /api/quotes": lambda: next_page("/api/quotes"),
    "GET /api/quotes?minSources=2": lambda: next_page("/api/quotes?minSources=2"),
    "GET /api/quotes/{id}": lambda: get(f"/api/quotes/{rng.choice(quotes)}")[0],
    "GET /api/meetings": lambda: next_page("/api/meetings"),
    "GET /api/meetings/{id}": lambda: get(f"/api/meetings/{rng.choice(meetings)}")[0] if meetings else 0.0,
    "GET /api/sources": lambda: get("/api/sources")[0],
    "GET /api/statements?q=": lambda: get(f"/api/statements?q={rng.choice(words)}")[0],
    "GET /api/statements?speaker=": lambda: get(f"/api/statements?speaker={rng.choice(speakers)}")[0],
    "GET /api/uploads": lambda: get("/api/uploads")[0],
    "GET /api/queue": lambda: get("/api/queue")[0],
}

def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]

if mode == "cold":
    print("cold (first call after a restart), ms")
    for name, call in views.items():
        print(f"  {name:38} {call():8.1f}")
if mode == "warm":
    print(f"warm, {calls} calls each: p50 / p95 / p99 ms")
    for name, call in views.items():
        times = [call() for _ in range(calls)]
        print(f"  {name:38} {pct(times, 50):7.1f} {pct(times, 95):7.1f} {pct(times, 99):7.1f}")

"""Bounded load on a gateway over loopback: uploaders with keys, without keys and with a wrong key, plus readers.

Runs for a fixed time, then prints per role how many requests ended in which status, the 5xx total (goal 0)
and the readers' latency percentiles. Standard library only.
Usage: python3 load.py BASE_URL KEY_A KEY_B SECONDS UPLOADERS_PER_KEY READERS
"""
import json
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter, defaultdict

base, key_a, key_b = sys.argv[1], sys.argv[2], sys.argv[3]
seconds, per_key, readers = float(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
deadline = time.monotonic() + seconds
statuses = defaultdict(Counter)
read_latencies = []
lock = threading.Lock()


def request(method, path, body=None, key=None, content_type=None):
    req = urllib.request.Request(base + path, data=body, method=method)
    if key:
        req.add_header("Authorization", "Bearer " + key)
    if content_type:
        req.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        error.read()
        return error.code
    except OSError:
        return "connection error"


def article(n):
    token = uuid.uuid4().hex
    return json.dumps({"key": f"load-{token}", "source": "Load", "text": (
        f"Council approves plan {token}.\n\n\"We listened to every neighbourhood,\" Mayor Jane Holloway said of plan {n}.\n\n"
        f"Councillor Peter Vance said the plan would fund {n} new benches.")})


def uploader(role, key):
    n = 0
    while time.monotonic() < deadline:
        body = "\n".join(article(n + i) for i in range(20)).encode()
        n += 20
        status = request("POST", "/api/uploads", body, key, "application/x-ndjson")
        with lock:
            statuses[role][status] += 1


def reader():
    paths = ["/api/articles?limit=50", "/api/speakers?limit=50", "/api/meetings?limit=50", "/api/sources", "/api/quotes?limit=50"]
    i = 0
    while time.monotonic() < deadline:
        started = time.monotonic()
        status = request("GET", paths[i % len(paths)])
        elapsed = time.monotonic() - started
        i += 1
        with lock:
            statuses["reader"][status] += 1
            read_latencies.append(elapsed)


threads = [threading.Thread(target=uploader, args=("uploader key A", key_a)) for _ in range(per_key)]
threads += [threading.Thread(target=uploader, args=("uploader key B", key_b)) for _ in range(per_key)]
threads += [threading.Thread(target=uploader, args=("uploader without key", None)) for _ in range(max(1, per_key // 2))]
threads += [threading.Thread(target=uploader, args=("uploader wrong key", "not-a-key"))]
threads += [threading.Thread(target=reader) for _ in range(readers)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

server_errors = 0
for role in sorted(statuses):
    counts = statuses[role]
    server_errors += sum(c for s, c in counts.items() if isinstance(s, int) and s >= 500)
    print(f"{role:22} " + ", ".join(f"{s}: {c}" for s, c in sorted(counts.items(), key=lambda kv: str(kv[0]))))
print(f"5xx: {server_errors}")
if read_latencies:
    ordered = sorted(read_latencies)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000
    print(f"reads: {len(ordered)}, p50 {pick(0.5):.0f} ms, p95 {pick(0.95):.0f} ms, max {ordered[-1] * 1000:.0f} ms")
sys.exit(1 if server_errors else 0)

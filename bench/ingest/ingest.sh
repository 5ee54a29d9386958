#!/usr/bin/env bash
# End-to-end ingest on the embedded store: N articles uploaded in one NDJSON request to a fresh node (one silo),
# timed from the first byte sent until every article is processed, beside the text pipeline alone on the same articles
# on both cores (the ceiling); the rate per tenth of the articles, peak memory (VmHWM) and activations at the end.
# Usage: bench/ingest/ingest.sh [N=10000]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
polnear=../shared/data/polnear/train/text
[ -d "$polnear" ] || { echo "needs $polnear" >&2; exit 2; }
work=$(mktemp -d)
poller=
trap 'kill $poller $pid 2>/dev/null || true; rm -rf "$work"' EXIT
python3 bench/ingest/make-articles.py "$n" "$polnear" > "$work/articles.ndjson"
dotnet publish src/Corpus.Gateway -c Release -o "$work/gateway" -v quiet -nologo >/dev/null
dotnet build bench/Corpus.Bench -c Release -v quiet -nologo >/dev/null
analysis=$(dotnet bench/Corpus.Bench/bin/Release/net10.0/Corpus.Bench.dll analyze "$work/articles.ndjson")
echo "$analysis"
port=5391
# MALLOC_ARENA_MAX=2 as deploy/Dockerfile sets it, so that the peak memory is the deployed node's.
MALLOC_ARENA_MAX=2 Storage__Sqlite__Path="$work/corpus.db" Corpus__LoadSeeds=false Logging__LogLevel__Default=Warning \
  dotnet "$work/gateway/Corpus.Gateway.dll" --urls "http://127.0.0.1:$port" > "$work/gateway.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.2; done
start=$(date +%s.%N)
# Progress is read from the node's processed-articles counter from the first byte on, so that the rate per tenth
# covers the articles processed while the upload itself is still being received.
: > "$work/progress"
( while sleep 0.5; do
    n=$(curl -sf "http://127.0.0.1:$port/metrics" | awk '/^corpus_articles_processed_total/ {print $2}')
    [ -n "$n" ] && echo "$(date +%s.%N) $n" >> "$work/progress"
  done ) &
poller=$!
curl -sf -X POST "http://127.0.0.1:$port/api/uploads" -H 'Content-Type: application/x-ndjson' \
  --data-binary @"$work/articles.ndjson" > "$work/receipt.json"
uploaded=$(date +%s.%N)
until curl -sf "http://127.0.0.1:$port/api/queue" | python3 -c 'import json,sys; sys.exit(0 if json.load(sys.stdin)["left"]==0 else 1)'; do
  sleep 0.5
done
done_at=$(date +%s.%N)
activations=$(curl -sf "http://127.0.0.1:$port/metrics" | awk '/^orleans_catalog_activations\{/ && !/sys\./ {n += $2} END {print n}')
peak_kb=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
cpu_s=$(awk -v t="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$pid/stat")
bytes=$(stat -c %s "$work/articles.ndjson")
python3 - "$start" "$uploaded" "$done_at" "$peak_kb" "$bytes" "$work/receipt.json" "$work/progress" "$analysis" "$activations" "$cpu_s" <<'PY'
import json, re, sys
start, uploaded, done, peak_kb, size = map(float, sys.argv[1:6])
receipt = json.load(open(sys.argv[6]))
progress = [tuple(map(float, l.split())) for l in open(sys.argv[7]) if len(l.split()) == 2]
ceiling = float(re.search(r"([0-9]+) articles/s", sys.argv[8]).group(1))
acc = receipt["accepted"]
print(f"articles: received {receipt['received']}, accepted {acc}, duplicates {receipt['duplicates']}, {size/1e6:.1f} MB")
print(f"upload acknowledged after {uploaded-start:.1f} s ({receipt['received']/(uploaded-start):.0f} articles/s stored)")
rate = acc/(done-start)
print(f"fully processed after {done-start:.1f} s: {rate:.0f} articles/s end to end = {rate/ceiling:.2f} of analysis only")
tenth, last_t, last_n, slices = acc / 10, start, 0.0, []
for t, n in progress + [(done, acc)]:
    while n >= last_n + tenth and len(slices) < 10:
        reached = last_t + (t - last_t) * ((last_n + tenth) - last_n) / max(n - last_n, 1)
        slices.append(tenth / max(reached - last_t, 1e-9)); last_t, last_n = reached, last_n + tenth
print("rate per tenth (articles/s): " + " ".join(f"{r:.0f}" for r in slices))
print(f"node peak memory (VmHWM): {peak_kb/1024:.0f} MiB; grain activations at the end: {sys.argv[9]}; node CPU {sys.argv[10]} s")
PY

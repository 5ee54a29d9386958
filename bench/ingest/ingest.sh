#!/usr/bin/env bash
# End-to-end ingest on the embedded store: N articles uploaded in one NDJSON request to a fresh gateway,
# timed from the first byte sent until the queue is empty; peak memory (VmHWM) of the gateway process.
# Usage: bench/ingest/ingest.sh [N=10000]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
polnear=../shared/data/polnear/train/text
[ -d "$polnear" ] || { echo "needs $polnear" >&2; exit 2; }
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
python3 bench/ingest/make-articles.py "$n" "$polnear" > "$work/articles.ndjson"
dotnet publish src/Corpus.Gateway -c Release -o "$work/gateway" -v quiet -nologo >/dev/null
port=5391
Storage__Sqlite__Path="$work/corpus.db" Corpus__LoadSeeds=false Logging__LogLevel__Default=Warning \
  dotnet "$work/gateway/Corpus.Gateway.dll" --urls "http://127.0.0.1:$port" > "$work/gateway.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.2; done
start=$(date +%s.%N)
curl -sf -X POST "http://127.0.0.1:$port/api/uploads" -H 'Content-Type: application/x-ndjson' \
  --data-binary @"$work/articles.ndjson" > "$work/receipt.json"
uploaded=$(date +%s.%N)
until curl -sf "http://127.0.0.1:$port/api/queue" | python3 -c 'import json,sys; q=json.load(sys.stdin); sys.exit(0 if q["ready"]+q["leased"]==0 else 1)'; do sleep 0.5; done
done_at=$(date +%s.%N)
peak_kb=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
bytes=$(stat -c %s "$work/articles.ndjson")
python3 - "$start" "$uploaded" "$done_at" "$peak_kb" "$bytes" "$work/receipt.json" <<'PY'
import json, sys
start, uploaded, done, peak_kb, size = map(float, sys.argv[1:6])
receipt = json.load(open(sys.argv[6]))
acc = receipt["accepted"]
print(f"articles: received {receipt['received']}, accepted {acc}, duplicates {receipt['duplicates']}, {size/1e6:.1f} MB")
print(f"upload acknowledged after {uploaded-start:.1f} s ({receipt['received']/(uploaded-start):.0f} articles/s stored)")
print(f"fully processed after {done-start:.1f} s: {acc/(done-start):.0f} articles/s end to end")
print(f"gateway peak memory (VmHWM): {peak_kb/1024:.0f} MiB")
PY

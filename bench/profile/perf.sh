#!/usr/bin/env bash
# Where the embedded node's CPU goes while it processes N articles: perf samples of the whole process (managed frames
# named through the runtime's perf map, SQLite and the kernel included), self and inclusive, for SECONDS after the
# upload starts. Needs linux-perf (Debian package `linux-perf`) and root.
# Usage: bench/profile/perf.sh [N=5000] [SECONDS=30]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-5000}
seconds=${2:-30}
polnear=../shared/data/polnear/train/text
[ -d "$polnear" ] || { echo "needs $polnear" >&2; exit 2; }
command -v perf >/dev/null || { echo "needs perf (apt-get install linux-perf)" >&2; exit 2; }
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true' EXIT
python3 bench/ingest/make-articles.py "$n" "$polnear" > "$work/articles.ndjson"
dotnet publish src/Corpus.Gateway -c Release -o "$work/gateway" -v quiet -nologo >/dev/null
port=5393
# W^X off: with it on, jitted code lives in an anonymous double mapping that perf cannot name.
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 Storage__Sqlite__Path="$work/corpus.db" Corpus__LoadSeeds=false \
  Logging__LogLevel__Default=Warning dotnet "$work/gateway/Corpus.Gateway.dll" --urls "http://127.0.0.1:$port" > "$work/gateway.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.2; done
perf record -F 499 -g -p "$pid" -o "$work/perf.data" -- sleep "$seconds" > "$work/perf.log" 2>&1 &
perf_pid=$!
start=$(date +%s.%N)
curl -sf -X POST "http://127.0.0.1:$port/api/uploads" -H 'Content-Type: application/x-ndjson' --data-binary @"$work/articles.ndjson" > /dev/null
until curl -sf "http://127.0.0.1:$port/api/queue" | python3 -c 'import json,sys; sys.exit(0 if json.load(sys.stdin)["left"]==0 else 1)'; do sleep 0.5; done
end=$(date +%s.%N)
echo "processed $n articles in $(python3 -c "print(round($end - $start, 1))") s (perf sampled the first $seconds s)"
wait "$perf_pid"
echo "== self"
perf report -i "$work/perf.data" --no-children --sort sym -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | head -25 | cut -c1-170
echo "== inclusive, the project's frames"
perf report -i "$work/perf.data" --children --sort sym -g none 2>/dev/null | grep -v '^#' | grep 'Corpus\.' | grep -v 'MoveNext\|AsyncStateMachineBox' | head -25 | cut -c1-170
echo "perf data kept in $work/perf.data"

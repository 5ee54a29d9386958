#!/usr/bin/env bash
# Times every view, cold and warm, on a store that bench/scale/run.sh kept (KEEP_STORE=path), without building the
# corpus again: the node is published from this tree and started on a copy of the store, so the kept one stays as it was.
# Usage: bench/scale/views.sh STORE.db [CALLS=200]
set -euo pipefail
cd "$(dirname "$0")/../.."
store=$(realpath "$1")
calls=${2:-200}
work=$(mktemp -d /tmp/corpus-views-XXXX)
pid=
cleanup() { [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
dotnet publish src/Corpus.Gateway -c Release -o "$work/gateway" -v quiet -nologo >/dev/null
cp "$store" "$work/corpus.db"
start_node() {
  MALLOC_ARENA_MAX=2 Corpus__LoadSeeds=false Logging__LogLevel__Default=Warning Storage__Sqlite__Path="$work/corpus.db" \
    dotnet "$work/gateway/Corpus.Gateway.dll" --urls "$base" >> "$work/node.log" 2>&1 &
  pid=$!
  until curl -sf "$base/readyz" >/dev/null; do sleep 0.2; done
}
stop_node() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
# The first start migrates the copy if this tree's schema is newer; the cold pass follows a second start.
started=$(date +%s.%N)
start_node
echo "first start (with any migrations) $(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }') s; store $(( $(stat -c %s "$work/corpus.db") / 1000000 )) MB"
python3 bench/scale/views.py "$base" "$work/ids.json" discover
stop_node
sync; echo 3 > /proc/sys/vm/drop_caches 2>/dev/null || echo "  (page cache not dropped: not permitted here)"
start_node
python3 bench/scale/views.py "$base" "$work/ids.json" cold
python3 bench/scale/views.py "$base" "$work/ids.json" warm "$calls"
stop_node

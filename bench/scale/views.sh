#!/usr/bin/env bash
# Times every view, cold and warm, on a store that bench/scale/run.sh kept (KEEP_STORE=path), without building the
# corpus again: the node is published from this tree and started on a copy of the store, so the kept one stays as it was.
# Usage: bench/scale/views.sh STORE.db [CALLS=200]
set -euo pipefail
cd "$(dirname "$0")/../.."
store=$(realpath "$1")
calls=${2:-200}
source bench/scale/node.sh
use_kept_store views "$store"
# The first start migrates the copy if this tree's schema is newer; the cold pass follows a second start.
started=$(date +%s.%N)
start_node Storage__Sqlite__Path="$work/corpus.db"
echo "first start (with any migrations) $(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }') s; store $(( $(stat -c %s "$work/corpus.db") / 1000000 )) MB"
python3 bench/scale/views.py "$base" "$work/ids.json" discover
stop_node
drop_caches
start_node Storage__Sqlite__Path="$work/corpus.db"
python3 bench/scale/views.py "$base" "$work/ids.json" cold
python3 bench/scale/views.py "$base" "$work/ids.json" warm "$calls"
stop_node

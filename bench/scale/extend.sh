#!/usr/bin/env bash
# The ingest rate at the size of a store that bench/scale/run.sh kept (KEEP_STORE=path), in minutes instead of the hour
# a build from scratch takes: a node of this tree, started on a copy of the store, takes MORE further articles of the
# same generated corpus (articles N+1 to N+MORE of make-corpus.py N+MORE). Prints the rate and the stages' seconds per
# slice, the node's peak memory, and how many of the near copies planted among the new articles were found as copies
# (and how many other new articles were taken for copies). The kept store stays as it was. The first slice includes
# the started node's grains deriving their state again from the store (minutes at a million): compare later slices.
# Usage: bench/scale/extend.sh STORE.db N [MORE=100000] [SLICE=MORE]
# KEEP_STORE=path keeps a copy of the extended store as it stands after the clean shutdown.
set -euo pipefail
cd "$(dirname "$0")/../.."
store=$(realpath "$1")
first=$2
more=${3:-100000}
slice=${4:-$more}
source bench/scale/node.sh
use_kept_store extend "$store"
files() { printf "main %d MB, WAL %d MB" $(( $(stat -c %s "$work/corpus.db") / 1000000 )) \
  $(( $(stat -c %s "$work/corpus.db-wal" 2>/dev/null || echo 0) / 1000000 )); }

python3 bench/scale/make-corpus.py $((first + more)) ../shared/data/polnear/train/text | tail -n "$more" > "$work/articles.ndjson"
split -l $(( slice < 10000 ? slice : 10000 )) -d -a 4 "$work/articles.ndjson" "$work/chunk-"
before=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT max(arrival) FROM copy_sketches").fetchone()[0])' "$work/corpus.db")
echo "== $more articles after the $first of $(basename "$store"), slices of $slice"
start_node Storage__Sqlite__Path="$work/corpus.db"
upload_slices "$work"/chunk-*
echo "  node peak memory (VmHWM) $(( $(awk '/VmHWM/ {print $2}' "/proc/$pid/status") / 1024 )) MiB"
stop_node
if [ -n "${KEEP_STORE:-}" ]; then cp "$work/corpus.db" "$KEEP_STORE"; fi
python3 - "$work/corpus.db" "$before" <<'PY'
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute(
    "SELECT client_key, duplicate_of IS NOT NULL FROM articles WHERE state = 'processed' AND arrival > ?", (int(sys.argv[2]),)).fetchall()
planted = [copy for key, copy in rows if key.startswith("copy-")]
others = [copy for key, copy in rows if not key.startswith("copy-")]
print(f"  planted near copies found {sum(planted)} of {len(planted)}; other articles taken for copies {sum(others)} of {len(others)}")
PY

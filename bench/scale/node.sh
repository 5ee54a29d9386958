# Sourced by the scale benchmarks: a node of the published build in $work/gateway, listening on $base, and its pid;
# uploads in slices with the rate and the stages' seconds of each.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# MALLOC_ARENA_MAX=2 as deploy/Dockerfile sets it, so that the peak memory is the deployed node's. NODE_SETTINGS: more
# KEY=VALUE settings for the node, to compare a setting on one build.
start_node() {
  env "$@" ${NODE_SETTINGS:-} MALLOC_ARENA_MAX=2 Corpus__LoadSeeds=false Logging__LogLevel__Default=Warning \
    dotnet "$work/gateway/Corpus.Gateway.dll" --urls "$base" >> "$work/node.log" 2>&1 &
  pid=$!
  until curl -sf "$base/readyz" >/dev/null; do sleep 0.2; done
}

stop_node() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

drop_caches() { sync; echo 3 > /proc/sys/vm/drop_caches 2>/dev/null || echo "  (page cache not dropped: not permitted here)"; }

left() { curl -sf "$base/api/queue" | python3 -c 'import json,sys; print(json.load(sys.stdin)["left"])'; }

# Seconds spent per pipeline and settling stage so far (corpus_stage_duration_seconds_sum), and in the store writer's
# transactions ("store.commits": SQLite's one writer is busy that long), one "stage seconds" a line.
stage_sums() {
  curl -sf "$base/metrics" | sed -nE -e 's/^corpus_stage_duration_seconds_sum\{.*stage="([^"]+)".*\} ([0-9.e+-]+).*/\1 \2/p' \
    -e 's/^corpus_store_commit_duration_seconds_sum\{.*\} ([0-9.e+-]+).*/store.commits \1/p' | sort
}

# Where a slice's time went: the stages' seconds since the last slice, largest first.
stage_deltas() {
  python3 - "$work/stages.before" "$work/stages.now" <<'PY'
import sys
def read(path):
    try: return {k: float(v) for k, v in (l.split() for l in open(path) if l.strip())}
    except FileNotFoundError: return {}
before, now = read(sys.argv[1]), read(sys.argv[2])
deltas = sorted(((now[k] - before.get(k, 0.0), k) for k in now), reverse=True)
print("    stage seconds this slice: " + ", ".join(f"{k} {d:.0f}" for d, k in deltas[:10] if d >= 0.5))
PY
}

# Uploads the NDJSON files in order; after every $slice articles (and after the last), waits until all are processed
# and prints the slice's rate, what files() says of the store, and the stages' seconds. $first: articles stored before.
upload_slices() {
  local sent=0 total file now slice_start
  total=$(cat "$@" | wc -l)
  stage_sums > "$work/stages.before"
  slice_start=$(date +%s.%N)
  for file in "$@"; do
    # A busy store answers 503 with Retry-After, which curl honours; uploads are stored once by key, so a retry is safe.
    curl -sf --retry 10 -X POST "$base/api/uploads" -H 'Content-Type: application/x-ndjson' --data-binary @"$file" > /dev/null
    sent=$((sent + $(wc -l < "$file")))
    if [ $((sent % slice)) = 0 ] || [ "$sent" = "$total" ]; then
      while [ "$(left)" != 0 ]; do sleep 1; done
      now=$(date +%s.%N)
      awk -v s="$sent" -v p="${first:-0}" -v a="$slice_start" -v b="$now" -v k="$slice" -v f="$(files)" \
        'BEGIN { m = (s % k == 0 ? k : s % k); printf "  articles %d: slice at %.0f articles/s; on disk %s\n", p + s, m / (b - a), f }'
      stage_sums > "$work/stages.now"; stage_deltas; mv "$work/stages.now" "$work/stages.before"
      slice_start=$now
    fi
  done
}

# For the scripts that start a node of this tree on a copy of a kept store ($2): a scratch folder $work (removed on
# exit, with any node left running), the published build, the copy $work/${3:-corpus.db}, and an address $base.
use_kept_store() {
  work=$(mktemp -d "/tmp/corpus-$1-XXXX"); pid=
  trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
  port=$(free_port); base="http://127.0.0.1:$port"
  dotnet publish src/Corpus.Gateway -c Release -o "$work/gateway" -v quiet -nologo >/dev/null
  cp -a "$2" "$work/${3:-corpus.db}"
}

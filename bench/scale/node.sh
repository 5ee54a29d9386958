# Sourced by the scale benchmarks: a node of the published build in $work/gateway, listening on $base, and its pid.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# MALLOC_ARENA_MAX=2 as deploy/Dockerfile sets it, so that the peak memory is the deployed node's.
start_node() {
  env "$@" MALLOC_ARENA_MAX=2 Corpus__LoadSeeds=false Logging__LogLevel__Default=Warning \
    dotnet "$work/gateway/Corpus.Gateway.dll" --urls "$base" >> "$work/node.log" 2>&1 &
  pid=$!
  until curl -sf "$base/readyz" >/dev/null; do sleep 0.2; done
}

stop_node() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

drop_caches() { sync; echo 3 > /proc/sys/vm/drop_caches 2>/dev/null || echo "  (page cache not dropped: not permitted here)"; }

#!/usr/bin/env bash
# Cluster ingest benchmark: articles/s with 1, 2 and 3 silo processes (and a gateway) against one PostgreSQL, and the ratio of
# the cluster's ingest to a plain COPY of the same article bytes into the same server in the same run.
# Usage: bench/cluster/run.sh [articles=5000]
#   ARTICLES=polnear  news texts built from ../shared/data/polnear/train (as bench/ingest) instead of the synthetic
#                     generator, whose six outlets and sixteen surnames send every pass to the same few grains
#   SILOS="1 3"       which silo counts to run (default 1 2 3)
#   DLL=path          the gateway build to run (default: this checkout's Release build), e.g. an older commit's worktree
#   PG_STATS=1        after each round, print the statements that took the server longest (pg_stat_statements),
#                     and how many statements of each kind the nodes sent per article
#   WARM=1            before the timed upload, the seeds are processed, so that the timing shows nodes that have run
#                     every stage once, as in a service that has been running, instead of their first JIT of each
set -euo pipefail
cd "$(dirname "$0")/../.."
articles=${1:-5000}
work=$(mktemp -d /tmp/corpus-bench-XXXX)
pids=()
source bench/postgres.sh
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  pg_server kill
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

dotnet build src/Corpus.Gateway -c Release -v q -nologo >/dev/null
dll=${DLL:-src/Corpus.Gateway/bin/Release/net10.0/Corpus.Gateway.dll}
if [ "${ARTICLES:-synthetic}" = polnear ]; then
  python3 bench/ingest/make-articles.py "$articles" ../shared/data/polnear/train/text > "$work/articles.ndjson"
else
  python3 bench/cluster/articles.py "$articles" > "$work/articles.ndjson"
fi
bytes=$(stat -c %s "$work/articles.ndjson")

# A durable server with default settings (fsync on): the cluster pays for durability, so COPY does too.
[ "$(id -u)" = 0 ] && chown postgres "$work"
pg_port=$(free_port)
as_pg "$pg_bin/initdb" -D "$work/pg" -U corpus --auth=trust --no-locale -E UTF8 >/dev/null
[ "${PG_STATS:-0}" = 1 ] && printf "shared_preload_libraries = 'pg_stat_statements'\n" >> "$work/pg/postgresql.conf"
compose_postgres_settings >> "$work/pg/postgresql.conf"
printf "port = %s\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%s'\nmax_connections = 300\n" "$pg_port" "$work" >> "$work/pg/postgresql.conf"
pg_server start
psql_() { "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U corpus -v ON_ERROR_STOP=1 -qAt "$@"; }

start_node() { # roles database port; each node gets its own Orleans ports and cluster id per round
  Storage__Provider=postgres Storage__Postgres__ConnectionString="Host=127.0.0.1;Port=$pg_port;Username=corpus;Database=$2" \
  Node__Roles=$1 Corpus__LoadSeeds=false Logging__LogLevel__Default=Warning Orleans__ClusterId="$2" \
  Orleans__Endpoints__SiloPort=$(free_port) Orleans__Endpoints__GatewayPort=$(free_port) \
    dotnet "$dll" --urls "http://127.0.0.1:$3" >>"$work/nodes.log" 2>&1 &
  pids+=($!)
}
wait_up() { for _ in $(seq 600); do curl -fs "http://127.0.0.1:$1/healthz" >/dev/null && return; sleep 0.1; done; echo "node on $1 did not start" >&2; exit 1; }
now() { date +%s.%N; }
ticks=$(getconf CLK_TCK)
cpu_of() { awk -v t="$ticks" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$1/stat"; } # a process's user + system CPU seconds
# The PostgreSQL server's CPU seconds: the postmaster's own, its exited backends' (which it has waited for), and its
# live backends'. Less sensitive than wall time to other jobs on a shared machine.
server_cpu() {
  local pm; pm=$(head -1 "$work/pg/postmaster.pid")
  { awk -v t="$ticks" '{ printf "%.2f\n", ($14 + $15 + $16 + $17) / t }' "/proc/$pm/stat"
    for c in $(pgrep -P "$pm"); do cpu_of "$c" 2>/dev/null && echo; done; } | awk '{ s += $1 } END { printf "%.1f", s }'
}
busy() { awk -v t="$ticks" '/^cpu / { printf "%.1f", ($2 + $3 + $4 + $7 + $8) / t }' /proc/stat; } # all cores' busy seconds

echo "articles: $articles ($bytes bytes)"
printf "%-8s %12s %12s %11s %11s %11s %11s %11s\n" silos "upload s" "processed s" "articles/s" "gateway cpu" "silos cpu" "server cpu" "machine cpu"
for silos in ${SILOS:-1 2 3}; do
  db=bench_$silos
  psql_ -d postgres -c "CREATE DATABASE $db"
  [ "${PG_STATS:-0}" = 1 ] && psql_ -d "$db" -c "CREATE EXTENSION pg_stat_statements" && psql_ -d "$db" -c "SELECT pg_stat_statements_reset()" >/dev/null
  pids=()
  for _ in $(seq "$silos"); do p=$(free_port); start_node silo "$db" "$p"; wait_up "$p"; done
  gw=$(free_port); start_node gateway "$db" "$gw"; wait_up "$gw"
  # The gateway is started last: put it first, as the CPU columns expect.
  pids=("${pids[-1]}" "${pids[@]:0:${#pids[@]}-1}")
  # Warm-up: one bad line runs the upload path (parse, reject, commit the totals) without adding an article, so the
  # timing below measures ingest, not the first JIT of that path (TieredCompilation is off for the node).
  curl -fs -X POST -H 'Content-Type: application/x-ndjson' --data-binary 'not json' "http://127.0.0.1:$gw/api/uploads" >/dev/null
  if [ "${WARM:-0}" = 1 ]; then
    seeds=(); for f in seeds/*; do [ "${f##*/}" = manifest.json ] || seeds+=(-F "files=@$f"); done
    curl -fs -X POST "${seeds[@]}" "http://127.0.0.1:$gw/api/uploads" >/dev/null
    until curl -fs "http://127.0.0.1:$gw/api/queue" | grep -q '"left":0,'; do sleep 0.2; done
    [ "${PG_STATS:-0}" = 1 ] && psql_ -d "$db" -c "SELECT pg_stat_statements_reset()" >/dev/null
  fi
  # CPU columns count the timed window only: what each process had used before it is subtracted.
  declare -A cpu0=(); for p in "${pids[@]}"; do cpu0[$p]=$(cpu_of "$p"); done
  t0=$(now); b0=$(busy); s0=$(server_cpu)
  curl -fs -X POST -H 'Content-Type: application/x-ndjson' --data-binary @"$work/articles.ndjson" "http://127.0.0.1:$gw/api/uploads" >/dev/null
  t1=$(now)
  # Polled with curl and grep: a python3 per poll (behind pyenv's shims here) took a sixth of the machine.
  until curl -fs "http://127.0.0.1:$gw/api/queue" | grep -q '"left":0,'; do sleep 0.2; done
  t2=$(now); b1=$(busy)
  gateway_cpu=$(echo "$(cpu_of "${pids[0]}") - ${cpu0[${pids[0]}]}" | bc -l); silos_cpu=0
  for p in "${pids[@]:1}"; do silos_cpu=$(echo "$silos_cpu + $(cpu_of "$p") - ${cpu0[$p]}" | bc -l); done
  for p in "${pids[@]}"; do kill "$p"; wait "$p" 2>/dev/null || true; done
  pids=()
  sleep 1 # the nodes' backends exit and are counted by the postmaster
  server=$(echo "$(server_cpu) - $s0" | bc -l)
  up=$(echo "$t1 - $t0" | bc -l); all=$(echo "$t2 - $t0" | bc -l)
  printf "%-8s %12.2f %12.2f %11.1f %11.1f %11.1f %11.1f %11.1f\n" "$silos" "$up" "$all" "$(echo "$articles / $all" | bc -l)" \
    "$gateway_cpu" "$silos_cpu" "$server" "$(echo "$b1 - $b0" | bc -l)"
  [ "${PG_STATS:-0}" = 1 ] && psql_ -d "$db" -F $'\t' -c "SELECT round(total_exec_time)::int AS ms, calls, round((total_exec_time / calls)::numeric, 3) AS ms_per_call, left(regexp_replace(query, '\s+', ' ', 'g'), 110)
    FROM pg_stat_statements JOIN pg_database d ON d.oid = dbid WHERE d.datname = '$db' ORDER BY total_exec_time DESC LIMIT 20"
  # The statements the nodes sent, by their first word, per article uploaded (triggers' statements are not counted).
  [ "${PG_STATS:-0}" = 1 ] && psql_ -d "$db" -F $'\t' -c "SELECT upper(split_part(ltrim(query), ' ', 1)) AS kind, sum(calls) AS calls,
    round(sum(calls)::numeric / $articles, 1) AS per_article, round(sum(total_exec_time))::int AS ms
    FROM pg_stat_statements JOIN pg_database d ON d.oid = dbid WHERE d.datname = '$db' GROUP BY 1 ORDER BY 2 DESC"
  upload_last=$up; all_last=$all; silos_last=$silos
done

# The same bytes, one article a row, through COPY into a plain table (no parsing, no processing).
psql_ -d postgres -c "CREATE TABLE raw_articles (doc text)"
t0=$(now)
psql_ -d postgres -c "\\copy raw_articles FROM '$work/articles.ndjson' WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')"
t1=$(now)
copy=$(echo "$t1 - $t0" | bc -l)
printf "COPY: %.2f s (%.0f articles/s)\n" "$copy" "$(echo "$articles / $copy" | bc -l)"
printf "ratio, upload acknowledged (%s silos) / COPY: %.3f\n" "$silos_last" "$(echo "$copy / $upload_last" | bc -l)"
printf "ratio, fully processed (%s silos) / COPY:     %.3f\n" "$silos_last" "$(echo "$copy / $all_last" | bc -l)"

#!/usr/bin/env bash
# Times every view, cold and warm, on a store that bench/scale/run.sh kept (KEEP_STORE=path: the SQLite file at path,
# the PostgreSQL data directory at path.pg), without building the corpus again: the node is published from this tree
# and started on a copy of the store, so the kept one stays as it was. The cold pass follows a restart of the node
# (and of PostgreSQL, whose shared buffers outlive the node) with the page cache dropped.
# Usage: bench/scale/views.sh STORE.db|STORE.pg [CALLS=200]
set -euo pipefail
cd "$(dirname "$0")/../.."
store=$(realpath "$1")
calls=${2:-200}
source bench/scale/node.sh
source bench/postgres.sh
if [ -f "$store/PG_VERSION" ]; then
  use_kept_store views "$store" pg
  trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true; pg_server kill; rm -rf "$work"' EXIT
  [ "$(id -u)" = 0 ] && chown -R postgres "$work"
  pg_port=$(free_port)
  printf "port = %s\nunix_socket_directories = '%s'\n" "$pg_port" "$work" >> "$work/pg/postgresql.conf"
  pg_server start
  settings=(Storage__Provider=postgres "Storage__Postgres__ConnectionString=Host=127.0.0.1;Port=$pg_port;Username=corpus;Database=postgres")
  restart_server() { pg_restart_cold; }
  size() { "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U corpus -qAt -c "SELECT pg_database_size('postgres') / 1000000" postgres; }
else
  use_kept_store views "$store"
  settings=(Storage__Sqlite__Path="$work/corpus.db")
  restart_server() { drop_caches; }
  size() { echo $(( $(stat -c %s "$work/corpus.db") / 1000000 )); }
fi
# The first start migrates the copy if this tree's schema is newer; the cold pass follows a second start.
started=$(date +%s.%N)
start_node "${settings[@]}"
echo "first start (with any migrations) $(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }') s; store $(size) MB"
python3 bench/scale/views.py "$base" "$work/ids.json" discover
stop_node
restart_server
start_node "${settings[@]}"
python3 bench/scale/views.py "$base" "$work/ids.json" cold
python3 bench/scale/views.py "$base" "$work/ids.json" warm "$calls"
stop_node

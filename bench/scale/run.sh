#!/usr/bin/env bash
# Scale benchmark: builds a corpus of N articles through the service (uploads of 10,000, each slice of SLICE articles
# processed before the next), on the embedded store and on PostgreSQL, then times every view cold (after a restart
# with the page cache dropped) and warm. Reports the ingest rate per slice, the node's peak memory, bytes on disk per
# article against the uploaded bytes, and p50/p95/p99 per view.
# Usage: bench/scale/run.sh [N=1000000] [stores="sqlite postgres"] [SLICE=100000]
# KEEP_STORE=path keeps a copy of the SQLite store as it stands after the clean shutdown, and the PostgreSQL data
# directory (stopped) at path.pg after the views.
# Articles: bench/scale/make-corpus.py (PolNeAR train paragraphs recombined when ../shared is present).
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-1000000}
stores=${2:-sqlite postgres}
slice=${3:-100000}
chunk=$(( slice < 10000 ? slice : 10000 ))
work=$(mktemp -d /tmp/corpus-scale-XXXX)
source bench/scale/node.sh
source bench/postgres.sh
pid=
cleanup() {
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  [ -d "$work/pg" ] && pg_server kill
  rm -rf "$work"
}
trap cleanup EXIT

polnear=../shared/data/polnear/train/text
if [ -d "$polnear" ]; then
  corpus="PolNeAR train paragraphs"
else
  # The template corpus repeats one sentence per speaker: its figures are not comparable with PolNeAR's.
  corpus="TEMPLATE paragraphs ($polnear is missing)"
fi
python3 bench/scale/make-corpus.py "$n" "$polnear" > "$work/articles.ndjson"
split -l "$chunk" -d -a 4 "$work/articles.ndjson" "$work/chunk-"
uploaded_bytes=$(stat -c %s "$work/articles.ndjson")
dotnet publish src/Corpus.Gateway -c Release -o "$work/gateway" -v quiet -nologo >/dev/null
port=$(free_port)
base="http://127.0.0.1:$port"

for store in $stores; do
  case $store in
    sqlite)
      settings=(Storage__Sqlite__Path="$work/corpus.db")
      restart_server() { drop_caches; }
      disk() { du -cb "$work"/corpus.db* | tail -1 | cut -f1; }
      # The main file and the write-ahead log apart: the log is what grows while readers hold old snapshots.
      files() { printf "main %d MB, WAL %d MB" $(( $(stat -c %s "$work/corpus.db") / 1000000 )) \
        $(( $(stat -c %s "$work/corpus.db-wal" 2>/dev/null || echo 0) / 1000000 )); }
      largest() { python3 -c 'import sqlite3, sys; print(", ".join(f"{n} {b / 1e6:.0f}" for n, b in sqlite3.connect(sys.argv[1]).execute(
        "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 14")))' "$work/corpus.db"; } ;;
    postgres)
      [ -n "$pg_bin" ] || { echo "PostgreSQL is not installed: skipping it"; continue; }
      [ "$(id -u)" = 0 ] && chown postgres "$work"
      pg_port=$(free_port)
      as_pg "$pg_bin/initdb" -D "$work/pg" -U corpus --auth=trust --no-locale -E UTF8 >/dev/null
      compose_postgres_settings >> "$work/pg/postgresql.conf"
      printf "port = %s\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%s'\nmax_connections = 300\n" "$pg_port" "$work" >> "$work/pg/postgresql.conf"
      pg_server start
      settings=(Storage__Provider=postgres "Storage__Postgres__ConnectionString=Host=127.0.0.1;Port=$pg_port;Username=corpus;Database=postgres")
      restart_server() { pg_restart_cold; }
      disk() { "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U corpus -qAt -c "SELECT pg_database_size('postgres')" postgres; }
      files() { printf "database %d MB" $(( $(disk) / 1000000 )); }
      largest() { "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U corpus -qAt -F ' ' postgres -c "SELECT relname, pg_relation_size(oid) / 1000000
        FROM pg_class WHERE relkind IN ('r', 'i', 't') ORDER BY pg_relation_size(oid) DESC LIMIT 14" | paste -sd, | sed 's/,/, /g'; } ;;
  esac
  echo "== $store, $n articles of $corpus ($((uploaded_bytes / 1000000)) MB uploaded), slices of $slice"
  start_node "${settings[@]}"
  upload_slices "$work"/chunk-*
  peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
  bytes=$(disk)
  echo "  node peak memory (VmHWM) $((peak_kb / 1024)) MiB; on disk, node running ($(files)) $((bytes / 1000000)) MB = $(awk -v d="$bytes" -v n="$n" 'BEGIN { printf "%.0f", d / n }') bytes per article, $(awk -v d="$bytes" -v u="$uploaded_bytes" 'BEGIN { printf "%.2f", d / u }')x the uploaded bytes"
  python3 bench/scale/views.py "$base" "$work/ids.json" discover
  stop_node
  bytes=$(disk)
  echo "  after a clean shutdown: $(files) = $(awk -v d="$bytes" -v u="$uploaded_bytes" 'BEGIN { printf "%.2f", d / u }')x the uploaded bytes"
  echo "  largest tables and indexes (MB): $(largest 2>/dev/null || echo '(not available)')"
  if [ "$store" = sqlite ] && [ -n "${KEEP_STORE:-}" ]; then cp "$work/corpus.db" "$KEEP_STORE"; fi
  restart_server
  start_node "${settings[@]}"
  python3 bench/scale/views.py "$base" "$work/ids.json" cold
  python3 bench/scale/views.py "$base" "$work/ids.json" warm 200
  stop_node
  if [ "$store" = postgres ] && [ -n "${KEEP_STORE:-}" ]; then
    pg_server stop
    cp -a "$work/pg" "$KEEP_STORE.pg"
  fi
done

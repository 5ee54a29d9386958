#!/usr/bin/env bash
# Statement search latency: one-word searches on a large corpus, SQLite (FTS5) and PostgreSQL (tsvector + GIN).
# Usage: bench/search/run.sh [articles=100000] [stores="sqlite postgres"]
# The corpus is written straight into each store (see bench/Corpus.Bench/Search), its statements built from
# ../shared/data/polnear/train sentences read at run time. PostgreSQL is a throwaway durable server with default settings.
set -euo pipefail
cd "$(dirname "$0")/../.."
articles=${1:-100000}
stores=${2:-sqlite postgres}
work=$(mktemp -d /tmp/corpus-search-bench-XXXX)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  as_pg "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

dotnet build bench/Corpus.Bench -c Release -v q -nologo >/dev/null
args=()
for store in $stores; do
  case $store in
    sqlite) args+=("sqlite=$work/corpus.db") ;;
    postgres)
      [ "$(id -u)" = 0 ] && chown postgres "$work"
      pg_port=$(free_port)
      as_pg "$pg_bin/initdb" -D "$work/pg" -U corpus --auth=trust --no-locale -E UTF8 >/dev/null
      printf "port = %s\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%s'\n" "$pg_port" "$work" >> "$work/pg/postgresql.conf"
      as_pg "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w start >/dev/null
      args+=("postgres=Host=127.0.0.1;Port=$pg_port;Username=corpus;Database=postgres;Command Timeout=600") ;;
  esac
done
dotnet bench/Corpus.Bench/bin/Release/net10.0/Corpus.Bench.dll search-latency "$articles" ../shared/data/polnear/train/text "${args[@]}"

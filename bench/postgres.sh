# Sourced by the benchmarks that start their own PostgreSQL: the newest server installed, a way to run its tools as
# the postgres user when root, and the "-c" settings docker-compose.yml starts the server with, one "name = value" a
# line, for its postgresql.conf, so that a benchmark measures the deployed configuration.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
compose_postgres_settings() { grep -o '"-c", "[^"]*"' docker-compose.yml | sed -E 's/"-c", "([^=]*)=(.*)"/\1 = \2/'; }
# The server of the data directory $work/pg, logging to $work/pg.log: pg_server start|stop, or kill (an immediate
# stop that never fails, for exit traps).
pg_server() {
  if [ "$1" = kill ]; then as_pg "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  else as_pg "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w "$1" >/dev/null; fi
}
# A cold start for the views' first calls: the server's shared buffers outlive a node, so the server is restarted
# around dropping the page cache (drop_caches, bench/scale/node.sh).
pg_restart_cold() { pg_server stop; drop_caches; pg_server start; }

# Sourced by the benchmarks that start their own PostgreSQL: the newest server installed, a way to run its tools as
# the postgres user when root, and the "-c" settings docker-compose.yml starts the server with, one "name = value" a
# line, for its postgresql.conf, so that a benchmark measures the deployed configuration.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
compose_postgres_settings() { grep -o '"-c", "[^"]*"' docker-compose.yml | sed -E 's/"-c", "([^=]*)=(.*)"/\1 = \2/'; }

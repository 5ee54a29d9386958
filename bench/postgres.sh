# Sourced by the benchmarks that start their own PostgreSQL: the "-c" settings docker-compose.yml starts the server
# with, one "name = value" a line, for its postgresql.conf, so that a benchmark measures the deployed configuration.
compose_postgres_settings() { grep -o '"-c", "[^"]*"' docker-compose.yml | sed -E 's/"-c", "([^=]*)=(.*)"/\1 = \2/'; }

#!/usr/bin/env bash
# Runs the project's own services of docker-compose.yml (postgres, 3 Orleans silos, a gateway) under podman on this machine,
# built only from Debian packages and the project: uploads the seeds and 5,000 synthetic articles through the gateway,
# checks the views, scales the silos 3 -> 1 -> 3 while uploads are being processed, and tears everything down.
# Containers share the host network (each node on its own port) so that no container DNS plugin is needed.
# The third-party images of the compose file (collector, Prometheus, Grafana, Jaeger) need a registry and are not run.
# Exits 77 (skipped) when this machine cannot run it at all: podman missing and not root, under 5 GB of free disk, no
# Debian mirror for debootstrap, or containers that do not start; any later failure is the project's and exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
suite=debian:bookworm
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
articles=${COMPOSE_TEST_ARTICLES:-5000}

skip() { echo "compose-test: SKIPPED: $1" >&2; exit 77; }
need=()
for tool in podman debootstrap runc; do command -v "$tool" >/dev/null || [ -x /usr/sbin/$tool ] || need+=("$tool"); done
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || skip "needs ${need[*]} (run as root to install them)"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman debootstrap runc >/dev/null; } ||
    skip "could not install ${need[*]} from Debian packages"
fi
# No registry or systemd here: runc, cgroupfs, and no default ulimits podman cannot apply in this sandbox.
if ! grep -q '^default_ulimits *= *\[\]' /etc/containers/containers.conf 2>/dev/null; then
  mkdir -p /etc/containers
  printf '[containers]\ndefault_ulimits = []\n' >> /etc/containers/containers.conf
fi
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
# Images and layers take about 3 GB.
store=$(podman info --format '{{.Store.GraphRoot}}' 2>/dev/null || echo /var/lib/containers/storage)
while [ ! -d "$store" ]; do store=$(dirname "$store"); done
free_gb=$(df -BG --output=avail "$store" | tail -1 | tr -dc 0-9)
[ "${free_gb:-0}" -ge 5 ] || skip "only ${free_gb:-?} GB free for container images (5 GB needed)"
P=(podman --runtime /usr/sbin/runc --cgroup-manager=cgroupfs)

# Leftovers of an interrupted run would hold the names.
"${P[@]}" ps -a --format '{{.Names}}' | grep -E '^corpus-(postgres|gateway|silo-[0-9]+)$' | xargs -r "${P[@]}" rm -f -t 2 >/dev/null || true
work=$(mktemp -d /tmp/corpus-compose-XXXX)
names=()
teardown() {
  for n in "${names[@]}"; do "${P[@]}" rm -f -t 2 "$n" >/dev/null 2>&1 || true; done
  "${P[@]}" rmi -f localhost/corpus:latest >/dev/null 2>&1 || true
  rm -rf "$work"
  echo "compose-test: torn down; run time $(( $(date +%s) - started )) s"
}
trap teardown EXIT

# Base image: a minimal Debian made with debootstrap (cached between runs as localhost/corpus-debian).
if ! "${P[@]}" image exists localhost/corpus-debian; then
  echo "compose-test: debootstrap ${suite#debian:}"
  debootstrap --variant=minbase --include=ca-certificates,libicu72,libssl3,tzdata,postgresql,curl "${suite#debian:}" "$work/rootfs" "$mirror" >/dev/null ||
    skip "debootstrap from $mirror failed (set DEBIAN_MIRROR to a reachable mirror)"
  tar -C "$work/rootfs" -c . | "${P[@]}" import - localhost/corpus-debian >/dev/null
  rm -rf "$work/rootfs"
fi
"${P[@]}" run --rm --network host localhost/corpus-debian true || skip "podman cannot start a container here"
# Runtime image: the base plus this machine's .NET runtime (host, shared frameworks), since no .NET image can be pulled.
if ! "${P[@]}" image exists localhost/corpus-dotnet-runtime; then
  mkdir -p "$work/runtime/dotnet"
  cp -a "$dotnet_root/dotnet" "$dotnet_root/host" "$dotnet_root/shared" "$work/runtime/dotnet/"
  printf 'FROM localhost/corpus-debian\nCOPY dotnet /usr/share/dotnet\nRUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet\n' > "$work/runtime/Containerfile"
  "${P[@]}" build -q -t localhost/corpus-dotnet-runtime "$work/runtime" >/dev/null
  rm -rf "$work/runtime"
fi
# The project's multi-stage Dockerfile; the SDK stage is the base image with the host SDK and NuGet cache mounted read-only.
echo "compose-test: building localhost/corpus from deploy/Dockerfile"
"${P[@]}" build -q -f deploy/Dockerfile -t localhost/corpus:latest \
  --build-arg SDK_IMAGE=localhost/corpus-dotnet-runtime --build-arg RUNTIME_IMAGE=localhost/corpus-dotnet-runtime \
  --build-arg RESTORE_ARGS="--source /root/.nuget/packages -p:NuGetAudit=false" \
  -v "$dotnet_root:/usr/share/dotnet:ro" -v "$packages:/root/.nuget/packages:ro" \
  --env DOTNET_CLI_TELEMETRY_OPTOUT=1 --env DOTNET_NOLOGO=1 . >/dev/null

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
pg_port=$(free_port)
conn="Host=127.0.0.1;Port=$pg_port;Username=corpus;Database=postgres"

echo "compose-test: postgres"
names+=(corpus-postgres)
"${P[@]}" run -d --name corpus-postgres --network host \
  --health-cmd "pg_isready -h 127.0.0.1 -p $pg_port -U corpus" --health-interval 2s \
  localhost/corpus-debian bash -c "mkdir -p /db && chown postgres /db && \
    runuser -u postgres -- /usr/lib/postgresql/15/bin/initdb -D /db/data -U corpus --auth=trust --no-locale -E UTF8 >/dev/null && \
    exec runuser -u postgres -- /usr/lib/postgresql/15/bin/postgres -D /db/data -p $pg_port -c max_connections=200 -c listen_addresses=127.0.0.1 -c unix_socket_directories=/db" >/dev/null
for _ in $(seq 120); do "${P[@]}" healthcheck run corpus-postgres >/dev/null 2>&1 && break; sleep 1; done
"${P[@]}" healthcheck run corpus-postgres >/dev/null

node() { # name roles port; each node on the host network gets its own Orleans ports
  names+=("$1")
  "${P[@]}" run -d --name "$1" --network host \
    -e Storage__Provider=postgres -e "Storage__Postgres__ConnectionString=$conn" -e "Node__Roles=$2" \
    -e "Orleans__Endpoints__SiloPort=$(free_port)" -e "Orleans__Endpoints__GatewayPort=$(free_port)" \
    -e Corpus__LoadSeeds=false -e "ASPNETCORE_URLS=http://127.0.0.1:$3" localhost/corpus:latest >/dev/null
}
wait_up() { # port container
  for _ in $(seq 600); do curl -fs "http://127.0.0.1:$1/healthz" >/dev/null && return; sleep 0.2; done
  echo "node $2 on $1 did not start:" >&2; "${P[@]}" logs "$2" 2>&1 | tail -20 >&2; exit 1
}
start_silo() { local p; p=$(free_port); node "corpus-silo-$1" silo "$p"; wait_up "$p" "corpus-silo-$1"; }
stop_silo() { "${P[@]}" rm -f -t 10 "corpus-silo-$1" >/dev/null; }

echo "compose-test: 3 silos and a gateway"
for i in 1 2 3; do start_silo "$i"; done
gw=$(free_port)
node corpus-gateway gateway "$gw"; wait_up "$gw" corpus-gateway
api="http://127.0.0.1:$gw/api"

queue() { curl -fs "$api/queue"; }
wait_idle() {
  for _ in $(seq 1800); do
    queue | python3 -c 'import json,sys; sys.exit(0 if json.load(sys.stdin)["left"] == 0 else 1)' && return
    sleep 0.5
  done
  echo "corpus not processed: $(queue)" >&2; exit 1
}
upload_ndjson() { curl -fs -X POST -H 'Content-Type: application/x-ndjson' --data-binary @"$1" "$api/uploads" >/dev/null; }
count() { # list path -> number of items over all pages, optionally only those with state=processed
  python3 - "$api/$1" "${2:-}" <<'PY'
import json, sys, urllib.request
url, state, n, cursor = sys.argv[1], sys.argv[2], 0, None
while True:
    page = json.load(urllib.request.urlopen(url + "?limit=500" + (f"&cursor={cursor}" if cursor else "")))
    n += sum(1 for i in page["items"] if not state or i.get("state") == state)
    cursor = page.get("next")
    if not cursor: break
print(n)
PY
}
expect() { [ "$2" = "$3" ] || { echo "compose-test: FAILED $1: expected $3, got $2" >&2; exit 1; }; echo "compose-test: ok   $1 = $2"; }

echo "compose-test: uploading the seeds and $articles articles"
# manifest.json names the seeds' outlets; it is no article.
seeds=(); for f in seeds/*; do [ "${f##*/}" = manifest.json ] || seeds+=("$f"); done
curl_args=(); for f in "${seeds[@]}"; do curl_args+=(-F "files=@$f"); done
curl -fs -X POST "${curl_args[@]}" "$api/uploads" >/dev/null
python3 bench/cluster/articles.py "$articles" 1 > "$work/a.ndjson"
upload_ndjson "$work/a.ndjson"
wait_idle
total=$(( ${#seeds[@]} + articles ))
expect "processed articles" "$(count articles processed)" "$total"
expect "failed articles" "$(queue | python3 -c 'import json,sys; print(json.load(sys.stdin)["failed"])')" 0
[ "$(count speakers)" -gt 0 ] && echo "compose-test: ok   speakers listed" || { echo "no speakers" >&2; exit 1; }
[ "$(count sources)" -gt 0 ] && echo "compose-test: ok   sources listed" || { echo "no sources" >&2; exit 1; }

echo "compose-test: scaling silos 3 -> 1 while an upload is processed"
python3 bench/cluster/articles.py 1000 2 > "$work/b.ndjson"; upload_ndjson "$work/b.ndjson"
stop_silo 2; stop_silo 3; wait_idle
expect "processed articles with 1 silo" "$(count articles processed)" "$(( total + 1000 ))"

echo "compose-test: scaling silos 1 -> 3 while an upload is processed"
python3 bench/cluster/articles.py 1000 3 > "$work/c.ndjson"; upload_ndjson "$work/c.ndjson"
start_silo 2; start_silo 3; wait_idle
expect "processed articles with 3 silos again" "$(count articles processed)" "$(( total + 2000 ))"
expect "failed articles at the end" "$(queue | python3 -c 'import json,sys; print(json.load(sys.stdin)["failed"])')" 0
echo "compose-test: passed"

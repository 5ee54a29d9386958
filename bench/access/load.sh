#!/usr/bin/env bash
# Bounded load test of access and limits, loopback only: a fresh Release gateway (embedded SQLite) with two API keys
# and tight upload limits; per key UPLOADERS parallel uploaders, uploaders without a key and with a wrong key, and
# READERS readers, for SECONDS seconds. Prints statuses per role (401s, 429s), the 5xx count (goal 0) and read
# latency under load; exits 1 on any 5xx. Stops by itself.
# Usage: bench/access/load.sh [SECONDS=30] [UPLOADERS=4] [READERS=4]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
uploaders=${2:-4}
readers=${3:-4}
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
dotnet publish src/Corpus.Gateway -c Release -o "$work/gateway" -v quiet -nologo >/dev/null
key_a=$(python3 -c 'import secrets; print(secrets.token_hex(24))')
key_b=$(python3 -c 'import secrets; print(secrets.token_hex(24))')
port=${PORT:-5392}
Storage__Sqlite__Path="$work/corpus.db" Corpus__LoadSeeds=true Logging__LogLevel__Default=Warning \
  Auth__ApiKeys__0="$key_a" Auth__ApiKeys__1="$key_b" \
  Limits__UploadsPerMinute=${UPLOADS_PER_MINUTE:-120} Limits__UploadBurst=${UPLOAD_BURST:-10} Limits__ConcurrentUploads=${CONCURRENT_UPLOADS:-2} \
  dotnet "$work/gateway/Corpus.Gateway.dll" --urls "http://127.0.0.1:$port" > "$work/gateway.log" 2>&1 &
pid=$!
for _ in $(seq 300); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.2; done
echo "limits: ${UPLOADS_PER_MINUTE:-120}/min, burst ${UPLOAD_BURST:-10}, ${CONCURRENT_UPLOADS:-2} at once per key; $uploaders uploaders per key, $readers readers, $seconds s"
status=0
python3 bench/access/load.py "http://127.0.0.1:$port" "$key_a" "$key_b" "$seconds" "$uploaders" "$readers" || status=$?
if grep -q -e "$key_a" -e "$key_b" "$work/gateway.log"; then echo "a key appears in the gateway log" >&2; status=1; fi
echo "gateway errors logged: $(grep -c 'fail:' "$work/gateway.log" || true)"
exit $status

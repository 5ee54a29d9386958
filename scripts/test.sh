#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need, then every test project.
set -euo pipefail
cd "$(dirname "$0")/.."

need_pg() { ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }
if need_pg; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing PostgreSQL (the cluster tests start a throwaway server)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "PostgreSQL's initdb is missing and this is not root: PostgreSQL tests will skip." >&2
  fi
fi

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing chromium (the web page tests drive it headless)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing and this is not root: web page tests will skip." >&2
  fi
fi

log=$(mktemp)
rm -f TestResults/seeds-score.txt
set +e
# Build in parallel, then test one project at a time: the cluster tests start several processes, and
# two cores shared with other test projects made connection timeouts rather than findings.
dotnet build Corpus.sln -c Release 2>&1 | tail -n 3
status=${PIPESTATUS[0]}
if [ "$status" = 0 ]; then
  dotnet test Corpus.sln -c Release --no-build -m:1 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
fi
compose=skipped
if [ "${CORPUS_COMPOSE_TEST:-1}" = 0 ] || [ "$status" != 0 ]; then
  compose="not run (CORPUS_COMPOSE_TEST=0 or an earlier failure)"
else
  # The compose stack's own services under podman (about five minutes on a fresh machine, most of it debootstrap).
  bash scripts/compose-test.sh 2>&1 | grep -v 'level=' ; compose_status=${PIPESTATUS[0]}
  case "$compose_status" in
    0) compose=passed ;;
    77) compose=skipped ;;
    *) compose=failed; status=$compose_status ;;
  esac
fi
set -e
passed=0; failed=0; skipped=0
while read -r f p s; do passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s)); done < <(
  grep -Eo 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" | sed -E 's/[^0-9]+/ /g')
rm -f "$log"
[ -f TestResults/seeds-score.txt ] && cat TestResults/seeds-score.txt
echo "tests: $passed passed, $failed failed, $skipped skipped; compose test $compose"
exit "$status"

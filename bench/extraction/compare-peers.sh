#!/usr/bin/env bash
# Runs Corpus's HTML cleaner, Readability.js and readability-lxml on the same aeb-dev pages, each pinned to one
# core, and prints P/R/F1, pages per CPU-second and how many times faster Corpus is than each peer. Every extractor
# is timed in steady state: on whole passes over the pages (at least 3 CPU-seconds) after untimed warm-up passes over the same pages (one for the
# peers; for .NET until the tiered JIT has finished, see ExtractionEvalCommand.TimedWhenWarm).
# Needs: node + npm (Readability.js and jsdom are installed into $PEERS_DIR, outside the repository) and
# Debian's python3-readability (apt-get install -y python3-readability) for /usr/bin/python3.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
aeb="${1:-$repo/../shared/data/aeb-dev}"
core="${CORE:-0}"
peers="${PEERS_DIR:-${TMPDIR:-/tmp}/corpus-extraction-peers}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

mkdir -p "$peers"
cp "$repo/bench/extraction/node/package.json" "$repo/bench/extraction/node/readability.mjs" "$peers/"
[ -d "$peers/node_modules/jsdom" ] || (cd "$peers" && npm install --silent --no-audit --no-fund >/dev/null)
dotnet build -c Release "$repo/src/Corpus.Cli" -v q -nologo >/dev/null

speed() { sed -n 's/.*pages\/s \([0-9.]*\)$/\1/p'; }
taskset -c "$core" node "$peers/readability.mjs" "$aeb" >"$out/readability-js.json" 2>"$out/js.log"
speed <"$out/js.log" >"$out/readability-js.json.pages-per-second"
taskset -c "$core" /usr/bin/python3 "$repo/bench/extraction/readability_lxml.py" "$aeb" >"$out/readability-lxml.json" 2>"$out/lxml.log"
speed <"$out/lxml.log" >"$out/readability-lxml.json.pages-per-second"
taskset -c "$core" dotnet "$repo/src/Corpus.Cli/bin/Release/net10.0/corpus.dll" eval extract --aeb "$aeb" \
  --predictions "$out/readability-js.json" "$out/readability-lxml.json"

#!/usr/bin/env bash
# The query benchmark: generates a corpus with ../shared/bench/gen_corpus.py (10 MB unless
# told), builds its graph with the release kgraph, then times opening the query store and
# answering neighbors, path, evidence and search (QueryBenchmark, in-process, each from a
# fresh open) and a few whole `kgraph query` runs (process start included).
#   scripts/bench-query.sh [MB] [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-10}"
work="${2:-$(mktemp -d)}"
shared="${KGRAPH_SHARED:-../shared}"
scripts/setup.sh
swift build -c release --product kgraph
swift build -c release --product QueryBenchmark
bin="$(swift build -c release --show-bin-path)"

if [ ! -d "$work/corpus" ]; then
  python3 "$shared/bench/gen_corpus.py" --mb "$mb" --out "$work/corpus"
fi
if [ ! -f "$work/graph/graph.sqlite" ]; then
  "$bin/kgraph" build "$work/corpus" -o "$work/graph"
fi
ls -l "$work/graph"
"$bin/QueryBenchmark" --graph "$work/graph"

echo "whole kgraph query runs (wall clock, process start included):"
hub="$("$bin/kgraph" query top --by degree --limit 1 --json --graph "$work/graph" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["entities"][0]["entity"]["id"])')"
tail="$("$bin/kgraph" query top --by degree --limit 5000 --json --graph "$work/graph" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["entities"][-1]["entity"]["id"])')"
run() {
  local start end
  start=$(date +%s%N)
  "$bin/kgraph" query "$@" --graph "$work/graph" >/dev/null
  end=$(date +%s%N)
  local tenths=$(( (end - start) / 100000 ))
  printf '  %-60s %6d.%d ms\n' "$*" $((tenths / 10)) $((tenths % 10))
}
run neighbors "$hub"
run neighbors "$tail"
run path "$hub" "$tail"
run evidence "$hub" "$("$bin/kgraph" query neighbors "$hub" --limit 1 --json --graph "$work/graph" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["neighbors"][0]["entity"]["id"])')"
run search "binanse"
run search "$(echo "$tail" | sed 's/^[a-z]*_//; s/-/ /g')"

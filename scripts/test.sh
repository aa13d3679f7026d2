#!/usr/bin/env bash
# The tests: the Swift Testing suites (every stage, and end-to-end runs of kgraph on
# seeds/), then the consumer checks: the real tools (xmllint with the GraphML schema,
# NetworkX, igraph, graphml2gv, nop, dot, sfdp, PyLD, rdflib with SPARQL) load the seed's
# exports with every node, edge, label and number intact. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-python
shared="${KGRAPH_SHARED:-../shared}"

swift build --build-tests
swift test --skip-build 2>&1 | tee .build/swift-test.log
grep -q "Test run with .* passed" .build/swift-test.log

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$(swift build --show-bin-path)/kgraph" build seeds -o "$out" --quiet
.venv/bin/python Tests/ConsumerChecks/check_exports.py --exports "$out" --schemas "$shared/schemas" \
  --neighbour "He Yi" Binance

# HTML pages: `kgraph text` on the shared pages with reference article text; the mean
# bag-of-words F1 must not fall below the floor (measured 0.979 when it was set).
floor=0.975
bin="$(swift build --show-bin-path)"
python3 "$shared/eval/html_score.py" "$shared/eval/html" --cmd "'$bin/kgraph' text {html}" | tee .build/html-score.log
score=$(sed -n 's/^html-text F1: \([0-9.]*\).*/\1/p' .build/html-score.log)
python3 -c "import sys; sys.exit(0 if float('$score') >= $floor else 1)" \
  || { echo "test: html-text F1 $score is below the floor $floor" >&2; exit 1; }

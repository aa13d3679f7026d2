#!/usr/bin/env bash
# The tests: the Swift Testing suites (every stage, and end-to-end runs of kgraph on
# seeds/), then the consumer checks: the real tools (xmllint with the GraphML schema,
# NetworkX, igraph, graphml2gv, nop, dot, sfdp, PyLD, rdflib with SPARQL) load the seed's
# exports with every node, edge, label and number intact, then the extraction quality
# floors on the annotated sets (Tests/Quality). Installs what is missing first.
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
python3 Tests/Quality/check_quality.py --kgraph "$(swift build --show-bin-path)/kgraph" --shared "$shared"

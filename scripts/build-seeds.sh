#!/usr/bin/env bash
# The main job: builds the knowledge graph of seeds/ into exports/ (GraphML, DOT,
# JSON-LD) and renders exports/graph.svg with Graphviz. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product kgraph
"$(swift build -c release --show-bin-path)/kgraph" build seeds -o exports --render svg "$@"

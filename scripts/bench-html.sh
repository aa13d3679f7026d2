#!/usr/bin/env bash
# Speed of HTML text extraction: builds html-benchmark in release mode, which reads the
# shared pages round-robin in one process (300 MB of HTML unless a number of MB is
# given) and prints MB/s of HTML, by the wall clock and per core of CPU time. Exits 1
# when the wall-clock rate is below 25 MB/s.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
shared="${KGRAPH_SHARED:-../shared}"
swift build -c release --product html-benchmark
"$(swift build -c release --show-bin-path)/html-benchmark" "$shared/eval/html" --megabytes "${1:-300}" --minimum 25

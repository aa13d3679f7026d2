#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (with AddressSanitizer) and runs each for
# SECONDS (default 600), two at a time. Crashing inputs are written to
# Fuzz/Artifacts/TARGET/; commit the ones that found bugs under Tests/Fixtures/FuzzRegressions/
# (the tests replay them). Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"
seconds="${1:-600}"; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzTSVReader FuzzHTMLReader FuzzSentenceSplitter FuzzGazetteerMatcher)
swift build -c debug -Xswiftc -sanitize=fuzzer,address
bin="$(swift build -c debug --show-bin-path)"
run() {
  local target="$1"
  mkdir -p "Corpus/$target" "Artifacts/$target"
  cp -n ../seeds/* "Corpus/$target/" 2>/dev/null || true
  "$bin/$target" -max_total_time="$seconds" -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix="Artifacts/$target/" "Corpus/$target" > "Artifacts/$target.log" 2>&1
  echo "$target: $(grep -E '^(Done|#[0-9]+.*DONE)' "Artifacts/$target.log" | tail -1) $(ls "Artifacts/$target" | wc -l) crashing inputs"
}
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run "${targets[i]}" &
  [ $((i + 1)) -lt ${#targets[@]} ] && run "${targets[i + 1]}" &
  wait
done

#!/usr/bin/env bash
# Runs the Swift test suite under AddressSanitizer and under ThreadSanitizer, each in
# its own build folder (.build-asan, .build-tsan), and prints how long each took.
# Usage: scripts/sanitizers.sh [address|thread]...
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
sanitizers=("$@")
[ ${#sanitizers[@]} -gt 0 ] || sanitizers=(address thread)
for sanitizer in "${sanitizers[@]}"; do
  scratch=".build-${sanitizer:0:1}san"
  start=$(date +%s)
  swift build --build-tests --scratch-path "$scratch" -Xswiftc -sanitize="$sanitizer"
  # The SIGKILL test kills child processes on purpose; everything else runs as usual.
  TSAN_OPTIONS="halt_on_error=1" ASAN_OPTIONS="detect_leaks=0" \
    swift test --skip-build --scratch-path "$scratch" 2>&1 | tee "$scratch/test.log"
  grep -q "Test run with .* passed" "$scratch/test.log"
  echo "sanitizer $sanitizer: tests passed in $(( $(date +%s) - start )) s (build included)"
done

#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS (default 60) on the seed corpus.
#   Fuzz/run.sh 300
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
mkdir -p findings
for target in fuzz-session fuzz-export fuzz-answer; do
  # The seeds stay as they are; what the fuzzer finds interesting grows in work/.
  work=work/${target#fuzz-}
  mkdir -p "$work"
  cp -n corpus/${target#fuzz-}/* "$work"/
  echo "== $target for ${seconds}s"
  dict=json.dict
  [ "$target" = fuzz-answer ] && dict=answer.dict  # form fields, not JSON
  # No leak checks: Swift keeps enum cases in the spare bits of pointers, which
  # LeakSanitizer does not see as pointers, so reachable events count as leaked.
  ASAN_OPTIONS=detect_leaks=0 .build/release/$target -max_total_time="$seconds" -detect_leaks=0 -dict="$dict" -artifact_prefix=findings/ "$work" 2>&1 | tail -n 4
done

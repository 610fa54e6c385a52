#!/usr/bin/env bash
# CI: the benchmark command at a tiny scale, so it keeps working. Seconds; no timing is asserted
# (Benchmarks/run.sh fails only if a command fails). Uses the debug binary CI has already built.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="/opt/swift/usr/bin:$PATH"
swift build --product thematic 2>&1 | tail -1
Benchmarks/run.sh --scale 0.002 --runs 1 --thematic "$(swift build --show-bin-path)/thematic"

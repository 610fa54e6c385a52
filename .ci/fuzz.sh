#!/usr/bin/env bash
# CI: builds the libFuzzer targets (Fuzz/, -sanitize=fuzzer,address) and runs each one briefly on
# its seed corpus, so a reader that traps on a known input or no longer builds fails CI.
# FUZZ_SECONDS (default 3) is the time per target: 15 targets take under a minute after the build (the sanitized build of the whole package is the slow part: 22 min on a loaded 2-core machine).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="/opt/swift/usr/bin:$PATH"
seconds="${FUZZ_SECONDS:-3}"
swift build --package-path Fuzz --sanitize=fuzzer --sanitize=address
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for target in $(Fuzz/run.sh list); do
  status=0
  # A fixed seed (FUZZ_SEED, default 1): CI replays the same mutations each run, so a red CI is a
  # finding anyone can reproduce, not a roll of the dice; long campaigns (Fuzz/run.sh) use random seeds.
  Fuzz/run.sh "$target" "$seconds" -seed="${FUZZ_SEED:-1}" >"$log" 2>&1 || status=$?
  echo "fuzz: $target ${seconds}s: $(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') executions, exit $status" >&2
  # A finding (a trap, a memory error, a timeout, the memory limit) makes libFuzzer exit non-zero: fail CI.
  if [ "$status" -ne 0 ]; then tail -40 "$log" >&2; exit 1; fi
done

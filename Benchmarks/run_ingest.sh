#!/usr/bin/env bash
# Ingest benchmark: Thematic's release build against the Python/SQLite floor, side by side in one run.
#   bash Benchmarks/run_ingest.sh [COUNT] [WORDS]
# Generates COUNT transcripts of WORDS words into a temporary folder (never committed), then
# measures wall time and peak memory (/usr/bin/time -v) of each tool on the same files.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
words="${2:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swift build -c release --product thematic >/dev/null
python3 Benchmarks/generate_transcripts.py "$work/corpus" "$count" "$words"
echo "corpus: $count files, $(du -sh "$work/corpus" | cut -f1)"
measure() {
  local name="$1"; shift
  /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt"
  printf '%-34s %10s s %8s MB peak RSS\n' "$name" \
    "$(awk -F': ' '/Elapsed/ {print $2}' "$work/time.txt")" \
    "$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2 / 1024}' "$work/time.txt")"
}
.build/release/thematic init --project "$work/study.thematic" >/dev/null
measure "thematic ingest (parse + store)" .build/release/thematic ingest --project "$work/study.thematic" "$work"/corpus/*.txt
measure "python3 sqlite3 insert (no parse)" python3 Benchmarks/reference_ingest.py "$work/reference.sqlite" "$work"/corpus/*.txt
echo "project file: $(du -h "$work/study.thematic" | cut -f1)"

#!/usr/bin/env bash
# Audit benchmark: `thematic audit` on a generated project against a Python/SQLite floor, and at
# half the size to see that the time grows no faster than the data.
#   bash Benchmarks/run_audit.sh [TRANSCRIPTS] [CODINGS] [WORDS]
# Defaults: 2000 transcripts of 10000 words with 500000 codings. The corpus and project go to a
# temporary folder (never committed).
set -euo pipefail
cd "$(dirname "$0")/.."
transcripts="${1:-2000}"
codings="${2:-500000}"
words="${3:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swift build -c release --product thematic >/dev/null
measure() {
  local name="$1"; shift
  /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt"
  printf '%-44s %10s s %8s MB peak RSS\n' "$name" \
    "$(awk -F': ' '/Elapsed/ {print $2}' "$work/time.txt")" \
    "$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2 / 1024}' "$work/time.txt")"
}
build_project() {
  local count="$1" coded="$2" project="$work/study-$1.thematic"
  python3 Benchmarks/generate_transcripts.py "$work/corpus-$count" "$count" "$words" >/dev/null
  .build/release/thematic init --project "$project" >/dev/null
  .build/release/thematic ingest --project "$project" "$work/corpus-$count"/*.txt >/dev/null
  .build/release/thematic codebook import --project "$project" Examples/alliance-study/codebook.yaml >/dev/null
  python3 Benchmarks/generate_codings.py "$project" "$coded"
  python3 -c 'import sys; n = int(sys.argv[1]); print("case,source,interviewer,wai_score"); [print(f"P{i:04d},P{i:04d},IV{i % 3 + 1},{30 + i % 50}") for i in range(1, n + 1)]' "$count" >"$work/cases-$count.csv"
  .build/release/thematic cases import --project "$project" "$work/cases-$count.csv" >/dev/null
  rm -rf "$work/corpus-$count"
}
half_transcripts=$((transcripts / 2))
half_codings=$((codings / 2))
build_project "$half_transcripts" "$half_codings"
build_project "$transcripts" "$codings"
for size in "$half_transcripts" "$transcripts"; do
  project="$work/study-$size.thematic"
  echo "project: $size transcripts, $(du -h "$project" | cut -f1)"
  measure "thematic audit --format json ($size)" .build/release/thematic audit --project "$project" --format json
  measure "thematic audit --by wai_score ($size)" .build/release/thematic audit --project "$project" --by wai_score
  measure "python3 sqlite3 counts per code ($size)" python3 Benchmarks/reference_audit.py "$project"
done

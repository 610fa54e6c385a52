#!/usr/bin/env bash
# Runs one libFuzzer target of Thematic for a number of seconds.
#   Fuzz/run.sh TARGET SECONDS [libFuzzer options…]
#   Fuzz/run.sh list            # the targets
# Builds Fuzz/ with -sanitize=fuzzer,address when needed, seeds the corpus from
# ../shared/testdata/external and Examples/ (first run), keeps it in Fuzz/corpus/TARGET (not committed),
# writes crashes to Fuzz/findings/TARGET/, and prints the executions and coverage at the end.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
external="$repo/../shared/testdata/external"
targets=(dialogue otter vtt srt chat tei eaf trs exb thematic-xml docx codebook-yaml codebook-csv rules-yaml coding-sheet)

if [ "${1:-}" = "list" ]; then printf '%s\n' "${targets[@]}"; exit 0; fi
target="${1:?usage: Fuzz/run.sh TARGET SECONDS (Fuzz/run.sh list shows the targets)}"
seconds="${2:?usage: Fuzz/run.sh TARGET SECONDS}"
shift 2
[[ " ${targets[*]} " == *" $target "* ]] || { echo "unknown target '$target'; one of: ${targets[*]}" >&2; exit 64; }
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || { echo "SECONDS must be a whole number above 0, not '$seconds'" >&2; exit 64; }

command -v swift >/dev/null 2>&1 || export PATH="/opt/swift/usr/bin:$PATH"
binary="$here/.build/debug/ThematicFuzz"
if [ ! -x "$binary" ] || [ -n "$(find "$repo/Sources" "$here/Sources" -newer "$binary" -name '*.swift' -print -quit)" ]; then
  swift build --package-path "$here" --sanitize=fuzzer --sanitize=address >&2
fi

# Seeds: real files of the target's kind.
seeds() {
  case "$1" in
    dialogue) find "$external/plaintext" "$repo/Examples" -maxdepth 3 \( -name '*.txt' -o -name '*.md' -o -name '*.tsv' \) ;;
    otter) find "$external/plaintext/otter_style" -type f ;;
    vtt) find "$external/vtt_srt" -name '*.vtt' ;;
    srt) find "$external/vtt_srt" -name '*.srt' ;;
    chat) find "$external/plaintext/chat" -type f -iname '*.cha' ;;
    tei) find "$external/tei" -name '*.xml' -size -2M ;;
    eaf) find "$external/elan" -name '*.eaf' ;;
    trs) find "$external/transcriber" -name '*.trs' -size -2M ;;
    exb) find "$external/exmaralda" -name '*.exb' ;;
    thematic-xml) find "$here/seeds/thematic-xml" -type f ;;
    docx) find "$external/docx" -name '*.docx' ;;
    codebook-yaml) find "$repo/Examples" -name 'codebook.yaml' ;;
    codebook-csv) find "$external/codebooks" -name '*.csv' ;;
    rules-yaml) find "$repo/Examples" -name 'rules.yaml' ;;
    coding-sheet) find "$here/seeds/coding-sheet" -type f ;;
  esac
}
corpus="$here/corpus/$target"
findings="$here/findings/$target"
mkdir -p "$corpus" "$findings"
if [ -z "$(ls -A "$corpus")" ]; then
  while IFS= read -r file; do cp "$file" "$corpus/seed-$(basename "$file")"; done < <(seeds "$target")
fi

THEMATIC_FUZZ_TARGET="$target" ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" "$binary" "$corpus" \
  -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
  -artifact_prefix="$findings/" "$@"

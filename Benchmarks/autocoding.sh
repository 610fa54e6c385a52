#!/usr/bin/env bash
# Auto-coding benchmark: a 10,000-term dictionary over a large transcript, Thematic's one-pass
# keyword matcher (Aho–Corasick) side by side with `grep -F -f terms.txt -c` on the same text.
# Generated inputs go to $WORK (default /tmp/thematic-bench-autocoding); nothing is committed.
#
# Usage: Benchmarks/autocoding.sh [path/to/thematic]   (default: a release build in .build-coding)
set -euo pipefail
cd "$(dirname "$0")/.."
THEMATIC=${1:-.build-coding/release/thematic}
WORK=${WORK:-/tmp/thematic-bench-autocoding}
COPIES=${COPIES:-60}
rm -rf "$WORK" && mkdir -p "$WORK"

# The text: the example's six interviews (turn lines only), repeated, as one dialogue transcript.
{
  printf -- '---\nid: BIG\ntitle: benchmark\n---\n\n'
  for _ in $(seq "$COPIES"); do
    grep -h '^\[' Examples/alliance-study/transcripts/*.txt | sed -E 's/^\[[0-9:]+\] //'
  done
} > "$WORK/big.txt"

# The dictionary: every distinct word of 4+ letters in the interviews, then made-up terms, 10,000 in all.
grep -ohE '\b[A-Za-z]{4,}\b' Examples/alliance-study/transcripts/*.txt | tr 'A-Z' 'a-z' | sort -u > "$WORK/words.txt"
{ cat "$WORK/words.txt"; for i in $(seq 1 10000); do echo "zterm$i"; done; } | head -n 10000 > "$WORK/terms.txt"
{ echo "version: 1"; echo "rules:"; echo "  - id: dictionary"; echo "    code: alliance/bond/trust"; echo "    unit: match"; echo "    keywords:"
  sed 's/^/      - /' "$WORK/terms.txt"; } > "$WORK/rules.yaml"

echo "text: $(wc -c < "$WORK/big.txt") bytes, $(wc -l < "$WORK/big.txt") lines; terms: $(wc -l < "$WORK/terms.txt") ($(wc -l < "$WORK/words.txt") real words)"
cd "$WORK"
"$OLDPWD/$THEMATIC" init --project bench.thematic > /dev/null
"$OLDPWD/$THEMATIC" ingest big.txt --project bench.thematic > /dev/null
"$OLDPWD/$THEMATIC" codebook import "$OLDPWD/Examples/alliance-study/codebook.yaml" --project bench.thematic > /dev/null

t() { local start end; start=$(date +%s.%N); "$@"; end=$(date +%s.%N); echo "  $(echo "$end - $start" | bc) s"; }
echo "thematic autocode --dry-run (load transcript, fold, match 10,000 terms, print every hit as CSV):"
t sh -c "'$OLDPWD/$THEMATIC' autocode --rules rules.yaml --dry-run --format csv --project bench.thematic > hits.csv"
echo "  hits: $(( $(wc -l < hits.csv) - 1 ))"
echo "grep -F -f terms.txt -c big.txt (lines with a match, case-sensitive, substrings):"
t sh -c "grep -F -f terms.txt -c big.txt"
echo "grep -F -i -w -o -f terms.txt big.txt | wc -l (every whole-word match, case-insensitive: what autocode finds):"
t sh -c "grep -F -i -w -o -f terms.txt big.txt | wc -l"

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
cp "$WORK/words.txt" "$WORK/terms.txt"
seq 1 $((10000 - $(wc -l < "$WORK/words.txt"))) | sed 's/^/zterm/' >> "$WORK/terms.txt"
{ echo "version: 1"; echo "rules:"; echo "  - id: dictionary"; echo "    code: alliance/bond/trust"; echo "    unit: match"; echo "    keywords:"
  sed 's/^/      - /' "$WORK/terms.txt"; } > "$WORK/rules.yaml"

echo "text: $(wc -c < "$WORK/big.txt") bytes, $(wc -l < "$WORK/big.txt") lines; terms: $(wc -l < "$WORK/terms.txt") ($(wc -l < "$WORK/words.txt") real words)"
cd "$WORK"
"$OLDPWD/$THEMATIC" init --project bench.thematic > /dev/null
"$OLDPWD/$THEMATIC" ingest big.txt --project bench.thematic > /dev/null
"$OLDPWD/$THEMATIC" codebook import "$OLDPWD/Examples/alliance-study/codebook.yaml" --project bench.thematic > /dev/null

# A dictionary of 10,000 made-up terms that never occur: the cost of the scan itself.
{ echo "version: 1"; echo "rules:"; echo "  - id: unseen"; echo "    code: alliance/bond/trust"; echo "    unit: match"; echo "    keywords:"
  seq 1 10000 | sed 's/^/      - zterm/'; } > unseen.yaml

# Wall time on a shared machine varies with load; user+sys CPU time is the steadier figure.
t() { local start end; start=$(date +%s%N); "$@"; end=$(date +%s%N); echo "  $(( (end - start) / 1000000 )) ms wall"; }
if [ -x /usr/bin/time ]; then t() { /usr/bin/time -f "  %e s wall, %U s user, %S s sys" "$@"; }; fi
echo "thematic autocode --dry-run, 10,000 terms that never occur (load, fold, one Aho–Corasick pass):"
t sh -c "'$OLDPWD/$THEMATIC' autocode --rules unseen.yaml --dry-run --format csv --project bench.thematic > unseen.csv"
echo "  hits: $(( $(wc -l < unseen.csv) - 1 ))"
echo "thematic autocode --dry-run, 10,000 terms incl. every word of the interviews (and print every hit as CSV):"
t sh -c "'$OLDPWD/$THEMATIC' autocode --rules rules.yaml --dry-run --format csv --project bench.thematic > hits.csv"
echo "  hits: $(( $(wc -l < hits.csv) - 1 ))"
echo "grep -F -f terms.txt -c big.txt (lines with a match, case-sensitive, substrings):"
t sh -c "grep -F -f terms.txt -c big.txt"
echo "grep -F -i -w -o -f terms.txt big.txt | wc -l (every whole-word match, case-insensitive: what autocode finds):"
t sh -c "grep -F -i -w -o -f terms.txt big.txt | wc -l"

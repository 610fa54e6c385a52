#!/usr/bin/env bash
# The one benchmark command: Thematic side by side with the reference tools, in one run.
#
#   Benchmarks/run.sh [--scale S] [--runs N] [--thematic PATH] [--huge MB] [--only PARTS]
#
#   --scale S       corpus size factor: 1 ≈ 100 MB of parser corpora + 2,000 interviews (default 1)
#   --runs N        runs per command; the table shows medians (default 5)
#   --thematic PATH time this binary instead of building the release binary (CI passes its debug build)
#   --huge MB       also ingest one TEI file of MB megabytes and report its peak memory (default 0: off)
#   --only PARTS    comma-separated subset of parsers,ingest,autocoding,huge,hooks
#
# Generates the seeded corpora into Benchmarks/generated/scale-S (git-ignored, reused when present),
# installs the Python peers (webvtt-py, pylangacq, pympi-ling, krippendorff) into the virtual
# environment Benchmarks/generated/venv, builds `thematic` in release mode, then runs bench.py,
# which prints the table and writes Benchmarks/results/latest.json (git-ignored).
# Needs: python3 with venv, GNU time (/usr/bin/time), xmllint (Debian: libxml2-utils), grep, wc.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
scale=1 runs=5 thematic="" huge=0 only="parsers,ingest,autocoding,huge,hooks"
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --thematic) thematic="$2"; shift 2 ;;
    --huge) huge="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument '$1' (see --help)" >&2; exit 64 ;;
  esac
done
python3 -c "import sys; s=float(sys.argv[1]); sys.exit(0 if s > 0 and s < 1e6 else 1)" "$scale" 2>/dev/null \
  || { echo "run.sh: --scale must be a positive number, not '$scale'" >&2; exit 64; }
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --runs must be a positive whole number, not '$runs'" >&2; exit 64; }
[[ "$huge" =~ ^[0-9]+$ ]] || { echo "run.sh: --huge must be a whole number of megabytes, not '$huge'" >&2; exit 64; }

# Tools the references need.
missing=()
[ -x /usr/bin/time ] || missing+=(time)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
python3 -c "import venv, ensurepip" 2>/dev/null || missing+=(python3-venv)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "run.sh: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The Python peers, in their own virtual environment.
generated="$root/Benchmarks/generated"
venv="$generated/venv"
if ! "$venv/bin/python" -c "import webvtt, pylangacq, pympi, krippendorff" 2>/dev/null; then
  echo "run.sh: installing the Python peers into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check webvtt-py pylangacq pympi-ling krippendorff
fi

# The binary.
if [ -z "$thematic" ]; then
  echo "run.sh: building the release binary" >&2
  swift build -c release --product thematic 2>&1 | tail -1 >&2
  thematic="$root/.build/release/thematic"
fi
[ -x "$thematic" ] || { echo "run.sh: no executable at $thematic" >&2; exit 1; }

# The corpora (seeded: the same bytes for the same scale; regenerated when the generator changes).
corpus="$generated/scale-$scale"
stamp="$(sha256sum Benchmarks/generate_corpora.py | cut -c1-16)-$huge"
if [ "$(cat "$corpus/.stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "run.sh: generating the corpora at scale $scale into $corpus" >&2
  rm -rf "$corpus"
  python3 Benchmarks/generate_corpora.py --scale "$scale" --output "$corpus" --huge-megabytes "$huge"
  echo "$stamp" > "$corpus/.stamp"
fi

"$venv/bin/python" Benchmarks/bench.py --corpus "$corpus" --thematic "$thematic" --python "$venv/bin/python" \
  --scale "$scale" --runs "$runs" --only "$only"

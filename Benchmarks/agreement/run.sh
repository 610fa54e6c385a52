#!/usr/bin/env bash
# Krippendorff's alpha on 1,000,000 units x 3 coders: `thematic agreement --data` side by side
# with the Python `krippendorff` package (numpy) on the same file, per metric; checks that the
# two alphas are equal to 1e-9 and prints both times.
#
# usage: bash Benchmarks/agreement/run.sh [THEMATIC_BINARY] [UNITS]
#   (default binary: .build/release/thematic; build it with `swift build -c release --product thematic`)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
thematic="${1:-.build/release/thematic}"
units="${2:-1000000}"
venv="${AGREEMENT_VENV:-$here/../generated/agreement-venv}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet krippendorff numpy
fi
"$venv/bin/python" -c 'import importlib.metadata as m; print("krippendorff", m.version("krippendorff"), "numpy", m.version("numpy"))'

data="$work/reliability.csv"
python3 "$here/generate.py" "$units" 3 "$data"
echo "data: $units units x 3 coders, $(wc -c < "$data") bytes"

metrics=(nominal ordinal interval ratio)
/usr/bin/time -f "python: wall %e s, user %U s, sys %S s, peak %M KB" \
  "$venv/bin/python" "$here/reference.py" "$data" "${metrics[@]}" > "$work/python.json"
for metric in "${metrics[@]}"; do
  /usr/bin/time -f "thematic $metric: wall %e s, user %U s, sys %S s, peak %M KB" \
    "$thematic" agreement --data "$data" --metric "$metric" --format json --timing > "$work/thematic-$metric.json"
done

"$venv/bin/python" - "$work" "${metrics[@]}" <<'PY'
import json, sys
work, metrics = sys.argv[1], sys.argv[2:]
python = json.load(open(f"{work}/python.json"))
print(f"python read the CSV in {python['read_seconds']:.3f} s")
worst = 0.0
for metric in metrics:
    ours = json.load(open(f"{work}/thematic-{metric}.json"))
    alpha = next(s for s in ours["statistics"] if s["kind"] == "krippendorff_alpha")["value"]
    theirs = python["alpha"][metric]
    worst = max(worst, abs(alpha - theirs))
    print(f"{metric:9} thematic {alpha:.15f}  krippendorff {theirs:.15f}  |diff| {abs(alpha - theirs):.1e}  "
          f"krippendorff.alpha() alone {python['alpha_seconds'][metric]:.3f} s")
if worst > 1e-9:
    sys.exit(f"alpha differs by {worst} (> 1e-9)")
print("all alphas equal to 1e-9")
PY

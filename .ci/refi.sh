#!/usr/bin/env bash
# CI: the independent-reader check of REFI-QDA exports. Creates a Python (>= 3.12) virtual
# environment with pyqdpx when missing, then runs the Swift test that exports the example study
# as .qdpx and checks it with Tests/refi/pyqdpx_check.py. Run after `swift test` (reuses its build).
set -euo pipefail
cd "$(dirname "$0")/.."

venv=".build/pyqdpx-venv"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import pyqdpx" 2>/dev/null; then
  python=""
  for candidate in "${PYTHON:-}" python3.13 python3.12 "$HOME"/.pyenv/versions/3.1[2-9]*/bin/python python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
      python="$candidate"
      break
    fi
  done
  if [ -z "$python" ]; then
    echo "refi: pyqdpx needs Python 3.12 or later; none found (set PYTHON=/path/to/python3.12)" >&2
    exit 1
  fi
  echo "refi: creating $venv with $python and installing pyqdpx" >&2
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/pip" install --quiet pyqdpx
fi

THEMATIC_PYQDPX_PYTHON="$PWD/$venv/bin/python" swift test --skip-build --filter REFIIndependentReaderTests

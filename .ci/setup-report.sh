#!/usr/bin/env bash
# CI for the report (issue 12): the report test opens the HTML in headless Chromium, so install
# Debian's `chromium` when no Chromium is on PATH. Called from .ci/run before `swift test`.
# It never fails the run by itself: without a browser the test prints why it is skipped.
set -uo pipefail

for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then
    echo "ci: report: using $(command -v "$candidate")" >&2
    exit 0
  fi
done

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ci: report: no chromium and no apt-get; the browser test will be skipped" >&2
  exit 0
fi

echo "ci: report: installing chromium (Debian) for the browser test" >&2
export DEBIAN_FRONTEND=noninteractive
# Another apt process may hold the locks for a while on a shared machine: wait and retry.
installed=no
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  if apt-get -o DPkg::Lock::Timeout=300 update -qq \
    && apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends chromium fonts-dejavu-core; then
    installed=yes
    break
  fi
  echo "ci: report: apt busy or failing (attempt $attempt); retrying in 30 s" >&2
  sleep 30
done
if [ "$installed" = yes ]; then
  echo "ci: report: installed $(command -v chromium)" >&2
else
  echo "ci: report: could not install chromium; the browser test will be skipped" >&2
fi
exit 0

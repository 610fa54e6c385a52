#!/bin/sh
# XML parsing benchmark: Thematic's TEI reader next to `xmllint --stream --noout` on the same files.
# Usage: Benchmarks/run_xml_benchmark.sh [path/to/release/thematic]
# Needs: python3, /usr/bin/time (GNU time), xmllint (apt-get install -y libxml2-utils time).
# The generated files go to /tmp and are never committed.
set -eu
THEMATIC=${1:-.build/release/thematic}
for MB in 20 200; do
    FILE=/tmp/thematic-bench-$MB.tei.xml
    [ -f "$FILE" ] || python3 "$(dirname "$0")/generate_tei.py" --megabytes "$MB" --output "$FILE"
    echo "== $FILE ($(stat -c %s "$FILE") bytes)"
    echo "-- thematic parse"
    /usr/bin/time -v "$THEMATIC" parse "$FILE" 2>&1 >/dev/null | grep -E "Elapsed|Maximum resident|Exit status"
    echo "-- xmllint --stream --noout (stopped after 600 s)"
    /usr/bin/time -v timeout 600 xmllint --stream --noout "$FILE" 2>&1 | grep -E "Elapsed|Maximum resident|Exit status" || true
done

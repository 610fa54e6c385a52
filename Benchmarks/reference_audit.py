#!/usr/bin/env python3
"""The floor for the audit benchmark: read every coding of a Thematic project and count, per
code, its codings, distinct segments and sources, in Python with sqlite3 (no utterances, no
participants, no themes, no clustering, no findings).

    python3 Benchmarks/reference_audit.py PROJECT
"""
import sqlite3
import sys


def main() -> None:
    db = sqlite3.connect(sys.argv[1])
    codings, segments, sources = {}, {}, {}
    for source, start, end, code in db.execute(
        "SELECT c.source_id, c.start_offset, c.end_offset, c.code_id FROM codings c "
        "JOIN sources s ON s.id = c.source_id AND s.current_revision = c.revision"
    ):
        codings[code] = codings.get(code, 0) + 1
        segments.setdefault(code, set()).add((source, start, end))
        sources.setdefault(code, set()).add(source)
    for code in sorted(codings):
        print(code, codings[code], len(segments[code]), len(sources[code]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Add generated codings to a Thematic project for the audit benchmark.

    python3 Benchmarks/generate_codings.py PROJECT COUNT

Inserts COUNT codings (whole utterances and parts of them) into the project's `codings` table,
spread over every source's current revision, with the codable codes of the imported codebook.
Codes of the same declared theme are coded together more often (each source leans to two
themes), so the audit's clustering has structure to find. Two coders. Deterministic (fixed
seed). Written straight into SQLite, without events: this is benchmark data, not a study.
"""
import random
import sqlite3
import sys
import uuid


def main() -> None:
    path, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(20261202)
    db = sqlite3.connect(path)
    codes = [row[0] for row in db.execute("SELECT id FROM codes WHERE codable ORDER BY position")]
    themes = {}
    for theme, code in db.execute("SELECT theme_id, code_id FROM theme_codes ORDER BY theme_id, position"):
        if code in codes:
            themes.setdefault(theme, []).append(code)
    groups = list(themes.values()) or [codes]
    utterances = {}
    for source, revision, start, end in db.execute(
        "SELECT u.source_id, u.revision, u.start_offset, u.end_offset FROM utterances u "
        "JOIN sources s ON s.id = u.source_id AND s.current_revision = u.revision "
        "JOIN speakers sp ON sp.source_id = u.source_id AND sp.revision = u.revision AND sp.id = u.speaker_id "
        "WHERE sp.role = 'participant' AND u.end_offset > u.start_offset"
    ):
        utterances.setdefault(source, []).append((revision, start, end))
    sources = sorted(utterances)
    per_source = count // len(sources)
    extra = count - per_source * len(sources)
    db.executemany("INSERT OR IGNORE INTO coders (id, display_name) VALUES (?, ?)", [("coder1", "coder1"), ("coder2", "coder2")])
    inserted = 0
    for number, source in enumerate(sources):
        wanted = per_source + (1 if number < extra else 0)
        leaning = rng.sample(range(len(groups)), min(2, len(groups)))
        seen = set()
        rows = []
        while len(rows) < wanted:
            revision, start, end = rng.choice(utterances[source])
            group = groups[rng.choice(leaning)] if rng.random() < 0.8 else groups[rng.randrange(len(groups))]
            code = rng.choice(group)
            coder = "coder1" if rng.random() < 0.6 else "coder2"
            if rng.random() < 0.5 and end - start > 20:
                a = rng.randrange(start, end - 10)
                b = rng.randrange(a + 5, min(end, a + 200) + 1)
                start, end = a, b
            key = (start, end, code, coder)
            if key in seen:
                continue
            seen.add(key)
            rows.append((str(uuid.UUID(int=rng.getrandbits(128))).upper(), source, revision, start, end, code, coder,
                         "2026-12-02T00:00:00.000Z"))
        db.executemany(
            "INSERT INTO codings (id, source_id, revision, start_offset, end_offset, code_id, coder_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        inserted += len(rows)
    db.commit()
    print(f"{inserted} codings over {len(sources)} sources, {len(codes)} codable codes, {len(groups)} themes")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The floor an ingest is compared with: read each file and store its text in SQLite, one
transaction, no parsing. (What a minimal Python tool does before it finds a single speaker.)

    python3 Benchmarks/reference_ingest.py DB FILE...
"""
import sqlite3
import sys


def main() -> None:
    database = sqlite3.connect(sys.argv[1])
    database.execute("PRAGMA journal_mode = WAL")
    database.execute("CREATE TABLE IF NOT EXISTS sources (id TEXT PRIMARY KEY, text TEXT NOT NULL)")
    with database:
        for path in sys.argv[2:]:
            with open(path, encoding="utf-8") as handle:
                database.execute("INSERT INTO sources VALUES (?, ?)", (path, handle.read()))
    database.close()


if __name__ == "__main__":
    main()

"""Writes reliability data for the agreement benchmark: coders x units CSV (one row per coder),
values 1..5, about 10% of the cells missing (empty), 80% of the coded cells equal to a unit's
"true" value. Seeded, so every run writes the same file.

usage: python3 generate.py UNITS CODERS OUT.csv
"""
import random
import sys

units, coders, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(20261202)
rows = [[] for _ in range(coders)]
for _ in range(units):
    truth = rng.randint(1, 5)
    for row in rows:
        if rng.random() < 0.10:
            row.append("")
        elif rng.random() < 0.80:
            row.append(str(truth))
        else:
            row.append(str(rng.randint(1, 5)))
with open(out, "w") as f:
    for row in rows:
        f.write(",".join(row) + "\n")

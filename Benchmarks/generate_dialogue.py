#!/usr/bin/env python3
"""Writes a large generated dialogue transcript for measuring the plain-text parser.

Usage: Benchmarks/generate_dialogue.py [MEGABYTES] [OUTPUT]
Defaults: 200 MB into Benchmarks/generated/dialogue-200mb.txt (git-ignored; never commit it).

The file mixes the shapes real transcripts have: YAML front matter, `[hh:mm:ss] Label: text`
turns, `**Name:**` labels, hard-wrapped continuation lines, blank lines, mid-text times and
non-ASCII words. Seeded, so every run writes the same bytes.
"""
import os
import random
import sys

megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 200
output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "generated", f"dialogue-{megabytes}mb.txt")
os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)

rng = random.Random(20261129)
labels = ["Interviewer", "P01", "Interpreter", "Dr. Zoë Ñúñez", "**Participant 2:**"]
words = ("the alliance felt safe when she listened and we agreed on goals together "
         "therapy trust rupture repair session week Zoë café naïve 😀 über señora "
         "um you know I think it was hard but honest").split()
target = megabytes * 1024 * 1024
written = 0
seconds = 0
with open(output, "w", encoding="utf-8", newline="\n") as out:
    header = "---\nid: bench\ntitle: Generated benchmark dialogue\n---\n\n"
    out.write(header)
    written += len(header.encode())
    chunk = []
    while written < target:
        seconds += rng.randint(1, 3)
        label = rng.choice(labels)
        text = " ".join(rng.choice(words) for _ in range(rng.randint(5, 60)))
        stamp = f"[{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}]"
        if label.startswith("**"):
            line = f"{label} {text}\n"
        else:
            line = f"{stamp} {label}: {text}\n"
        if rng.random() < 0.3:
            line += "  " + " ".join(rng.choice(words) for _ in range(rng.randint(3, 20))) + f" [{stamp[1:-1]}] more words\n"
        line += "\n"
        chunk.append(line)
        written += len(line.encode())
        if len(chunk) >= 10_000:
            out.write("".join(chunk))
            chunk = []
    out.write("".join(chunk))
print(output)

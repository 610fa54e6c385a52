#!/usr/bin/env python3
"""Generate a corpus of dialogue transcripts for the ingest benchmark.

    python3 Benchmarks/generate_transcripts.py OUT_DIR [COUNT] [WORDS]

Writes COUNT files (default 1000) of about WORDS words each (default 10000) in the bundled
example's layout: YAML front matter, then `[hh:mm:ss] Label: text` turns. Deterministic (fixed
seed). The output is a generated corpus: never commit it.
"""
import os
import random
import sys

VOCABULARY = (
    "trust bond goals tasks therapist session felt understood rupture repair week talk again "
    "interpreter meaning word family feel safe listen homework change hope angry sorry time "
    "because really think know maybe said asked never always little sometimes difficult "
    "Zoë José café naïve 🙂 中文 ça"
).split()


def transcript(number: int, words: int, rng: random.Random) -> str:
    participant = f"P{number:04d}"
    lines = [
        "---",
        f"id: {participant}",
        f"title: Generated interview {participant}",
        f"participant: {participant}",
        "interviewer: IV1",
        "---",
        "",
    ]
    written, seconds, turn = 0, 4, 0
    while written < words:
        speaker = "Interviewer" if turn % 2 == 0 else participant
        length = rng.randint(8, 30) if speaker == "Interviewer" else rng.randint(40, 220)
        text = " ".join(rng.choice(VOCABULARY) for _ in range(length))
        stamp = f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        lines.append(f"[{stamp}] {speaker}: {text}")
        lines.append("")
        written += length
        seconds += max(2, length * 60 // 150)
        turn += 1
    return "\n".join(lines) + "\n"


def main() -> None:
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    words = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261129)
    for number in range(1, count + 1):
        with open(os.path.join(out, f"P{number:04d}.txt"), "w", encoding="utf-8", newline="\n") as handle:
            handle.write(transcript(number, words, rng))


if __name__ == "__main__":
    main()

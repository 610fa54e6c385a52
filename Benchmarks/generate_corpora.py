#!/usr/bin/env python3
"""Writes the benchmark corpora: seeded, so every run at one scale writes the same bytes.

Usage: Benchmarks/generate_corpora.py --scale S --output DIR

At scale 1 the six parser corpora are about 100 MB in all; every size is multiplied by S:

    dialogue.txt      25 MB  YAML front matter, `[hh:mm:ss] Label: text` turns, wrapped lines
    captions.vtt      20 MB  WebVTT: Zoom-style `Name: text` cues with identifiers
    session.cha       15 MB  CHAT: @-headers, *SPK: tiers with bullets, %mor/%com tiers
    plain.tei.xml     20 MB  TEI with plain `<u who start end>` utterances (the common shape)
    iso.tei.xml       10 MB  ISO/TEI token shape: annotationBlock/u/seg/w/pc with xml:id
    session.eaf       10 MB  ELAN: TIME_ORDER, two speaker tiers and a dependent tier

plus, for the project benchmarks:

    interviews/       2,000 × S interviews of ~2,400 words (~32 MB at scale 1) for `ingest`
    dictionary.txt    5,000 single-word terms, about 6 % of which occur in dialogue.txt
    dictionary.yaml   the same terms as one Thematic rule (unit: match)
    every-word.txt    every word of the dialogue vocabulary: each word of the text is a hit
    every-word.yaml   the same as a rule
    four-rules.yaml   4 keyword rules for the interviews (the stored-codings benchmark)
    huge.tei.xml      (only with --huge-megabytes N) one plain TEI file of N MB

Terms are ASCII words that occur in the text only as whole words, so Thematic's hit count and
`grep -F -i -w -o -f dictionary.txt | wc -l` must agree exactly. Never commit the output.
"""
import argparse
import json
import os
import random

SEED = 20261202
COMMON = ("the and I you it was that to of a in we my she he they is but so what like just "
          "really think know because felt feel when then with about there have had not this "
          "session week time talk talked said asked again always never sometimes maybe little "
          "yeah well um uh okay right mean thing things people someone family together").split()
TOPIC = ("trust repair rupture alliance bond goals tasks therapist homework worksheet listen "
         "listened understood safe unsafe angry sorry hope change difficult meaning "
         "confidential secret church community waiting list appointment referral medication "
         "sleep anxious worried relief progress setback agreement disagreement empathy warmth "
         "respect honest honesty boundary boundaries schedule cancel cancelled money travel").split()
NON_ASCII = ["Zoë", "café", "naïve", "über", "señora", "😀", "中文", "ça"]
LABELS = ["Interviewer", "P01", "Interpreter", "Dr. Zoë Ñúñez"]
SYLLABLES = ("ka lo mi nu pe ra si to vu xe zo ba de fi gu ho ja ke li mo ne po qu ri sa te "
             "vi wo ya zu").split()

# Dialogue words: mostly common words, a topic word now and then, a little non-ASCII text.
WEIGHTED = COMMON * 6 + TOPIC + NON_ASCII


def words(rng, count):
    return " ".join(rng.choice(WEIGHTED) for _ in range(count))


def stamp(seconds, millis=None):
    text = f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    return text if millis is None else f"{text}.{millis:03d}"


class Sink:
    """Writes text in large blocks and counts bytes."""

    def __init__(self, path):
        self.handle = open(path, "w", encoding="utf-8", newline="\n")
        self.parts = []
        self.size = 0

    def write(self, text):
        self.parts.append(text)
        self.size += len(text.encode("utf-8"))
        if len(self.parts) >= 20_000:
            self.flush()

    def flush(self):
        self.handle.write("".join(self.parts))
        self.parts = []

    def close(self):
        self.flush()
        self.handle.close()


def dialogue(path, target, rng):
    out = Sink(path)
    out.write("---\nid: bench\ntitle: Generated benchmark dialogue\n---\n\n")
    seconds = 0
    while out.size < target:
        seconds += rng.randint(1, 3)
        label = rng.choice(LABELS)
        out.write(f"[{stamp(seconds)}] {label}: {words(rng, rng.randint(5, 60))}\n")
        if rng.random() < 0.3:
            out.write(f"  {words(rng, rng.randint(3, 20))} [{stamp(seconds + 1)}] {words(rng, 3)}\n")
        out.write("\n")
    out.close()


def webvtt(path, target, rng):
    out = Sink(path)
    out.write("WEBVTT\n\n")
    millis = 0
    cue = 0
    while out.size < target:
        cue += 1
        start = millis
        millis += rng.randint(800, 6000)
        begin = stamp(start // 1000, start % 1000)
        end = stamp(millis // 1000, millis % 1000)
        label = rng.choice(LABELS)
        out.write(f"{cue}\n{begin} --> {end}\n{label}: {words(rng, rng.randint(4, 16))}\n\n")
    out.close()


def chat(path, target, rng):
    out = Sink(path)
    out.write("@UTF8\n@Begin\n@Languages:\teng\n@Participants:\tINT Investigator, PAR Participant, INP Adult\n"
              "@ID:\teng|bench|INT|||||Investigator|||\n@ID:\teng|bench|PAR|||||Participant|||\n"
              "@ID:\teng|bench|INP|||||Adult|||\n@Media:\tsession, audio\n")
    millis = 0
    while out.size < target:
        start = millis
        millis += rng.randint(800, 6000)
        speaker = rng.choice(["INT", "PAR", "INP"])
        text = words(rng, rng.randint(4, 24))
        # A %mor tier has one item a word and one for the terminator; retraced words have none.
        mor = rng.random() < 0.3
        if not mor and rng.random() < 0.2:
            text += " [/] " + words(rng, 2)
        out.write(f"*{speaker}:\t{text} . \x15{start}_{millis}\x15\n")
        if mor:
            out.write(f"%mor:\t{' '.join('n|' + w for w in text.split())} .\n")
        if rng.random() < 0.05:
            out.write(f"%com:\t{words(rng, 5)}\n")
    out.write("@End\n")
    out.close()


TEI_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">\n'
            ' <teiHeader><fileDesc><titleStmt><title>Benchmark</title></titleStmt></fileDesc>'
            '<profileDesc><particDesc>\n')


def tei_plain(path, target, rng):
    out = Sink(path)
    out.write(TEI_HEAD)
    for index, name in enumerate(["INT", "PAR", "INP"]):
        out.write(f'  <person xml:id="SPK{index}" n="{name}"><persName>{name} Person</persName></person>\n')
    out.write(' </particDesc></profileDesc></teiHeader>\n <text xml:lang="en">\n  <body>\n')
    millis = 0
    while out.size < target:
        start = millis
        millis += rng.randint(800, 6000)
        out.write(f'   <u who="#SPK{rng.randrange(3)}" start="{start / 1000:.3f}" end="{millis / 1000:.3f}">'
                  f'{words(rng, rng.randint(5, 40))}</u>\n')
        if rng.random() < 0.05:
            out.write(f'   <pause dur="{rng.randint(1, 9)}s"/>\n')
    out.write("  </body>\n </text>\n</TEI>\n")
    out.close()


def tei_iso(path, target, rng):
    out = Sink(path)
    out.write(TEI_HEAD)
    for index, name in enumerate(["INT", "PAR", "INP"]):
        out.write(f'  <person xml:id="SPK{index}" n="{name}"><persName><abbr>{name}</abbr></persName></person>\n')
    blocks = target // 1400 + 2
    out.write(' </particDesc></profileDesc></teiHeader>\n <text xml:lang="en">\n  <timeline unit="s">\n'
              '   <when xml:id="T0" interval="0.0" since="T0"/>\n')
    for block in range(1, blocks + 1):
        out.write(f'   <when xml:id="T{block}" interval="{block * 4.25:.3f}" since="T0"/>\n')
    out.write('  </timeline>\n  <body>\n')
    block = 0
    word = 0
    while out.size < target and block < blocks - 1:
        parts = [f'   <annotationBlock who="#SPK{block % 3}" start="#T{block}" end="#T{block + 1}" xml:id="ab{block}">'
                 f'<u xml:id="u{block}"><seg type="utterance">']
        for position in range(rng.randint(10, 30)):
            word += 1
            token = rng.choice(WEIGHTED)
            parts.append(f'<w xml:id="w{word}">{token}</w>')
            if position % 9 == 8:
                parts.append(f'<pc xml:id="pc{word}">,</pc>')
        parts.append('<pc>.</pc></seg></u>')
        if block % 7 == 0:
            parts.append(f'<spanGrp type="en"><span from="#T{block}" to="#T{block + 1}">{words(rng, 4)}</span></spanGrp>')
        parts.append('</annotationBlock>\n')
        out.write("".join(parts))
        block += 1
    out.write("  </body>\n </text>\n</TEI>\n")
    out.close()


def elan(path, target, rng):
    # Annotations are drawn first (slot ids need the whole list), then written in file order.
    count = target // 420 + 1
    rows = []
    millis = 0
    for index in range(count):
        start = millis
        millis += rng.randint(800, 6000)
        rows.append((index, rng.randrange(2), start, millis, words(rng, rng.randint(5, 30))))
    out = Sink(path)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<ANNOTATION_DOCUMENT AUTHOR="bench" DATE="2026-12-02T00:00:00+00:00" '
              'FORMAT="3.0" VERSION="3.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
              'xsi:noNamespaceSchemaLocation="http://www.mpi.nl/tools/elan/EAFv3.0.xsd">\n'
              '    <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds">\n'
              '        <MEDIA_DESCRIPTOR MEDIA_URL="file:///bench.wav" MIME_TYPE="audio/x-wav"/>\n    </HEADER>\n'
              '    <TIME_ORDER>\n')
    for index, _, start, end, _ in rows:
        out.write(f'        <TIME_SLOT TIME_SLOT_ID="ts{2 * index}" TIME_VALUE="{start}"/>\n'
                  f'        <TIME_SLOT TIME_SLOT_ID="ts{2 * index + 1}" TIME_VALUE="{end}"/>\n')
    out.write('    </TIME_ORDER>\n')
    for tier, participant in enumerate(["Interviewer", "Participant"]):
        out.write(f'    <TIER LINGUISTIC_TYPE_REF="default-lt" PARTICIPANT="{participant}" TIER_ID="{participant[:3].upper()}">\n')
        for index, speaker, _, _, text in rows:
            if speaker != tier:
                continue
            out.write(f'        <ANNOTATION>\n            <ALIGNABLE_ANNOTATION ANNOTATION_ID="a{index}" '
                      f'TIME_SLOT_REF1="ts{2 * index}" TIME_SLOT_REF2="ts{2 * index + 1}">\n'
                      f'                <ANNOTATION_VALUE>{text}</ANNOTATION_VALUE>\n'
                      f'            </ALIGNABLE_ANNOTATION>\n        </ANNOTATION>\n')
        out.write('    </TIER>\n')
    out.write('    <TIER LINGUISTIC_TYPE_REF="translation" PARENT_REF="PAR" PARTICIPANT="Participant" TIER_ID="PAR-en">\n')
    for index, speaker, _, _, _ in rows:
        if speaker == 1 and index % 5 == 0:
            out.write(f'        <ANNOTATION>\n            <REF_ANNOTATION ANNOTATION_ID="r{index}" ANNOTATION_REF="a{index}">\n'
                      f'                <ANNOTATION_VALUE>{words(rng, 6)}</ANNOTATION_VALUE>\n'
                      f'            </REF_ANNOTATION>\n        </ANNOTATION>\n')
    out.write('    </TIER>\n    <LINGUISTIC_TYPE GRAPHIC_REFERENCES="false" LINGUISTIC_TYPE_ID="default-lt" TIME_ALIGNABLE="true"/>\n'
              '    <LINGUISTIC_TYPE CONSTRAINTS="Symbolic_Association" GRAPHIC_REFERENCES="false" '
              'LINGUISTIC_TYPE_ID="translation" TIME_ALIGNABLE="false"/>\n'
              '    <CONSTRAINT DESCRIPTION="1-1 association" STEREOTYPE="Symbolic_Association"/>\n'
              '</ANNOTATION_DOCUMENT>\n')
    out.close()


def interviews(folder, count, rng):
    os.makedirs(folder, exist_ok=True)
    for number in range(1, count + 1):
        participant = f"P{number:04d}"
        lines = ["---", f"id: {participant}", f"title: Generated interview {participant}",
                 f"participant: {participant}", "interviewer: IV1", "---", ""]
        written, seconds, turn = 0, 4, 0
        while written < 2400:
            speaker = "Interviewer" if turn % 2 == 0 else participant
            length = rng.randint(8, 30) if speaker == "Interviewer" else rng.randint(40, 220)
            lines += [f"[{stamp(seconds)}] {speaker}: {words(rng, length)}", ""]
            written += length
            seconds += max(2, length * 60 // 150)
            turn += 1
        with open(os.path.join(folder, f"{participant}.txt"), "w", encoding="utf-8", newline="\n") as handle:
            handle.write("\n".join(lines) + "\n")


def rule_yaml(path, rules):
    with open(path, "w", encoding="utf-8") as out:
        out.write("version: 1\nrules:\n")
        for rule in rules:
            out.write(f"  - id: {rule['id']}\n    code: {rule['code']}\n    unit: {rule.get('unit', 'match')}\n    keywords:\n")
            out.write("".join(f"      - {json.dumps(term)}\n" for term in rule["keywords"]))


def dictionaries(output, rng):
    made_up = set()
    while len(made_up) < 5000 - 300:
        made_up.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))))
    # 300 terms that may occur: the topic words, and made-up words never in the text.
    terms = sorted(TOPIC) + sorted(made_up)[: 5000 - len(TOPIC)]
    with open(os.path.join(output, "dictionary.txt"), "w", encoding="utf-8") as out:
        out.write("\n".join(terms) + "\n")
    rule_yaml(os.path.join(output, "dictionary.yaml"), [{"id": "dictionary", "code": "bench/dictionary", "keywords": terms}])
    every = sorted({word.lower() for word in COMMON + TOPIC})
    with open(os.path.join(output, "every-word.txt"), "w", encoding="utf-8") as out:
        out.write("\n".join(every) + "\n")
    rule_yaml(os.path.join(output, "every-word.yaml"), [{"id": "every-word", "code": "bench/dictionary", "keywords": every}])
    rule_yaml(os.path.join(output, "four-rules.yaml"), [
        {"id": "trust", "code": "bench/trust", "keywords": ["trust", "honest", "honesty", "respect"]},
        {"id": "repair", "code": "bench/repair", "keywords": ["repair", "rupture", "sorry", "agreement"]},
        {"id": "feelings", "code": "bench/feelings", "keywords": ["angry", "anxious", "worried", "relief", "hope"]},
        {"id": "practical", "code": "bench/practical", "keywords": ["appointment", "schedule", "money", "travel", "waiting"]},
    ])
    with open(os.path.join(output, "codebook.yaml"), "w", encoding="utf-8") as out:
        out.write("version: 1\ncodes:\n  - id: bench\n    name: Benchmark\n    children:\n")
        for code in ["dictionary", "trust", "repair", "feelings", "practical"]:
            out.write(f"      - id: {code}\n        name: {code.capitalize()}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--output", required=True)
    parser.add_argument("--huge-megabytes", type=int, default=0)
    args = parser.parse_args()
    if not args.scale > 0:
        parser.error("--scale must be a positive number")
    os.makedirs(args.output, exist_ok=True)
    mb = 1024 * 1024
    jobs = [("dialogue.txt", dialogue, 25), ("captions.vtt", webvtt, 20), ("session.cha", chat, 15),
            ("plain.tei.xml", tei_plain, 20), ("iso.tei.xml", tei_iso, 10), ("session.eaf", elan, 10)]
    for offset, (name, write, megabytes) in enumerate(jobs):
        write(os.path.join(args.output, name), max(int(megabytes * mb * args.scale), 4096), random.Random(SEED + offset))
    interviews(os.path.join(args.output, "interviews"), max(int(round(2000 * args.scale)), 20), random.Random(SEED + 10))
    dictionaries(args.output, random.Random(SEED + 11))
    if args.huge_megabytes > 0:
        tei_plain(os.path.join(args.output, "huge.tei.xml"), args.huge_megabytes * mb, random.Random(SEED + 12))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes a large ISO/TEI spoken transcription (as EXMARaLDA exports it) for the XML benchmark.

Usage: Benchmarks/generate_tei.py [--megabytes 200] [--output /tmp/thematic-bench.tei.xml]

Never commit the output: it is generated, and large. The file has a <particDesc> with three
speakers, a <timeline> with one <when> per block, and <annotationBlock>s holding <u>/<seg> with
<w>/<pc> tokens (no spaces between them), <pause/> and <incident> events, and tei:-prefixed anchors.
"""
import argparse
import random

WORDS = ("and what it comes to is your determination at all cost to actually succeed I mean is that a sort "
         "of message you hope comes across to kids because a lot of people think you just become famous "
         "over night don't they yeah well I worked hard when I was at school").split()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--output", default="/tmp/thematic-bench.tei.xml")
    args = parser.parse_args()
    target = args.megabytes * 1024 * 1024
    rng = random.Random(42)
    blocks = target // 2600 + 1
    with open(args.output, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0" '
                  'xmlns:tei="http://www.tei-c.org/ns/1.0">\n <teiHeader><fileDesc><titleStmt><title>Benchmark</title>'
                  '</titleStmt></fileDesc><profileDesc><particDesc>\n')
        for index, name in enumerate(["INT", "PAR", "REL"]):
            out.write(f'  <person xml:id="SPK{index}" n="{name}"><persName><abbr>{name}</abbr></persName></person>\n')
        out.write(' </particDesc></profileDesc></teiHeader>\n <text xml:lang="eng">\n  <timeline unit="s">\n'
                  '   <when xml:id="T0" interval="0.0" since="T0"/>\n')
        for block in range(1, blocks + 1):
            out.write(f'   <when xml:id="T{block}" interval="{block * 4.25:.3f}" since="T0"/>\n')
        out.write('  </timeline>\n  <body>\n')
        written = 0
        block = 0
        word = 0
        while written < target:
            speaker = block % 3
            parts = [f'   <annotationBlock who="#SPK{speaker}" start="#T{block}" end="#T{block + 1}" xml:id="au{block}">'
                     f'<u xml:id="u{block}"><tei:seg type="contribution"><tei:anchor synch="T{block}"/>\n    <seg type="utterance">']
            for position in range(rng.randint(20, 40)):
                word += 1
                text = WORDS[rng.randrange(len(WORDS))]
                parts.append(f'<w xml:id="w{word}" lemma="{text.lower()}">{text}</w>')
                if position % 9 == 8:
                    parts.append(f'<pc xml:id="pc{word}">,</pc>')
                if position % 17 == 16:
                    parts.append(f'<pause dur="PT0.4S" rend="((0,4s))"/>')
            if block % 25 == 0:
                parts.append('<incident><desc>laughing</desc></incident>')
            parts.append(f'<pc xml:id="pe{block}">.</pc></seg>\n    <tei:anchor synch="T{block + 1}"/></tei:seg></u></annotationBlock>\n')
            chunk = "".join(parts)
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
            block += 1
        out.write('  </body>\n </text>\n</TEI>\n')


if __name__ == "__main__":
    main()

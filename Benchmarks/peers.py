#!/usr/bin/env python3
"""What a researcher would write in Python instead: read one transcript with the format's usual
package and count its utterances and words (so the whole file is really parsed).

Usage: peers.py webvtt|chat|elan FILE   (prints "utterances words")
"""
import sys


def webvtt_file(path):
    import webvtt
    cues = list(webvtt.read(path))
    return len(cues), sum(len(cue.text.split()) for cue in cues)


def chat_file(path):
    import pylangacq
    reader = pylangacq.read_chat(path)
    utterances = reader.utterances()
    return len(utterances), sum(len(utterance.tokens) for utterance in utterances)


def elan_file(path):
    import pympi
    eaf = pympi.Elan.Eaf(path)
    count = words = 0
    for tier in eaf.get_tier_names():
        for annotation in eaf.get_annotation_data_for_tier(tier):
            count += 1
            words += len(str(annotation[2]).split())
    return count, words


if __name__ == "__main__":
    kind, path = sys.argv[1], sys.argv[2]
    utterances, words = {"webvtt": webvtt_file, "chat": chat_file, "elan": elan_file}[kind](path)
    print(utterances, words)

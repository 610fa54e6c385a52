"""Independent reader check: open a .qdpx Thematic wrote with the pyqdpx package and compare
its codes and coded selection texts with what Thematic says the project holds.

usage: python pyqdpx_check.py FILE.qdpx EXPECTED.json

EXPECTED.json: {"codes": [names…], "selections": [[code name, selected text], …]}.
pyqdpx reads positions the way NVivo counts them (UTF-16 code units: it inserts a zero-width
space after every character outside the BMP); the check removes those spaces again, so the file
to check is one written with `--dialect nvivo`. Exit 0 when everything matches, 1 otherwise.
"""
import json
import sys

from pyqdpx import QDPX


def main() -> int:
    path, expected_path = sys.argv[1], sys.argv[2]
    with open(expected_path, encoding="utf-8") as handle:
        expected = json.load(handle)
    project = QDPX(path).get_project()
    if project is None:
        print(f"pyqdpx could not open {path}")
        return 1
    codes = sorted(code.name for code in project.codes.values())
    selections = []
    for source in project.sources.values():
        if source.text_content is None:
            print(f"pyqdpx found no text for source {source.name}")
            return 1
        for selection in source.coded_selections.values():
            selections.append([selection.code.name, selection.text.replace("\u200b", "")])
    selections.sort()
    wanted_codes = sorted(expected["codes"])
    wanted_selections = sorted(expected["selections"])
    ok = True
    if codes != wanted_codes:
        ok = False
        print("codes differ:", sorted(set(codes) ^ set(wanted_codes))[:10])
    if selections != wanted_selections:
        ok = False
        missing = [s for s in wanted_selections if s not in selections][:5]
        extra = [s for s in selections if s not in wanted_selections][:5]
        print(f"selections differ: {len(selections)} read, {len(wanted_selections)} expected")
        print("  expected but not read:", missing)
        print("  read but not expected:", extra)
    if ok:
        print(f"pyqdpx read {path}: {len(codes)} codes, {len(selections)} selections, all as Thematic wrote them")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

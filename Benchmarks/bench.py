#!/usr/bin/env python3
"""Times Thematic side by side with reference tools on the generated corpora; prints one table.

Called by Benchmarks/run.sh, which generates the corpora, builds the binary and prepares the
Python peers. Each command runs under `/usr/bin/time -v`, `--runs` times (default 5); the table
shows medians of CPU time (user + sys), wall time and peak memory (maximum resident set size).
Ratios are Thematic ÷ reference on CPU time, the figure least disturbed by other work on the
machine. The table is also written as JSON (`--json`, default Benchmarks/results/latest.json).
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

MB = 1024 * 1024


class Measurement:
    """The medians of several runs of one command."""

    def __init__(self, runs):
        self.runs = runs
        self.cpu = statistics.median(run["cpu"] for run in runs)
        self.wall = statistics.median(run["wall"] for run in runs)
        self.rss = statistics.median(run["rss"] for run in runs)
        self.output = runs[-1]["output"]

    def json(self):
        return {"cpu_s": round(self.cpu, 4), "wall_s": round(self.wall, 4), "peak_rss_bytes": int(self.rss),
                "runs": len(self.runs)}


def run_once(command, cwd):
    """Runs a shell command under GNU time; returns CPU and wall seconds, peak RSS and stdout."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        completed = subprocess.run(["/usr/bin/time", "-v", "-o", report.name, "sh", "-c", command],
                                   cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        text = report.read()
    if completed.returncode != 0:
        sys.stderr.write(completed.stderr.decode(errors="replace")[-2000:])
        raise SystemExit(f"bench: failed (exit {completed.returncode}): {command}")

    def field(name):
        match = re.search(rf"^\s*{re.escape(name)}: (.+)$", text, re.MULTILINE)
        if not match:
            raise SystemExit(f"bench: /usr/bin/time printed no '{name}' for: {command}")
        return match.group(1).strip()

    clock = [float(part) for part in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")]
    wall = sum(part * 60 ** power for power, part in enumerate(reversed(clock)))
    return {"cpu": float(field("User time (seconds)")) + float(field("System time (seconds)")), "wall": wall,
            "rss": int(field("Maximum resident set size (kbytes)")) * 1024,
            "output": completed.stdout.decode(errors="replace")}


class Bench:
    def __init__(self, args):
        self.args = args
        self.corpus = os.path.abspath(args.corpus)
        self.thematic = os.path.abspath(args.thematic)
        self.python = args.python
        self.work = tempfile.mkdtemp(prefix="thematic-bench-")
        self.rows = []

    def measure(self, command, prepare=None, runs=None):
        results = []
        for _ in range(runs or self.args.runs):
            if prepare:
                prepare()
            results.append(run_once(command, self.work))
        return Measurement(results)

    def thematic_command(self, arguments):
        return f"'{self.thematic}' {arguments}"

    def path(self, name):
        return os.path.join(self.corpus, name)

    def row(self, measure, thematic=None, reference=None, reference_name="", goal=None, note="", unavailable=False,
            value=None, value_goal=None, unit="s"):
        """Adds a row. `goal` is the largest acceptable Thematic ÷ reference CPU ratio; `value`/`value_goal`
        compare a single figure (seconds or a memory ratio) instead."""
        entry = {"measure": measure, "reference_tool": reference_name, "note": note}
        if unavailable:
            entry.update(status="not yet available", met=None)
        else:
            entry["thematic"] = thematic.json() if thematic else None
            entry["reference"] = reference.json() if reference else None
            if value is not None:
                entry.update(value=round(value, 4), unit=unit, goal_max=value_goal,
                             met=None if value_goal is None else value <= value_goal)
            elif thematic and reference:
                ratio = thematic.cpu / max(reference.cpu, 0.005)
                entry.update(ratio=round(ratio, 4), goal_max_ratio=goal, met=None if goal is None else ratio <= goal)
            else:
                entry["met"] = None
        self.rows.append(entry)
        print(f"  measured: {measure}", file=sys.stderr, flush=True)
        return entry

    # MARK: parsers

    def parsers(self):
        xmllint = "xmllint --stream --noout"
        parse = lambda name: self.thematic_command(f"parse '{self.path(name)}' > /dev/null")
        peer = lambda script, name: f"'{self.python}' '{os.path.join(self.args.benchmarks, 'peers.py')}' {script} '{self.path(name)}'"
        cases = [
            ("TEI plain <u>", "plain.tei.xml", f"{xmllint} '{self.path('plain.tei.xml')}'", "xmllint --stream", 1.5),
            ("ISO/TEI tokens (xml:id on every <w>)", "iso.tei.xml", f"{xmllint} '{self.path('iso.tei.xml')}'", "xmllint --stream", 1.5),
            ("ELAN .eaf", "session.eaf", f"{xmllint} '{self.path('session.eaf')}'", "xmllint --stream", 1.5),
            ("ELAN .eaf", "session.eaf", peer("elan", "session.eaf"), "pympi-ling", 1 / 20),
            ("WebVTT", "captions.vtt", peer("webvtt", "captions.vtt"), "webvtt-py", 1 / 50),
            ("CHAT", "session.cha", peer("chat", "session.cha"), "pylangacq", 1 / 50),
            ("dialogue text", "dialogue.txt", f"wc -w < '{self.path('dialogue.txt')}'", "wc -w", 3.0),
        ]
        own = {}
        for label, name, reference, reference_name, goal in cases:
            size = os.path.getsize(self.path(name))
            if name not in own:
                own[name] = self.measure(parse(name))
            ours = own[name]
            self.row(f"parse {label}, {size / MB:.1f} MB", ours, self.measure(reference), reference_name, goal)
        # The process's own footprint (runtime, ICU, libraries) is subtracted: the goal is about
        # what grows with the file.
        baseline = self.measure(self.thematic_command("--help > /dev/null"), runs=1).rss
        for label, name in [("TEI plain <u>", "plain.tei.xml"), ("ELAN .eaf", "session.eaf"), ("WebVTT", "captions.vtt"),
                            ("CHAT", "session.cha"), ("dialogue text", "dialogue.txt")]:
            size = os.path.getsize(self.path(name))
            self.row(f"peak memory ÷ file size, parse {label}", own[name], value=max(own[name].rss - baseline, 0) / size,
                     value_goal=1.5, unit="× file", note=f"net of the {baseline / MB:.0f} MB the process needs for --help")

    # MARK: projects

    def fresh_project(self, name):
        project = os.path.join(self.work, name)
        for suffix in ["", "-wal", "-shm"]:
            if os.path.exists(project + suffix):
                os.remove(project + suffix)
        subprocess.run([self.thematic, "init", "--project", project], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([self.thematic, "codebook", "import", self.path("codebook.yaml"), "--project", project],
                       check=True, stdout=subprocess.DEVNULL)
        return project

    def ingest(self):
        folder = self.path("interviews")
        files = sorted(os.path.join(folder, name) for name in os.listdir(folder))
        listing = os.path.join(self.work, "interviews.list")
        with open(listing, "w") as out:
            out.write("\n".join(files) + "\n")
        size = sum(os.path.getsize(file) for file in files)
        project = os.path.join(self.work, "interviews.thematic")
        ingest = self.measure(self.thematic_command(f"ingest {' '.join(repr(f) for f in files)} --project '{project}' > /dev/null"),
                              prepare=lambda: self.fresh_project("interviews.thematic"))
        floor = self.measure(f"'{self.python}' '{os.path.join(self.args.benchmarks, 'reference_ingest.py')}' "
                             f"'{os.path.join(self.work, 'floor.sqlite')}' {' '.join(repr(f) for f in files)}",
                             prepare=lambda: os.path.exists(os.path.join(self.work, 'floor.sqlite')) and os.remove(os.path.join(self.work, 'floor.sqlite')))
        self.row(f"ingest {len(files):,} interviews, {size / MB:.1f} MB (parse + store)", ingest, floor,
                 "python3 sqlite3, raw text only (no parsing)")
        # Auto-coding that stores codings: each run starts from the ingested project.
        pristine = os.path.join(self.work, "interviews.pristine")
        shutil.copy(project, pristine)
        rules = self.path("four-rules.yaml")
        store = self.measure(self.thematic_command(f"autocode --rules '{rules}' --project '{project}' > /dev/null 2>&1"),
                             prepare=lambda: shutil.copy(pristine, project))
        count = self.count_codings(project)
        scaled = 5.0 * max(self.args.scale, 0.1)
        self.row(f"autocode 4 rules over {len(files):,} interviews, storing {count:,} codings", store,
                 value=store.cpu, value_goal=scaled, note=f"goal: a few seconds (≤ {scaled:g} s CPU at this scale)")
        matrix = self.measure(self.thematic_command(f"matrix cooccurrence --project '{project}' > /dev/null"))
        self.row(f"matrix cooccurrence, {count:,} codings", matrix, value=matrix.cpu, value_goal=1.0,
                 note="goal ≤ 1 s at 500k codings")
        query = self.measure(self.thematic_command(f"query 'trust AND repair' --project '{project}' > /dev/null"))
        self.row(f"query 'trust AND repair', {count:,} codings", query, value=query.cpu, value_goal=0.5)

    def count_codings(self, project):
        import sqlite3
        with sqlite3.connect(project) as database:
            return database.execute("SELECT count(*) FROM codings").fetchone()[0]

    def autocoding(self):
        project = self.fresh_project("dialogue.thematic")
        text = self.path("dialogue.txt")
        subprocess.run([self.thematic, "ingest", text, "--project", project], check=True, stdout=subprocess.DEVNULL)
        size = os.path.getsize(text)
        for label, stem, goal in [("5,000-term dictionary", "dictionary", 1.5), ("every word a hit", "every-word", None)]:
            ours = self.measure(self.thematic_command(
                f"autocode --rules '{self.path(stem + '.yaml')}' --dry-run --format csv --project '{project}' | tail -n +2 | wc -l"))
            grep = self.measure(f"LC_ALL=C.UTF-8 grep -F -i -w -o -f '{self.path(stem + '.txt')}' '{text}' | wc -l")
            hits, matches = int(ours.output.strip()), int(grep.output.strip())
            note = f"hits: Thematic {hits:,}, grep {matches:,}" + ("" if hits == matches else " — COUNTS DIFFER")
            if goal is None:
                note += "; goal: minutes at most, memory bounded (≤ 1 GB)"
            entry = self.row(f"autocode --dry-run, {label}, {size / MB:.1f} MB", ours, grep,
                             "grep -F -i -w -o -f dict | wc -l", goal, note)
            entry.update(thematic_hits=hits, reference_hits=matches, counts_equal=hits == matches)
            if goal is None:
                entry["met"] = hits == matches and ours.rss <= 1024 * MB and ours.cpu <= 120 * max(self.args.scale, 0.1)
            elif hits != matches:
                entry["met"] = False

    def huge(self):
        name = "huge.tei.xml"
        if not os.path.exists(self.path(name)):
            return
        size = os.path.getsize(self.path(name))
        project = self.fresh_project("huge.thematic")
        ours = self.measure(self.thematic_command(f"ingest '{self.path(name)}' --project '{project}' > /dev/null"),
                            prepare=lambda: self.fresh_project("huge.thematic"), runs=1)
        self.row(f"peak memory ÷ file size, ingest one {size / MB:,.0f} MB TEI file", ours, value=ours.rss / size,
                 value_goal=1.5, unit="× file")

    def hooks(self):
        # Wired in once the modules exist (issue 16 asks for both; other issues build them).
        self.row("Krippendorff's α, 1,000,000 units × 3 coders", reference_name="krippendorff (Python)", unavailable=True,
                 note="goal ≥ 10× faster, equal to 1e-9; the agreement module is not merged yet")
        self.row("audit + co-occurrence, 2,000 transcripts, 500,000 codings", unavailable=True,
                 note="goal about 1 s at scale 1, linear at scale 10; the audit is not merged yet")

    # MARK: output

    def table(self):
        header = ["measure", "Thematic", "reference", "ratio", "goal", "met"]
        lines = []
        for row in self.rows:
            ours, reference = row.get("thematic"), row.get("reference")
            describe = lambda m: "" if not m else f"{m['cpu_s']:.2f} s cpu, {m['wall_s']:.2f} s wall, {m['peak_rss_bytes'] / MB:.0f} MB"
            if row.get("status"):
                cells = [row["measure"], row["status"], row["reference_tool"], "", row["note"], "—"]
            elif "value" in row:
                shown = f"{row['value']:.2f}{row['unit']}" if row["unit"] != "s" else f"{row['value']:.2f} s"
                goal = f"≤ {row['goal_max']:g}{row['unit']}" if row["unit"] != "s" else f"≤ {row['goal_max']:g} s"
                cells = [row["measure"], describe(ours), row["reference_tool"], shown, goal, self.met(row)]
            else:
                ratio = row.get("ratio")
                goal = row.get("goal_max_ratio")
                goal_text = "" if goal is None else (f"≤ {goal:g}×" if goal >= 1 else f"≥ {1 / goal:.0f}× faster")
                ratio_text = "" if ratio is None else (f"{ratio:.2f}×" if ratio >= 0.1 else f"{ratio:.3f}× ({1 / ratio:.0f}× faster)")
                reference_text = f"{row['reference_tool']}: {describe(reference)}" if reference else row["reference_tool"]
                cells = [row["measure"], describe(ours), reference_text, ratio_text, goal_text, self.met(row)]
            if row.get("note") and not row.get("status"):
                cells[0] += f" ({row['note']})"
            lines.append(cells)
        widths = [max(len(str(cells[i])) for cells in lines + [header]) for i in range(len(header))]
        out = ["| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |",
               "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
        out += ["| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |" for cells in lines]
        return "\n".join(out)

    @staticmethod
    def met(row):
        return {True: "yes", False: "NO", None: "—"}[row.get("met")]

    def machine(self):
        cpu = ""
        try:
            with open("/proc/cpuinfo") as info:
                cpu = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), "")
        except OSError:
            pass
        return {"cpu": cpu, "cores": os.cpu_count(), "system": platform.platform(),
                "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
                "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024 ** 3, 1)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--thematic", required=True)
    parser.add_argument("--python", required=True, help="the venv's python, with the peers installed")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "results", "latest.json"))
    parser.add_argument("--only", default="parsers,ingest,autocoding,huge,hooks")
    args = parser.parse_args()
    args.benchmarks = os.path.dirname(os.path.abspath(__file__))
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    bench = Bench(args)
    start = datetime.datetime.now(datetime.timezone.utc)
    try:
        for part in args.only.split(","):
            getattr(bench, part.strip())()
    finally:
        shutil.rmtree(bench.work, ignore_errors=True)
    table = bench.table()
    machine = bench.machine()
    print(f"Thematic benchmarks, scale {args.scale:g}, median of {args.runs} run(s), {start:%Y-%m-%d %H:%M} UTC")
    print(f"machine: {machine['cpu']}, {machine['cores']} cores, {machine['memory_gib']} GiB, load {machine['load_average']}")
    print(table)
    os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
    with open(args.json, "w") as out:
        json.dump({"date": start.isoformat(), "scale": args.scale, "runs": args.runs, "machine": machine,
                   "thematic": args.thematic, "rows": bench.rows}, out, indent=2, ensure_ascii=False)
    print(f"written: {args.json}")


if __name__ == "__main__":
    main()

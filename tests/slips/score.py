#!/usr/bin/env python3
"""Score slip files against any report-ls binary, with the criterion of tests/slips.rs.

Used to measure a blind batch with the binary built before the batch was seen (the test itself
always runs the binary of the current tree), and to list what a change newly misses.

    python3 tests/slips/score.py BINARY FILE.json [FILE.json ...] [--root DIR] [-v] [--misses OUT]

- a slip is detected when a diagnostic other than broken-paragraph/numeral-style starts on the
  changed line or has a related range starting on it, and the unmodified draft does not have that
  same (code, message) — a slip that only touches an old warning is not counted;
- a consistent edit is a false alarm when it adds a warning or error (by code and start line);
- unmodified drafts that warn are listed first ("BASE").
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor

NOT_DETECTORS = {"broken-paragraph", "numeral-style"}


def check(binary, path):
    out = subprocess.run(
        [binary, "check", "--format", "json", "--locale", "en", path],
        capture_output=True,
    )
    if out.returncode not in (0, 1):
        raise SystemExit(f"{path}: exit {out.returncode}: {out.stderr.decode()}")
    report = json.loads(out.stdout)
    diags = []
    for d in report["files"][0]["diagnostics"]:
        diags.append(
            {
                "code": d.get("code", ""),
                "severity": d.get("severity", ""),
                "message": d.get("message", ""),
                "line": d["range"]["start"]["line"],
                "related": [r["range"]["start"]["line"] for r in d.get("related", [])],
            }
        )
    return diags


def check_text(binary, text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    try:
        return check(binary, path)
    finally:
        os.unlink(path)


def changed_line(text, at, find, replace):
    prefix = 0
    for a, b in zip(find, replace):
        if a != b:
            break
        prefix += len(a.encode("utf-8"))
    raw = text.encode("utf-8")
    at_bytes = len(text[:at].encode("utf-8"))
    return raw[: at_bytes + prefix].count(b"\n")


def warnings(diags):
    counts = Counter()
    for d in diags:
        if d["severity"] in ("warning", "error"):
            counts[(d["code"], d["line"])] += 1
    return counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--root", default=".", help="directory the entries' base paths are relative to")
    ap.add_argument("-v", action="store_true", help="list every miss")
    ap.add_argument("--misses", help="write one line per missed slip here")
    args = ap.parse_args()

    entries = []
    for file in args.files:
        with open(file, encoding="utf-8") as f:
            for e in json.load(f):
                e["file"] = os.path.basename(file)
                entries.append(e)

    texts, base_diags = {}, {}
    for base in sorted({e["base"] for e in entries}):
        path = os.path.join(args.root, base)
        with open(path, encoding="utf-8") as f:
            texts[base] = f.read()
        base_diags[base] = check(args.binary, path)
        for d in base_diags[base]:
            if d["code"] not in NOT_DETECTORS:
                tag = "BASE" if d["severity"] in ("warning", "error") else "base-info"
                print(f"{tag} {base}:{d['line'] + 1} {d['severity']} [{d['code']}] {d['message']}")

    def run(entry):
        text = texts[entry["base"]]
        count = text.count(entry["find"])
        if count != 1:
            return entry, None, f"find occurs {count} times"
        at = text.index(entry["find"])
        modified = text[:at] + entry["replace"] + text[at + len(entry["find"]) :]
        return entry, (at, check_text(args.binary, modified)), None

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run, entries))

    per_kind = defaultdict(lambda: [0, 0])
    per_file = defaultdict(lambda: [0, 0])
    misses, false_alarms = [], []
    for entry, result, error in results:
        if error:
            print(f"BAD ENTRY {entry['file']} {entry['base']}: {error}: {entry['find']!r}")
            continue
        at, diags = result
        before = base_diags[entry["base"]]
        if entry["kind"] == "consistent":
            old = warnings(before)
            for key, n in warnings(diags).items():
                if n > old.get(key, 0):
                    msgs = [d["message"] for d in diags if (d["code"], d["line"]) == key]
                    false_alarms.append(
                        f"{entry['base']} | {entry['find']} → {entry['replace']} | line {key[1] + 1} [{key[0]}] {msgs[-1]}"
                    )
            continue
        line = changed_line(texts[entry["base"]], at, entry["find"], entry["replace"])
        old = {(d["code"], d["message"]) for d in before}
        hit = any(
            d["code"] not in NOT_DETECTORS
            and (d["line"] == line or line in d["related"])
            and (d["code"], d["message"]) not in old
            for d in diags
        )
        per_kind[entry["kind"]][1] += 1
        per_file[entry["file"]][1] += 1
        if hit:
            per_kind[entry["kind"]][0] += 1
            per_file[entry["file"]][0] += 1
        else:
            elsewhere = [
                f"line {d['line'] + 1} [{d['code']}] {d['message']}"
                for d in diags
                if d["code"] not in NOT_DETECTORS and (d["code"], d["message"]) not in old
            ]
            misses.append(
                f"{entry['kind']:<20} {os.path.basename(entry['base'])}:{line + 1} | {entry['find']} → {entry['replace']} | {entry.get('note', '')}"
                + (f"\n      new elsewhere: {'; '.join(elsewhere)}" if elsewhere else "")
            )

    for kind, (hit, total) in sorted(per_kind.items()):
        print(f"  {kind:<22} {hit:>4} / {total:<4} ({100 * hit / total:.0f}%)")
    for file, (hit, total) in sorted(per_file.items()):
        print(f"  {file:<22} {hit:>4} / {total:<4} ({100 * hit / total:.0f}%)")
    hit = sum(h for h, _ in per_kind.values())
    total = sum(t for _, t in per_kind.values())
    print(f"TOTAL {hit}/{total} ({100 * hit / max(total, 1):.1f}%)  FA {len(false_alarms)}  MISS {len(misses)}")
    for fa in false_alarms:
        print(f"FA {fa}")
    if args.v:
        for m in misses:
            print(f"MISS {m}")
    if args.misses:
        with open(args.misses, "w", encoding="utf-8") as f:
            for m in misses:
                f.write(m.split("\n")[0] + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Speed and memory of extract() on the fixtures (and ../shared/corpus/dev when present), against
the reference of running underthesea's NER over the sentences of the same texts.

    python benchmarks/speed.py [--repeat 5]

Prints a table with PASS/FAIL per target. Runs on one core (pinned where the OS allows).
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"median_ms_3_5kb": 3.0, "throughput": 300.0, "ratio": 50.0, "import_s": 1.0, "rss_mb": 300.0}


def texts() -> list[str]:
    dirs = [ROOT / "fixtures", ROOT.parent / "shared" / "corpus" / "dev"]
    out = []
    for d in dirs:
        if d.is_dir():
            out += [p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt"))]
    return out


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.strip()) > 3]


def in_subprocess(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout.strip()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    import_s = min(float(in_subprocess("import time; t = time.perf_counter(); import tdkt_extract; print(time.perf_counter() - t)"))
                   for _ in range(3))
    from tdkt_extract import extract

    docs = texts()
    for t in docs:  # warm-up: lexicons loaded, patterns compiled
        extract(t)
    lat: list[float] = []
    lat_typ: list[float] = []
    t0 = time.perf_counter()
    for _ in range(a.repeat):
        for t in docs:
            s = time.perf_counter()
            extract(t)
            d = time.perf_counter() - s
            lat.append(d)
            if 3000 <= len(t.encode("utf-8")) <= 5000:
                lat_typ.append(d)
    total = time.perf_counter() - t0
    n = len(docs) * a.repeat
    throughput = n / total

    from underthesea import ner
    sents = [s for t in docs for s in sentences(t)]
    ner(sents[0])  # warm-up
    t0 = time.perf_counter()
    for s in sents:
        ner(s)
    ner_s = time.perf_counter() - t0
    ner_throughput = len(docs) / ner_s

    rss_mb = float(in_subprocess(
        "import resource, sys; sys.path.insert(0, 'benchmarks'); from speed import texts; from tdkt_extract import extract\n"
        "[extract(t) for t in texts()]\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"))

    med_all = statistics.median(lat) * 1000
    p95 = sorted(lat)[int(0.95 * (len(lat) - 1))] * 1000
    med_typ = statistics.median(lat_typ) * 1000 if lat_typ else float("nan")
    ratio = throughput / ner_throughput
    rows = [
        ("texts", f"{len(docs)} (mean {sum(map(len, docs)) // max(1, len(docs))} chars)", ""),
        ("extract median latency, all texts", f"{med_all:.2f} ms", ""),
        ("extract p95 latency, all texts", f"{p95:.2f} ms", ""),
        (f"extract median latency, 3-5 KB texts (n={len(set(map(id, lat_typ))) and len(lat_typ) // a.repeat})",
         f"{med_typ:.2f} ms", "PASS" if med_typ <= TARGETS["median_ms_3_5kb"] else "FAIL"),
        ("extract throughput, one core", f"{throughput:.0f} articles/s", "PASS" if throughput >= TARGETS["throughput"] else "FAIL"),
        ("underthesea ner over the same sentences", f"{ner_throughput:.1f} articles/s ({ner_s / len(sents) * 1000:.1f} ms/sentence)", ""),
        ("ratio extract / ner", f"{ratio:.0f}x", "PASS" if ratio >= TARGETS["ratio"] else "FAIL"),
        ("import tdkt_extract", f"{import_s:.2f} s", "PASS" if import_s <= TARGETS["import_s"] else "FAIL"),
        ("peak RSS extracting the whole set", f"{rss_mb:.0f} MB", "PASS" if rss_mb <= TARGETS["rss_mb"] else "FAIL"),
    ]
    w = max(len(r[0]) for r in rows)
    for name, value, verdict in rows:
        print(f"{name:{w}s}  {value:32s} {verdict}")


if __name__ == "__main__":
    main()

"""Time of each pipeline component, per article, over the fixtures (and ../shared/corpus/dev, dev2 when
present): the best of several passes, so another tenant's load on a shared machine adds as little as it can.

    python benchmarks/components.py [--passes 5]

Compare two states of the code in the same minutes (``PYTHONPATH=<other checkout>/src``): wall-clock
figures on a shared machine drift by a factor of two between hours, their ratios much less.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from tdkt_extract import pipeline
from tdkt_extract.assemble import assemble
from tdkt_extract.document import Document
from tdkt_extract.normalize import normalize
from tdkt_extract.segment import segment
from tdkt_extract.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def texts() -> list[str]:
    shared = ROOT.parent / "shared" / "corpus"
    paths = sorted((ROOT / "fixtures").glob("*.txt")) + sorted(shared.glob("dev/*.txt")) + sorted(shared.glob("dev2/*/*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passes", type=int, default=5)
    a = ap.parse_args()
    docs, settings = texts(), Settings()
    names = ["normalize", "segment", *(n for n, _ in pipeline.COMPONENTS), "assemble"]
    best = dict.fromkeys(names, float("inf"))
    total = float("inf")
    for _ in range(a.passes):
        acc = dict.fromkeys(names, 0.0)
        t_all = time.perf_counter()
        for text in docs:
            t0 = time.perf_counter(); norm = normalize(text); acc["normalize"] += time.perf_counter() - t0
            doc = Document(norm)
            t0 = time.perf_counter(); segment(doc); acc["segment"] += time.perf_counter() - t0
            for name, component in pipeline.COMPONENTS:
                t0 = time.perf_counter(); component(doc, settings); acc[name] += time.perf_counter() - t0
            t0 = time.perf_counter(); assemble(doc); acc["assemble"] += time.perf_counter() - t0
        total = min(total, time.perf_counter() - t_all)
        best = {n: min(best[n], acc[n]) for n in names}
    k = len(docs)
    for n in names:
        print(f"{n:10s} {1000 * best[n] / k:7.3f} ms/article")
    print(f"{'TOTAL':10s} {1000 * total / k:7.3f} ms/article  ({k / total:.0f} articles/s, {k} texts)")


if __name__ == "__main__":
    main()

"""Archive database benchmark: build a DuckDB file of N articles (the dev corpus repeated with
distinct ids) and compare its end-to-end rate with plain extraction of the same articles in the
same run; then time each example query of docs/archive.md.

    .venv/bin/python benchmarks/db_ingest.py             # 100,000 articles (a few minutes on 2 cores)
    .venv/bin/python benchmarks/db_ingest.py --n 5000    # a quick run

Targets (issue "From archive to answers"): ingest >= 70% of plain extraction throughput; each
query under 200 ms.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from tdkt_extract import extract_many
from tdkt_extract.store.db import Item, build, connect
from tdkt_extract.store.queries import EXAMPLES

ROOT = Path(__file__).resolve().parents[1]


def corpus() -> list[tuple[str, str]]:
    dev = ROOT.parent / "shared" / "corpus" / "dev"
    src = dev if dev.is_dir() else ROOT / "fixtures"
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(src.glob("*.txt"))]


def articles(n: int):
    base = corpus()
    for i in range(n):
        name, text = base[i % len(base)]
        yield Item(f"{i // len(base):05d}/{name}", source=f"bench/{name}.txt", text=text)


def cpu() -> float:
    """CPU seconds of this process and its finished children (the extraction workers): on a shared
    machine the wall clock measures the neighbours too, CPU time only this benchmark's work."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                 resource.getrusage(resource.RUSAGE_CHILDREN)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="articles to ingest (default 100,000)")
    ap.add_argument("--plain-n", type=int, default=None, help="articles for the plain extraction pass (default: --n)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--batch", type=int, default=2000, help="articles per transaction")
    ap.add_argument("--db", help="database file (default: a temporary file, removed after)")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each query; the best and the first are shown")
    a = ap.parse_args()
    plain_n = a.plain_n or a.n
    print(f"articles: {a.n:,} (corpus of {len(corpus())} repeated), workers: {a.workers}, batch: {a.batch}")

    t, c = time.perf_counter(), cpu()
    ok = sum(1 for r in extract_many(((i.id, i.text) for i in articles(plain_n)), workers=a.workers) if r.ok)
    plain = plain_n / (time.perf_counter() - t)
    plain_cpu = plain_n / (cpu() - c)
    print(f"plain extraction (extract_many): {plain:,.0f} articles/s wall, {plain_cpu:,.0f} articles per CPU-second "
          f"({ok:,} ok)")

    tmp = None
    if a.db:
        db = Path(a.db)
    else:
        tmp = tempfile.TemporaryDirectory()
        db = Path(tmp.name) / "bench.duckdb"
    t, c = time.perf_counter(), cpu()
    stats = build(db, articles(a.n), workers=a.workers, batch_size=a.batch)
    secs = time.perf_counter() - t
    rate = a.n / secs
    rate_cpu = a.n / (cpu() - c)
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    print(f"db build end to end: {rate:,.0f} articles/s wall ({secs:.1f} s), {rate_cpu:,.0f} articles per CPU-second; "
          f"{stats.summary()}")
    print(f"ingest / plain extraction: {100 * rate / plain:.0f}% wall clock, {100 * rate_cpu / plain_cpu:.0f}% by CPU time "
          "(target >= 70%)")
    print(f"load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"database size: {size / 1e6:.1f} MB ({size / a.n:,.0f} bytes/article)")

    con = connect(db, read_only=True)
    for t_name in ("articles", "meetings", "clusters", "members", "people", "rankings", "awards", "decisions"):
        print(f"  {t_name}: {con.execute(f'SELECT count(*) FROM {t_name}').fetchall()[0][0]:,} rows")
    worst = 0.0
    for name, sql in EXAMPLES.items():
        times = []
        for _ in range(a.repeat):
            t = time.perf_counter()
            rows = con.execute(sql).fetchall()
            times.append(1000 * (time.perf_counter() - t))
        worst = max(worst, max(times))
        print(f"query {name}: first {times[0]:.1f} ms, best {min(times):.1f} ms, {len(rows)} rows")
    con.close()
    if tmp:
        tmp.cleanup()
    met = rate >= 0.7 * plain and worst < 200
    print("targets met" if met else "targets NOT met")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())

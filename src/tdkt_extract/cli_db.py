"""Command line of the archive database: ``tdkt-extract db build|clusters|export|sql`` and
``tdkt-extract history``. Needs the ``db`` extra (DuckDB, openpyxl, rapidfuzz)."""
from __future__ import annotations

import argparse
import json
import sys

DEFAULT_DB = "tdkt.duckdb"


def _need_db():
    try:
        import duckdb  # noqa: F401
        import rapidfuzz  # noqa: F401
    except ImportError:
        print("tdkt-extract: the archive database needs the db extra: pip install 'tdkt-extract[db]'", file=sys.stderr)
        raise SystemExit(2)


def _opened(db: str):
    from .store.db import DatabaseBusyError, connect
    try:
        return connect(db, read_only=True)
    except (FileNotFoundError, DatabaseBusyError, ValueError) as e:
        print(f"tdkt-extract: {e}", file=sys.stderr)
        raise SystemExit(2)


def db_main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="tdkt-extract db", description="The archive database (DuckDB).")
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="extract an archive (or load saved JSONL) into the database")
    b.add_argument("archive", nargs="+", help="text or HTML files, folders of them, JSONL of texts or of saved results")
    b.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    b.add_argument("--workers", type=int, default=1, help="processes to extract with (default 1)")
    b.add_argument("--batch", type=int, default=1000, help="articles per transaction (default 1000)")
    b.add_argument("--quiet", action="store_true", help="no line per committed batch")
    c = sub.add_parser("clusters", help="list the clusters with their written variants and article counts")
    c.add_argument("--db", default=DEFAULT_DB)
    c.add_argument("--json", action="store_true", help="one JSON object per cluster")
    e = sub.add_parser("export", help="write every table for spreadsheets and analysis")
    e.add_argument("out", help="an .xlsx file, or a folder for csv / parquet (one file per table)")
    e.add_argument("--format", required=True, choices=("xlsx", "csv", "parquet"))
    e.add_argument("--db", default=DEFAULT_DB)
    q = sub.add_parser("sql", help="run one SQL query on the database (read-only) and print the result")
    q.add_argument("query")
    q.add_argument("--db", default=DEFAULT_DB)
    a = ap.parse_args(argv)
    _need_db()
    return {"build": _build, "clusters": _clusters, "export": _export, "sql": _sql}[a.cmd](a)


def _build(a) -> int:
    from .store.db import build, read_archive

    def committed(s):
        if not a.quiet:
            print(f"committed batch {s.batches}: {s.added + s.updated} articles written so far", file=sys.stderr, flush=True)
    from .store.db import DatabaseBusyError
    try:
        s = build(a.db, read_archive(a.archive), workers=a.workers, batch_size=a.batch, on_batch=committed)
    except DatabaseBusyError as e:
        print(f"tdkt-extract: {e}", file=sys.stderr)
        return 2
    print(f"tdkt-extract db build: {s.summary()} -> {a.db}", file=sys.stderr)
    for ident, err in s.errors[:20]:
        print(f"  {ident}: {err}", file=sys.stderr)
    if len(s.errors) > 20:
        print(f"  ... and {len(s.errors) - 20} more (the articles table keeps every error)", file=sys.stderr)
    return 1 if s.failed else 0


def _clusters(a) -> int:
    con = _opened(a.db)
    rows = con.execute("""SELECT cluster_id, name, province, article_count, variants, note FROM clusters
                          ORDER BY article_count DESC, cluster_id""").fetchall()
    for cid, name, prov, n, variants, note in rows:
        if a.json:
            print(json.dumps({"cluster_id": cid, "name": name, "province": prov, "article_count": n,
                              "variants": variants, "note": note}, ensure_ascii=False))
            continue
        print(f"{cid}\t{name}\t{prov or '-'}\t{n} article{'s' if n != 1 else ''}")
        for v in variants:
            print(f"    written: {v}")
        if note:
            print(f"    note: {note}")
    return 0


def _export(a) -> int:
    from .store.export import export
    _opened(a.db).close()
    files = export(a.db, a.format, a.out)
    print(f"tdkt-extract db export: {len(files)} file(s): " + ", ".join(map(str, files)), file=sys.stderr)
    return 0


def _sql(a) -> int:
    con = _opened(a.db)
    try:
        cur = con.execute(a.query)
    except Exception as e:  # a query error is the user's to fix: say it plainly
        print(f"tdkt-extract: {e}", file=sys.stderr)
        return 2
    cols = [d[0] for d in cur.description]
    print("\t".join(cols))
    for r in cur.fetchall():
        print("\t".join("" if v is None else str(v) for v in r))
    return 0


def history_main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="tdkt-extract history",
                                 description="A cluster's history by year: chairs, next chair, members, rankings, "
                                             "awards, decisions, each with its article and evidence.")
    ap.add_argument("name", help='the cluster as written ("Cụm thi đua số 3") or its id from "db clusters"')
    ap.add_argument("--province", help="the province, when the name alone is ambiguous")
    ap.add_argument("--db", default=DEFAULT_DB)
    ap.add_argument("--html", help="write the history page to this file")
    ap.add_argument("--json", action="store_true", help="print the history as JSON")
    a = ap.parse_args(argv)
    _need_db()
    from .store.history import ClusterNotFound, history, render_history
    con = _opened(a.db)
    try:
        h = history(con, a.name, a.province)
    except ClusterNotFound as e:
        print(f"tdkt-extract: {e}", file=sys.stderr)
        return 1
    if a.html:
        with open(a.html, "w", encoding="utf-8") as fh:
            fh.write(render_history(h))
        print(f"tdkt-extract history: wrote {a.html}", file=sys.stderr)
    if a.json:
        print(json.dumps(h, ensure_ascii=False, indent=2))
    elif not a.html:
        print(_text(h))
    return 0


def _text(h: dict) -> str:
    c = h["cluster"]
    out = [f"{c['name']} ({c['province'] or 'no province'}), {c['article_count']} articles, id {c['cluster_id']}"]
    for y in h["years"]:
        out.append(f"\n{y['year'] if y['year'] is not None else 'year not stated'}")
        for role in ("chair", "vice_chair", "next_chair", "next_vice_chair"):
            for f in y[role]:
                who = f" ({f['person']})" if f["person"] else ""
                out.append(f"  {role.replace('_', ' ')}: {f['organization']}{who}  [{f['article_id']}]")
        counts = ", ".join(str(m["value"]) for m in y["member_count"])
        out.append(f"  members: {len(y['members'])} named" + (f", {counts} stated" if counts else ""))
        for r in y["rankings"]:
            out.append(f"  rank {r['rank']}: {r['organization']}  [{r['article_id']}]")
        for aw in y["awards"]:
            out.append(f"  award {aw['status']}: {aw['award']} -> {aw['recipient']}  [{aw['article_id']}]")
        for d in y["decisions"]:
            out.append(f"  decision {d['kind']}: {d['text']}  [{d['article_id']}]")
    return "\n".join(out)

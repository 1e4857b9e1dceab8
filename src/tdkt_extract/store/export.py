"""Export the archive's tables for spreadsheets and analysis: xlsx (one sheet per table), or a
folder of CSV or Parquet files (one file per table). Headers are the contract's field names
(shared/spec/record.md), and every row of an article's table carries the article id and source."""
from __future__ import annotations

import json
from pathlib import Path

from .db import TABLES, connect

FORMATS = ("xlsx", "csv", "parquet")

# column -> header: the contract's field path where the column holds one
EXPORT_NAMES: dict[str, dict[str, str]] = {
    "articles": {"published": "published", "title": "title", "warnings": "warnings"},
    "meetings": {"kind": "meeting.kind", "period_year": "meeting.period.year", "period_span": "meeting.period.span",
                 "date": "meeting.date", "time_of_day": "meeting.time_of_day", "venue": "meeting.venue",
                 "province": "meeting.province", "cluster_name": "cluster.name", "cluster_kind": "cluster.kind",
                 "cluster_number": "cluster.number", "member_count": "cluster.member_count",
                 **{f"{r}_{f}": f"cluster.{r}.{f}" for r in ("chair", "vice_chair", "next_chair", "next_vice_chair")
                    for f in ("organization", "person")}},
    "clusters": {"name": "cluster.name", "kind": "cluster.kind", "number": "cluster.number", "province": "meeting.province"},
    "members": {"organization": "cluster.members"},
    "people": {"name": "people.name", "honorific": "people.honorific", "title": "people.title", "roles": "people.roles"},
    "rankings": {"rank": "rankings.rank", "organization": "rankings.organization"},
    "awards": {"recipient": "awards.recipient", "award": "awards.award", "status": "awards.status", "year": "awards.year"},
    "decisions": {"kind": "decisions.kind", "text": "decisions.text"},
}
XLSX_CELL_MAX = 32767  # Excel's limit on one cell's characters


def _select(table: str) -> str:
    """The table with article id and source first and contract headers."""
    names = EXPORT_NAMES[table]
    cols = [c for c in TABLES[table] if c not in ("article_id", "source")]
    body = ", ".join(f't."{c}" AS "{names.get(c, c)}"' for c in cols)
    if table == "clusters":  # one row per cluster: its articles are listed instead of one source
        return f"SELECT {body} FROM clusters t ORDER BY t.cluster_id"
    if table == "articles":
        return f'SELECT t.article_id, t.source, {body} FROM articles t ORDER BY t.article_id'
    order = ", t.position" if "position" in TABLES[table] else ""
    return (f'SELECT t.article_id, a.source, {body} FROM {table} t JOIN articles a USING (article_id) '
            f"ORDER BY t.article_id{order}")


def export(db: str | Path, fmt: str, out: str | Path, tables: list[str] | None = None) -> list[Path]:
    """Write the tables; returns the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    con = connect(db, read_only=True)
    try:
        names = tables or list(TABLES)
        out = Path(out)
        if fmt == "xlsx":
            return [_xlsx(con, names, out)]
        out.mkdir(parents=True, exist_ok=True)
        files = []
        for t in names:
            f = out / f"{t}.{fmt}"
            opts = "FORMAT csv, HEADER true" if fmt == "csv" else "FORMAT parquet"
            # CSV cells hold text: lists and JSON are written as JSON text, which spreadsheets show as is
            q = _select(t) if fmt == "parquet" else _as_text(con, t)
            con.execute(f"COPY ({q}) TO '{_sql_str(f)}' ({opts})")
            files.append(f)
        return files
    finally:
        con.close()


def _sql_str(p: Path) -> str:
    return str(p).replace("'", "''")


def _as_text(con, table: str) -> str:
    """The export query with list columns turned into JSON text (DuckDB would write them as [a, b])."""
    types = dict(con.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ?", [table]).fetchall())
    names = EXPORT_NAMES[table]
    parts = []
    for c in TABLES[table]:
        if table == "clusters" or c not in ("article_id", "source"):
            h = names.get(c, c)
            parts.append(f'to_json("{h}")::VARCHAR AS "{h}"' if types.get(c, "").endswith("[]") else f'"{h}"')
    lead = "" if table == "clusters" else "article_id, source, "
    return f"SELECT {lead}{', '.join(parts)} FROM ({_select(table)})"


def _xlsx(con, names: list[str], out: Path) -> Path:
    try:
        from openpyxl import Workbook
    except ImportError as e:  # the db extra brings it
        raise ImportError("xlsx export needs openpyxl: pip install 'tdkt-extract[db]'") from e
    wb = Workbook(write_only=True)  # streams rows: memory stays flat on a large archive
    for t in names:
        ws = wb.create_sheet(t)
        cur = con.execute(_select(t))
        ws.append([d[0] for d in cur.description])
        while True:
            rows = cur.fetchmany(10_000)
            if not rows:
                break
            for r in rows:
                ws.append([_cell(v) for v in r])
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out


def _cell(v):
    if isinstance(v, (list, dict)):
        v = json.dumps(v, ensure_ascii=False)
    if isinstance(v, str) and len(v) > XLSX_CELL_MAX:
        v = v[:XLSX_CELL_MAX - 1] + "…"
    return v

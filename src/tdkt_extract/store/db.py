"""The archive database: one DuckDB file holding every extracted record as tables.

``build(db, inputs)`` extracts articles (through ``extract_many``) or loads saved result lines and
writes them, one transaction per batch, so an interrupted build keeps every batch it committed and
a re-run goes on from there. An article is re-extracted only when its text or the library version
changed. Child rows (members, people, rankings, awards, decisions) are derived from the record's
JSON inside DuckDB, which is several times faster than building the rows in Python; every row keeps
its article id and the evidence spans of its own fields.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

try:
    import duckdb
except ImportError:  # the db extra is optional; connect() says how to get it
    duckdb = None

from .. import __version__
from ..batch import extract_many

DB_SCHEMA_VERSION = "1"

# column name -> SQL type, per table. The contract's field path of each column is in EXPORT_NAMES.
TABLES: dict[str, dict[str, str]] = {
    "articles": {"article_id": "VARCHAR", "source": "VARCHAR", "content_hash": "VARCHAR", "published": "VARCHAR",
                 "title": "VARCHAR", "library_version": "VARCHAR", "warnings": "VARCHAR[]", "error": "VARCHAR",
                 "error_type": "VARCHAR", "evidence": "JSON"},
    "meetings": {"article_id": "VARCHAR", "cluster_id": "VARCHAR", "year": "INTEGER", "kind": "VARCHAR",
                 "period_year": "INTEGER", "period_span": "VARCHAR", "date": "VARCHAR", "time_of_day": "VARCHAR",
                 "venue": "VARCHAR", "province": "VARCHAR", "cluster_name": "VARCHAR", "cluster_kind": "VARCHAR",
                 "cluster_number": "INTEGER", "member_count": "INTEGER",
                 "chair_organization": "VARCHAR", "chair_person": "VARCHAR",
                 "vice_chair_organization": "VARCHAR", "vice_chair_person": "VARCHAR",
                 "next_chair_organization": "VARCHAR", "next_chair_person": "VARCHAR",
                 "next_vice_chair_organization": "VARCHAR", "next_vice_chair_person": "VARCHAR", "evidence": "JSON"},
    "clusters": {"cluster_id": "VARCHAR", "name": "VARCHAR", "kind": "VARCHAR", "number": "INTEGER",
                 "province": "VARCHAR", "descriptor": "VARCHAR", "variants": "VARCHAR[]", "article_count": "INTEGER",
                 "article_ids": "VARCHAR[]", "note": "VARCHAR"},
    "members": {"article_id": "VARCHAR", "position": "INTEGER", "organization": "VARCHAR", "evidence": "JSON"},
    "people": {"article_id": "VARCHAR", "position": "INTEGER", "name": "VARCHAR", "honorific": "VARCHAR",
               "title": "VARCHAR", "roles": "VARCHAR[]", "evidence": "JSON"},
    "rankings": {"article_id": "VARCHAR", "position": "INTEGER", "rank": "INTEGER", "organization": "VARCHAR",
                 "evidence": "JSON"},
    "awards": {"article_id": "VARCHAR", "position": "INTEGER", "recipient": "VARCHAR", "award": "VARCHAR",
               "status": "VARCHAR", "year": "INTEGER", "evidence": "JSON"},
    "decisions": {"article_id": "VARCHAR", "position": "INTEGER", "kind": "VARCHAR", "text": "VARCHAR",
                  "evidence": "JSON"},
}
# tables holding one article's rows, cleared and rewritten when that article is re-extracted
ARTICLE_TABLES = ("articles", "meetings", "members", "people", "rankings", "awards", "decisions")

# The record's JSON is parsed once per article into this typed struct (json_transform); every table
# then reads struct fields, which is several times cheaper than a JSON path lookup per column.
_ROLE = '{"organization": "VARCHAR", "person": "VARCHAR"}'
RECORD_STRUCT = ('{"title": "VARCHAR", "published": "VARCHAR", "author": "VARCHAR", "warnings": ["VARCHAR"], '
                 '"meeting": {"kind": "VARCHAR", "period": {"year": "INTEGER", "span": "VARCHAR"}, "date": "VARCHAR", '
                 '"time_of_day": "VARCHAR", "venue": "VARCHAR", "province": "VARCHAR"}, '
                 '"cluster": {"name": "VARCHAR", "kind": "VARCHAR", "number": "INTEGER", "member_count": "INTEGER", '
                 '"members": ["VARCHAR"], ' + ", ".join(f'"{r}": {_ROLE}' for r in ("chair", "vice_chair", "next_chair", "next_vice_chair"))
                 + '}, "people": [{"name": "VARCHAR", "honorific": "VARCHAR", "title": "VARCHAR", "roles": ["VARCHAR"]}], '
                 '"rankings": [{"rank": "INTEGER", "organization": "VARCHAR"}], '
                 '"awards": [{"recipient": "VARCHAR", "award": "VARCHAR", "status": "VARCHAR", "year": "INTEGER"}], '
                 '"decisions": [{"kind": "VARCHAR", "text": "VARCHAR"}], '
                 '"evidence": "MAP(VARCHAR, INTEGER[][])"}')


def _ev(cond: str) -> str:
    """SQL: the evidence entries whose path satisfies ``cond`` (on ``e.key``), as a JSON object."""
    return f"to_json(map_from_entries(list_filter(map_entries(r.evidence), lambda e: {cond})))"


def _items(field: str, prefix: str, cols: str) -> str:
    """SQL: one row per item of list ``field``, with ``i`` its position and ``v`` the item."""
    return f"""
        SELECT article_id, i, {cols}, {_ev(f"starts_with(e.key, '{prefix}[' || i || ']')")} FROM (
          SELECT article_id, r, generate_subscripts({field}, 1) - 1 AS i, unnest({field}) AS v FROM staging WHERE r IS NOT NULL)"""


# The staging table holds one batch: (article_id, source, content_hash, library_version, r, error, error_type).
_DERIVE = {
    "articles": f"""
        SELECT article_id, source, content_hash, r.published, r.title, library_version, coalesce(r.warnings, []),
               error, error_type, {_ev("e.key IN ('title', 'published', 'author')")}
        FROM staging""",
    "meetings": f"""
        SELECT article_id, NULL, coalesce(r.meeting.period.year, TRY_CAST(left(r.meeting.date, 4) AS INTEGER),
                                          TRY_CAST(left(r.published, 4) AS INTEGER)),
               r.meeting.kind, r.meeting.period.year, r.meeting.period.span, r.meeting.date, r.meeting.time_of_day,
               r.meeting.venue, r.meeting.province, r.cluster.name, r.cluster.kind, r.cluster.number, r.cluster.member_count,
               r.cluster.chair.organization, r.cluster.chair.person, r.cluster.vice_chair.organization,
               r.cluster.vice_chair.person, r.cluster.next_chair.organization, r.cluster.next_chair.person,
               r.cluster.next_vice_chair.organization, r.cluster.next_vice_chair.person,
               {_ev("(starts_with(e.key, 'meeting.') OR starts_with(e.key, 'cluster.')) AND NOT starts_with(e.key, 'cluster.members[')")}
        FROM staging WHERE r IS NOT NULL""",
    "members": _items("r.cluster.members", "cluster.members", "v"),
    "people": _items("r.people", "people", "v.name, v.honorific, v.title, coalesce(v.roles, [])"),
    "rankings": _items("r.rankings", "rankings", "v.rank, v.organization"),
    "awards": _items("r.awards", "awards", "v.recipient, v.award, v.status, v.year"),
    "decisions": _items("r.decisions", "decisions", "v.kind, v.text"),
}


class DbSupportError(ImportError):
    """The archive database needs the ``db`` extra."""


class DatabaseBusyError(RuntimeError):
    """The database file is locked by another process."""


def connect(path: str | Path, *, read_only: bool = False):
    """Open (creating if needed) the archive database at ``path`` with its tables."""
    if duckdb is None:
        raise DbSupportError("the archive database needs DuckDB: pip install 'tdkt-extract[db]'")
    if read_only and not Path(path).exists():
        raise FileNotFoundError(f"no database at {path}: build one with 'tdkt-extract db build ARCHIVE --db {path}'")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as e:
        if "lock" in str(e).lower():  # DuckDB lets one process write a file at a time
            raise DatabaseBusyError(f"{path} is open in another process (a build still running?): {e}") from e
        raise
    if not read_only:
        _create(con)
    elif not con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'meta'").fetchall()[0][0]:
        con.close()
        raise ValueError(f"{path} is not an archive database (no meta table): build one with 'tdkt-extract db build'")
    return con


def _create(con) -> None:
    con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    row = next(iter(con.execute("SELECT value FROM meta WHERE key = 'db_schema_version'").fetchall()), None)
    if row and row[0] != DB_SCHEMA_VERSION:
        raise RuntimeError(f"this database has schema version {row[0]}; this library writes {DB_SCHEMA_VERSION}: "
                           "build a new database file")
    for name, cols in TABLES.items():
        body = ", ".join(f'"{c}" {t}' for c, t in cols.items())
        con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({body})")
    con.execute("INSERT OR REPLACE INTO meta VALUES ('db_schema_version', ?)", [DB_SCHEMA_VERSION])


def _session_setup(con) -> None:
    # a temporary staging table lives only in this connection
    struct_type = next(iter(con.execute(f"SELECT typeof(json_transform('{{}}', '{RECORD_STRUCT}'))").fetchall()))[0]
    con.execute(f"""CREATE OR REPLACE TEMP TABLE staging (article_id VARCHAR, source VARCHAR, content_hash VARCHAR,
        library_version VARCHAR, r {struct_type}, error VARCHAR, error_type VARCHAR)""")


# ---------------------------------------------------------------------------------------------------------
# inputs

@dataclass
class Item:
    """One input of a build: an article's text to extract, or a result already extracted (saved JSONL)."""

    id: str
    source: str | None = None
    text: str | None = None
    record_json: str | None = None  # a saved record, loaded as is
    error: str | None = None
    error_type: str | None = None
    version: str | None = None  # library version a saved result came from, when it says

    @cached_property
    def content_hash(self) -> str | None:
        body = self.text if self.text is not None else self.record_json
        return hashlib.sha256(body.encode("utf-8")).hexdigest() if body is not None else None


_TEXT_SUFFIXES = (".txt", ".html", ".htm")


def read_archive(paths: Iterable[str | Path]) -> Iterator[Item]:
    """The items of an archive: text and HTML files, folders of them (recursively), and JSONL files,
    either of texts ({"id", "text"[, "source"]}) or of saved results (the lines ``tdkt-extract`` writes).
    A file's id is its path relative to the folder given, prefixed with that folder's name, so the
    same archive gives the same ids wherever the command runs from."""
    for path in paths:
        p = Path(path)
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file() and x.suffix.lower() in (*_TEXT_SUFFIXES, ".jsonl")):
                rel = (Path(p.resolve().name) / f.relative_to(p)).as_posix()
                yield from (_jsonl(f, rel) if f.suffix.lower() == ".jsonl" else [_text_file(f, rel)])
        elif p.suffix.lower() == ".jsonl":
            yield from _jsonl(p, p.name)
        else:
            yield _text_file(p, p.name)


# a saved page names its own address: <link rel="canonical" href=...> or <meta property="og:url" content=...>
_PAGE_URL = re.compile(r"""<link\b[^>]*\brel=["']?canonical["']?[^>]*\bhref=["']([^"'\s>]+)"""
                       r"""|<link\b[^>]*\bhref=["']([^"'\s>]+)["'][^>]*\brel=["']?canonical"""
                       r"""|<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["']([^"'\s>]+)""", re.I)


def _page_url(text: str) -> str | None:
    m = _PAGE_URL.search(text, 0, 100_000)  # in the head, near the top: a bounded search
    url = m and next(g for g in m.groups() if g)
    return html.unescape(url) if url and url.startswith(("http://", "https://")) else None


def _text_file(p: Path, ident: str) -> Item:
    try:
        text = p.read_text(encoding="utf-8")
        url = _page_url(text) if p.suffix.lower() in (".html", ".htm") else None
        return Item(ident, source=url or str(p.resolve()), text=text)
    except UnicodeDecodeError:
        return Item(ident, source=str(p), error=f"{p} is not UTF-8 text", error_type="InputError")
    except OSError as e:
        return Item(ident, source=str(p), error=f"cannot read {p}: {e.strerror or e}", error_type="InputError")


def _jsonl(p: Path, name: str) -> Iterator[Item]:
    try:
        fh = p.open(encoding="utf-8")
    except OSError as e:
        yield Item(name, source=str(p), error=f"cannot read {p}: {e.strerror or e}", error_type="InputError")
        return
    with fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            ident = f"{name}:{n}"
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError("a line must be a JSON object")
            except ValueError as e:
                yield Item(ident, source=str(p), error=f"line {n}: {e}", error_type="InputError")
                continue
            yield _line_item(obj, ident, p)


def _line_item(obj: dict, ident: str, p: Path) -> Item:
    ident = str(obj["id"]) if obj.get("id") is not None else ident
    source = obj.get("source") or obj.get("url") or str(p.resolve())
    if "text" in obj:  # an article to extract; any other line is a saved result
        if not isinstance(obj["text"], str):
            return Item(ident, source=source, error='"text" must be a string', error_type="InputError")
        return Item(ident, source=source, text=obj["text"])
    return _saved_item(obj, ident, source)


def _saved_item(obj: dict, ident: str, source: str) -> Item:
    """A saved result line, read as ``tdkt_extract.jsonl`` reads it (the current layout or ``{"id", **record}``).
    A line that is neither becomes that line's error, and the rest of the file is still read."""
    from ..jsonl import ResultLine
    try:
        line = ResultLine.from_json_obj(obj)
    except ValueError as e:  # pydantic's ValidationError is a ValueError
        return Item(ident, source=source, error=f"{source}: {ident}: neither a text nor a result line: "
                    + str(e).splitlines()[0], error_type="InputError")
    source = line.source or source
    if not line.ok:
        return Item(line.id or ident, source=source, error=line.error, error_type=line.error_type)
    return Item(line.id or ident, source=source, record_json=line.record.model_dump_json())


# ---------------------------------------------------------------------------------------------------------
# build

@dataclass
class BuildStats:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    batches: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.added} added, {self.updated} re-extracted, {self.unchanged} unchanged, "
                f"{self.failed} failed, {self.batches} batches committed")


def build(db: str | Path, inputs: Iterable[Item | tuple[str, str]], *, workers: int = 1, batch_size: int = 1000,
          version: str = __version__, on_batch: Callable[[BuildStats], None] | None = None,
          resolve: bool = True) -> BuildStats:
    """Extract ``inputs`` (``Item``s or (id, text) pairs) into the database ``db``.

    Each batch of ``batch_size`` results is one transaction: an interrupted build loses at most the
    batch in flight, and a re-run skips every article already stored with the same content hash and
    library ``version``. Cluster identities are resolved again at the end (``resolve=False`` skips it,
    for a caller that resolves once after several builds).
    """
    con = connect(db)
    try:
        _session_setup(con)
        # id -> "hash|version" of what is stored; an input that failed has no hash and is tried again
        known = dict(con.execute("SELECT article_id, coalesce(content_hash, '') || '|' || coalesce(library_version, '') "
                                 "FROM articles").fetchall())
        stats = BuildStats()
        todo: dict[int, Item] = {}  # items sent to extract_many, by input position, to pair with their results

        def pending() -> Iterator[tuple[int, str]]:
            for n, it in enumerate(_as_items(inputs)):
                if it.text is not None or it.record_json is not None:
                    if it.id in known and known[it.id] == f"{it.content_hash}|{version if it.text is not None else it.version or ''}":
                        stats.unchanged += 1
                        continue
                todo[n] = it
                # a saved record or an unreadable input needs no extraction: an empty text stands in, and
                # its result is replaced by the item's own below
                yield n, (it.text if it.text is not None else "")

        rows: list[tuple] = []
        for res in extract_many(pending(), workers=workers):
            it = todo.pop(res.id)
            if it.record_json is not None:
                rec, err, etype = it.record_json, None, None
            elif it.text is None:
                rec, err, etype = None, it.error, it.error_type
            else:
                rec = res.record.model_dump_json() if res.ok else None
                err, etype = res.error, res.error_type
            if err is not None:
                stats.failed += 1
                stats.errors.append((it.id, err))
            if it.id in known:
                stats.updated += 1
            else:
                stats.added += 1
            ver = version if it.text is not None else it.version
            rows.append((it.id, it.source, it.content_hash, ver, rec, err, etype))
            if len(rows) >= batch_size:
                _commit(con, rows, known)
                stats.batches += 1
                rows = []
                if on_batch:
                    on_batch(stats)
        if rows:
            _commit(con, rows, known)
            stats.batches += 1
            if on_batch:
                on_batch(stats)
        if resolve:
            from .identity import resolve_clusters
            resolve_clusters(con)
        return stats
    finally:
        con.close()


def _as_items(inputs: Iterable[Any]) -> Iterator[Item]:
    for x in inputs:
        yield x if isinstance(x, Item) else Item(str(x[0]), text=x[1])


def _commit(con, rows: list[tuple], known: dict) -> None:
    """Write one batch in one transaction: staging, the old rows of re-extracted articles out, new rows in."""
    rows = list({r[0]: r for r in rows}.values())  # an id given twice in one batch: the later one stands
    cols = list(zip(*rows))
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM staging")
        con.execute("""INSERT INTO staging SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),
            unnest(?::VARCHAR[]), json_transform(unnest(?::VARCHAR[]), ?), unnest(?::VARCHAR[]), unnest(?::VARCHAR[])""",
                    [*[list(c) for c in cols[:5]], RECORD_STRUCT, *[list(c) for c in cols[5:]]])
        if any(r[0] in known for r in rows):
            for t in ARTICLE_TABLES:
                con.execute(f"DELETE FROM {t} WHERE article_id IN (SELECT article_id FROM staging)")
        for t in ARTICLE_TABLES:
            con.execute(f"INSERT INTO {t} {_DERIVE[t]}")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    for r in rows:
        known[r[0]] = f"{r[2] or ''}|{r[3] or ''}"

"""Lists and tables laid out one row or one cell per line, as copies of web pages and PDFs give them.

One reader for every layout of a member list (the rankings and the awards read their tables with extractors/tables.py,
written in parallel; the two share one vocabulary of header cells, lexicons/table_columns.json, but not yet one reader):

- rows split by pipes, markdown's leading and closing pipes and its "|---|" rule row allowed;
- rows split by tabs (the normalized text has a space there: the tab is found in the original input);
- one cell per line after a header row written one cell per line ("STT", "Đơn vị", "Ghi chú", then "1", "Sở A", ...),
  or number and name lines by turns with no header ("1", "Sở A", "2", "Sở B").

A header row and a total row ("Tổng cộng", "Cộng", "Bình quân") are known as such and give no data row.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from . import lexicon
from .document import Document


@lru_cache(maxsize=None)
def column_words() -> dict[str, list[str]]:
    """The words of a header's cells by the column they name (lexicons/table_columns.json), shared with the rankings'
    and the awards' table reader."""
    return {k: v for k, v in lexicon.table("table_columns.json").items() if not k.startswith("_")}


def _head_re(kind: str) -> "regex.Pattern[str]":
    return regex.compile(r"(?:" + "|".join(column_words()[kind]) + r")", regex.I)


# the header's cells: the row number, the unit, a role in the cluster, or another short label with no figure
_RE_NUMBER_HEAD = _head_re("number")
_RE_UNIT_HEAD = _head_re("unit")
_RE_ROLE_HEAD = _head_re("role")
_RE_LABEL = regex.compile(r"(?-i:\p{Lu})[\p{L}/()]*(?:\s+[\p{L}/()]+){0,5}")
_RE_ROW_NUMBER = regex.compile(r"\d{1,3}[.)]?")
_RE_TOTAL = regex.compile(r"(?:tổng\s+cộng|tổng\s+số|tổng|cộng|bình\s+quân|trung\s+bình)(?!\p{L})", regex.I)
_RE_RULE_CELL = regex.compile(r":?-{2,}:?")


@dataclass(slots=True)
class Table:
    """A table read from its lines: the header's texts (empty when it has none) and its data rows as the [start, end)
    spans of their cells in the normalized text."""

    header: list[str]
    rows: list[list[tuple[int, int]]] = field(default_factory=list)
    headed: bool = True  # (False: number and name lines by turns, the header assumed)

    def column(self, rx) -> int | None:
        """The first column whose header fully matches ``rx``."""
        return next((k for k, h in enumerate(self.header) if rx.fullmatch(h)), None)

    def unit_column(self) -> int | None:
        return self.column(_RE_UNIT_HEAD)

    def role_column(self) -> int | None:
        return self.column(_RE_ROLE_HEAD)


def _tab_cells(doc: Document, a: int, b: int) -> list[tuple[int, int]] | None:
    """The cells of the line [a, b) split at the tabs the original input had there (None with no tab)."""
    cuts = doc.tab_spaces(a, b)
    if not cuts:
        return None
    bounds = [a - 1, *cuts, b]
    return [(x + 1, y) for x, y in zip(bounds, bounds[1:])]


def _strip(t: str, a: int, b: int) -> tuple[int, int]:
    while a < b and t[a] in " \t":
        a += 1
    while b > a and t[b - 1] in " \t":
        b -= 1
    return a, b


def line_cells(doc: Document, a: int, b: int) -> list[tuple[int, int]] | None:
    """The cells of one line [a, b) of a table, split by pipes or tabs; None for a line of one cell."""
    t = doc.text
    if "|" in t[a:b]:
        bars = [p for p in range(a, b) if t[p] == "|"]
        edges = [a - 1] + bars + [b]
        cells = [_strip(t, x + 1, y) for x, y in zip(edges, edges[1:])]
        # (markdown's leading and closing pipes open and close no cell)
        if cells and cells[0][0] == cells[0][1]:
            cells = cells[1:]
        if cells and cells[-1][0] == cells[-1][1]:
            cells = cells[:-1]
        return cells if len(cells) > 1 else None
    if doc.norm.original.find("\t") < 0:
        return None
    got = _tab_cells(doc, a, b)
    return [_strip(t, x, y) for x, y in got] if got else None


def _header_cells(texts: list[str]) -> bool:
    """A row of labels: the row number's and the unit's columns, the others short words with no figure."""
    return len(texts) >= 2 and _RE_NUMBER_HEAD.fullmatch(texts[0]) is not None \
        and any(_RE_UNIT_HEAD.fullmatch(x) for x in texts[1:]) and all(_RE_LABEL.fullmatch(x) for x in texts[1:])


def is_total(text: str) -> bool:
    return _RE_TOTAL.match(text) is not None


def read_table(doc: Document, i: int, *, skip=lambda bl: False) -> Table | None:
    """The table whose first line is the block ``i`` (blocks ``skip`` passes over are no part of it), or None."""
    t, blocks = doc.text, doc.blocks
    lines = []  # (block index, start, end) of the lines from i on
    for k in range(i, len(blocks)):
        bl = blocks[k]
        if skip(bl):
            continue
        lines.append((k, bl.start, bl.end))
        if len(lines) > 400:
            break
    if not lines:
        return None
    k0, a0, b0 = lines[0]
    cells = line_cells(doc, a0, b0)
    if cells is not None:
        return _read_split(doc, lines, cells)
    return _read_one_per_line(doc, lines)


def _read_split(doc: Document, lines, head) -> Table | None:
    """Rows split by pipes or tabs, a header row first."""
    t = doc.text
    texts = [t[x:y] for x, y in head]
    if not _header_cells(texts):
        return None
    table = Table(header=texts)
    for _k, a, b in lines[1:]:
        cells = line_cells(doc, a, b)
        if cells is None:
            break
        texts = [t[x:y] for x, y in cells]
        if all(_RE_RULE_CELL.fullmatch(x) or not x for x in texts):
            continue  # markdown's rule row under the header
        if is_total(texts[0]) or len(texts) > 1 and not texts[0] and is_total(texts[1]):
            break
        if not _RE_ROW_NUMBER.fullmatch(texts[0]):
            break
        table.rows.append(cells)
    return table if table.rows else None


def _read_one_per_line(doc: Document, lines) -> Table | None:
    """One cell a line: a header of label lines ("STT", "Đơn vị", ...), then its rows, each opened by its number; or
    number and name lines by turns from "1" with no header."""
    t = doc.text
    texts = [t[a:b].strip() for _k, a, b in lines[:8]]
    n = 0
    if texts and _RE_NUMBER_HEAD.fullmatch(texts[0]):
        n = 1
        while n < len(texts) and not _RE_ROW_NUMBER.fullmatch(texts[n]) and _RE_LABEL.fullmatch(texts[n]):
            n += 1
        if n < 2 or not any(_RE_UNIT_HEAD.fullmatch(x) for x in texts[1:n]):
            return None
        header = texts[:n]
    elif texts and texts[0] in ("1", "1.", "01"):
        n, header = 0, ["STT", "Đơn vị"]
    else:
        return None
    width = len(header)
    table = Table(header=header, headed=n > 0)
    j, expected = n, 1
    while j + width <= len(lines):
        group = lines[j:j + width]
        gt = [t[a:b].strip() for _k, a, b in group]
        num = _RE_ROW_NUMBER.fullmatch(gt[0])
        if num is None or int(gt[0].rstrip(".)")) != expected:
            break
        # (a number's line inside the row ends it: a row short of a cell)
        if any(_RE_ROW_NUMBER.fullmatch(x) and int(x.rstrip(".)")) == expected + 1 for x in gt[1:]):
            break
        table.rows.append([(a, b) for _k, a, b in group])
        j += width
        expected += 1
    return table if len(table.rows) >= 2 else None

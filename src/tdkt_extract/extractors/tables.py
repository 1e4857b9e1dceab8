"""Tables pasted into an article's text, read by their header row: the columns it names (number, unit or person, score,
rank, class, award, giver, role) and the rows under it, however the cells are parted: "|" (markdown's edge pipes and
"|---|" rule too), tabs, " - " or " / " where the header is parted the same way, or one cell a line (a table copied from a
page or a PDF). A shared reader: the rankings and the awards read their columns from it."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..document import Document
from ..linetable import column_words


def _column_re() -> "regex.Pattern[str]":
    """A header cell's kind: the column it names, by lexicons/table_columns.json (a cell is all of its words, a bracket
    after it aside)."""
    groups = [f"(?P<{k}>{'|'.join(v)})" for k, v in column_words().items()]
    return regex.compile(r"\s*(?:" + "|".join(groups) + r")\s*(?:\([^()]{0,40}\))?\s*[.:]?\s*", regex.I)


_RE_COLUMN = _column_re()
_KIND = {"person": "unit"}  # (a column of people is the unit column of a ranking or an award)
# a markdown table's rule under its header: "|---|:---:|"
_RE_RULE = regex.compile(r"[\s|:\-]*-[\s|:\-]*")
_SEPARATORS = (" - ", " / ")


@dataclass(slots=True)
class Table:
    """A header's columns (their kinds, in order), the block of the header's first cell, and the rows: each a list of
    [start, end) cell spans of the normalized text, as many as the columns."""

    columns: list[str]
    header: int
    rows: list[list[tuple[int, int]]]

    def column(self, *kinds: str) -> int | None:
        return next((k for k, c in enumerate(self.columns) if c in kinds), None)


def _kind(t: str, a: int, b: int) -> str | None:
    m = _RE_COLUMN.fullmatch(t, a, b)
    return _KIND.get(m.lastgroup, m.lastgroup) if m is not None else None


def _split(doc: Document, a: int, b: int, how: str) -> list[tuple[int, int]]:
    """The cells of the line t[a:b] parted as ``how`` says ("|", "\\t", " - ", " / "); a markdown row's edge cells, empty,
    left out."""
    t = doc.text
    if how == "\t":
        cuts = doc.tab_spaces(a, b)
        bounds = [a - 1, *cuts, b]
        cells = [(x + 1, y) for x, y in zip(bounds, bounds[1:])]
    else:
        cells, pos = [], a
        for c in t[a:b].split(how):
            cells.append((pos, pos + len(c)))
            pos += len(c) + len(how)
    if how == "|":
        if cells and not t[cells[0][0]:cells[0][1]].strip():
            cells = cells[1:]
        if cells and not t[cells[-1][0]:cells[-1][1]].strip():
            cells = cells[:-1]
    out = []
    for x, y in cells:
        v = t[x:y]
        x += len(v) - len(v.lstrip())
        y = x + len(v.strip())
        out.append((x, y))
    return out


def _header(doc: Document, a: int, b: int) -> tuple[str, list[str]] | None:
    """How the line t[a:b] is parted and its columns, when it is a header of two columns or more, one of them a unit's."""
    t = doc.text
    line = t[a:b]
    hows = [h for h in ("|", *_SEPARATORS) if h in line]
    if "\t" in doc.original and " " in line and doc.tab_spaces(a, b):
        hows.insert(0, "\t")
    for how in hows:
        cells = _split(doc, a, b, how)
        kinds = [_kind(t, x, y) for x, y in cells]
        if len(cells) >= 2 and all(kinds) and "unit" in kinds and len(set(kinds) - {"number", "unit", "role"}) >= 1:
            return how, kinds
    return None


def tables(doc: Document) -> list[Table]:
    """The tables of the text (kept on the document)."""
    return doc.memo(("tables",), lambda: _read(doc))


def _read(doc: Document) -> list[Table]:
    t = doc.text
    blocks = doc.blocks
    out: list[Table] = []
    k = 0
    while k < len(blocks):
        b = blocks[k]
        if b.kind not in ("body", "caption") or b.end - b.start > 160:
            k += 1
            continue
        got = _header(doc, b.start, b.end)
        if got is not None:
            how, kinds = got
            rows = []
            j = k + 1
            while j < len(blocks):
                nb = blocks[j]
                if _RE_RULE.fullmatch(t, nb.start, nb.end) and how == "|":
                    j += 1
                    continue
                cells = _split(doc, nb.start, nb.end, how) if how in t[nb.start:nb.end] or how == "\t" else []
                if len(cells) != len(kinds) or not all(x < y for x, y in cells):
                    break
                rows.append(cells)
                j += 1
            if rows:
                out.append(Table(kinds, k, rows))
            k = j
            continue
        # one cell a line: the header's cells, then the rows' (as many lines a row as the header has)
        kinds = []
        j = k
        while j < len(blocks) and blocks[j].kind in ("body", "caption") and blocks[j].end - blocks[j].start <= 40:
            kd = _kind(t, blocks[j].start, blocks[j].end)
            if kd is None:
                break
            kinds.append(kd)
            j += 1
        if len(kinds) >= 2 and "unit" in kinds and len(set(kinds) - {"number", "unit", "role"}) >= 1:
            n = len(kinds)
            rows = []
            while j + n <= len(blocks):
                cells = [(blocks[i].start, blocks[i].end) for i in range(j, j + n)]
                if any(y - x > 160 or _kind(t, x, y) for x, y in cells) \
                        or kinds[0] == "number" and not t[cells[0][0]:cells[0][1]].strip().rstrip(".").isdigit():
                    break
                rows.append(cells)
                j += n
            if rows:
                out.append(Table(kinds, k, rows))
                k = j
                continue
        k += 1
    return out

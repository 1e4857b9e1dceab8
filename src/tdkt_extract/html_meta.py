"""HTML page metadata: the headline and publication date a page states in its ``<head>``
(``og:title``, ``<title>``, ``article:published_time``, JSON-LD ``datePublished``...), for the
record fields the article body does not give. Offsets index the HTML string as given, so the
values are grounded like any other.

Read with patterns over the raw string rather than a parser, because evidence needs offsets and
HTML parsers do not report them. Measured against htmldate and trafilatura in
``benchmarks/html_meta.py`` (figures in docs/errors-and-html.md).
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Callable, Optional

import regex

from .models import MeetingRecord
from .normalize import clean_value, normalize

log = logging.getLogger("tdkt_extract")

# a page's head, and the meta tags of a body, sit well within this; bounds the scans on hostile input
_SCAN = 300_000
_RE_META = regex.compile(r"<meta\b[^<>]{0,2000}>", regex.I)
_RE_ATTR = regex.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))""")
_RE_TITLE = regex.compile(r"<title\b[^<>]{0,500}>([^<]{1,1000})</title\s*>", regex.I)
_RE_JSONLD_DATE = regex.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
_RE_TIME = regex.compile(r"<time\b[^<>]{0,500}>", regex.I)
_RE_ISO = regex.compile(r"(\d{4})-(\d{2})-(\d{2})")
_RE_DMY = regex.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")

# the names (property, name or itemprop) under which pages state these, most specific first
TITLE_KEYS = ("og:title", "twitter:title", "title", "dc.title")
DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
             "dc.date.issued", "dc.date", "date", "publish-date", "article.published", "published_time")
# separators between a headline and the site name in <title> ("Headline | Site", "Headline - Site")
_RE_COPYRIGHT = regex.compile(r"(?:©|&copy;|\(c\)|Copyright|Bản quyền)\s*(?:©|&copy;)?\s*(?:\d{4}\s*)?(?:thuộc về\s*|by\s*)?"
                              r"([^<>|.,;\n]{3,80})", regex.I)
# an element whose class names it as the date line ("date", "time", "publish"), holding d/m/Y
_RE_DATE_CLASS = regex.compile(r"<(?:div|span|p|small|em)\b[^<>]{0,200}?class\s*=\s*[\"'][^\"']{0,80}?"
                               r"(?:date|time|publish|ngay-dang)[^\"']{0,80}[\"'][^<>]{0,200}>([^<]{0,80})", regex.I)
_RE_SITE_SEP = regex.compile(r"\s+(?:\||-|–|—|::|»)\s+")


@dataclass(frozen=True)
class Meta:
    """One value found in the page: its text (cleaned) and [start, end) in the HTML string."""

    value: str
    start: int
    end: int
    source: str  # where it was read, e.g. "og:title", for the log


def _attrs(tag: str, offset: int) -> dict[str, tuple[str, int]]:
    """The attributes of one tag: name (lower case) -> (value, offset of the value in the page)."""
    out: dict[str, tuple[str, int]] = {}
    for m in _RE_ATTR.finditer(tag):
        g = 2 if m.group(2) is not None else 3 if m.group(3) is not None else 4
        out.setdefault(m.group(1).lower(), (m.group(g), offset + m.start(g)))
    return out


def _metas(page: str) -> dict[str, tuple[str, int]]:
    """Every meta tag's content by its property / name / itemprop (lower case), first one kept."""
    found: dict[str, tuple[str, int]] = {}
    for m in _RE_META.finditer(page, 0, min(len(page), _SCAN)):
        a = _attrs(m.group(0), m.start())
        content = a.get("content")
        if content is None:
            continue
        for k in ("property", "name", "itemprop"):
            if k in a:
                found.setdefault(a[k][0].strip().lower(), content)
    return found


def _clean(raw: str) -> str:
    # the value as the pipeline would read the span: entities decoded, NFC, spaces, punctuation
    return clean_value(normalize(raw).text)


def _site_names(page: str, metas: dict[str, tuple[str, int]]) -> list[str]:
    """What the page calls itself, case-folded: og:site_name, application-name, and the owner in
    its copyright line ("Bản quyền © Báo X", "Copyright © X")."""
    names = [_clean(metas[k][0]) for k in ("og:site_name", "application-name") if k in metas]
    for m in _RE_COPYRIGHT.finditer(page, max(0, len(page) - _SCAN)):
        names.append(_clean(m.group(1)))
    return [n.casefold() for n in names if n]


def _is_site(part: str, sites: list[str]) -> bool:
    p = _clean(part).casefold()
    return bool(p) and any(p == s or (len(p) >= 8 and p in s) for s in sites)


def _strip_site(value: str, start: int, site_names: Callable[[], list[str]]) -> tuple[int, int]:
    """[start, end) of the headline within a title that may carry the site name before or after
    it. Only a separator whose other side is what the page calls itself, or a " | " (which
    headlines do not use), is cut: " - " is common in Vietnamese headlines ("Văn hóa - Xã hội")."""
    parts = list(_RE_SITE_SEP.finditer(value))
    if not parts:
        return start, start + len(value)
    sites = site_names()  # only now: the copyright scan reads the whole page
    if sites:
        if _is_site(value[parts[-1].end():], sites):
            return start, start + parts[-1].start()
        if _is_site(value[:parts[0].start()], sites):
            return start + parts[0].end(), start + len(value)
    bars = [p for p in parts if "|" in p.group(0)]
    if bars:  # the longest segment between bars is the headline
        edges = [0, *(x for p in bars for x in (p.start(), p.end())), len(value)]
        segs = [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]
        a, b = max(segs, key=lambda s: s[1] - s[0])
        return start + a, start + b
    return start, start + len(value)


def read_title(page: str) -> Optional[Meta]:
    """The headline the page's metadata states, site name removed."""
    metas = _metas(page)
    def sites() -> list[str]:
        return _site_names(page, metas)

    for key in TITLE_KEYS:
        if key in metas:
            raw, at = metas[key]
            a, b = _strip_site(raw, at, sites)
            value = _clean(page[a:b])
            if value:
                return Meta(value, a, b, key)
    m = _RE_TITLE.search(page, 0, min(len(page), _SCAN))
    if m:
        raw = m.group(1)
        lead = len(raw) - len(raw.lstrip())
        raw = raw.strip()
        a, b = _strip_site(raw, m.start(1) + lead, sites)
        value = _clean(page[a:b])
        if value:
            return Meta(value, a, b, "<title>")
    return None


def _date_in(raw: str, at: int) -> tuple[str, int, int] | None:
    """(ISO date, start, end) of the first date written in an attribute: ISO, else d/m/Y."""
    m = _RE_ISO.search(raw)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    else:
        m = _RE_DMY.search(raw)
        if not m:
            return None
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    try:
        iso = dt.date(y, mo, d).isoformat()
    except ValueError:
        return None
    return iso, at + m.start(), at + m.end()


def read_published(page: str) -> Optional[Meta]:
    """The publication date the page's metadata states (meta tags, JSON-LD, <time datetime>)."""
    metas = _metas(page)
    for key in DATE_KEYS:
        if key in metas:
            found = _date_in(*metas[key])
            if found:
                return Meta(found[0], found[1], found[2], key)
    end = min(len(page), _SCAN)
    m = _RE_JSONLD_DATE.search(page, 0, end)
    if m:
        found = _date_in(m.group(1), m.start(1))
        if found:
            return Meta(found[0], found[1], found[2], "JSON-LD datePublished")
    for m in _RE_TIME.finditer(page, 0, end):
        a = _attrs(m.group(0), m.start())
        # a <time> marked as the publication, not any date on the page (comments, related news)
        marked = "pubdate" in m.group(0).lower() or a.get("itemprop", ("",))[0].lower() == "datepublished"
        if marked and "datetime" in a:
            found = _date_in(*a["datetime"])
            if found:
                return Meta(found[0], found[1], found[2], "<time pubdate>")
    for m in _RE_DATE_CLASS.finditer(page, 0, end):
        found = _date_in(m.group(1), m.start(1))
        if found:  # the first marked date line: the article's own, above any list of other news
            return Meta(found[0], found[1], found[2], "date line")
    return None


def complete(record: MeetingRecord, page: str) -> MeetingRecord:
    """The record with ``title`` and ``published`` taken from the page's metadata where the body
    gave none; the values the body gave are kept."""
    update: dict[str, object] = {}
    evidence = dict(record.evidence)
    for field, read in (("title", read_title), ("published", read_published)):
        if getattr(record, field) is not None:
            continue
        meta = read(page)
        if meta is None:
            continue
        update[field] = meta.value
        evidence[field] = [(meta.start, meta.end)]
        log.info("HTML fallback: %s from the page's %s", field, meta.source)
    if not update:
        return record
    return record.model_copy(update={**update, "evidence": evidence})

"""HTML input: the page's main article text, read with a real HTML parser (selectolax, the
``html`` extra), as a normalized view whose offsets index the ORIGINAL HTML string.

Bounded by design: the parser's cost grows with how deeply elements nest, so a page nested
deeper than ``MAX_DEPTH`` (found by a linear scan of its tags, before parsing) is read without
the parser, as the text of the whole page with a warning; the main-text search visits each node
once, and reads at most ``MAX_PARAGRAPHS`` paragraphs and ``MAX_CANDIDATES`` candidate containers.
"""
from __future__ import annotations

import dataclasses

import regex

from .errors import HTMLSupportError
from .normalize import Normalized, normalize

_RE_HTML = regex.compile(r"^\s*(?:<!doctype\s+html|<html\b|<\?xml|<(?:head|body|article|div|p|section)\b)", regex.I)
_RE_TAGS = regex.compile(r"</?(?:p|div|br|span|a|li|h[1-6]|table|td|img|strong|em|b|i)\b[^<>]{0,500}>", regex.I)
_CANDIDATES = ("article, main, [itemprop=articleBody], .article, .article-content, .content-detail, .news-detail, "
               ".detail, .post-content, .entry-content, .content, #content, .main-content")


def looks_like_html(text: str) -> bool:
    """A page or a fragment: starts like one, or holds several common tags (a stray "<" does not count)."""
    head = text[:5000]
    if "<" not in head:  # both patterns need a "<": plain text (the usual input) skips them
        return False
    return bool(_RE_HTML.match(head)) or sum(1 for _ in _RE_TAGS.finditer(head)) >= 3


def _parser():
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError as e:  # the extra is optional
        raise HTMLSupportError("HTML input needs the html extra: pip install 'tdkt-extract[html]'") from e
    return LexborHTMLParser


#: elements nested deeper than this are not given to the parser (real pages stay under 60)
MAX_DEPTH = 256
#: paragraphs read, and candidate containers weighed, in the main-text search (an article has
#: tens of each; the bound keeps a page of a million tags linear)
MAX_PARAGRAPHS = 20_000
MAX_CANDIDATES = 1_000
#: candidates without paragraphs that are weighed by their whole text (each costs its subtree)
_MAX_TEXT_WEIGHED = 50

_RE_TAG_SCAN = regex.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,15})\b[^<>]{0,2000}?(/?)>")
# elements that never hold others, or whose end the parser implies (a new <p> closes the last):
# neither deepens the nesting
_FLAT = frozenset("area base br col embed hr img input link meta param source track wbr p li dt dd option optgroup "
                  "tr td th thead tbody tfoot colgroup rb rt rtc rp".split())


def nesting_depth(html: str, cap: int = MAX_DEPTH) -> int:
    """How deeply the page's elements nest at the deepest, counted from its tags in one linear scan
    (the count stops once it passes ``cap``)."""
    depth = deepest = 0
    # (no time limit: each try of the pattern stops at the next "<" or ">", so the scan is linear; the limit's clock read at
    # every match would cost more than the scan)
    for m in _RE_TAG_SCAN.finditer(html):
        if m.group(3) or m.group(2).lower() in _FLAT:
            continue
        if m.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
                if depth > cap:
                    break
    return deepest


def _main_node(tree):
    """The element holding the article: the candidate with the most paragraph text, else <body>.

    Each paragraph's length goes to its nearest candidate ancestor, and each candidate's total to
    the candidate above it, so every node is visited once however deeply candidates nest."""
    cands = tree.css(_CANDIDATES)[:MAX_CANDIDATES]
    if not cands:
        return tree.body
    index = {c.mem_id: k for k, c in enumerate(cands)}
    nearest: dict[int, int] = {}  # node -> the nearest candidate at or above it (-1: none)

    def above(node) -> int:
        path = []
        k = -1
        while node is not None:
            mid = node.mem_id
            if mid in nearest:
                k = nearest[mid]
                break
            path.append(mid)
            if mid in index:
                k = index[mid]
                break
            node = node.parent
        for mid in path:
            nearest[mid] = k
        return k

    total = [0] * len(cands)
    for p in tree.css("p")[:MAX_PARAGRAPHS]:
        k = above(p) if p.mem_id not in index else above(p.parent)
        if k >= 0:
            total[k] += len(p.text(strip=True))
    parent = [above(c.parent) for c in cands]
    for k in range(len(cands) - 1, -1, -1):  # document order: a candidate comes before those inside it
        if parent[k] >= 0:
            total[parent[k]] += total[k]
    best, best_len = None, 0
    weighed = 0
    for k, node in enumerate(cands):
        n = total[k]
        if not n and weighed < _MAX_TEXT_WEIGHED:
            weighed += 1
            n = len(node.text(strip=True)) // 2
        if n > best_len:
            best, best_len = node, n
    return best if best is not None and best_len >= 150 else tree.body


def _locate(norm: Normalized, line: str, lo: int, from_end: bool = False) -> tuple[int, int] | None:
    """Where a line of the parser's text sits in the normalized page (whitespace-insensitive)."""
    words = normalize(line).text.split()
    words = words[-8:] if from_end else words[:8]
    if not words:
        return None
    rx = regex.compile(r"\s+".join(regex.escape(w) for w in words))
    if from_end:  # the last line of the article: its last occurrence
        m = None
        for m in rx.finditer(norm.text, lo):
            pass
        return m.span() if m else None
    m = rx.search(norm.text, lo)
    return m.span() if m else None


def prepare(html: str) -> Normalized:
    """The normalized main text of an HTML page, offsets into ``html``. A page nested deeper than
    ``MAX_DEPTH`` gives the text of the whole page (tags and non-content regions dropped), with a
    warning."""
    parser = _parser()
    depth = nesting_depth(html)
    if depth > MAX_DEPTH:
        norm = normalize(html, drop_regions=True)
        note = (f"html: elements nest more than {MAX_DEPTH} deep; the page was read as plain text "
                "without finding its main article")
        return dataclasses.replace(norm, warnings=(*norm.warnings, note))
    tree = parser(html)
    for bad in tree.css("script, style, noscript, template, nav, header, footer, aside, form, iframe"):
        bad.decompose()
    norm = normalize(html, drop_regions=True)
    main = _main_node(tree)
    lines = [ln.strip() for ln in (main.text(separator="\n") if main is not None else "").splitlines() if ln.strip()]
    long_lines = [ln for ln in lines if len(ln) >= 15]
    if not long_lines:
        return norm
    first = _locate(norm, long_lines[0], 0)
    last = _locate(norm, lines[-1], first[0] if first else 0, from_end=True)
    if not first or not last or last[1] <= first[0]:
        return norm
    a, b = first[0], last[1]
    h1 = tree.css_first("h1")
    if h1 is not None and h1.text(strip=True):
        h = _locate(norm, h1.text(strip=True), 0)
        if h and h[0] < a:
            a = h[0]  # the headline often sits outside the article body
    return norm.window(a, b)

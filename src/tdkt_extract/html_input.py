"""HTML input: the page's main article text, read with a real HTML parser (selectolax, the
``html`` extra), as a normalized view whose offsets index the ORIGINAL HTML string."""
from __future__ import annotations

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
    return bool(_RE_HTML.match(head)) or sum(1 for _ in _RE_TAGS.finditer(head)) >= 3


def _parser():
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError as e:  # the extra is optional
        raise HTMLSupportError("HTML input needs the html extra: pip install 'tdkt-extract[html]'") from e
    return LexborHTMLParser


def _main_node(tree):
    """The element holding the article: the candidate with the most paragraph text, else <body>."""
    best, best_len = None, 0
    for node in tree.css(_CANDIDATES):
        n = sum(len(p.text(strip=True)) for p in node.css("p")) or len(node.text(strip=True)) // 2
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
    """The normalized main text of an HTML page, offsets into ``html``."""
    parser = _parser()
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

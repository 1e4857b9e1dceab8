"""Accuracy of extract() on the gold articles as other tools hand them over: hard-wrapped at a width, indented as a text
browser dumps a page, run together on one line (or the body alone), the site's name after the headline, decomposed
Unicode, old-style tone marks, Windows line ends, no-break spaces, Markdown, HTML paragraphs. Each form is made from the
article's text; the gold is the article's. Scored with the reference scorer (../shared/tools/score.py).

    python benchmarks/robustness.py [FORM ...]        # every form when none is named

Prints one row a form: micro P, R, F1 over ../shared/corpus/dev and dev2/b*, and the share of evidence spans that lie in
the text given and hold their value (grounding).
"""
from __future__ import annotations

import argparse
import html
import importlib.util
import json
import sys
import textwrap
import unicodedata
from pathlib import Path

import regex

from tdkt_extract import extract

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# old-style tone placement: the mark on the second vowel of "oa", "oe", "uy" at a word's end ("hoà", "thuỷ")
_OLD = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ",
        "ụy": "uỵ", "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ"}


def _wrap(width: int):
    def form(t: str) -> str:
        return "\n".join(x for line in t.split("\n") for x in (textwrap.wrap(line, width) or [""]))
    return form


def _indented(width: int, indent: str = "   "):
    """As a text browser dumps a page (`lynx -dump`): every line of a paragraph indented, wrapped at the width."""
    def form(t: str) -> str:
        return "\n".join(x for line in t.split("\n")
                         for x in (textwrap.wrap(line, width, initial_indent=indent, subsequent_indent=indent) or [""]))
    return form


def _site_title(t: str) -> str:
    """As a tool that takes the page's <title> for its headline: the site's name after a dash."""
    lines = t.split("\n")
    i = next((k for k, x in enumerate(lines) if x.strip()), None)
    if i is not None:
        lines[i] = lines[i].rstrip() + " - Cổng thông tin điện tử tỉnh"
    return "\n".join(lines)


def _old_tones(t: str) -> str:
    for new, old in _OLD.items():
        t = regex.sub(new + r"(?!\p{L})", old, t)
        t = regex.sub(new[0].upper() + new[1] + r"(?!\p{L})", old[0].upper() + old[1], t)
    return t


def _body_on_one_line(t: str) -> str:
    """As a portal that sets the whole body in one paragraph: the page's short lines above the lead stay lines."""
    lines = [x for x in t.split("\n") if x.strip()]
    k = next((i for i, x in enumerate(lines) if len(x) > 200), len(lines))
    return "\n".join(lines[:k] + [" ".join(lines[k:])])


def _markdown(t: str) -> str:
    """As a converter writes a page: the headline as a heading with an image under it, the first name of the cluster as a
    link, the last line (a byline) in bold."""
    lines = t.split("\n")
    filled = [i for i, x in enumerate(lines) if x.strip()]
    if not filled:
        return t
    first, last = filled[0], filled[-1]
    if last != first:
        lines[last] = f"**{lines[last].strip()}**"
    lines[first] = f"# {lines[first].strip()}\n\n![Ảnh minh họa](https://example.vn/images/anh-1.jpg)"
    out = "\n".join(lines)
    return regex.sub(r"(?i)(cụm thi đua|khối thi đua)", r"[\1](https://example.vn/tin-tuc/cum-khoi)", out, count=1)


FORMS = {
    "as given": lambda t: t,
    "wrapped at 90": _wrap(90),
    "wrapped at 70": _wrap(70),
    "wrapped at 60": _wrap(60),
    "wrapped at 50": _wrap(50),
    "wrapped at 40": _wrap(40),
    "indented, wrapped at 76": _indented(76),
    "run together": lambda t: regex.sub(r"\s*\n\s*", " ", t),
    "body on one line": _body_on_one_line,
    "the site's name after the headline": _site_title,
    "under a breadcrumb": lambda t: "Trang chủ > Tin tức > Thi đua khen thưởng\n" + t,
    "NFD": lambda t: unicodedata.normalize("NFD", t),
    "old tone marks": _old_tones,
    "CRLF": lambda t: t.replace("\n", "\r\n"),
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "Markdown": _markdown,
    "HTML paragraphs": lambda t: "<div>" + "".join(f"<p>{html.escape(x)}</p>" for x in t.split("\n") if x.strip()) + "</div>",
}


def _scorer():
    path = SHARED / "tools" / "score.py"
    if not path.is_file():
        sys.exit(f"the reference scorer is not there: {path}")
    spec = importlib.util.spec_from_file_location("reference_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("forms", nargs="*", metavar="FORM", help=f"one of {list(FORMS)} (default: all)")
    names = ap.parse_args().forms or list(FORMS)
    if unknown := [n for n in names if n not in FORMS]:
        ap.error(f"unknown form(s) {unknown}; known: {list(FORMS)}")
    score = _scorer()
    dirs = [SHARED / "corpus" / "dev", *sorted((SHARED / "corpus" / "dev2").glob("b*"))]
    docs = [(p.read_text(encoding="utf-8"), json.loads(p.with_suffix(".json").read_text(encoding="utf-8")))
            for d in dirs for p in sorted(d.glob("*.txt"))]
    if not docs:
        sys.exit("no gold articles under ../shared/corpus")
    print(f"{len(docs)} gold articles\n")
    print(f"| form | P | R | F1 | grounding |\n|---|---|---|---|---|")
    for name in names:
        tally, ok, bad = score.Tally(), 0, 0
        for text, gold in docs:
            given = FORMS[name](text)
            pred = json.loads(extract(given).model_dump_json())
            tally.merge(score.score_one(gold, pred))
            g_ok, g_bad = score.grounding(given, pred)[:2]
            ok, bad = ok + g_ok, bad + g_bad
        p, r, f = tally.micro()[:3]
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {ok / max(1, ok + bad):.3f} |")


if __name__ == "__main__":
    main()

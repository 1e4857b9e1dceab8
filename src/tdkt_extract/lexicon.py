"""Loads the language knowledge in ``lexicons/`` (data files, not code), once per process.

Every entry is normalized like article text (NFC, modern tone marks), so lookups compare like
with like. To add a position title, a unit type, an award or a province alias, edit the data
file; no code changes.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import regex

from .normalize import fold, normalize

_PKG = "tdkt_extract.lexicons"


def _read(name: str) -> str:
    return resources.files(_PKG).joinpath(name).read_text(encoding="utf-8")


def _norm(s: str) -> str:
    return normalize(s.strip()).text


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """Entries of a one-entry-per-line file (``#`` starts a comment), longest first."""
    out = []
    for line in _read(name).splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            out.append(_norm(line))
    return tuple(sorted(dict.fromkeys(out), key=len, reverse=True))


@lru_cache(maxsize=None)
def table(name: str) -> dict:
    """A JSON lexicon, with every string normalized."""
    def walk(x):
        if isinstance(x, str):
            return _norm(x)
        if isinstance(x, list):
            return [walk(v) for v in x]
        if isinstance(x, dict):
            return {k: walk(v) for k, v in x.items()}
        return x
    return walk(json.loads(_read(name)))


@lru_cache(maxsize=None)
def chrome_line_re(leave_out: tuple[str, ...] = ()) -> "regex.Pattern[str]":
    """A line of the page's own (chrome.json's "line" alternatives, to match a whole line), without the alternatives in
    ``leave_out``."""
    pats = [p for p in table("chrome.json")["line"] if p not in leave_out]
    return regex.compile(r"(?:" + "|".join(pats) + r")\s*", regex.IGNORECASE)


@lru_cache(maxsize=None)
def provinces() -> dict[str, str]:
    """Folded written form -> canonical province name."""
    out: dict[str, str] = {}
    for line in _read("provinces.txt").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        forms = [_norm(f) for f in line.split("|") if f.strip()]
        for f in forms:
            out[fold(f)] = forms[0]
    return out


@lru_cache(maxsize=None)
def province_forms() -> frozenset[str]:
    """Every written form of a province in provinces.txt (canonical names and aliases), as written."""
    return frozenset(f.strip() for line in words("provinces.txt") for f in line.split("|") if f.strip())


def province_of(name: str) -> str | None:
    """Canonical province for a written form (``Thanh Hoá``, ``TP. HCM``), else None."""
    return provinces().get(fold(name.strip()))


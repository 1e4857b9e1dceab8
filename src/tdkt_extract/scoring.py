"""Field scoring by the rules of the record contract (shared/spec/record.md, "Scoring"), and the
``tdkt-extract eval DIR`` command.

Values are compared after the contract's cleaning plus case folding, tone marks removed and
punctuation stripped at the ends; strings match when equal or when their similarity ratio is at
least 0.85. Scalars give one true positive when equal, a false positive and a false negative
when different, one false positive (gold null) or one false negative (prediction null) otherwise.
Lists are matched one-to-one. The headline figure is micro-F1 over all fields.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Callable

_DASHES = dict.fromkeys(map(ord, "\u2013\u2014\u2012\u2010\u2011\u2212"), "-")

EXACT = ["meeting.kind", "meeting.date", "meeting.time_of_day", "cluster.kind", "cluster.number",
         "cluster.member_count", "published"]
KEYED = ["meeting.province"]
FUZZY = ["title", "meeting.venue", "cluster.name", "author",
         "cluster.chair.organization", "cluster.chair.person",
         "cluster.vice_chair.organization", "cluster.vice_chair.person",
         "cluster.next_chair.organization", "cluster.next_vice_chair.organization"]


def key(s) -> str | None:
    """The comparison form of a value."""
    if s is None:
        return None
    s = unicodedata.normalize("NFD", str(s).translate(_DASHES))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").replace("đ", "d").replace("Đ", "D").lower()
    s = re.sub(r"\s*-\s*", " - ", s)
    return re.sub(r"\s+", " ", s).strip(" \t\n.,;:()\"'“”")


def similar(a, b, threshold: float = 0.85) -> bool:
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return False
    return ka == kb or SequenceMatcher(None, ka, kb).ratio() >= threshold


def _contains(a, b) -> bool:
    """An award named with and without its giver ("Cờ thi đua" / "Cờ thi đua của Chính phủ")."""
    ka, kb = key(a), key(b)
    return bool(ka and kb) and (ka in kb or kb in ka)


def _get(d, path: str):
    for part in path.split("."):
        if not isinstance(d, dict):
            return None
        d = d.get(part)
    return d


@dataclass
class Tally:
    """True positives, false positives and false negatives per field."""

    counts: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))

    def add(self, f: str, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        c = self.counts[f]
        c[0] += tp
        c[1] += fp
        c[2] += fn

    def merge(self, other: "Tally") -> None:
        for f, (tp, fp, fn) in other.counts.items():
            self.add(f, tp, fp, fn)

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def micro(self) -> tuple[float, float, float]:
        tp = sum(c[0] for c in self.counts.values())
        fp = sum(c[1] for c in self.counts.values())
        fn = sum(c[2] for c in self.counts.values())
        return self.prf(tp, fp, fn)


def _scalar(t: Tally, f: str, g, p, eq: Callable) -> None:
    g_null, p_null = g in (None, "", []), p in (None, "", [])
    if g_null and p_null:
        return
    if g_null:
        t.add(f, fp=1)
    elif p_null:
        t.add(f, fn=1)
    elif eq(g, p):
        t.add(f, tp=1)
    else:
        t.add(f, fp=1, fn=1)


def match_lists(gold: list, pred: list, eq: Callable) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, gold order first: the (gold index, pred index) pairs."""
    used: set[int] = set()
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if j not in used and eq(g, p):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def _list(t: Tally, f: str, gold: list, pred: list, eq: Callable) -> None:
    n = len(match_lists(gold, pred, eq))
    t.add(f, tp=n, fp=len(pred) - n, fn=len(gold) - n)


def _period(x):
    x = x or {}
    if not x or (x.get("year") is None and x.get("span") is None):
        return None
    return (x.get("year"), x.get("span"))


def _people(rec: dict) -> list[dict]:
    """People other than a byline-only author (the author is scored as its own field)."""
    return [x for x in rec.get("people") or [] if "author" not in (x.get("roles") or []) or len(x.get("roles") or []) > 1]


def award_eq(a, b) -> bool:
    return similar(a[0], b[0]) and (similar(a[1], b[1], 0.7) or _contains(a[1], b[1]))


def score_record(gold: dict, pred: dict) -> Tally:
    """Per-field tallies of one prediction against its gold record (both in the JSON shape)."""
    t = Tally()
    for f in EXACT:
        _scalar(t, f, _get(gold, f), _get(pred, f), lambda a, b: str(a) == str(b))
    for f in KEYED:
        _scalar(t, f, _get(gold, f), _get(pred, f), lambda a, b: key(a) == key(b))
    for f in FUZZY:
        _scalar(t, f, _get(gold, f), _get(pred, f), similar)
    _scalar(t, "meeting.period", _period(_get(gold, "meeting.period")), _period(_get(pred, "meeting.period")),
            lambda a, b: a == b)
    _list(t, "cluster.members", _get(gold, "cluster.members") or [], _get(pred, "cluster.members") or [], similar)
    gp, pp = _people(gold), _people(pred)
    _list(t, "people.name", [x.get("name") for x in gp], [x.get("name") for x in pp], similar)
    for g in gp:
        p = next((p for p in pp if similar(g.get("name"), p.get("name"))), None)
        if p is None:
            continue
        _scalar(t, "people.title", g.get("title"), p.get("title"), similar)
        gr = set(g.get("roles") or []) - {"author"}
        pr = set(p.get("roles") or []) - {"author"}
        t.add("people.roles", tp=len(gr & pr), fp=len(pr - gr), fn=len(gr - pr))

    def speakers(people):
        return [x.get("name") for x in people if {"reported", "spoke"} & set(x.get("roles") or [])]

    _list(t, "speakers", speakers(gp), speakers(pp), similar)
    _list(t, "rankings", [(r.get("rank"), r.get("organization")) for r in gold.get("rankings") or []],
          [(r.get("rank"), r.get("organization")) for r in pred.get("rankings") or []],
          lambda a, b: a[0] == b[0] and similar(a[1], b[1]))
    _list(t, "awards", [(a.get("recipient"), a.get("award")) for a in gold.get("awards") or []],
          [(a.get("recipient"), a.get("award")) for a in pred.get("awards") or []], award_eq)
    _list(t, "decisions", [d.get("kind") for d in gold.get("decisions") or []],
          [d.get("kind") for d in pred.get("decisions") or []], lambda a, b: a == b)
    return t


@dataclass
class Report:
    total: Tally
    per_doc: dict[str, float]
    errors: dict[str, str]
    seconds: float

    def table(self) -> str:
        lines = [f"{'field':36s} {'tp':>4s} {'fp':>4s} {'fn':>4s}     P     R    F1"]
        for f in sorted(self.total.counts):
            tp, fp, fn = self.total.counts[f]
            p, r, f1 = Tally.prf(tp, fp, fn)
            lines.append(f"{f:36s} {tp:4d} {fp:4d} {fn:4d}  {p:.2f}  {r:.2f}  {f1:.2f}")
        p, r, f1 = self.total.micro()
        lines.append(f"docs {len(self.per_doc)}  errors {len(self.errors)}  extract_s {self.seconds:.2f}")
        lines.append(f"micro P {p:.3f} R {r:.3f} F1 {f1:.3f}")
        return "\n".join(lines)


def gold_pairs(folder: Path) -> list[tuple[str, Path, Path]]:
    """(name, text file, gold file) for every NAME.json that has a NAME.txt beside it."""
    return [(j.stem, j.with_suffix(".txt"), j) for j in sorted(folder.glob("*.json")) if j.with_suffix(".txt").exists()]


def evaluate_dir(folder, extract_fn: Callable | None = None, predictions=None) -> Report:
    """Run ``extract`` on every gold fixture of ``folder``; one that raises counts as an empty prediction.

    ``predictions`` (a ``jsonl.Predictions``): score these saved lines instead of extracting; an
    article without a line, or whose line is an error, counts as an empty prediction and an error.
    """
    if predictions is not None:
        return _evaluate_saved(Path(folder), predictions)
    if extract_fn is None:
        from .api import extract as extract_fn
    total = Tally()
    per_doc: dict[str, float] = {}
    errors: dict[str, str] = {}
    spent = 0.0
    for name, txt, js in gold_pairs(Path(folder)):
        gold = json.loads(js.read_text(encoding="utf-8"))
        text = txt.read_text(encoding="utf-8")
        t0 = time.perf_counter()
        try:
            rec = extract_fn(text)
            pred = rec.model_dump(mode="json") if hasattr(rec, "model_dump") else dict(rec)
        except Exception as e:  # an eval reports a failing document and goes on
            errors[name] = f"{type(e).__name__}: {e}"
            pred = {}
        spent += time.perf_counter() - t0
        t = score_record(gold, pred)
        per_doc[name] = t.micro()[2]
        total.merge(t)
    return Report(total, per_doc, errors, spent)


def _evaluate_saved(folder: Path, predictions) -> Report:
    total = Tally()
    per_doc: dict[str, float] = {}
    errors: dict[str, str] = {}
    for name, txt, js in gold_pairs(folder):
        gold = json.loads(js.read_text(encoding="utf-8"))
        line = predictions.find(txt)
        pred: dict = {}
        if line is None:
            errors[name] = f"no line for {txt} in {predictions.name}"
        elif line.record is None:
            errors[name] = f"{line.error_type}: {line.error}"
        else:
            pred = line.record.model_dump(mode="json")
        t = score_record(gold, pred)
        per_doc[name] = t.micro()[2]
        total.merge(t)
    return Report(total, per_doc, errors, 0.0)


def eval_main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="tdkt-extract eval",
                                 description="Score extract() against a folder of gold fixtures (NAME.txt + NAME.json).")
    ap.add_argument("folder")
    ap.add_argument("--per-doc", action="store_true", help="print each document's micro-F1")
    ap.add_argument("--json", metavar="OUT", help="write the figures as JSON")
    ap.add_argument("--min-f1", type=float, help="exit 1 when micro-F1 is below this")
    ap.add_argument("--pred", metavar="JSONL", help="score the records saved in this JSONL (tdkt-extract DIR -o FILE) "
                                                    "instead of extracting; lines are matched to NAME.txt by path or name")
    a = ap.parse_args(argv)
    folder = Path(a.folder)
    if not folder.is_dir() or not gold_pairs(folder):
        print(f"tdkt-extract eval: no gold fixtures (NAME.txt + NAME.json) in {folder}", file=sys.stderr)
        return 2
    predictions = None
    if a.pred:
        from .jsonl import Predictions
        predictions = Predictions.load_for_cli(a.pred, "tdkt-extract eval")
        if predictions is None:
            return 2
    rep = evaluate_dir(folder, predictions=predictions)
    for name, err in rep.errors.items():
        print(f"{name}: {'no record: ' if a.pred else 'extract raised '}{err}", file=sys.stderr)
    if a.per_doc:
        for name, f1 in rep.per_doc.items():
            print(f"{name}: F1 {f1:.3f}")
    print(rep.table())
    p, r, f1 = rep.total.micro()
    if a.json:
        Path(a.json).write_text(json.dumps({"f1": f1, "p": p, "r": r, "errors": rep.errors, "per_doc": rep.per_doc,
                                            "fields": {k: list(v) for k, v in rep.total.counts.items()}},
                                           ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if a.min_f1 is not None and f1 < a.min_f1 else 0

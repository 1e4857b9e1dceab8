"""The reviewer's page: an article with every extracted value highlighted at its evidence, the
record beside it as a table, warnings on top; with gold, each field marked matched / missed /
extra by the scoring rules. One self-contained HTML file (inline CSS and JS, no network).

``render_html(text, record, gold=None)`` for one article; ``tdkt-extract show FILE... -o OUT.html``.
"""
from __future__ import annotations

import argparse
import html
import json
import sys
from pathlib import Path

from .models import RecordWarning
from .scoring import award_eq, match_lists, score_record, similar

GROUPS = ("meeting", "cluster", "people", "rankings", "awards", "decisions", "other")
SCALARS = ["title", "meeting.kind", "meeting.period", "meeting.date", "meeting.time_of_day", "meeting.venue",
           "meeting.province", "cluster.name", "cluster.kind", "cluster.number", "cluster.member_count",
           "cluster.chair.organization", "cluster.chair.person", "cluster.vice_chair.organization",
           "cluster.vice_chair.person", "cluster.next_chair.organization", "cluster.next_chair.person",
           "cluster.next_vice_chair.organization", "cluster.next_vice_chair.person", "author", "published"]

CSS = """
:root { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
body { margin: 0; color: #1d2327; background: #f6f7f7; }
header.page { padding: 12px 20px; background: #1d2327; color: #fff; }
nav.index { padding: 8px 20px; background: #fff; border-bottom: 1px solid #ddd; }
nav.index li { margin: 2px 0; }
section.article { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px; padding: 16px 20px;
  border-bottom: 2px solid #ccc; }
.text { white-space: pre-wrap; background: #fff; padding: 14px; border: 1px solid #ddd; line-height: 1.6; }
.warnings { grid-column: 1 / 3; background: #fff8e1; border: 1px solid #f0c36d; padding: 6px 12px; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 14px; }
td, th { border: 1px solid #ddd; padding: 4px 6px; vertical-align: top; text-align: left; }
tr.notstated td, tr.nospan td { color: #888; }
.hl { border-radius: 3px; cursor: help; position: relative; }
.hl:focus { outline: 2px solid #1d2327; }
.hl:hover::after, .hl:focus::after { content: attr(data-label); position: absolute; left: 0; top: 1.5em; z-index: 9;
  white-space: pre; background: #1d2327; color: #fff; padding: 4px 6px; border-radius: 3px; font-size: 12px; }
.g-meeting { background: #cfe8ff; } .g-cluster { background: #d7f5d1; } .g-people { background: #ffe0b3; }
.g-rankings { background: #e8d9ff; } .g-awards { background: #ffd6e0; } .g-decisions { background: #fff3a8; }
.g-other { background: #e0e0e0; } .multi { box-shadow: inset 0 -2px 0 #d63638; }
.swatch { display: inline-block; width: 1em; height: 1em; vertical-align: middle; border: 1px solid #aaa; }
.status-matched { color: #0a7a28; font-weight: 600; } .status-missed { color: #b32d2e; font-weight: 600; }
.status-extra { color: #b26200; font-weight: 600; }
"""

JS = """
window.__errors = [];
window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
document.addEventListener('DOMContentLoaded', function () {
  var spans = document.querySelectorAll('.hl');
  var rows = document.querySelectorAll('tr[data-path]:not(.notstated):not(.missed):not(.nospan)');
  var linked = 0;
  rows.forEach(function (r) { var a = r.querySelector('a[href^="#ev-"]');
    if (a && document.getElementById(a.getAttribute('href').slice(1))) linked++; });
  var ev = document.querySelectorAll('[id^="ev-"]');
  var lit = 0;  // evidence ids on a highlight, or anchors just before one (spans starting at one place)
  ev.forEach(function (e) { var h = e.classList.contains('hl') ? e : e.nextElementSibling;
    while (h && h.tagName === 'A') h = h.nextElementSibling;
    if (h && h.classList.contains('hl')) lit++; });
  var check = document.getElementById('selfcheck');
  check.setAttribute('data-spans', spans.length);
  check.setAttribute('data-evidence', ev.length);
  check.setAttribute('data-highlighted', lit);
  check.setAttribute('data-rows', rows.length);
  check.setAttribute('data-rows-linked', linked);
  check.setAttribute('data-errors', window.__errors.length);
});
"""


def _group(path: str) -> str:
    head = path.split(".")[0].split("[")[0]
    return head if head in GROUPS else "other"


def _get(d, path: str):
    cur = d
    for part in path.replace("]", "").replace("[", ".").split("."):
        if isinstance(cur, list):
            cur = cur[int(part)] if part.isdigit() and int(part) < len(cur) else None
        elif isinstance(cur, dict):
            cur = cur.get(part)
        else:
            return None
    return cur


def _fmt(v) -> str:
    if v is None:
        return "not stated"
    if isinstance(v, dict):
        return ", ".join(f"{k}: {x}" for k, x in v.items())
    if isinstance(v, list):
        return ", ".join(map(str, v))
    return str(v)


def _rows(rec: dict) -> list[tuple[str, object]]:
    """(field path, value) for every field of the record, list items one by one."""
    rows = [(p, _get(rec, p)) for p in SCALARS]
    for i, m in enumerate(rec["cluster"]["members"]):
        rows.append((f"cluster.members[{i}]", m))
    for i, p in enumerate(rec["people"]):
        rows.append((f"people[{i}].name", p["name"]))
        rows.append((f"people[{i}].title", p["title"]))
        rows.append((f"people[{i}].roles", p["roles"]))
    for i, r in enumerate(rec["rankings"]):
        rows.append((f"rankings[{i}].organization", f"{r['rank']}: {r['organization']}"))
    for i, a in enumerate(rec["awards"]):
        rows.append((f"awards[{i}].recipient", f"{a['recipient']} — {a['award']} ({a['status']}{', ' + str(a['year']) if a['year'] else ''})"))
    for i, d in enumerate(rec["decisions"]):
        rows.append((f"decisions[{i}].text", f"{d['kind']}: {d['text']}"))
    return rows


def _marks(rec: dict, gold: dict) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Status of each predicted row (matched / extra), and the gold items no prediction matched."""
    status: dict[str, str] = {}
    missed: list[tuple[str, str]] = []
    for p in SCALARS:
        g, v = _get(gold, p), _get(rec, p)
        if g in (None, "", []) and v in (None, "", []):
            continue
        if v in (None, "", []):
            missed.append((p, _fmt(g)))
        elif g in (None, "", []):
            status[p] = "extra"
        else:
            ok = g == v if p in ("meeting.period",) else (str(g) == str(v) or similar(g, v))
            status[p] = "matched" if ok else "extra"
            if not ok:
                missed.append((p, _fmt(g)))

    def lists(name, gl, pl, eq, label):
        pairs = match_lists(gl, pl, eq)
        hit_p = {j for _, j in pairs}
        hit_g = {i for i, _ in pairs}
        for j in range(len(pl)):
            status[name.format(j)] = "matched" if j in hit_p else "extra"
        for i, g in enumerate(gl):
            if i not in hit_g:
                missed.append((name.format("?"), label(g)))

    lists("cluster.members[{}]", gold["cluster"]["members"], rec["cluster"]["members"], similar, str)
    lists("people[{}].name", [p["name"] for p in gold["people"]], [p["name"] for p in rec["people"]], similar, str)
    lists("rankings[{}].organization", [(r["rank"], r["organization"]) for r in gold["rankings"]],
          [(r["rank"], r["organization"]) for r in rec["rankings"]], lambda a, b: a[0] == b[0] and similar(a[1], b[1]),
          lambda g: f"{g[0]}: {g[1]}")
    lists("awards[{}].recipient", [(a["recipient"], a["award"]) for a in gold["awards"]],
          [(a["recipient"], a["award"]) for a in rec["awards"]], award_eq, lambda g: f"{g[0]} — {g[1]}")
    lists("decisions[{}].text", [d["kind"] for d in gold["decisions"]], [d["kind"] for d in rec["decisions"]],
          lambda a, b: a == b, str)
    return status, missed


def _article(text: str, rec: dict, gold: dict | None, k: int) -> str:
    ev = rec.get("evidence") or {}
    spans = []  # (start, end, path, label, id)
    first_id: dict[str, str] = {}
    n = 0
    for path, ss in ev.items():
        value = _fmt(_get(rec, path))
        for a, b in ss:
            a, b = max(0, min(a, len(text))), max(0, min(b, len(text)))
            if b <= a:
                continue
            sid = f"ev-{k}-{n}"
            n += 1
            first_id.setdefault(path, sid)
            spans.append((a, b, path, f"{path} = {value}", sid))
    # split the text at every span boundary; each piece is wrapped with the spans covering it,
    # so overlapping and nested spans never produce crossing tags. One sweep over the boundaries:
    # a span joins the open set where it starts and leaves it where it ends (linear in the spans
    # and pieces, not their product)
    cuts = sorted({0, len(text), *[s[0] for s in spans], *[s[1] for s in spans]})
    starting: dict[int, list[int]] = {}
    ending: dict[int, list[int]] = {}
    for n_, sp in enumerate(spans):
        starting.setdefault(sp[0], []).append(n_)
        ending.setdefault(sp[1], []).append(n_)
    active: dict[int, None] = {}
    out = []
    opened: set[str] = set()
    for a, b in zip(cuts, cuts[1:]):
        for n_ in ending.get(a, ()):
            active.pop(n_, None)
        for n_ in starting.get(a, ()):
            active[n_] = None
        piece = html.escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        cover = [spans[n_] for n_ in sorted(active)]  # in evidence order, as the label lists them
        ids = [s[4] for s in cover if s[4] not in opened and s[0] == a]
        opened.update(ids)
        group = _group(cover[-1][2])
        label = "\n".join(s[3] for s in cover)
        id_attr = f' id="{ids[0]}"' if ids else ""
        extra_ids = "".join(f'<a id="{i}"></a>' for i in ids[1:])
        cls = f"hl g-{group}" + (" multi" if len(cover) > 1 else "")
        out.append(f'{extra_ids}<span{id_attr} class="{cls}" tabindex="0" data-path="{html.escape(cover[-1][2], quote=True)}" '
                   f'data-label="{html.escape(label, quote=True)}" title="{html.escape(label, quote=True)}">{piece}</span>')
    status, missed = _marks(rec, gold) if gold else ({}, [])
    rows = []
    for path, value in _rows(rec):
        sid = first_id.get(path)
        stated = value not in (None, "", [])
        # a stated value without a span is a default (meeting.kind "other"), shown as such
        cls = ' class="notstated"' if not stated else ("" if sid else ' class="nospan"')
        link = f'<a href="#{sid}">{html.escape(path)}</a>' if sid and stated else html.escape(path)
        if stated and not sid:
            value = f"{_fmt(value)} (default, no evidence)"
        st = status.get(path, "")
        mark = f'<td class="status-{st}">{st}</td>' if gold else ""
        rows.append(f'<tr data-path="{html.escape(path, quote=True)}"{cls}><td>{link}</td><td>{html.escape(_fmt(value))}</td>{mark}</tr>')
    for path, value in missed:
        rows.append(f'<tr data-path="{html.escape(path, quote=True)}" class="missed"><td>{html.escape(path)}</td>'
                    f'<td>{html.escape(value)}</td><td class="status-missed">missed</td></tr>')
    warn = "".join(f"<li>{html.escape(str(RecordWarning.model_validate(w)))}</li>" for w in rec.get("warnings") or [])
    warn_html = f'<div class="warnings"><strong>Warnings</strong><ul>{warn}</ul></div>' if warn else ""
    head = "<th>field</th><th>value</th>" + ("<th>vs gold</th>" if gold else "")
    return (f'<section class="article" id="doc-{k}">{warn_html}<div class="text" lang="vi">{"".join(out)}</div>'
            f'<div><table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div></section>')


def _legend() -> str:
    return " ".join(f'<span class="swatch g-{g}"></span> {g}' for g in GROUPS)


def render_page(items: list[tuple[str, str, dict, dict | None]]) -> str:
    """A page for several articles: (name, text, record, gold or None) each, with an index."""
    sections, index = [], []
    for k, (name, text, rec, gold) in enumerate(items):
        rec = rec.model_dump(mode="json") if hasattr(rec, "model_dump") else rec
        sections.append(_article(text, rec, gold, k))
        f1 = f" — F1 {score_record(gold, rec).micro()[2]:.3f}" if gold else ""
        meta = " · ".join(x for x in (rec.get("title") or name, rec["meeting"].get("date"), rec["cluster"].get("name")) if x)
        index.append(f'<li><a href="#doc-{k}">{html.escape(meta)}</a>{html.escape(f1)}</li>')
    nav = f'<nav class="index"><ol>{"".join(index)}</ol></nav>' if len(items) > 1 else ""
    return ("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>tdkt_extract review</title>"
            f"<style>{CSS}</style><script>{JS}</script></head><body>"
            f'<header class="page">tdkt_extract review · {_legend()}</header>{nav}{"".join(sections)}'
            '<div id="selfcheck" hidden></div></body></html>')


def render_html(text: str, record, gold: dict | None = None) -> str:
    """One self-contained HTML page for one article and its record (a MeetingRecord or its JSON)."""
    return render_page([("article", text, record, gold)])


class ShowError(Exception):
    """An article or gold file that cannot be shown: one line on standard error."""


def _read_utf8(p: Path, what: str) -> str:
    try:
        return p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ShowError(f"{what} {p} is not UTF-8 text") from None
    except OSError as e:
        raise ShowError(f"cannot read {what} {p}: {e.strerror or e}") from None


def _read_gold(p: Path) -> dict:
    try:
        gold = json.loads(_read_utf8(p, "gold file"))
    except (ValueError, RecursionError) as e:
        raise ShowError(f"gold file {p} is not JSON: {e}") from None
    from pydantic import ValidationError

    from .models import MeetingRecord
    try:  # the scoring reads the record's shape: checked here, not as a KeyError deep inside
        MeetingRecord.model_validate(gold)
        return gold
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(map(str, err["loc"])) or "the whole file"
        raise ShowError(f"gold file {p} does not have the shape of a record ({where}: {err['msg']})") from None


def show_main(argv: list[str]) -> int:
    """``tdkt-extract show``: 0 when every file was shown, 1 when some could not be (each said in
    one line on standard error, the page shows the rest), 2 when the page cannot be written."""
    ap = argparse.ArgumentParser(prog="tdkt-extract show", description="Render articles with their extracted values highlighted.")
    ap.add_argument("files", nargs="*", help="article text files")
    ap.add_argument("-o", "--output", help="write the page here (default: standard output)")
    ap.add_argument("--gold", help="a gold JSON to mark fields against (one file), or 'auto' for NAME.json beside each NAME.txt")
    ap.add_argument("--pred", metavar="JSONL", help="show the records saved in this JSONL (tdkt-extract ... -o FILE) instead of "
                                                    "extracting; without files, every article its lines name")
    a = ap.parse_args(argv)
    from .api import extract
    from .jsonl import Predictions

    preds = None
    if a.pred:
        preds = Predictions.load_for_cli(a.pred, "tdkt-extract show")
        if preds is None:
            return 2
    # without files, the articles the saved lines were read from (lines of a JSONL input name no file)
    files = a.files or [ref for line in (preds.lines if preds else []) if line.ok
                        and Path(ref := line.source or line.id).is_file()]
    if not files:
        ap.error("give article files, or --pred with a JSONL whose lines name them")
    items = []
    failed = 0
    for f in files:
        p = Path(f)
        try:
            if a.output and p.exists() and Path(a.output).exists() and p.samefile(a.output):
                raise ShowError(f"{p} is the output file")
            text = _read_utf8(p, "file")
            saved = None
            if preds is not None:
                line = preds.find(p)
                if line is None or line.record is None:  # an evidence page without a record would mislead
                    why = "no line" if line is None else f"an error line ({line.error_type})"
                    print(f"tdkt-extract show: {preds.name} has {why} for {f}", file=sys.stderr)
                    return 2
                saved = line.record
            gold = None
            if a.gold == "auto":
                g = p.with_suffix(".json")
                gold = _read_gold(g) if g.exists() else None
            elif a.gold:
                gold = _read_gold(Path(a.gold))
            try:
                rec = (saved or extract(text)).model_dump(mode="json")
            except Exception as e:  # empty text, too long, HTML without the extra: said, not raised
                raise ShowError(f"{p}: {e}") from None
        except ShowError as e:
            print(f"tdkt-extract show: {e}", file=sys.stderr)
            failed += 1
            continue
        items.append((p.name, text, rec, gold))
    if not items:
        print("tdkt-extract show: nothing to show", file=sys.stderr)
        return 1
    page = render_page(items)
    try:
        if a.output:
            Path(a.output).write_text(page, encoding="utf-8")
        else:
            sys.stdout.write(page)
            sys.stdout.flush()
    except BrokenPipeError:
        raise  # main() ends quietly
    except OSError as e:
        print(f"tdkt-extract show: cannot write {a.output or 'standard output'}: {e.strerror or e}", file=sys.stderr)
        return 2
    return 1 if failed else 0

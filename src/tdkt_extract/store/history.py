"""A cluster's history: per year, who chaired it, who was elected next, its members, rankings,
awards and decisions, each fact with the article and evidence spans it comes from.

``history(con, "Cụm thi đua số 3", province="Thanh Hóa")`` returns a plain dict (JSON-ready);
``render_history(h)`` makes a self-contained HTML page of it with the chair's rotation as a timeline.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

from rapidfuzz import fuzz

from ..normalize import fold
from .identity import SAME, parse_query


class ClusterNotFound(LookupError):
    """No cluster, or more than one, answers the name asked for; the message lists the candidates."""


def find_cluster(con, name: str, province: str | None = None) -> dict:
    """The one cluster ``name`` (a cluster id, or a name as written) and ``province`` designate."""
    cols = ["cluster_id", "name", "kind", "number", "province", "descriptor", "variants", "article_count", "article_ids", "note"]
    rows = [dict(zip(cols, r)) for r in con.execute(f"SELECT {', '.join(cols)} FROM clusters").fetchall()]
    exact = [r for r in rows if r["cluster_id"] == name]
    if exact:
        return exact[0]
    q = parse_query(name, province)
    hits = []
    for r in rows:
        if q.kind and r["kind"] != q.kind:
            continue
        if province is not None and r["province"] != q.province:
            continue
        if q.number is not None:
            if r["number"] != q.number or (q.descriptor and r["descriptor"]
                                           and fuzz.token_sort_ratio(q.descriptor, r["descriptor"]) < SAME):
                continue
        elif not q.descriptor or not r["descriptor"] or fuzz.token_sort_ratio(q.descriptor, r["descriptor"]) < SAME:
            continue
        hits.append(r)
    if len(hits) > 1:
        # the same name in several clusters: a cluster with a province asked for by province wins;
        # otherwise ask which one
        raise ClusterNotFound(f"{len(hits)} clusters answer '{name}'" + (f" in {province}" if province else "")
                              + ": " + "; ".join(f"{h['cluster_id']} ({h['name']}, {h['province'] or 'no province'}, "
                                                  f"{h['article_count']} articles)" for h in hits[:10])
                              + ". Give --province or the cluster id.")
    if not hits:
        near = sorted(rows, key=lambda r: -fuzz.token_sort_ratio(fold(name), fold(r["name"] or "")))[:5]
        raise ClusterNotFound(f"no cluster answers '{name}'" + (f" in {province}" if province else "")
                              + (". Closest: " + "; ".join(f"{r['cluster_id']} ({r['name']}, {r['province'] or 'no province'})"
                                                             for r in near) if near else ". The database has no clusters")
                              + ". 'tdkt-extract db clusters' lists them all.")
    return hits[0]


def _spans(ev, *paths) -> list:
    ev = json.loads(ev) if isinstance(ev, str) else (ev or {})
    for p in paths:
        if ev.get(p):
            return ev[p]
    return []


def history(con, name: str, province: str | None = None) -> dict:
    """The cluster's facts by year (``year`` is the period reviewed, else the meeting's or publication's year)."""
    c = find_cluster(con, name, province)
    cid = c["cluster_id"]
    meetings = con.execute("""
        SELECT m.year, m.article_id, a.source, a.title, m.date, m.kind, m.member_count,
               m.chair_organization, m.chair_person, m.vice_chair_organization, m.vice_chair_person,
               m.next_chair_organization, m.next_chair_person, m.next_vice_chair_organization, m.next_vice_chair_person,
               m.evidence
        FROM meetings m JOIN articles a USING (article_id) WHERE m.cluster_id = ?
        ORDER BY m.year NULLS LAST, m.date NULLS LAST, m.article_id""", [cid]).fetchall()
    years: dict = {}

    def year_of(y):
        return years.setdefault(y, {"year": y, "articles": [], "chair": [], "vice_chair": [], "next_chair": [],
                                    "next_vice_chair": [], "member_count": [], "members": [], "rankings": [],
                                    "awards": [], "decisions": []})

    year_by_article = {}
    for (y, aid, src, title, date, kind, count, *roles, ev) in meetings:
        yr = year_of(y)
        year_by_article[aid] = y
        ref = {"article_id": aid, "source": src}
        yr["articles"].append({**ref, "title": title, "date": date, "kind": kind})
        if count is not None:
            yr["member_count"].append({"value": count, **ref, "evidence": _spans(ev, "cluster.member_count")})
        for i, role in enumerate(("chair", "vice_chair", "next_chair", "next_vice_chair")):
            org, person = roles[2 * i], roles[2 * i + 1]
            if org:
                yr[role].append({"organization": org, "person": person, **ref,
                                 "evidence": _spans(ev, f"cluster.{role}.organization")})
    if year_by_article:
        ids = list(year_by_article)
        src = dict(con.execute("SELECT article_id, source FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                               [ids]).fetchall())
        members: dict = {}
        for aid, org, ev in con.execute("""SELECT article_id, organization, evidence FROM members
                WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id, position""", [ids]).fetchall():
            y = year_by_article[aid]
            key = (y, fold(org))  # the same unit in several articles of a year is listed once
            ref = {"article_id": aid, "source": src[aid], "evidence": _spans(ev, *json.loads(ev))}
            if key in members:
                members[key]["refs"].append(ref)
            else:
                members[key] = {"organization": org, "refs": [ref]}
                year_of(y)["members"].append(members[key])
        for table, fields in (("rankings", "rank, organization"), ("awards", "recipient, award, status, year"),
                              ("decisions", "kind, text")):
            names = [f.strip() for f in fields.split(",")]
            for row in con.execute(f"""SELECT article_id, {fields}, evidence FROM {table}
                    WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id, position""", [ids]).fetchall():
                aid, vals, ev = row[0], row[1:-1], row[-1]
                main = {"rankings": "organization", "awards": "recipient", "decisions": "text"}[table]
                spans = [s for k, v in json.loads(ev).items() if k.endswith("." + main) for s in v]
                year_of(year_by_article[aid])[table].append({**dict(zip(names, vals)), "article_id": aid,
                                                             "source": src[aid], "evidence": spans})
    out_years = sorted(years.values(), key=lambda y: (y["year"] is None, y["year"] or 0))
    return {"cluster": {k: c[k] for k in ("cluster_id", "name", "kind", "number", "province", "variants",
                                          "article_count", "note")},
            "years": out_years, "timeline": timeline(out_years)}


def timeline(years: list[dict]) -> list[dict]:
    """The chair year by year: stated in that year's articles, else elected for it the year before."""
    stated = {y["year"]: y for y in years if y["year"] is not None}
    if not stated:
        return []
    out = []
    for y in range(min(stated), max(stated) + 2):
        here = stated.get(y, {})
        before = stated.get(y - 1, {})
        chair = _first(here.get("chair"))
        elected = _first(before.get("next_chair"))
        if chair:
            out.append({"year": y, "chair": chair["organization"], "how": "stated", "article_id": chair["article_id"]})
        elif elected:
            out.append({"year": y, "chair": elected["organization"], "how": f"elected at a {y - 1} meeting",
                        "article_id": elected["article_id"]})
        elif y in stated:
            out.append({"year": y, "chair": None, "how": "not stated", "article_id": None})
    return out


def _first(xs):
    return xs[0] if xs else None


# -----------------------------------------------------------------------------------------------------
# the page

CSS = """
:root { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
body { margin: 0; color: #1d2327; background: #f6f7f7; }
header { padding: 14px 20px; background: #1d2327; color: #fff; }
header h1 { margin: 0 0 4px; font-size: 22px; } header p { margin: 2px 0; color: #ccd; font-size: 14px; }
main { padding: 12px 20px; }
.timeline { display: flex; gap: 0; align-items: stretch; margin: 8px 0 18px; overflow-x: auto; }
.tl { min-width: 150px; padding: 8px 10px; background: #fff; border: 1px solid #ccc; border-left: none; position: relative; }
.tl:first-child { border-left: 1px solid #ccc; border-radius: 6px 0 0 6px; } .tl:last-child { border-radius: 0 6px 6px 0; }
.tl .y { font-weight: 700; font-size: 18px; } .tl .c { margin-top: 4px; } .tl .h { font-size: 12px; color: #666; }
.tl.elected { background: #eef6ff; border-style: dashed; } .tl.none { color: #999; }
.tl.change::before { content: "→"; position: absolute; left: -9px; top: 8px; background: #f6f7f7; color: #b26200; font-weight: 700; }
section.year { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 8px 16px 14px; margin: 0 0 16px; }
section.year h2 { margin: 6px 0; }
table { border-collapse: collapse; width: 100%; font-size: 14px; margin: 4px 0 10px; }
td, th { border: 1px solid #ddd; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #f0f0f1; } h3 { margin: 10px 0 4px; font-size: 15px; }
a.ev { font-size: 12px; color: #2271b1; white-space: nowrap; } .note { background: #fff8e1; padding: 4px 8px; }
.muted { color: #888; }
"""


def _href(source: str | None) -> str | None:
    if not source:
        return None
    if "://" in source:
        return source
    return Path(source).resolve().as_uri() if Path(source).is_absolute() or Path(source).exists() else None


def _ref(f: dict) -> str:
    spans = ", ".join(f"[{a}, {b})" for a, b in f.get("evidence") or [])
    label = html.escape(f"{f['article_id']}" + (f" {spans}" if spans else ""))
    href = _href(f.get("source"))
    title = html.escape(f"article {f['article_id']}; evidence: characters {spans or 'not recorded'} of {f.get('source') or 'the article'}")
    return f'<a class="ev" href="{html.escape(href)}" title="{title}">{label}</a>' if href else \
        f'<span class="ev" title="{title}">{label}</span>'


def _table(head: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return '<p class="muted">not reported</p>'
    th = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{th}</tr>{body}</table>"


def _e(v) -> str:
    return html.escape("" if v is None else str(v))


def render_history(h: dict) -> str:
    """One self-contained HTML page (inline CSS, no script, no network) of ``history(...)``."""
    c = h["cluster"]
    title = f"{c['name'] or c['cluster_id']}" + (f", {c['province']}" if c["province"] else "")
    tl, prev = [], None
    for t in h["timeline"]:
        cls = "tl" + (" elected" if t["how"].startswith("elected") else "") + (" none" if not t["chair"] else "")
        if t["chair"] and prev and fold(t["chair"]) != fold(prev):
            cls += " change"
        prev = t["chair"] or prev
        tl.append(f'<div class="{cls}"><div class="y">{_e(t["year"])}</div><div class="c">{_e(t["chair"] or "chair not stated")}</div>'
                  f'<div class="h">{_e(t["how"])}{" · " + _e(t["article_id"]) if t["article_id"] else ""}</div></div>')
    parts = []
    for y in h["years"]:
        roles = []
        for role, label in (("chair", "Chair (Cụm trưởng)"), ("vice_chair", "Vice-chair (Cụm phó)"),
                            ("next_chair", "Next chair elected"), ("next_vice_chair", "Next vice-chair elected")):
            for f in y[role]:
                roles.append([_e(label), _e(f["organization"]), _e(f["person"] or ""), _ref(f)])
        counts = ", ".join(f"{_e(m['value'])} ({_ref(m)})" for m in y["member_count"])
        members = [[_e(m["organization"]), " ".join(_ref(r) for r in m["refs"])] for m in y["members"]]
        arts = [[_e(a["date"] or ""), _e(a["kind"]), _e(a["title"] or ""), _ref(a)] for a in y["articles"]]
        parts.append(
            f'<section class="year"><h2>{_e(y["year"] if y["year"] is not None else "Year not stated")}</h2>'
            + "<h3>Articles</h3>" + _table(["date", "meeting", "title", "article"], arts)
            + "<h3>Chair and vice-chair</h3>" + _table(["role", "unit", "person", "evidence"], roles)
            + f"<h3>Members</h3><p>Stated member count: {counts or '<span class=muted>not stated</span>'}; "
              f"{len(y['members'])} named</p>" + _table(["unit", "evidence"], members)
            + "<h3>Rankings</h3>" + _table(["rank", "unit", "evidence"],
                                           [[_e(r["rank"]), _e(r["organization"]), _ref(r)] for r in y["rankings"]])
            + "<h3>Awards</h3>" + _table(["recipient", "award", "status", "year", "evidence"],
                                         [[_e(a["recipient"]), _e(a["award"]), _e(a["status"]), _e(a["year"] or ""), _ref(a)]
                                          for a in y["awards"]])
            + "<h3>Decisions</h3>" + _table(["kind", "text", "evidence"],
                                            [[_e(d["kind"]), _e(d["text"]), _ref(d)] for d in y["decisions"]])
            + "</section>")
    note = f'<p class="note">{_e(c["note"])}</p>' if c.get("note") else ""
    return ("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
            f"<title>{_e(title)}: history</title><style>{CSS}</style></head><body>"
            f"<header><h1>{_e(title)}</h1><p>{_e(c['cluster_id'])} · {_e(c['article_count'])} articles · written as: "
            f"{_e('; '.join(c['variants'] or []))}</p></header><main>{note}"
            f"<h2>Chair by year</h2><div class=\"timeline\">{''.join(tl) or '<p class=muted>no year stated</p>'}</div>"
            f"{''.join(parts)}</main></body></html>")

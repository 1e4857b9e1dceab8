"""Assembler: turns the extractors' draft into a validated MeetingRecord whose evidence spans
point into the ORIGINAL input (through the normalizer's offset map)."""
from __future__ import annotations

import regex

from . import gazetteer
from .document import Document, Found
from .models import INFERRING_CODES, MeetingRecord
from .normalize import clean_value, name_key
from .segment import apostrophe_place, past_rank

_ROLE_ORDER = ("attended", "author", "presided", "reported", "spoke")


class _Evidence:
    def __init__(self, doc: Document):
        self.doc = doc
        self.map: dict[str, list[tuple[int, int]]] = {}
        self._to_original = doc.norm.to_original  # bound once: called for every value of the record

    def add(self, path: str, f: Found | None) -> None:
        if f is None or f.end <= f.start:
            return
        a, b = self._to_original(f.start, f.end)
        if b > a:
            got = self.map.get(path)
            if got is None:
                self.map[path] = [(a, b)]
            else:
                got.append((a, b))


def _text(f: Found | None) -> str | None:
    if f is None:
        return None
    v = clean_value(str(f.value))
    return v or None


# (a dash with a space on one side only joins two names too: "Anh Hiếu- Vũ Linh")
_RE_BYLINE_SPLIT = regex.compile(r"\s*(?:\s-\s*|-\s|,|&|\svà\s)\s*")
# (a name may be written in capitals: "LÊ TUẤN - THÀNH CÔNG")
# (or a Central Highlands name joined by an apostrophe, alone too: "H'Xíu", "Điểu K'Ré")
_APOSTROPHE_WORD = r"\p{Lu}[’']\p{Lu}\p{Ll}*"
_RE_PERSONAL_NAME = regex.compile(r"(?:" + _APOSTROPHE_WORD + r"|\p{Lu}[\p{Ll}]*\.?|\p{Lu}+)(?:\s+(?:" + _APOSTROPHE_WORD
                                  + r"|\p{Lu}[\p{Ll}]*|\p{Lu}+)){1,4}|" + _APOSTROPHE_WORD)
_RE_PEN_NAME = regex.compile(r"\p{Lu}\p{Ll}{1,9}")


def _byline_names(f: Found) -> list[Found]:
    """The names of a byline: itself, or each of two or more names joined by a dash, comma or "và"."""
    parts, pos = [], 0
    for m in [*_RE_BYLINE_SPLIT.finditer(f.value), None]:
        end = m.start() if m else len(f.value)
        # (a rank before the second name is no part of it: "Thiếu tá A - Trung tá B")
        a = past_rank(f.value, pos) if pos else pos
        parts.append(Found(f.value[a:end], f.start + a, f.start + end))
        pos = m.end() if m else pos
    # (pen names of one word are split only where a dash joins them: "Bình - Trí")
    dashed = all(m.group(0).strip() == "-" for m in _RE_BYLINE_SPLIT.finditer(f.value))
    if len(parts) < 2 or not all(_RE_PERSONAL_NAME.fullmatch(p.value) or dashed and _RE_PEN_NAME.fullmatch(p.value) for p in parts) \
            or any(gazetteer.province_of(p.value) or apostrophe_place(p.value) for p in parts[1:]):  # "Thu Hà, Tân Sơn": a reporter and her place
        return [f]
    return parts


def assemble(doc: Document) -> MeetingRecord:
    d = doc.draft
    sc = d.scalars
    ev = _Evidence(doc)

    def text_field(path: str) -> str | None:
        f = sc.get(path)
        v = _text(f)
        if v is not None:
            ev.add(path, f)
        return v

    def raw_field(path: str):
        f = sc.get(path)
        if f is None:
            return None
        ev.add(path, f)
        return f.value

    title = text_field("title")
    period = raw_field("meeting.period")
    # plain dicts, validated once at the end: one pass of pydantic's core over the whole record
    # costs a fraction of building each nested model in Python
    meeting = dict(
        kind=raw_field("meeting.kind") or "other",
        period=dict(period) if period else None,
        date=raw_field("meeting.date"),
        time_of_day=raw_field("meeting.time_of_day"),
        venue=text_field("meeting.venue"),
        province=raw_field("meeting.province"),
    )
    members: list[str] = []
    for f in d.members:
        v = _text(f)
        if v and v not in members:
            ev.add(f"cluster.members[{len(members)}]", f)
            members.append(v)
    roles = {}
    for key in ("chair", "vice_chair", "next_chair", "next_vice_chair"):
        r = d.roles.get(key)
        org = _text(r.organization) if r else None
        person = _text(r.person) if r else None
        if not org and not person:
            roles[key] = None
            continue
        if org:
            ev.add(f"cluster.{key}.organization", r.organization)
        if person:
            ev.add(f"cluster.{key}.person", r.person)
        roles[key] = {"organization": org, "person": person}
    cluster = dict(
        name=text_field("cluster.name"),
        kind=raw_field("cluster.kind"),
        number=raw_field("cluster.number"),
        member_count=raw_field("cluster.member_count"),
        members=members,
        **roles,
    )
    people: list[dict] = []
    seen: dict[str, int] = {}
    author_f = sc.get("author")
    author_unit = sc.get("author.unit")
    drafts = list(d.people)
    author = _text(author_f)
    # a byline's name no other person has goes where the byline stands in the article (above the lead: first)
    placed: set[str] = set()
    named = {name_key(_text(p.name)) for p in drafts if _text(p.name)}
    pending = [part for part in (_byline_names(author_f) if author else ()) if name_key(part.value) not in named]

    def add_author(part: Found) -> None:
        k = name_key(part.value)
        if k in seen:
            return
        i = len(people)
        seen[k] = i
        placed.add(k)
        ev.add(f"people[{i}].name", part)
        ev.add(f"people[{i}].roles", part)
        unit = _text(author_unit)
        if unit:
            ev.add(f"people[{i}].title", author_unit)
        people.append(dict(name=part.value, honorific=None, title=unit, roles=["author"]))

    for p in drafts:
        while pending and p.name is not None and pending[0].start < p.name.start:
            add_author(pending.pop(0))
        name = _text(p.name)
        if not name:
            continue
        key = name_key(name)
        if key in seen:
            continue
        i = len(people)
        seen[key] = i
        ev.add(f"people[{i}].name", p.name)
        title_v = _text(p.title)
        if title_v:
            ev.add(f"people[{i}].title", p.title)
        if p.honorific:
            ev.add(f"people[{i}].honorific", p.honorific)
        for r, f in p.roles.items():
            ev.add(f"people[{i}].roles", f)
        people.append(dict(name=name, honorific=p.honorific.value if p.honorific else None, title=title_v,
                             roles=sorted(p.roles, key=_ROLE_ORDER.index)))
    if author:
        ev.add("author", author_f)
    # a byline of two names ("Minh Châu - Thu Hà", "Đức Minh, Thiên Thanh") is one author value and two people
    for part in (_byline_names(author_f) if author else ()):
        k = name_key(part.value)
        if k in placed:
            continue
        if k in seen:
            person = people[seen[k]]
            if "author" not in person["roles"]:
                person["roles"] = sorted([*person["roles"], "author"], key=_ROLE_ORDER.index)
            ev.add(f"people[{seen[k]}].roles", part)  # the byline states the role
        else:
            add_author(part)
    rankings = []
    for r, f in d.rankings:
        v = _text(f)
        if v:
            ev.add(f"rankings[{len(rankings)}].organization", f)
            rankings.append(dict(rank=r, organization=v))
    awards = []
    for a in d.awards:
        rv, av = _text(a.recipient), _text(a.award)
        if rv and av:
            i = len(awards)
            ev.add(f"awards[{i}].recipient", a.recipient)
            ev.add(f"awards[{i}].award", a.award)
            if a.year:
                ev.add(f"awards[{i}].year", a.year)
            awards.append(dict(recipient=rv, award=av, status=a.status, year=a.year.value if a.year else None))
    decisions = []
    for kind, f in d.decisions:
        v = _text(f)
        if v:
            ev.add(f"decisions[{len(decisions)}].text", f)
            decisions.append(dict(kind=kind, text=v))
    rec = MeetingRecord.model_validate(dict(
        title=title,
        meeting=meeting,
        cluster=cluster,
        people=people,
        rankings=rankings,
        awards=awards,
        decisions=decisions,
        author=author,
        published=raw_field("published"),
        evidence={},
        inferred=sorted({w.field for w in doc.warnings if w.code in INFERRING_CODES and w.field in ev.map}),
        warnings=list(dict.fromkeys(doc.warnings)),
    ))
    # the evidence is set after validation, as built: its keys are the f-strings above and each span
    # is the (int, int) pair of to_original with b > a (_Evidence.add), so validating its
    # dict[str, list[tuple[int, int]]] could neither reject nor change it, and cost half the validation
    rec.__dict__["evidence"] = ev.map
    return rec

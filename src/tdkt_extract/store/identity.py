"""Which cluster an article is about: linking the many ways one cluster is written.

A mention is what one article states: the cluster's name as written, its kind, number and the
meeting's province. Its key is (kind, number, province, descriptor), where the descriptor is the
name without the kind words, the number and the province (``Cụm I - Các doanh nghiệp Trung ương``
-> ``cac doanh nghiep trung uong``). The number is read from the name too when the record has none
(``cụm thi đua số III`` -> 3).

Linking is conservative: a wrong merge would put one cluster's chairs into another's history,
which a board cannot see, while a missed merge shows as two entries in ``db clusters``, which it
can. So mentions join only when kind and province agree and either the numbers agree (with no
conflicting descriptors) or, without numbers, the descriptors are near-identical; near misses stay
apart with a note saying which cluster they resemble and why they were kept apart.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .. import lexicon
from ..normalize import fold

#: token-sort similarity (0-100) at which two descriptors name the same cluster
SAME = 90
#: below SAME but at least this: probably the same cluster, kept apart with a note
NEAR = 80

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11,
          "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16, "xvii": 17, "xviii": 18, "xix": 19, "xx": 20}
_HEAD = re.compile(r"^(cum|khoi)(\s+thi\s+dua)?\b\s*")
_NUMBER = re.compile(r"^(?:so\s+)?(\d{1,3}|[ivx]{1,5})\b\s*")
_PROVINCE_WORD = re.compile(r"\s*,?\s*\b(?:cua\s+|tren dia ban\s+|thuoc\s+)?(?:tinh|thanh pho|tp\.?)\s+(.+)$")
_PUNCT = re.compile(r"[^\w\s]+")


@dataclass(frozen=True)
class Mention:
    name: str | None
    kind: str | None
    number: int | None
    province: str | None
    #: set for a mention too thin to link (no province, no descriptor): it stands for this article alone
    article: str | None = None


@dataclass
class Parsed:
    kind: str | None
    number: int | None
    province: str | None
    descriptor: str


def _unaccented(s: str) -> str:
    """``fold`` without the lower-casing: same length as the folded form, so positions agree."""
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn").replace("đ", "d").replace("Đ", "D")


def parse(m: Mention) -> Parsed:
    """The identifying parts of a mention, from its fields and, where they are missing, its name."""
    raw = _unaccented(m.name or "").strip()  # case kept: a Roman numeral is read only in capitals or after "số"
    name = raw.lower()
    kind, number, province = m.kind, m.number, m.province
    head = _HEAD.match(name)
    if head:
        kind = kind or head.group(1)
        name, raw = name[head.end():], raw[head.end():]
    num = _NUMBER.match(name)
    if num:
        tok = num.group(1)
        roman_ok = num.group(0).startswith("so") or raw[num.start(1):num.end(1)].isupper()  # not "vì" (for) -> vi
        n = int(tok) if tok.isdigit() else (_ROMAN.get(tok) if roman_ok else None)
        if n is not None:
            number = number if number is not None else n
            name = name[num.end():]
    prov = _PROVINCE_WORD.search(name)
    if prov:
        named = lexicon.province_of(prov.group(1).strip(" .,"))
        if named:
            province = province or named
            name = name[:prov.start()]
    desc = " ".join(_PUNCT.sub(" ", name).split())
    return Parsed(kind, number, province, desc)


def parse_query(name: str, province: str | None = None) -> Parsed:
    """A name typed by a user (``Cụm thi đua số 3``), parsed like a mention."""
    return parse(Mention(name, None, None, lexicon.province_of(province) or province if province else None))


@dataclass
class Cluster:
    cluster_id: str
    kind: str | None
    number: int | None
    province: str | None
    descriptor: str
    mentions: list[Mention] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-")


def _base_id(p: Parsed) -> str:
    ident = str(p.number) if p.number is not None else (_slug(p.descriptor)[:60] or "unnamed")
    return f"{p.kind or 'unknown'}-{ident}-{_slug(p.province) if p.province else 'no-province'}"


def link(mentions: list[Mention]) -> tuple[list[Cluster], dict[Mention, str]]:
    """Group mentions into clusters; returns the clusters and each mention's cluster id."""
    parsed = {m: parse(m) for m in mentions}
    groups: dict[tuple, list[Mention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: (str(m.kind), str(m.province), str(m.name))):
        p = parsed[m]
        groups[(p.kind, p.province)].append(m)
    clusters: list[Cluster] = []
    for (kind, province), ms in groups.items():
        alone = [m for m in ms if m.article is not None]
        clusters += _link_group(kind, province, [m for m in ms if m.article is None], parsed)
        for m in alone:
            c = Cluster("", kind, parsed[m].number, province, parsed[m].descriptor, [m])
            c.notes.append("no province nor descriptor: the number alone cannot say which cluster (ministries' "
                           "and provinces' clusters share numbers), so this article stands alone")
            clusters.append(c)
    # ids are readable and stable; the rare clash (two clusters kept apart under one number) is numbered
    seen: Counter = Counter()
    for c in sorted(clusters, key=lambda c: (-len(c.mentions), c.descriptor, str(c.mentions[0].article))):
        base = _base_id(Parsed(c.kind, c.number, c.province, c.descriptor))
        seen[base] += 1
        c.cluster_id = base if seen[base] == 1 else f"{base}-{seen[base]}"
    _note_unplaced(clusters)
    of = {m: c.cluster_id for c in clusters for m in c.mentions}
    return clusters, of


def _link_group(kind, province, ms: list[Mention], parsed: dict[Mention, Parsed]) -> list[Cluster]:
    out: list[Cluster] = []
    by_number: dict[int, list[Mention]] = defaultdict(list)
    unnumbered: list[Mention] = []
    for m in ms:
        (by_number[parsed[m].number] if parsed[m].number is not None else unnumbered).append(m)
    for number, nm in sorted(by_number.items()):
        # one number, several descriptors: the descriptors decide; a bare number joins the only
        # descriptor there is, and stays apart when there are several to choose from
        descs = _descriptor_groups([m for m in nm if parsed[m].descriptor], parsed)
        bare = [m for m in nm if not parsed[m].descriptor]
        if len(descs) <= 1:
            c = Cluster("", kind, number, province, descs[0][0] if descs else "", bare + (descs[0][1] if descs else []))
            out.append(c)
            continue
        for desc, dm in descs:
            c = Cluster("", kind, number, province, desc, dm)
            c.notes.append(f"number {number} is shared with another descriptor ({_others(descs, desc)}): kept apart")
            out.append(c)
        if bare:
            c = Cluster("", kind, number, province, "", bare)
            c.notes.append(f"number {number} alone matches {len(descs)} clusters with different descriptors: not linked")
            out.append(c)
    for desc, dm in _descriptor_groups(unnumbered, parsed):
        c = Cluster("", kind, None, province, desc, dm)
        if not desc:
            c.notes.append("neither a number nor a descriptor: cannot be linked to any other mention")
        out.append(c)
    # near misses inside the group: an unnumbered descriptor close to another cluster's
    for c in out:
        if not c.descriptor:
            continue
        for o in out:
            if o is c or not o.descriptor or (o.number is not None and c.number is not None):
                continue
            score = fuzz.token_sort_ratio(c.descriptor, o.descriptor)
            if score >= NEAR and (score < SAME or (o.number is None) != (c.number is None)):
                why = "one has a number, the other not" if (o.number is None) != (c.number is None) else \
                    f"descriptor similarity {score:.0f} < {SAME}"
                c.notes.append(f"may be the same as '{_name(o)}' ({why}): kept apart")
    return out


def _descriptor_groups(ms: list[Mention], parsed: dict[Mention, Parsed]) -> list[tuple[str, list[Mention]]]:
    """Mentions grouped by descriptor: exact after folding, then near-identical (>= SAME), greedily
    from the most mentioned descriptor, so a group is never chained through a series of small changes."""
    exact: dict[str, list[Mention]] = defaultdict(list)
    for m in ms:
        exact[parsed[m].descriptor].append(m)
    groups: list[tuple[str, list[Mention]]] = []
    for desc, dm in sorted(exact.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        for g_desc, g in groups:
            if desc and g_desc and fuzz.token_sort_ratio(desc, g_desc) >= SAME:
                g.extend(dm)
                break
        else:
            groups.append((desc, list(dm)))
    return groups


def _others(descs, desc) -> str:
    return ", ".join(f"'{d}'" for d, _ in descs if d != desc)


def _name(c: Cluster) -> str:
    return Counter(m.name for m in c.mentions if m.name).most_common(1)[0][0] if any(m.name for m in c.mentions) else c.cluster_id


def _note_unplaced(clusters: list[Cluster]) -> None:
    """A cluster without a province may be one of the provincial clusters of the same kind and number."""
    placed: dict[tuple, list[str]] = defaultdict(list)
    for o in clusters:
        if o.province and o.number is not None:
            placed[(o.kind, o.number)].append(o.cluster_id)
    for c in clusters:
        same = placed.get((c.kind, c.number)) if c.province is None and c.number is not None else None
        if same:
            c.notes.append("no province stated; may be " + ", ".join(sorted(same)[:3]) + ": not linked")


def canonical_name(c: Cluster) -> str | None:
    """The most frequent written form, preferring one that states the number."""
    names = Counter(m.name for m in c.mentions if m.name)
    if not names:
        return None
    return max(names, key=lambda n: (names[n], bool(re.search(r"\d", n)), len(n), n))


def resolve_clusters(con) -> int:
    """Recompute the clusters table and every meeting's ``cluster_id`` from the mentions stored.
    One transaction; returns how many clusters there are."""
    rows = con.execute("""SELECT cluster_name, cluster_kind, cluster_number, province, list(article_id ORDER BY article_id)
                          FROM meetings WHERE cluster_name IS NOT NULL OR cluster_number IS NOT NULL
                          GROUP BY ALL""").fetchall()
    mentions: dict[Mention, list[str]] = {}
    for n, k, num, prov, ids in rows:
        m = Mention(n, k, num, prov)
        p = parse(m)
        if p.province is None and not p.descriptor:
            for i in ids:
                mentions[Mention(n, k, num, prov, i)] = [i]
        else:
            mentions[m] = ids
    clusters, of = link(list(mentions))
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM clusters")
        out = []
        for c in clusters:
            ids = sorted({i for m in c.mentions for i in mentions[m]})
            variants = sorted({m.name for m in c.mentions if m.name})
            out.append((c.cluster_id, canonical_name(c), c.kind, c.number, c.province, c.descriptor or None, variants,
                        len(ids), ids, "; ".join(dict.fromkeys(c.notes)) or None))
        _insert_columns(con, "clusters", out)
        # the mention -> cluster map as a table, joined once instead of one UPDATE per mention
        con.execute("CREATE OR REPLACE TEMP TABLE mention_map (n VARCHAR, k VARCHAR, num INTEGER, p VARCHAR, a VARCHAR, cid VARCHAR)")
        _insert_columns(con, "mention_map", [(m.name, m.kind, m.number, m.province, m.article, cid) for m, cid in of.items()])
        con.execute("""UPDATE meetings SET cluster_id = mm.cid FROM mention_map mm
                       WHERE (mm.a IS NULL OR meetings.article_id = mm.a) AND meetings.cluster_name IS NOT DISTINCT FROM mm.n AND meetings.cluster_kind IS NOT DISTINCT FROM mm.k
                         AND meetings.cluster_number IS NOT DISTINCT FROM mm.num AND meetings.province IS NOT DISTINCT FROM mm.p
                         AND meetings.cluster_id IS DISTINCT FROM mm.cid""")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return len(clusters)


def _insert_columns(con, table: str, rows: list[tuple]) -> None:
    """Insert rows as one statement of column lists: executemany costs a round trip per row, and an
    archive may hold tens of thousands of clusters."""
    if not rows:
        return
    types = [t for t in con.execute(f"SELECT data_type FROM duckdb_columns() WHERE table_name = '{table}' "
                                    "ORDER BY column_index").fetchall()]
    cols = ", ".join(f"unnest(?::{t[0]}[])" for t in types)
    con.execute(f"INSERT INTO {table} SELECT {cols}", [list(c) for c in zip(*rows)])

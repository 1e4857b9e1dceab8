"""Short views of a record (as a JSON dict), and of a text's blocks, that the rule tests compare against: one copy for
every module."""


def roles(r: dict) -> dict:
    """The cluster's role holders by role: {"chair": unit, ...}, roles not stated left out."""
    c = r["cluster"]
    return {k: (c[k] or {}).get("organization") for k in ("chair", "vice_chair", "next_chair", "next_vice_chair") if c[k]}


def ranks(r: dict) -> list:
    """The rankings as (rank, unit) pairs, in the record's order."""
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def kinds(r: dict) -> list:
    """The decisions' kinds, sorted (a clause's acts may come in either order)."""
    return sorted(d["kind"] for d in r["decisions"])


def people_by_name(r: dict) -> dict:
    """The people keyed by name."""
    return {p["name"]: p for p in r["people"]}


def blocks(text: str) -> list:
    """The text's blocks after normalizing and segmenting it, as (kind, text) pairs in order."""
    from tdkt_extract.document import Document
    from tdkt_extract.normalize import normalize
    from tdkt_extract.segment import segment
    doc = Document(normalize(text))
    segment(doc)
    return [(b.kind, doc.block_text(b)) for b in doc.blocks]


def people_rows(r: dict) -> list:
    """The people as (name, honorific, title, roles) rows, in the record's order."""
    return [(p["name"], p["honorific"], p["title"], p["roles"]) for p in r["people"]]


def decision_texts(r: dict, kind: str) -> list:
    """The texts of the decisions of one kind, in the record's order."""
    return [d["text"] for d in r["decisions"] if d["kind"] == kind]

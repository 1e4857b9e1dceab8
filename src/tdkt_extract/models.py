"""The meeting record: pydantic models whose JSON form is the output contract.

Field names and value conventions follow shared/spec/record.md; ``schemas/record.schema.json``
is generated from these models (``python -m tdkt_extract schema``).
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

MeetingKind = Literal["so_ket", "tong_ket", "giao_uoc", "other"]
Span = Literal["h1", "9m", "q1", "q2", "q3", "q4", "year", "term"]
TimeOfDay = Literal["sang", "chieu", "toi"]
ClusterKind = Literal["cum", "khoi"]
Honorific = Literal["ông", "bà", "đồng chí"]
Role = Literal["presided", "reported", "spoke", "attended", "author"]
AwardStatus = Literal["proposed", "conferred"]
DecisionKind = Literal[
    "approve_report", "plan", "election", "covenant", "ranking", "award_proposal", "tasks", "other"
]

_ISO_DAY_OR_MONTH = r"^\d{4}-\d{2}(-\d{2})?$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Period(_Model):
    """What the meeting reviews: a year and a span of it."""

    year: int
    span: Span


class Meeting(_Model):
    kind: MeetingKind = "other"
    period: Optional[Period] = None
    date: Optional[str] = Field(None, pattern=_ISO_DAY_OR_MONTH, description="ISO date of the meeting")
    time_of_day: Optional[TimeOfDay] = None
    venue: Optional[str] = None
    province: Optional[str] = None


class UnitRole(_Model):
    """A unit holding the chair / vice-chair, and the person acting for it at this meeting."""

    organization: str
    person: Optional[str] = None


class Cluster(_Model):
    name: Optional[str] = None
    kind: Optional[ClusterKind] = None
    number: Optional[int] = None
    member_count: Optional[int] = None
    members: list[str] = Field(default_factory=list)
    chair: Optional[UnitRole] = None
    vice_chair: Optional[UnitRole] = None
    next_chair: Optional[UnitRole] = None
    next_vice_chair: Optional[UnitRole] = None


class Person(_Model):
    name: str
    honorific: Optional[Honorific] = None
    title: Optional[str] = None
    roles: list[Role] = Field(default_factory=list)


class Ranking(_Model):
    rank: int
    organization: str


class Award(_Model):
    recipient: str
    award: str
    status: AwardStatus
    year: Optional[int] = None


class Decision(_Model):
    kind: DecisionKind
    text: str


class MeetingRecord(_Model):
    """One article's record. ``evidence`` maps a field path to [start, end) offsets into the
    ORIGINAL input string; ``warnings`` are notes on inference and doubt."""

    schema_version: str = SCHEMA_VERSION
    title: Optional[str] = None
    meeting: Meeting = Field(default_factory=Meeting)
    cluster: Cluster = Field(default_factory=Cluster)
    people: list[Person] = Field(default_factory=list)
    rankings: list[Ranking] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)
    author: Optional[str] = None
    published: Optional[str] = Field(None, pattern=_ISO_DAY_OR_MONTH)
    evidence: dict[str, list[tuple[int, int]]] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)


def json_schema() -> dict:
    """The JSON Schema of the record, as committed in schemas/record.schema.json."""
    return MeetingRecord.model_json_schema(mode="serialization")

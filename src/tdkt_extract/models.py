"""The meeting record: pydantic models whose JSON form is the output contract.

Field names and value conventions follow shared/spec/record.md; ``schemas/record.schema.json``
is generated from these models (``python -m tdkt_extract schema``).
"""
from __future__ import annotations

from typing import Any, Literal, Optional

import regex
from pydantic import BaseModel, ConfigDict, Field, model_validator

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


# The warning codes, with what each means: the catalog services sort and count by (docs/service.md).
WarningCode = Literal[
    "year_inferred", "year_unknown", "invalid_date", "list_truncated", "too_many_people", "ner_unavailable",
    "time_limit", "input_truncated", "not_a_meeting", "ner_capped", "html_not_parsed", "step_failed", "note",
]
WARNING_CODES: dict[str, str] = {
    "year_inferred": "a date written without its year got the year from the context (period, publication date)",
    "year_unknown": "a date written without its year whose year could not be inferred; the date is left null",
    "invalid_date": "the date as written is not a calendar date (e.g. 31/2); the date is left null",
    "list_truncated": "a list runs to the end of a cut line; its last, cut item was dropped",
    "too_many_people": "more named people than the record keeps; only the first ones were kept",
    "ner_unavailable": "the NER fallback for names could not be loaded; names only the rules find are kept",
    "time_limit": "a pattern ran past its time limit on hostile input; that step was skipped",
    "input_truncated": "the text is longer than the characters read (Settings.read_chars); the rest was not read",
    "not_a_meeting": "the text does not read as a report of an emulation cluster or bloc meeting",
    "ner_capped": "the NER fallback asked about its most sentences for one document; later ones were not asked",
    "html_not_parsed": "an HTML page nested too deeply to parse in bounded time; it was read as the text of the whole page",
    "step_failed": "a defect in one step of the pipeline stopped it; the fields it fills are as far as it got (please report it)",
    "note": "a free-text warning (records written before warnings had codes)",
}
#: codes whose field's value was completed from the context rather than read where its evidence points
INFERRING_CODES = frozenset({"year_inferred"})

_PATH = regex.compile(r"^(?P<field>[a-z_]+(?:\[\d+\])?(?:\.[a-z_]+(?:\[\d+\])?)*): (?P<message>.+)$", regex.S)


class RecordWarning(_Model):
    """A note on inference or doubt: a code to sort by, the field it concerns and a readable message."""

    model_config = ConfigDict(extra="forbid", frozen=True)  # frozen: hashable, so duplicates can be dropped

    code: WarningCode = Field(description="What kind of note this is; one of a fixed catalog (WARNING_CODES)")
    field: Optional[str] = Field(default=None, description="The field path it concerns (e.g. meeting.date), or null for the whole record")
    message: str = Field(description="The note in words, for a person")

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data: Any) -> Any:
        # archives written before codes hold "field: message" strings: read them as notes
        if isinstance(data, str):
            m = _PATH.match(data)
            return {"code": "note", "field": m["field"] if m else None, "message": m["message"] if m else data}
        return data

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class Period(_Model):
    """What the meeting reviews: a year and a span of it."""

    year: int = Field(description="The year reviewed; for a term (several years), its last year")
    span: Span = Field(description="h1 (6 tháng đầu năm), 9m (9 tháng), q1..q4, year (cả năm), term (giai đoạn)")


class Meeting(_Model):
    """The meeting the article reports."""

    kind: MeetingKind = Field(default="other", description="so_ket (interim review), tong_ket (year-end review), "
                                                   "giao_uoc (covenant signing / launch, no review) or other")
    period: Optional[Period] = Field(default=None, description="What is reviewed, or null if not stated")
    date: Optional[str] = Field(default=None, pattern=_ISO_DAY_OR_MONTH,
                                description="ISO date (YYYY-MM-DD, or YYYY-MM) of the meeting, not of the publication")
    time_of_day: Optional[TimeOfDay] = Field(default=None, description="sang, chieu or toi (Sáng / Chiều / Tối)")
    venue: Optional[str] = Field(default=None, description="The place after 'tại' in the meeting sentence, as written, without 'tại'")
    province: Optional[str] = Field(default=None, description="The province or city the cluster belongs to, canonical name without "
                                                      "tỉnh / thành phố; null for national or multi-province clusters")


class UnitRole(_Model):
    """A unit holding the chair / vice-chair, and the person acting for it at this meeting."""

    organization: Optional[str] = Field(default=None, description="The unit, as written; null when the article names only the "
                                                                   "person who holds the role ('đồng chí A - Cụm trưởng')")
    person: Optional[str] = Field(default=None, description="The named person acting for the unit in this meeting, if any")


class Cluster(_Model):
    """The emulation cluster (Cụm) or bloc (Khối) that met."""

    name: Optional[str] = Field(default=None, description="The cluster / bloc name without the province suffix")
    kind: Optional[ClusterKind] = Field(default=None, description="cum (Cụm thi đua) or khoi (Khối thi đua)")
    number: Optional[int] = Field(default=None, description="The cluster number (số 17 -> 17, Cụm I -> 1), else null")
    member_count: Optional[int] = Field(default=None, description="The number of member units the article states, else null")
    members: list[str] = Field(default_factory=list, description="Member units named in the article, in article order, "
                                                                 "role notes removed; guests are not members")
    chair: Optional[UnitRole] = Field(default=None, description="The current Cụm trưởng / Trưởng khối")
    vice_chair: Optional[UnitRole] = Field(default=None, description="The current Cụm phó / Phó trưởng khối")
    next_chair: Optional[UnitRole] = Field(default=None, description="The chair elected or assigned for the next year")
    next_vice_chair: Optional[UnitRole] = Field(default=None, description="The vice-chair elected or assigned for the next year")


class Person(_Model):
    """A named person, with the title written with the name and what they did at the meeting."""

    name: str = Field(description="The personal name, as written")
    honorific: Optional[Honorific] = Field(default=None, description="ông, bà, đồng chí, or null")
    title: Optional[str] = Field(default=None, description="The position and organisation written with the name, else null")
    roles: list[Role] = Field(default_factory=list, description="Sorted set of presided, reported, spoke, attended, author")


class Ranking(_Model):
    """A unit ranked by the cluster at this meeting (suy tôn, dẫn đầu, nhất / nhì / ba)."""

    rank: int = Field(description="1 for the leading unit (also for 'dẫn đầu' alone), 2, 3...")
    organization: str = Field(description="The ranked unit, as written")


class Award(_Model):
    """A commendation named for a recipient."""

    recipient: str = Field(description="The unit or person commended")
    award: str = Field(description="The commendation, e.g. Cờ thi đua của Chính phủ")
    status: AwardStatus = Field(description="proposed (đề nghị, đề xuất) or conferred (trao, tặng, nhận)")
    year: Optional[int] = Field(default=None, description="The year of the award, if stated")


class Decision(_Model):
    """Something the meeting agreed or did."""

    kind: DecisionKind = Field(description="approve_report, plan, election, covenant, ranking, award_proposal, tasks or other")
    text: str = Field(description="The clause of the article that states it")


class MeetingRecord(_Model):
    """One article's record. ``evidence`` maps a field path to [start, end) offsets into the
    ORIGINAL input string; ``warnings`` are notes on inference and doubt."""

    schema_version: str = Field(default=SCHEMA_VERSION, description="The contract version; bumped on any breaking change")
    title: Optional[str] = Field(default=None, description="The headline, site chrome removed")
    meeting: Meeting = Field(default_factory=Meeting, description="The meeting reported")
    cluster: Cluster = Field(default_factory=Cluster, description="The cluster or bloc that met")
    people: list[Person] = Field(default_factory=list, description="Every named person, in article order, deduplicated")
    rankings: list[Ranking] = Field(default_factory=list, description="Units ranked by the cluster in this meeting")
    awards: list[Award] = Field(default_factory=list, description="Commendations named for a recipient")
    decisions: list[Decision] = Field(default_factory=list, description="What the meeting agreed or did, one entry per act")
    author: Optional[str] = Field(default=None, description="The byline name, without the unit after it")
    published: Optional[str] = Field(default=None, pattern=_ISO_DAY_OR_MONTH, description="ISO date of publication if the page shows one")
    evidence: dict[str, list[tuple[int, int]]] = Field(
        default_factory=dict, description="For every non-null value, its field path mapped to [start, end) character "
                                          "offsets into the original input where it is stated")
    inferred: list[str] = Field(
        default_factory=list, description="Field paths whose value was completed from the context (e.g. a year not "
                                          "written with the date); every other value with evidence is stated as written")
    warnings: list[RecordWarning] = Field(default_factory=list, description="Notes on inference and doubt, each with a code, "
                                                                          "the field it concerns and a message")

    def status(self, path: str) -> Optional[Literal["stated", "inferred"]]:
        """Whether the value at ``path`` (an evidence key) was stated or inferred; None if it has no value."""
        if path in self.inferred:
            return "inferred"
        return "stated" if path in self.evidence else None


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the record, as committed in schemas/record.schema.json."""
    return MeetingRecord.model_json_schema(mode="serialization")

"""The pipeline: normalize -> segment -> extractors -> assemble, one named component after another."""
from __future__ import annotations

import datetime as dt
import logging

from .assemble import assemble
from .document import Document
from .extractors import cluster, meeting, outcomes, people, place
from .models import MeetingRecord
from .normalize import normalize
from .patterns import PatternTimeout
from .segment import looks_like_site_clock, published_candidates, read_byline, read_published, read_title, segment
from .settings import Settings

_log = logging.getLogger("tdkt_extract")


def _page(doc: Document, s: Settings) -> None:
    """Title, publication date and byline: what the page shows around the article."""
    d = doc.draft
    t = read_title(doc)
    if t:
        d.scalars["title"] = t
    p = read_published(doc)
    if p:
        d.scalars["published"] = p
    name, unit = read_byline(doc)
    if name:
        d.scalars["author"] = name
        if unit:
            d.scalars["author.unit"] = unit


def _meeting(doc: Document, s: Settings) -> None:
    meeting.extract(doc)


def _cluster(doc: Document, s: Settings) -> None:
    cluster.extract(doc)


def _people(doc: Document, s: Settings) -> None:
    people.extract(doc, use_ner=s.use_ner)
    cluster.chairs_from_people(doc)


def _outcomes(doc: Document, s: Settings) -> None:
    outcomes.extract(doc)


def _context(doc: Document, s: Settings) -> None:
    """What needs the other fields: the province, and the year of a date written without one."""
    _recheck_published(doc)
    place.extract(doc)
    meeting.resolve_date(doc)
    place.name_of_the_day(doc)


def _recheck_published(doc: Document) -> None:
    """A site header's clock (today's date, years after the meeting) is not the publication date: where
    the period reviewed is known, a date line of its year or the next is preferred."""
    d = doc.draft
    per = d.scalars.get("meeting.period")
    pub = d.scalars.get("published")
    if per is None or pub is None or per.value.get("year") is None:
        return
    ok = (per.value["year"], per.value["year"] + 1)
    if int(pub.value[:4]) in ok:
        return
    better = next((c for c in published_candidates(doc) if int(c.value[:4]) in ok), None)
    if better is not None:
        d.scalars["published"] = better
    elif pub.value < _earliest_meeting(doc, per) and not _days_after_the_meeting(doc, pub):
        # a date before the meeting could have been held (a site header's clock years back) dates no report of it
        del d.scalars["published"]
    elif int(pub.value[:4]) > per.value["year"] + 2 and _above_headline(doc, pub) and looks_like_site_clock(doc, pub):
        # and a weekday and date alone above the headline, years after the period, is the site header's clock: today's
        # date when the page was copied
        del d.scalars["published"]


#: the most days a page dates its report after the meeting it reports, for _days_after_the_meeting
_REPORT_DAYS = 31


def _days_after_the_meeting(doc: Document, pub) -> bool:
    """The meeting's day and month are written without the year and the page's date line falls on or a few days after them
    ("Sáng 18/11, ..." under "Ngày đăng 20/11/2025"): the page's date dates the report of that meeting, whatever year a
    period read elsewhere in the text gives (meeting.resolve_date then takes the year from it). Not a weekday and a date
    alone, the way a site's header shows today's date ("Thứ Hai, 12/03/2024 08:15"), which may fall near any day."""
    parts = doc.draft.scalars.get("meeting.date.parts")
    if parts is None or parts.value[0] is not None or parts.value[1] is None or parts.value[2] is None \
            or looks_like_site_clock(doc, pub) or not _own_date_line(doc, pub) or _period_of_the_meeting_sentence(doc):
        return False
    day = dt.date.fromisoformat(pub.value)
    for y in (day.year, day.year - 1):
        try:
            held = dt.date(y, parts.value[1], parts.value[2])
        except ValueError:
            continue
        if 0 <= (day - held).days <= _REPORT_DAYS:
            return True
    return False


def _own_date_line(doc: Document, pub) -> bool:
    """The date stands where a page prints its own date: above the headline, between it and the lead, or on the line right
    under the lead; not further down, where a list of other articles gives theirs ("Các tin đã đăng" / a headline / its
    date), whether its heading is known or not."""
    blocks = doc.blocks
    at = next((i for i, b in enumerate(blocks) if b.start <= pub.start < b.end), None)
    title_i = next((i for i, b in enumerate(blocks) if b.kind == "title"), None)
    lead_i = next((i for i, b in enumerate(blocks) if b.kind == "body" and b.end - b.start > 60
                   and (title_i is None or i > title_i)), None)
    if at is None:
        return False
    return title_i is not None and at < title_i or lead_i is None or at <= lead_i + 1


def _period_of_the_meeting_sentence(doc: Document) -> bool:
    """The period read is the one the meeting's sentence writes with its year ("... sơ kết 9 tháng năm 2024"): the page's
    date, before the meeting could be held, does not set another year against it."""
    per, s = doc.draft.scalars.get("meeting.period"), doc.draft.meeting_sentence
    return per is not None and s is not None and s.start <= per.start < s.end


def _above_headline(doc: Document, f) -> bool:
    title = next((b for b in doc.blocks if b.kind == "title"), None)
    return title is not None and f.end <= title.start


def _earliest_meeting(doc: Document, per) -> str:
    """The earliest ISO date a meeting of this kind and period can be held: a review within or after the
    period (a school year's or a term's from the year before its last; an interim review of a term of several years from
    its first), a covenant from the autumn before."""
    d, period = doc.draft, per.value
    y = period["year"]
    kind = d.scalars.get("meeting.kind")
    parts = d.scalars.get("meeting.date.parts")
    if parts is not None and parts.value[0] is not None:
        py, pm, pd = parts.value
        return f"{py:04d}-{pm:02d}-{pd:02d}"
    if kind is not None and kind.value == "giao_uoc":
        return f"{y - 1:04d}-07-01"
    first = meeting.term_first_year(doc, per) if kind is not None and kind.value == "so_ket" else None
    if first is not None:
        return f"{first:04d}-01-01"
    return f"{y - 1 if period.get('span') == 'term' else y:04d}-01-01"

#: components named after the record field they fill: a time-limit warning names that field
_FIELD_GROUPS = ("meeting", "cluster", "people")

#: the named components, in order; each reads the document and writes to ``doc.draft``
COMPONENTS = [
    ("page", _page),
    ("meeting", _meeting),
    ("cluster", _cluster),
    ("people", _people),
    ("outcomes", _outcomes),
    ("context", _context),
]


def run(text: str, settings: Settings) -> MeetingRecord:
    return run_normalized(normalize(text), settings)


def run_normalized(norm, settings: Settings) -> MeetingRecord:
    """The pipeline on text already normalized (HTML input prepares its own view of the page)."""
    truncated = len(norm.text) > settings.read_chars
    if truncated:
        norm = norm.window(0, settings.read_chars)
    doc = Document(norm)
    for note in norm.warnings:  # normalization steps skipped on hostile input, an HTML page read as text
        doc.warn("html_not_parsed" if note.startswith("html:") else "time_limit", None, note)
    if truncated:
        n = settings.read_chars
        doc.warn("input_truncated", None, f"the text is longer than {n:,} characters; only the first {n:,} were read")
    for name, component in [("segment", lambda d, _s: segment(d)), *COMPONENTS]:
        try:
            component(doc, settings)
        except PatternTimeout as e:
            doc.warn("time_limit", name if name in _FIELD_GROUPS else None,
                     f"a pattern of the {name} step ran past its time limit and was skipped ({e})")
        except Exception as e:  # noqa: BLE001 -- a defect in one step must not cost the caller the whole record
            _log.exception("the %s step failed", name)
            doc.warn("step_failed", name if name in _FIELD_GROUPS else None,
                     f"the {name} step failed ({type(e).__name__}: {e}); its fields are as far as it got")
    if "meeting.kind" not in doc.draft.scalars and "cluster.name" not in doc.draft.scalars:
        doc.warn("not_a_meeting", None, "the text does not read as a report of an emulation cluster or bloc meeting")
    return assemble(doc)

"""The document object that carries the text, its offset map and its segments through the pipeline."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property

from .cues import CueIndex
from .models import RecordWarning, WarningCode
from .normalize import Normalized

log = logging.getLogger("tdkt_extract")
#: warnings a service should see in its logs (others are logged at DEBUG)
_LOGGED_CODES = frozenset({"time_limit", "ner_unavailable", "input_truncated"})


@dataclass(slots=True)
class Found:
    """A value with the [start, end) span of the normalized text that states it."""

    value: object
    start: int
    end: int


@dataclass(slots=True)
class Block:
    """A line of the normalized text: ``kind`` is title, meta, body, caption, byline or chrome."""

    start: int
    end: int
    kind: str = "body"


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    block: int


_MISSING = object()


@dataclass
class Document:
    norm: Normalized
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    warnings: list[RecordWarning] = field(default_factory=list)
    draft: "Draft" = field(default_factory=lambda: Draft())
    #: results several components ask for, computed once (see ``memo``)
    _memo: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def warn(self, code: WarningCode, field: str | None, message: str) -> None:
        """Record a warning (``code`` from models.WARNING_CODES) and log it."""
        w = RecordWarning(code=code, field=field, message=message)
        if w not in self.warnings:
            self.warnings.append(w)
            log.log(logging.WARNING if code in _LOGGED_CODES else logging.DEBUG, "%s [%s]", w, code)

    @cached_property
    def text(self) -> str:
        # kept on the instance after the first read (the normalized text never changes): the
        # extractors read it tens of thousands of times an article set
        return self.norm.text

    @property
    def original(self) -> str:
        return self.norm.original

    @cached_property
    def cues(self) -> CueIndex:
        """Where the registered cue words occur (one scan, on first use)."""
        return CueIndex(self.text)

    def memo(self, key, compute):
        """``compute()``, kept on the document under ``key`` for the next component that asks
        (``key`` names the result and its arguments, such as ``("meeting.dates", start, end)``)."""
        got = self._memo.get(key, _MISSING)
        if got is _MISSING:
            got = self._memo[key] = compute()
        return got

    def tab_spaces(self, a: int, b: int) -> list[int]:
        """The spaces of text[a:b] that stand for a tab of the input (normalizing turns a tab into a space; a
        table copied from Word, a PDF or a spreadsheet parts its cells with them)."""
        norm = self.norm
        original = norm.original
        oa, ob = norm.to_original(a, b)
        if "\t" not in original[oa:ob]:
            return []
        t = self.text
        out = []
        p = t.find(" ", a, b)
        while p >= 0:
            x, y = norm.to_original(p, p + 1)
            if "\t" in original[x:y]:
                out.append(p)
            p = t.find(" ", p + 1, b)
        return out

    def block_text(self, b: Block) -> str:
        return self.text[b.start:b.end]

    def sent_text(self, s: Sentence) -> str:
        return self.text[s.start:s.end]

    def content_sentences(self) -> list[Sentence]:
        """Sentences of the article text (body, captions, title), not chrome or byline."""
        return self._kinds("content", ("body", "caption", "title"))

    def body_sentences(self) -> list[Sentence]:
        return self._kinds("body", ("body",))

    def content_sentence_at(self, pos: int) -> Sentence | None:
        """The content sentence that holds offset ``pos``, if any."""
        return next((x for x in self.content_sentences() if x.start <= pos < x.end), None)

    def _kinds(self, name: str, kinds: tuple[str, ...]) -> list[Sentence]:
        # asked for by every extractor, often per sentence: kept until the segmentation changes
        key = (name, id(self.sentences), len(self.sentences))
        got = self._memo.get(key)  # (memo's lookup, inline: a list is never None)
        if got is None:
            blocks = self.blocks
            got = self._memo[key] = [s for s in self.sentences if blocks[s.block].kind in kinds]
        return got


@dataclass(slots=True)
class PersonDraft:
    name: Found
    honorific: Found | None = None
    title: Found | None = None
    roles: dict[str, Found] = field(default_factory=dict)


@dataclass(slots=True)
class UnitRoleDraft:
    organization: Found | None  # (None only for a role the article gives a person alone, set last: see chairs_from_people)
    person: Found | None = None
    elected: bool = False  # (elected at this meeting for the period it opens: an election act, see cluster._elected_for_year_opened)


@dataclass(slots=True)
class AwardDraft:
    recipient: Found
    award: Found
    status: str
    year: Found | None = None


@dataclass(slots=True)
class Draft:
    """What the extractors found, as values with spans of the normalized text; the assembler
    turns it into a MeetingRecord with evidence into the original input."""

    scalars: dict[str, Found] = field(default_factory=dict)
    members: list[Found] = field(default_factory=list)
    roles: dict[str, UnitRoleDraft] = field(default_factory=dict)
    people: list[PersonDraft] = field(default_factory=list)
    rankings: list[tuple[int, Found]] = field(default_factory=list)
    awards: list[AwardDraft] = field(default_factory=list)
    decisions: list[tuple[str, Found]] = field(default_factory=list)
    meeting_sentence: Sentence | None = None

"""The public entry point: ``extract(text) -> MeetingRecord``."""
from __future__ import annotations

from dataclasses import replace

from . import patterns
from .errors import EmptyInputError, InputTooLargeError, type_error
from .models import MeetingRecord
from .pipeline import run
from .settings import DEFAULT, Settings


def extract(text: str, *, settings: Settings | None = None, max_chars: int | None = None) -> MeetingRecord:
    """Extract the meeting record from one article's text.

    Raises ``TypeError`` for a non-``str`` argument, ``EmptyInputError`` for empty text and
    ``InputTooLargeError`` for text longer than ``max_chars``; any other text gives a record.
    """
    if not isinstance(text, str):
        raise type_error(text)
    s = settings or DEFAULT
    if max_chars is not None:
        s = replace(s, max_chars=max_chars)
    if len(text) > s.max_chars:
        raise InputTooLargeError(len(text), s.max_chars)
    if not text.strip():
        raise EmptyInputError("the text is empty or whitespace only")
    patterns.TIMEOUT = s.regex_timeout
    return run(text, s)

"""The public entry point: ``extract(text) -> MeetingRecord``."""
from __future__ import annotations

from dataclasses import replace

from . import html_meta, patterns
from .errors import EmptyInputError, InputTooLargeError, type_error
from .html_input import looks_like_html, prepare
from .models import MeetingRecord
from .pipeline import run, run_normalized
from .settings import DEFAULT, Settings, check


def extract(text: str, *, html: bool | None = None, settings: Settings | None = None,
            max_chars: int | None = None) -> MeetingRecord:
    """Extract the meeting record from one article's text, or from an HTML page or fragment.

    ``html``: None detects HTML, True forces it, False reads the input as plain text. Evidence
    spans always index ``text`` as given (the HTML string for HTML input).
    Raises ``TypeError`` for a non-``str`` argument, ``EmptyInputError`` for empty text,
    ``InputTooLargeError`` for text longer than ``max_chars``, ``HTMLSupportError`` for HTML
    input without the ``html`` extra, ``TypeError`` for ``settings`` that is not a ``Settings``
    and ``SettingsError`` for a bad ``max_chars``; any other text gives a record.
    """
    if not isinstance(text, str):
        raise type_error(text)
    s = DEFAULT if settings is None else check(settings)
    if max_chars is not None:
        s = replace(s, max_chars=max_chars)
    if len(text) > s.max_chars:
        raise InputTooLargeError(len(text), s.max_chars)
    if not text.strip():
        raise EmptyInputError("the text is empty or whitespace only")
    if html is None:
        html = looks_like_html(text)
    with patterns.time_limit(s.regex_timeout):
        if html:
            norm = prepare(text)
            if not norm.text.strip():
                raise EmptyInputError("the HTML page holds no text")
            # the headline and date a page states only in its <head>: where the body gives none
            return html_meta.complete(run_normalized(norm, s), text)
        return run(text, s)

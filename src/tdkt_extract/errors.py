"""The error model of ``extract``: what it raises, and when.

``extract`` raises only for input it cannot read at all; any readable text, including text that
is not a meeting report, gives a record (with warnings where it doubts).

- ``TypeError``: the argument is not a ``str`` (for ``bytes``, decode first: ``data.decode("utf-8")``).
- ``EmptyInputError`` (a ``ValueError``): the text is empty or only whitespace.
- ``InputTooLargeError`` (a ``ValueError``): the text is longer than ``max_chars``; raised before any work.
- ``HTMLSupportError`` (an ``ImportError``): HTML input needs the optional extra ``tdkt-extract[html]``.
- ``SettingsError`` (a ``ValueError``): a ``Settings`` field of the wrong type or out of range;
  ``settings=`` that is not a ``Settings`` is a ``TypeError``.

All of them, except ``TypeError``, derive from ``TdktError``.
"""
from __future__ import annotations


class TdktError(Exception):
    """Base class of the errors this library raises on purpose."""


class EmptyInputError(TdktError, ValueError):
    """The text is empty or whitespace only: there is nothing to extract."""


class InputTooLargeError(TdktError, ValueError):
    """The text is longer than the configured ``max_chars``."""

    def __init__(self, length: int, max_chars: int):
        super().__init__(f"input has {length:,} characters, more than max_chars={max_chars:,}; "
                         "split it or pass a larger max_chars")
        self.length, self.max_chars = length, max_chars


class HTMLSupportError(TdktError, ImportError):
    """HTML input was given but the HTML extra is not installed."""


class SettingsError(TdktError, ValueError):
    """A ``Settings`` field of the wrong type or out of range (raised when the settings are made)."""


def type_error(obj: object) -> TypeError:
    kind = type(obj).__name__
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return TypeError(f"extract() takes str, got {kind}: decode it first, e.g. data.decode('utf-8')")
    return TypeError(f"extract() takes str, got {kind}")

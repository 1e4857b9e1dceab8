"""One settings object for the pipeline (the defaults suit a service; every field is optional).

``Settings`` checks its fields when it is made (``Settings(...)`` and ``dataclasses.replace``
alike): a value of the wrong type or out of range raises ``SettingsError`` (a ``ValueError``)
naming the field, so a mistake is caught where it was made, not as a changed record later.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Real

from .errors import SettingsError
from .patterns import DEFAULT_TIMEOUT

#: the longest time limit a pattern may be given: an hour is already "no limit" for one article,
#: and the regex engine reads an infinite or huge limit as none at all
MAX_REGEX_TIMEOUT = 3600.0


def _positive_int(name: str, v: object) -> None:
    # bool is an int in Python: max_chars=True would read as 1
    if isinstance(v, bool) or not isinstance(v, int):
        raise SettingsError(f"Settings.{name} must be an int, got {type(v).__name__} {v!r}")
    if v < 1:
        raise SettingsError(f"Settings.{name} must be at least 1, got {v}")


@dataclass(frozen=True)
class Settings:
    #: longer input raises InputTooLargeError before any work
    max_chars: int = 2_000_000
    #: ask underthesea's NER about the few sentences with a speech verb and no person the rules found
    use_ner: bool = True
    #: seconds one pattern may spend on one text before it is abandoned (with a warning);
    #: a finite number in (0, 3600]
    regex_timeout: float = DEFAULT_TIMEOUT
    #: characters of (normalized) text the extractors read; an article is far shorter, and the
    #: bound keeps hostile input linear. Longer text is read up to here, with a warning.
    read_chars: int = 50_000

    def __post_init__(self) -> None:
        _positive_int("max_chars", self.max_chars)
        _positive_int("read_chars", self.read_chars)
        if not isinstance(self.use_ner, bool):
            raise SettingsError(f"Settings.use_ner must be True or False, got {type(self.use_ner).__name__} {self.use_ner!r}")
        t = self.regex_timeout
        if isinstance(t, bool) or not isinstance(t, Real):
            raise SettingsError(f"Settings.regex_timeout must be a number of seconds, got {type(t).__name__} {t!r}")
        if not (math.isfinite(t) and 0 < t <= MAX_REGEX_TIMEOUT):
            raise SettingsError(f"Settings.regex_timeout must be more than 0 and at most {MAX_REGEX_TIMEOUT:g} seconds, got {t!r}")


def check(settings: object) -> Settings:
    """``settings`` itself when it is a ``Settings``; a clear ``TypeError`` otherwise."""
    if not isinstance(settings, Settings):
        raise TypeError(f"settings must be a tdkt_extract.Settings, got {type(settings).__name__} {settings!r:.60}")
    return settings


DEFAULT = Settings()

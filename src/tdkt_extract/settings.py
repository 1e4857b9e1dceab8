"""One settings object for the pipeline (the defaults suit a service; every field is optional)."""
from __future__ import annotations

from dataclasses import dataclass

from .patterns import DEFAULT_TIMEOUT


@dataclass(frozen=True)
class Settings:
    #: longer input raises InputTooLargeError before any work
    max_chars: int = 2_000_000
    #: ask underthesea's NER about the few sentences with a speech verb and no person the rules found
    use_ner: bool = True
    #: seconds one pattern may spend on one text before it is abandoned (with a warning)
    regex_timeout: float = DEFAULT_TIMEOUT
    #: characters of (normalized) text the extractors read; an article is far shorter, and the
    #: bound keeps hostile input linear. Longer text is read up to here, with a warning.
    read_chars: int = 50_000


DEFAULT = Settings()

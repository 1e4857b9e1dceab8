"""One settings object for the pipeline (the defaults suit a service; every field is optional)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    #: longer input raises InputTooLargeError before any work
    max_chars: int = 2_000_000
    #: ask underthesea's NER about the few sentences with a speech verb and no person the rules found
    use_ner: bool = True
    #: seconds one pattern may spend on one text before it is abandoned (with a warning)
    regex_timeout: float = 2.0


DEFAULT = Settings()

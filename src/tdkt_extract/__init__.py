"""tdkt_extract: grounded, validated records from Vietnamese emulation-cluster meeting articles.

>>> from tdkt_extract import extract
>>> record = extract(text)            # a pydantic MeetingRecord
>>> record.model_dump(mode="json")    # the JSON of shared/spec/record.md
"""
import logging

from .api import extract
from .batch import BatchResult, extract_many
from .errors import EmptyInputError, HTMLSupportError, InputTooLargeError, SettingsError, TdktError
from .jsonl import ResultLine, read_jsonl, write_jsonl
from .models import MeetingRecord, RecordWarning
from .render import render_html
from .settings import Settings

__version__ = "1.0.0"
__all__ = ["extract", "render_html", "extract_many", "BatchResult", "MeetingRecord", "RecordWarning", "ResultLine", "read_jsonl",
           "write_jsonl", "Settings", "TdktError", "EmptyInputError", "InputTooLargeError", "HTMLSupportError", "SettingsError",
           "__version__"]

# a library logs and lets the application decide where it goes (NER fallback, time limits, warnings)
logging.getLogger("tdkt_extract").addHandler(logging.NullHandler())

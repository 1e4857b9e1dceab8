"""tdkt_extract: grounded, validated records from Vietnamese emulation-cluster meeting articles.

>>> from tdkt_extract import extract
>>> record = extract(text)            # a pydantic MeetingRecord
>>> record.model_dump(mode="json")    # the JSON of shared/spec/record.md
"""
from .api import extract
from .batch import BatchResult, extract_many
from .errors import EmptyInputError, HTMLSupportError, InputTooLargeError, SettingsError, TdktError
from .models import MeetingRecord
from .render import render_html
from .settings import Settings

__version__ = "1.0.0"
__all__ = ["extract", "render_html", "extract_many", "BatchResult", "MeetingRecord", "Settings", "TdktError", "EmptyInputError", "InputTooLargeError",
           "HTMLSupportError", "SettingsError", "__version__"]

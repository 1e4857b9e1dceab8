"""tdkt_extract: grounded, validated records from Vietnamese emulation-cluster meeting articles.

>>> from tdkt_extract import extract
>>> record = extract(text)            # a pydantic MeetingRecord
>>> record.model_dump(mode="json")    # the JSON of shared/spec/record.md
"""
from .api import extract
from .errors import EmptyInputError, HTMLSupportError, InputTooLargeError, TdktError
from .models import MeetingRecord
from .settings import Settings

__version__ = "1.0.0"
__all__ = ["extract", "MeetingRecord", "Settings", "TdktError", "EmptyInputError", "InputTooLargeError",
           "HTMLSupportError", "__version__"]

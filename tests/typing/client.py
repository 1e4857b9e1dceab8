"""A small client of the public API, as a service would write it; checked with mypy --strict."""
from __future__ import annotations

import io
from typing import Iterator

from tdkt_extract import (BatchResult, EmptyInputError, MeetingRecord, RecordWarning, ResultLine, TdktError, extract,
                          extract_many, read_jsonl, write_jsonl)
from tdkt_extract.models import UnitRole


def meeting_date(text: str) -> str | None:
    try:
        record: MeetingRecord = extract(text)
    except EmptyInputError:
        return None
    except TdktError:
        raise
    return record.meeting.date


def warning_codes(record: MeetingRecord) -> list[str]:
    warnings: list[RecordWarning] = record.warnings
    return [w.code for w in warnings if w.field is None or w.field.startswith("meeting.")]


def member_count(record: MeetingRecord) -> int:
    return record.cluster.member_count or len(record.cluster.members)


def to_lines(texts: list[str]) -> Iterator[ResultLine]:
    for result in extract_many(texts):
        r: BatchResult = result
        yield ResultLine.from_result(r)


def round_trip(lines: list[ResultLine]) -> list[ResultLine]:
    buf = io.StringIO()
    n: int = write_jsonl(lines, buf)
    buf.seek(0)
    back = list(read_jsonl(buf))
    assert len(back) == n
    return [line for line in back if line.ok and line.record is not None]


def error_line(doc_id: str, exc: Exception) -> ResultLine:
    # optional fields need not be passed: mypy must see their defaults
    return ResultLine(id=doc_id, error=str(exc), error_type=type(exc).__name__)


def empty_record() -> MeetingRecord:
    record = MeetingRecord()
    return record.model_copy(update={"title": "x"})


def chair(org: str) -> UnitRole:
    return UnitRole(organization=org)

"""Structured warnings (code, field, message), stated / inferred values, and the package logger."""
import logging
import typing

import pytest

from tdkt_extract import MeetingRecord, Settings, extract
from tdkt_extract.models import WARNING_CODES, RecordWarning, WarningCode

NO_YEAR = ("Sáng 15-1, tại Sở Tư pháp, Cụm thi đua số 6 tổ chức Hội nghị tổng kết công tác thi đua, "
           "khen thưởng năm 2024.")


def test_an_inferred_year_is_a_coded_warning_and_an_inferred_value():
    r = extract(NO_YEAR)
    assert r.meeting.date == "2025-01-15"
    [w] = [w for w in r.warnings if w.code == "year_inferred"]
    assert (w.field, str(w)) == ("meeting.date", "meeting.date: year 2025 inferred from context")
    assert r.status("meeting.date") == "inferred"
    assert r.status("cluster.number") == "stated"
    assert r.status("meeting.venue") == "stated" and r.status("cluster.chair") is None


def test_a_stated_year_is_not_inferred():
    r = extract(NO_YEAR.replace("Sáng 15-1", "Sáng 15-1-2025"))
    assert r.inferred == [] and r.status("meeting.date") == "stated"
    assert not [w for w in r.warnings if w.code == "year_inferred"]


def test_every_code_is_in_the_catalog():
    assert set(typing.get_args(WarningCode)) == set(WARNING_CODES)


def test_old_string_warnings_read_as_notes():
    """Archives written before codes keep loading: "field: message" becomes a note on that field."""
    rec = MeetingRecord.model_validate({"warnings": ["meeting.date: year 2024 inferred from context",
                                                     "the text does not read as a report"]})
    assert [(w.code, w.field, w.message) for w in rec.warnings] == [
        ("note", "meeting.date", "year 2024 inferred from context"), ("note", None, "the text does not read as a report")]


def test_an_unknown_code_is_refused():
    with pytest.raises(ValueError):
        RecordWarning(code="made_up", field=None, message="x")


def test_truncated_input_is_warned_and_logged(caplog):
    caplog.set_level(logging.DEBUG, logger="tdkt_extract")
    r = extract(NO_YEAR + " Tham dự hội nghị có đại diện các đơn vị." * 3, settings=Settings(read_chars=150))
    assert "input_truncated" in [w.code for w in r.warnings]
    logged = {(rec.levelno, rec.name) for rec in caplog.records if "only the first 150" in rec.getMessage()}
    assert logged == {(logging.WARNING, "tdkt_extract")}
    # the year note is for debugging only: a service's default WARNING level does not see it
    assert any(rec.levelno == logging.DEBUG and "inferred" in rec.getMessage() for rec in caplog.records)


def test_the_library_logger_has_no_output_of_its_own():
    """A library adds no handler that prints: the service routes "tdkt_extract" where it wants."""
    handlers = logging.getLogger("tdkt_extract").handlers
    assert handlers and all(isinstance(h, logging.NullHandler) for h in handlers)

"""Settings are checked when made: a wrong type or a value out of range is a clear error."""
import dataclasses

import pytest

from tdkt_extract import SettingsError, extract
from tdkt_extract.settings import DEFAULT, Settings

TEXT = "Ngày 4/4/2025, Cụm thi đua số 2 tổ chức Hội nghị sơ kết quý I năm 2025. Bà Trần Thị Hoa phát biểu."


@pytest.mark.parametrize("kwargs,field", [
    ({"regex_timeout": float("inf")}, "regex_timeout"),
    ({"regex_timeout": float("nan")}, "regex_timeout"),
    ({"regex_timeout": 0}, "regex_timeout"),
    ({"regex_timeout": -1.0}, "regex_timeout"),
    ({"regex_timeout": 1e9}, "regex_timeout"),
    ({"regex_timeout": "2"}, "regex_timeout"),
    ({"read_chars": -5}, "read_chars"),
    ({"read_chars": 1.5}, "read_chars"),
    ({"max_chars": -1}, "max_chars"),
    ({"max_chars": 0}, "max_chars"),
    ({"max_chars": True}, "max_chars"),
    ({"use_ner": "no"}, "use_ner"),
    ({"use_ner": 0}, "use_ner"),
])
def test_bad_values_are_refused_naming_the_field(kwargs, field):
    with pytest.raises(SettingsError, match=f"Settings.{field}"):
        Settings(**kwargs)


def test_replace_checks_too_and_good_values_pass():
    with pytest.raises(SettingsError):
        dataclasses.replace(DEFAULT, read_chars=0)
    s = Settings(max_chars=10_000, use_ner=False, regex_timeout=0.5, read_chars=2_000)
    assert extract(TEXT, settings=s).cluster.number == 2
    assert Settings(regex_timeout=3) == Settings(regex_timeout=3)


def test_extract_refuses_what_is_not_settings():
    with pytest.raises(TypeError, match="settings must be a tdkt_extract.Settings"):
        extract(TEXT, settings="x")
    with pytest.raises(TypeError, match="settings must be"):
        extract(TEXT, settings={"use_ner": False})
    with pytest.raises(SettingsError, match="max_chars"):
        extract(TEXT, max_chars=-1)

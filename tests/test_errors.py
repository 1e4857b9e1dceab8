"""The error model: what extract raises, and that everything else gives a record."""
import pytest

from tdkt_extract import EmptyInputError, InputTooLargeError, TdktError, extract
from tdkt_extract.errors import HTMLSupportError


def test_non_str_raises_type_error_naming_the_type():
    with pytest.raises(TypeError, match="got bytes: decode it first"):
        extract(b"Cum thi dua")
    with pytest.raises(TypeError, match="got int"):
        extract(42)
    with pytest.raises(TypeError, match="got NoneType"):
        extract(None)


@pytest.mark.parametrize("text", ["", "   ", "\n\t \u00a0\n"])
def test_empty_text(text):
    with pytest.raises(EmptyInputError) as e:
        extract(text)
    assert isinstance(e.value, ValueError) and isinstance(e.value, TdktError)


def test_too_large_is_refused_before_any_work():
    with pytest.raises(InputTooLargeError, match="max_chars=100"):
        extract("x" * 101, max_chars=100)
    assert extract("Cụm thi đua số 3 tổ chức Hội nghị tổng kết năm 2023.", max_chars=100).cluster.number == 3


def test_error_classes():
    assert issubclass(InputTooLargeError, ValueError) and issubclass(InputTooLargeError, TdktError)
    assert issubclass(HTMLSupportError, ImportError) and issubclass(HTMLSupportError, TdktError)


@pytest.mark.parametrize("text", ["a", "12345", "<<<>>>", "\x00\x01", "😀" * 50, "tại " * 1000, "Cụm thi đua " * 500])
def test_odd_text_gives_a_record(text):
    r = extract(text)
    assert r.schema_version == "1.0"


def test_html_without_the_extra_says_what_to_install(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_selectolax(name, *args, **kwargs):
        if name.startswith("selectolax"):
            raise ImportError("No module named 'selectolax'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_selectolax)
    with pytest.raises(HTMLSupportError, match=r"pip install 'tdkt-extract\[html\]'"):
        extract("<html><body><p>Cụm thi đua số 3 tổ chức Hội nghị tổng kết năm 2023.</p></body></html>")

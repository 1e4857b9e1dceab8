import re
import unicodedata

import pytest

from tdkt_extract import extract
from tdkt_extract.normalize import clean_value, normalize, repair_mojibake


def _key(s: str) -> str:
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").replace("đ", "d").replace("Đ", "D").lower()
    return re.sub(r"\s+", " ", re.sub(r"\s*-\s*", " - ", s)).strip()


def resolve(d, path):
    cur = d
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        if part.startswith("["):
            i = int(part[1:-1])
            cur = cur[i] if isinstance(cur, list) and i < len(cur) else None
        else:
            cur = cur.get(part) if isinstance(cur, dict) else None
    return cur


def check_grounding(text: str, rec: dict) -> None:
    """Every evidence span lies inside the input; a text value's span, cleaned, equals the value."""
    for path, spans in rec["evidence"].items():
        value = resolve(rec, path)
        assert spans, path
        for a, b in spans:
            assert 0 <= a < b <= len(text), (path, a, b, len(text))
            if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value) and path.split(".")[-1] not in (
                    "kind", "honorific", "time_of_day", "province"):
                # the span read as the pipeline reads it: HTML tags and entities, NFC, mojibake (which the
                # pipeline repairs when the whole text shows it, so a short span may need it forced, or left as
                # it is when the text around it shows none)
                span = text[a:b]
                # (or with only the invisible format characters dropped, as normalize does, where the text around the span
                # keeps its mojibake: "Ã¡ \u200b Ã¡")
                visible = "".join(c for c in unicodedata.normalize("NFC", span) if unicodedata.category(c) != "Cf")
                readings = {_key(clean_value(normalize(span).text)), _key(clean_value(normalize(repair_mojibake(span)).text)),
                            _key(clean_value(unicodedata.normalize("NFC", span))), _key(clean_value(visible))}
                assert _key(value) in readings, (path, span, value)


@pytest.fixture
def rec():
    """extract() as a JSON dict, with its grounding checked and no step of the pipeline failed (a step's defect is
    swallowed for the caller, with a warning: a test must not pass on a record cut short by one)."""
    def run(text: str) -> dict:
        r = extract(text).model_dump(mode="json")
        check_grounding(text, r)
        failed = [w for w in r.get("warnings") or [] if isinstance(w, dict) and w.get("code") == "step_failed"]
        assert not failed, failed
        return r
    return run

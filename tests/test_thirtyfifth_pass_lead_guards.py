"""Guards the lead added after the differential reviews of the thirty-fifth pass (own examples)."""
from tdkt_extract import extract

_HEAD = ("Cụm thi đua các trường THCS huyện Đông Hải tổng kết năm học\n\n"
         "Cụm thi đua các trường THCS huyện Đông Hải vừa tổ chức hội nghị tổng kết năm học 2024 - 2025. ")


def _kinds(text: str) -> list[str]:
    return [d["kind"] for d in extract(text).model_dump()["decisions"]]


def test_a_thematic_session_held_in_the_year_under_review_is_no_plan():
    # what the schools did during the reviewed year is a result, not an act of this meeting
    for opener in ("Năm học vừa qua", "Năm học 2024 - 2025", "Trong năm học 2024-2025", "Năm qua"):
        text = _HEAD + f"{opener}, các trường trong cụm đã thống nhất tổ chức 03 chuyên đề cấp cụm về dạy học STEM."
        assert "plan" not in _kinds(text), opener


def test_a_thematic_session_for_the_coming_year_is_still_a_plan():
    for sentence in ("Hội nghị thống nhất tổ chức 02 chuyên đề cấp cụm trong năm học 2025 - 2026.",
                     "Năm học 2025 - 2026, các trường thống nhất tổ chức 02 chuyên đề cấp cụm."):
        assert "plan" in _kinds(_HEAD + sentence), sentence

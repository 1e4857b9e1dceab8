"""Guards for the thirty-seventh pass (chair and unit names): an acronym in brackets closing a unit's name is cut only where
the unit's end is found after it, never from a list part its caller has already cut whole ("A (ACR), B dẫn đầu"), so each unit
of a ranked list stays ranked. Examples written for these tests."""
from tdkt_extract import extract
from record_views import ranks

LEAD = "Ngày 9/1/2024, Cụm thi đua số 7 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. "


def _rec(text: str) -> dict:
    return extract(text).model_dump()


def test_unit_with_gloss_then_comma_in_a_ranked_list_stays_ranked():
    r = _rec(LEAD + "Hội nghị suy tôn Trường Cao đẳng Y tế Thanh Hóa (CĐYT), Trường Cao đẳng Nông Lâm Thanh Hóa dẫn đầu Cụm.")
    assert ranks(r) == [(1, "Trường Cao đẳng Y tế Thanh Hóa"), (1, "Trường Cao đẳng Nông Lâm Thanh Hóa")]


def test_two_units_each_with_a_gloss_in_a_ranked_list_stay_ranked():
    r = _rec(LEAD + "Hội nghị bình xét, suy tôn Bảo hiểm xã hội tỉnh Lào Cai (BHXH), Cục Hải quan tỉnh Lào Cai (CHQ) dẫn đầu Cụm.")
    assert ranks(r) == [(1, "Bảo hiểm xã hội tỉnh Lào Cai"), (1, "Cục Hải quan tỉnh Lào Cai")]


def test_gloss_in_a_ranked_list_closed_by_and_keeps_every_unit():
    r = _rec(LEAD + "Hội nghị suy tôn Trung tâm Kiểm soát bệnh tật tỉnh (CDC), Trung tâm Pháp y tỉnh và Trung tâm Giám định y khoa "
                    "tỉnh dẫn đầu Cụm.")
    assert [u for _r, u in ranks(r)] == ["Trung tâm Kiểm soát bệnh tật tỉnh", "Trung tâm Pháp y tỉnh",
                                         "Trung tâm Giám định y khoa tỉnh"]

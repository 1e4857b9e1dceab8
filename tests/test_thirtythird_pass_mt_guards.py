"""Thirty-third pass, guards on the meeting/place rules: a reviewed stretch of whole days keeps its year, the plural of a
system's branches is one province's district units, a system named inside the bloc's member list is no system of the
cluster's, and an act's word capitalised in a programme's name still acts on the province."""
from tdkt_extract import extract


def rec(text: str) -> dict:
    return extract(text).model_dump(mode="json")


def test_a_stretch_of_whole_days_reviewed_gives_the_year_of_its_last_day():
    r = rec("Ngày 27/12/2024, Cụm thi đua số 3 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng từ ngày "
            "01/01/2024 đến ngày 20/12/2024.")
    assert r["meeting"]["period"] == {"year": 2024, "span": "year"}


def test_the_plural_of_a_systems_branches_is_one_provinces_district_units():
    r = rec("Sáng 10/1/2025, Cụm thi đua số 1 các Bưu điện tổ chức hội nghị tổng kết công tác thi đua năm 2024.\n"
            "Cụm gồm: Bưu điện huyện Lục Yên, Bưu điện huyện Văn Yên, Bưu điện huyện Trấn Yên.")
    assert r["meeting"]["province"] == "Yên Bái"


def test_a_telecom_group_inside_the_blocs_member_list_is_no_system_of_the_cluster():
    r = rec("Ngày 12/1/2024, Khối thi đua số 4 (VNPT, Viettel, Bưu điện tỉnh) tổ chức hội nghị tổng kết năm 2023 tại "
            "thành phố Đồng Hới, tỉnh Quảng Bình.")
    assert r["meeting"]["province"] == "Quảng Bình"


def test_an_acts_word_capitalised_in_a_programmes_name_still_acts_on_the_province():
    r = rec("Ngày 15/1/2024, Khối thi đua số 3 tổ chức hội nghị tổng kết năm 2023.\nCác đơn vị trong Khối đã hưởng ứng "
            "phong trào “Cùng chung tay Hỗ trợ tỉnh Hà Giang xóa nhà dột nát”.\nKhối gồm: Sở Tư pháp, Sở Nội vụ, Sở Y tế.")
    assert r["meeting"]["province"] is None

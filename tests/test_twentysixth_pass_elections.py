"""Elections of the next chair and vice-chair, and the chair units named by "là" before their verb."""


def _org(role):
    return role["organization"] if role else None


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


# 1. the meeting agreeing on the unit by turn, with "nhất trí", a colon after "luân phiên" or a place's unit

def test_agreed_by_turn_with_a_lower_case_place_unit_is_an_election(rec):
    r = rec("Ngày 15/12/2025, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2025. Theo nguyên tắc luân phiên, hội nghị "
            "thống nhất xã Tân Phước làm Cụm trưởng năm 2026.")
    assert "election" in _kinds(r)
    assert _org(r["cluster"]["next_chair"]) == "xã Tân Phước"


def test_nhat_tri_a_place_unit_as_chair_is_an_election_and_the_next_chair(rec):
    r = rec("Ngày 15/12/2025, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2025. Hội nghị nhất trí xã Tân Phước làm "
            "Cụm trưởng năm 2026.")
    assert "election" in _kinds(r)
    assert _org(r["cluster"]["next_chair"]) == "xã Tân Phước"


def test_nhat_tri_luan_phien_with_a_colon_is_an_election(rec):
    r = rec("Ngày 18/7/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm học 2023 - 2024. Hội nghị nhất trí luân "
            "phiên: Phòng Tư pháp huyện Đông Sơn là Cụm trưởng, Phòng Tư pháp huyện Hà Trung là Cụm phó năm học "
            "2024 - 2025.")
    assert "election" in _kinds(r)
    assert _org(r["cluster"]["next_chair"]) == "Phòng Tư pháp huyện Đông Sơn"
    assert _org(r["cluster"]["next_vice_chair"]) == "Phòng Tư pháp huyện Hà Trung"


def test_thong_nhat_luan_phien_with_a_colon_is_an_election(rec):
    r = rec("Hội nghị tổng kết công tác thi đua năm 2023 của Cụm thi đua số 7.\nHội nghị thống nhất luân phiên: Cục "
            "Hải quan tỉnh Kon Tum làm Trưởng Cụm năm 2024.")
    els = [d for d in r["decisions"] if d["kind"] == "election"]
    assert els and "Cục Hải quan tỉnh Kon Tum làm Trưởng Cụm năm 2024" in els[0]["text"]


def test_nhat_tri_on_a_report_is_no_election(rec):
    r = rec("Ngày 15/12/2025, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2025. Hội nghị nhất trí thông qua Báo cáo "
            "tổng kết năm 2025 của đơn vị Cụm trưởng.")
    assert "election" not in _kinds(r)
    assert r["cluster"]["next_chair"] is None

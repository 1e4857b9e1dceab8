"""Forms of the thirtieth pass (district and commune clusters of the north), each on an invented example."""

LEAD = "Ngày 19/12/2023, Cụm thi đua số 7 tổng kết công tác thi đua năm 2023. "
HALF = "Ngày 28/6/2023, Cụm thi đua số 2 sơ kết 6 tháng đầu năm 2023. "


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def _ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


def test_the_chair_abbreviated_ct_before_the_committee(rec):
    r = rec(HALF + "Đồng chí Phạm Đức Lương, CT UBND xã Tân Hưng, Cụm trưởng báo cáo kết quả 6 tháng.")
    assert r["cluster"]["chair"] == {"organization": "UBND xã Tân Hưng", "person": "Phạm Đức Lương"}
    assert r["people"][0]["title"] == "CT UBND xã Tân Hưng, Cụm trưởng"
    r = rec(HALF + "Đồng chí Phạm Đức Lương, Phó CT UBND huyện Yên Khê - Cụm trưởng chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "UBND huyện Yên Khê", "person": "Phạm Đức Lương"}


def test_two_ranked_units_joined_before_one_proposed_award(rec):
    award = "Bằng khen của Chủ tịch UBND tỉnh"
    r = rec(LEAD + "Kết quả xếp hạng: xã Minh Đức đứng thứ hai và xã Quang Trung đứng thứ ba, được đề nghị tặng " + award + ".")
    assert _awards(r) == [("xã Minh Đức", award, "proposed"), ("xã Quang Trung", award, "proposed")]
    r = rec(LEAD + "Xã Minh Đức xếp thứ hai và xã Quang Trung xếp thứ ba, được đề nghị tặng " + award + ".")
    assert _awards(r) == [("Xã Minh Đức", award, "proposed"), ("xã Quang Trung", award, "proposed")]
    assert _ranks(r) == [(2, "Xã Minh Đức"), (3, "xã Quang Trung")]


def test_reviewing_and_grading_is_a_ranking(rec):
    r = rec(LEAD + "Hội nghị đã bình xét, xếp loại thi đua đối với các đơn vị trong cụm.")
    assert r["decisions"] == [{"kind": "ranking", "text": "Hội nghị đã bình xét, xếp loại thi đua đối với các đơn vị trong cụm"}]
    # (the work of grading named as a topic is no act)
    assert "ranking" not in _kinds(rec(LEAD + "Các đơn vị đã làm tốt công tác bình xét, xếp loại thi đua."))
    assert "ranking" not in _kinds(rec(LEAD + "Hội nghị đã thông qua quy chế bình xét, xếp loại thi đua."))


def test_rank_labels_parted_by_commas(rec):
    r = rec(LEAD + "Kết quả bình xét: Nhất: huyện Tiên Lữ, Nhì: huyện Kim Bảng, Ba: huyện Lý Nhân.")
    assert _ranks(r) == [(1, "huyện Tiên Lữ"), (2, "huyện Kim Bảng"), (3, "huyện Lý Nhân")]


def test_a_city_in_lower_case_after_a_rank_label(rec):
    r = rec(LEAD + "Kết quả bình xét: Nhất: huyện Tiên Lữ; Nhì: thành phố Phủ Lạc; Ba: huyện Lý Nhân.")
    assert _ranks(r) == [(1, "huyện Tiên Lữ"), (2, "thành phố Phủ Lạc"), (3, "huyện Lý Nhân")]


def test_an_acting_head_abbreviated_q(rec):
    r = rec(LEAD + "Hội nghị do đồng chí Đỗ Minh Khang, Q. Chủ tịch UBND huyện Đông Lâm, Cụm trưởng chủ trì.")
    p = r["people"][0]
    assert (p["title"], p["roles"]) == ("Q. Chủ tịch UBND huyện Đông Lâm, Cụm trưởng", ["presided"])
    assert r["cluster"]["chair"] == {"organization": "UBND huyện Đông Lâm", "person": "Đỗ Minh Khang"}


def test_a_december_day_of_a_five_year_review_is_in_its_last_year(rec):
    r = rec("Ngày 9/12, Cụm thi đua số 5 tỉnh Thái Bình tổ chức hội nghị tổng kết phong trào thi đua yêu nước giai đoạn "
            "2021 - 2025 và công tác thi đua năm 2025.")
    assert r["meeting"]["date"] == "2025-12-09"
    # (a school year's December is of its first year)
    r = rec("Ngày 9/12, Khối thi đua số 3 tổ chức hội nghị sơ kết học kỳ I năm học 2024 - 2025.")
    assert r["meeting"]["date"] == "2024-12-09"


def test_the_role_agreed_then_the_unit_after_cho(rec):
    r = rec(LEAD + "Các đơn vị nhất trí luân phiên Cụm trưởng năm 2024 cho huyện Kim Bảng.")
    assert r["decisions"] == [{"kind": "election", "text": "Các đơn vị nhất trí luân phiên Cụm trưởng năm 2024 cho huyện Kim Bảng"}]
    assert r["cluster"]["next_chair"] == {"organization": "huyện Kim Bảng", "person": None}
    # (the role's own work after "cho" is no choice)
    assert "election" not in _kinds(rec(LEAD + "Các đơn vị nhất trí Cụm trưởng cho ý kiến về dự thảo."))

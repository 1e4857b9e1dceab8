"""Forms left by the twenty-sixth pass, read in the twenty-seventh (examples written for these tests)."""

_HEAD = "Sáng 18/12/2024, Cụm thi đua số 4 tỉnh Lâm Hà tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


def test_an_act_dated_before_the_meeting_is_told_in_the_review(rec):
    r = rec(_HEAD + "Tháng 4/2024, các thành viên đã thống nhất quy chế hoạt động và nhiệm vụ trọng tâm năm 2024.")
    assert _kinds(r) == []
    r = rec(_HEAD + "Ngày 15/5/2024, Ban Thường vụ Tỉnh ủy phát động đợt thi đua cao điểm chào mừng Đại hội.")
    assert _kinds(r) == []
    # (the day before the meeting, no year written: the meeting's year)
    r = rec(_HEAD + "Ngày 17/12, các đơn vị đã thống nhất thang điểm thi đua năm 2024.")
    assert _kinds(r) == []


def test_an_act_dated_on_the_meeting_day_or_after_it_is_read(rec):
    r = rec(_HEAD + "Ngày 18/12, hội nghị đã thống nhất thang điểm thi đua năm 2025.")
    assert "approve_report" in _kinds(r)
    r = rec(_HEAD + "Tháng 12/2024, hội nghị thống nhất suy tôn Sở Tư pháp dẫn đầu Cụm.")
    assert "ranking" in _kinds(r)
    # (the meeting's year unread, a year written in the clause: no telling which comes first, the act stays)
    r = rec("Sáng 18/12, Cụm thi đua số 4 tỉnh Lâm Hà tổ chức hội nghị tổng kết công tác thi đua, khen thưởng. "
            "Tháng 4/2024, các thành viên đã thống nhất quy chế hoạt động.")
    assert "approve_report" in _kinds(r)


def test_proposing_a_counted_number_of_solutions_is_an_achievement_not_a_speech(rec):
    r = rec(_HEAD + "Năm qua, ông Đoàn Minh Triết, Giám đốc Sở Xây dựng đã đề xuất 4 giải pháp kỹ thuật, làm lợi hàng tỷ đồng.")
    (p,) = r["people"]
    assert "spoke" not in p["roles"]
    r = rec(_HEAD + "Tại hội nghị, ông Đoàn Minh Triết, Giám đốc Sở Xây dựng đề xuất giải pháp nâng cao chất lượng bình xét.")
    (p,) = r["people"]
    assert "spoke" in p["roles"]


def test_a_bloc_of_the_partys_central_bodies_has_no_province(rec):
    r = rec("Sáng 10/12/2024, tại Hà Nội, Khối thi đua các Ban Đảng Trung ương tổ chức hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["province"] is None
    # (a province's own bloc of the Party's bodies keeps its province)
    r = rec("Sáng 10/12/2024, tại Lâm Đồng, Khối thi đua các cơ quan Đảng tỉnh Lâm Đồng tổ chức hội nghị tổng kết năm 2024.")
    assert r["meeting"]["province"] == "Lâm Đồng"


def test_units_praised_as_always_leading_are_not_ranked(rec):
    r = rec(_HEAD + "Phát biểu tại hội nghị, khách mời đánh giá Sở Tư pháp và Sở Y tế luôn là những đơn vị dẫn đầu Khối.")
    assert r["rankings"] == []
    r = rec(_HEAD + "Hội nghị suy tôn Sở Tư pháp và Sở Y tế là hai đơn vị dẫn đầu Cụm năm 2024.")
    assert {x["organization"] for x in r["rankings"]} == {"Sở Tư pháp", "Sở Y tế"}

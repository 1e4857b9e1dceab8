"""Forms of the twenty-third pass, each on an invented example."""

LEAD = "Ngày 12/01/2023, Khối thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2022. "


def _acts(r):
    return [(d["kind"], d["text"]) for d in r["decisions"]]


def test_a_vote_opens_an_act_of_its_own_after_an_agreed_report(rec):
    r = rec(LEAD + "Hội nghị thống nhất dự thảo báo cáo năm 2022 và biểu quyết kết quả đề xuất khen thưởng năm 2022.")
    assert _acts(r) == [("approve_report", "Hội nghị thống nhất dự thảo báo cáo năm 2022"),
                        ("award_proposal", "biểu quyết kết quả đề xuất khen thưởng năm 2022")]


def test_choosing_units_by_vote_is_a_ranking(rec):
    r = rec(LEAD + "Hội nghị đã bình chọn 3 đơn vị xuất sắc.")
    assert _acts(r) == [("ranking", "Hội nghị đã bình chọn 3 đơn vị xuất sắc")]
    r = rec(LEAD + "Các đại biểu bỏ phiếu lựa chọn 01 tập thể dẫn đầu phong trào thi đua.")
    assert [k for k, _ in _acts(r)] == ["ranking"]
    # (the method of choosing, a draft rule's content, is no ranking)
    r = rec(LEAD + "Hội nghị góp ý dự thảo Tiêu chuẩn, phương pháp bình chọn đơn vị dẫn đầu của Khối.")
    assert [k for k, _ in _acts(r)] == []

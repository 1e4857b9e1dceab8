"""Forms of the eighteenth pass, each on an invented example."""

LEAD = "Ngày 5/12/2022, Khối thi đua các hội đặc thù tỉnh Lâm Sơn tổ chức hội nghị tổng kết công tác thi đua năm 2022. "


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def test_an_award_for_a_span_of_years_before_its_recipient(rec):
    r = rec(LEAD + "Hội nghị đã bỏ phiếu tín nhiệm, suy tôn đề nghị UBND tỉnh xét tặng Cờ Thi đua xuất sắc giai đoạn 2018 – 2022 cho "
            "Hội Chữ thập đỏ tỉnh. Hội nghị kết thúc lúc 11 giờ.")
    assert _awards(r) == [("Hội Chữ thập đỏ tỉnh", "Cờ Thi đua xuất sắc", "proposed")]


def test_the_rotating_flag_handed_to_the_new_holder_of_the_role(rec):
    end = " Hội nghị kết thúc lúc 11 giờ."
    r = rec(LEAD + "Sở Xây dựng trao Cờ luân lưu cho khối trưởng mới là Sở Tài chính." + end)
    assert _awards(r) == [("Sở Tài chính", "Cờ luân lưu", "conferred")]
    r = rec(LEAD + "Sở Xây dựng trao Cờ luân lưu cho Khối trưởng mới Trung tâm Lưu trữ tỉnh." + end)
    assert _awards(r) == [("Trung tâm Lưu trữ tỉnh", "Cờ luân lưu", "conferred")]
    # (the role alone names no recipient)
    assert rec(LEAD + "Sở Xây dựng trao Cờ luân lưu cho khối trưởng năm 2023." + end)["awards"] == []


def test_award_headings_with_their_recipients_on_the_same_line(rec):
    r = rec(LEAD + "\nCác đơn vị tiến hành bỏ phiếu bình xét, kết quả như sau:\n"
            "Cờ thi đua của Ủy ban nhân dân tỉnh: Hội Chữ thập đỏ tỉnh\n"
            "Bằng khen của Ủy ban nhân dân tỉnh: Hội Đông y tỉnh, Hội Người mù tỉnh\n"
            "Hội nghị kết thúc lúc 11 giờ.")
    assert _awards(r) == [("Hội Chữ thập đỏ tỉnh", "Cờ thi đua của Ủy ban nhân dân tỉnh", "proposed"),
                          ("Hội Đông y tỉnh", "Bằng khen của Ủy ban nhân dân tỉnh", "proposed"),
                          ("Hội Người mù tỉnh", "Bằng khen của Ủy ban nhân dân tỉnh", "proposed")]
    # (criteria of an award under its name are no recipients)
    r = rec(LEAD + "\nTiêu chuẩn xét tặng Cờ thi đua: Hoàn thành xuất sắc nhiệm vụ\nHội nghị kết thúc lúc 11 giờ.")
    assert r["awards"] == []

"""Forms of the thirty-second pass (ar), each on an invented example."""

LEAD = "Ngày 10/01/2024, Khối thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2023. "


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def _ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def test_a_unit_proposed_to_a_giver_of_any_body_after_a_list_of_results(rec):
    # "A đề nghị <giver> tặng AWARD" after a ";": the giver any body or head of one, not a closed list
    for giver in ("Liên đoàn Lao động tỉnh", "Trung ương Hội Cựu chiến binh Việt Nam", "Giám đốc Công an tỉnh",
                  "Sở Giáo dục và Đào tạo"):
        r = rec("Hội nghị tổng kết năm 2023 của Khối thi đua số 6 suy tôn Hội Nông dân huyện Cam Lộ dẫn đầu, đề nghị "
                "Chính phủ tặng Cờ thi đua; Hội Cựu chiến binh huyện Gio Linh đề nghị " + giver + " tặng Bằng khen.")
        assert ("Hội Cựu chiến binh huyện Gio Linh", "Bằng khen", "proposed") in _awards(r), giver
    # (alone, with no list of results before it, the unit proposes: no award for it)
    r = rec(LEAD + "Sở Nội vụ đề nghị Liên đoàn Lao động tỉnh tặng Bằng khen.")
    assert _awards(r) == []


def test_the_unit_that_holds_a_ceremony_to_receive_its_award(rec):
    r = rec("Sáng 10/5/2024, Trường THPT Nguyễn Trãi long trọng tổ chức Lễ đón nhận Cờ thi đua của Bộ Giáo dục và Đào tạo.")
    assert [a for a, _, _ in _awards(r)] == ["Trường THPT Nguyễn Trãi"]
    r = rec("Sáng 10/5/2024, Bệnh viện Đa khoa huyện Tân Kỳ tổ chức buổi lễ đón nhận Huân chương Lao động hạng Ba.")
    assert [a for a, _, _ in _awards(r)] == ["Bệnh viện Đa khoa huyện Tân Kỳ"]


def test_a_rank_after_the_units_merit(rec):
    r = rec(LEAD + "Công ty Điện lực Sóc Trăng hoàn thành xuất sắc nhiệm vụ, xếp thứ 1; Công ty Cấp nước Sóc Trăng là "
            "đơn vị tiêu biểu, xếp thứ 2.")
    assert _ranks(r) == [(1, "Công ty Điện lực Sóc Trăng"), (2, "Công ty Cấp nước Sóc Trăng")]

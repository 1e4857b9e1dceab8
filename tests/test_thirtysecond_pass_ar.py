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


def test_another_years_ranks_in_brackets_after_a_comparison(rec):
    r = rec("Ngày 28/12/2023, Cụm thi đua số 8 tổng kết năm 2023. So với năm 2022 (huyện Đak Pơ dẫn đầu, huyện Kông Chro "
            "xếp thứ hai), năm 2023 hội nghị suy tôn huyện Kông Chro dẫn đầu Cụm, huyện Mang Yang xếp thứ hai.")
    assert _ranks(r) == [(1, "huyện Kông Chro"), (2, "huyện Mang Yang")]


def test_a_rank_after_the_units_apposition(rec):
    r = rec("Ngày 18/12/2024, Cụm thi đua số 5 tổng kết năm 2024. Huyện Nam Đông xếp thứ nhất; huyện Quảng Điền, đơn vị "
            "dẫn đầu năm 2023, xếp thứ hai.")
    assert _ranks(r) == [(1, "Huyện Nam Đông"), (2, "huyện Quảng Điền")]


def test_xep_loai_as_the_verb_that_places_a_unit(rec):
    r = rec("Ngày 18/7, Cụm thi đua số 4 sơ kết 6 tháng đầu năm 2024. Hội nghị thống nhất xếp loại Công an huyện Mường "
            "Khương dẫn đầu.")
    assert _ranks(r) == [(1, "Công an huyện Mường Khương")]
    # (a grade between the unit and its rank is still no part of it)
    r = rec("Ngày 18/7, Cụm thi đua số 4 sơ kết 6 tháng đầu năm 2024. Công an huyện Si Ma Cai được xếp loại Xuất sắc, dẫn "
            "đầu Cụm.")
    assert _ranks(r) == [(1, "Công an huyện Si Ma Cai")]


def _acts(r):
    return [(d["kind"], d["text"]) for d in r["decisions"]]


def test_a_review_recalled_as_before_at_the_launch_of_the_year(rec):
    r = rec("Ngày 5/3/2024, Cụm thi đua số 9 tổ chức hội nghị triển khai nhiệm vụ năm 2024. Tại hội nghị tổng kết năm 2023 "
            "trước đó, huyện Tương Dương được suy tôn dẫn đầu Cụm, được UBND tỉnh tặng Cờ thi đua. Các đơn vị đã ký kết giao "
            "ước thi đua năm 2024.")
    assert r["meeting"]["kind"] == "giao_uoc" and r["meeting"]["period"] == {"year": 2024, "span": "year"}
    assert r["rankings"] == [] and r["awards"] == []
    assert [k for k, _ in _acts(r)] == ["covenant"]


def test_a_time_before_the_meeting_opening_a_sentence(rec):
    r = rec("Ngày 9/1/2025, Cụm thi đua số 6 tổng kết năm 2024. Hồi tháng 6/2024, Cụm đã tạm xếp huyện Chợ Đồn dẫn đầu. "
            "Kết quả bình xét cả năm, huyện Na Rì dẫn đầu Cụm.")
    assert _ranks(r) == [(1, "huyện Na Rì")]
    r = rec("Ngày 17/7, Cụm thi đua số 2 sơ kết 6 tháng đầu năm 2024. Hồi đầu năm, các đơn vị đã ký kết giao ước thi đua.")
    assert _acts(r) == []
    # (the month of the meeting itself is no other time)
    r = rec("Ngày 20/12/2024, Cụm thi đua số 6 tổng kết năm 2024. Hồi tháng 12/2024, Cụm đã xếp huyện Chợ Mới dẫn đầu.")
    assert _ranks(r) == [(1, "huyện Chợ Mới")]


def test_a_review_of_another_part_of_the_year_recalled(rec):
    r = rec("Chiều 9/10, Khối thi đua số 7 tổ chức hội nghị sơ kết 9 tháng năm 2024. Tại hội nghị sơ kết 6 tháng, Khối đã "
            "thống nhất tổ chức hội thao.")
    assert _acts(r) == []
    # (the review of the same part is this one)
    r = rec("Chiều 9/7, Khối thi đua số 7 tổ chức hội nghị sơ kết 6 tháng năm 2024. Tại hội nghị sơ kết 6 tháng, Khối đã "
            "thống nhất tổ chức hội thao.")
    assert [k for k, _ in _acts(r)] == ["plan"]

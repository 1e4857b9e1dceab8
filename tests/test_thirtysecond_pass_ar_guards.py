"""Guards on the thirty-second pass's (ar) rules: ordinary forms the rules misread, each on an invented example."""

LEAD = "Ngày 15/01/2025, Cụm thi đua số 8 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "


def _ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def test_a_grade_after_xep_loai_opening_on_a_unit_head_is_no_unit(rec):
    # "(được) xếp loại" then a grade (hội/công đoàn cơ sở vững mạnh, Cơ quan đạt chuẩn văn hóa): the unit is the subject
    r = rec("Ngày 20/12/2024, Cụm thi đua số 3 Hội Cựu chiến binh tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
            "Hội Cựu chiến binh huyện Kỳ Anh được xếp loại hội cơ sở vững mạnh, dẫn đầu Cụm.")
    assert _ranks(r) == [(1, "Hội Cựu chiến binh huyện Kỳ Anh")]
    r = rec("Ngày 20/12/2024, Cụm thi đua số 7 Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
            "Công đoàn Bệnh viện Đa khoa tỉnh được xếp loại công đoàn cơ sở vững mạnh xuất sắc, dẫn đầu Cụm.")
    assert _ranks(r) == [(1, "Công đoàn Bệnh viện Đa khoa tỉnh")]
    r = rec("Ngày 20/12/2024, Cụm thi đua số 7 Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
            "Công đoàn Khu kinh tế tỉnh xếp loại Cơ quan đạt chuẩn văn hóa dẫn đầu Cụm.")
    assert _ranks(r) == [(1, "Công đoàn Khu kinh tế tỉnh")]
    # (a unit after "xếp loại", no grade: the verb that places it)
    r = rec("Ngày 18/7, Cụm thi đua số 4 sơ kết 6 tháng đầu năm 2024. Hội nghị thống nhất xếp loại Ban Chỉ huy Quân sự "
            "huyện Bát Xát dẫn đầu.")
    assert _ranks(r) == [(1, "Ban Chỉ huy Quân sự huyện Bát Xát")]


def test_a_ceremony_of_reception_held_before_the_meeting_is_no_award_of_it(rec):
    r = rec(LEAD + "Hội nghị suy tôn Trường THPT Quế Phong dẫn đầu Cụm. Ngày 28/12/2024, Trường THPT Tương Dương 1 đã tổ "
            "chức Lễ đón nhận Cờ thi đua của UBND tỉnh.")
    assert _awards(r) == []
    r = rec(LEAD + "Hội nghị suy tôn Trường THPT Quế Phong dẫn đầu Cụm. Trước đó, ngày 5/1/2025, Trường THCS Hòa Bình long "
            "trọng tổ chức buổi lễ đón nhận Bằng khen của Bộ Giáo dục và Đào tạo.")
    assert _awards(r) == []
    # (at this meeting: the unit receives)
    r = rec(LEAD + "Hội nghị suy tôn Trường THPT Quế Phong dẫn đầu Cụm. Nhân dịp này, Trường THCS Hòa Bình tổ chức Lễ đón "
            "nhận Bằng khen của Bộ Giáo dục và Đào tạo.")
    assert _awards(r) == [("Trường THCS Hòa Bình", "Bằng khen của Bộ Giáo dục và Đào tạo", "conferred")]


def test_truoc_do_meaning_previous_after_another_noun_recalls_no_meeting(rec):
    lead = "Ngày 14/01/2025, Khối thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2024. "
    r = rec(lead + "Hội nghị tổng kết năm nay được tổ chức sớm hơn các năm trước đó, các đơn vị đã thống nhất suy tôn Sở Tư "
            "pháp dẫn đầu Khối.")
    assert _ranks(r) == [(1, "Sở Tư pháp")]
    r = rec(lead + "Tại hội nghị tổng kết diễn ra sau đợt kiểm tra chéo trước đó, các đơn vị đã thống nhất suy tôn Sở Tư "
            "pháp dẫn đầu Khối.")
    assert _ranks(r) == [(1, "Sở Tư pháp")]
    r = rec("Ngày 14/01/2025, Cụm thi đua số 2 tổ chức hội nghị tại Sở Tư pháp. Cụm tổng kết năm 2024 sớm hơn so với năm "
            "trước đó, nhằm kịp thời đề nghị khen thưởng.")
    assert r["meeting"]["kind"] == "tong_ket" and r["meeting"]["period"] == {"year": 2024, "span": "year"}


def test_an_apposition_in_a_rank_first_list_is_the_unit_before_it(rec):
    r = rec("Ngày 19/12/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2024. Kết quả, xếp thứ nhất "
            "Bưu điện tỉnh Hậu Giang, đơn vị Cụm phó, xếp thứ hai Công ty Cấp thoát nước Hậu Giang.")
    assert _ranks(r) == [(1, "Bưu điện tỉnh Hậu Giang"), (2, "Công ty Cấp thoát nước Hậu Giang")]

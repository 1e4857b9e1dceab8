"""Rankings and awards of the thirty-first pass, each on an invented example."""

LEAD = "Ngày 9/1/2024, Khối thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2023. "


def _ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def _acts(r):
    return [(d["kind"], d["text"]) for d in r["decisions"]]


def test_the_merit_of_the_flag_before_the_lead_keeps_the_leader(rec):
    r = rec(LEAD + "Hội nghị đã suy tôn Sở Giao thông vận tải là đơn vị hoàn thành xuất sắc nhiệm vụ, dẫn đầu Khối.")
    assert _ranks(r) == [(1, "Sở Giao thông vận tải")]
    r = rec(LEAD + "Qua bình xét, Sở Giao thông vận tải là tập thể hoàn thành xuất sắc nhiệm vụ, dẫn đầu phong trào thi đua năm 2023.")
    assert _ranks(r) == [(1, "Sở Giao thông vận tải")]
    # (the merit alone ranks no one)
    r = rec(LEAD + "Hội nghị đã suy tôn Sở Giao thông vận tải là đơn vị hoàn thành xuất sắc nhiệm vụ.")
    assert _ranks(r) == []


def test_a_later_item_without_its_verb_keeps_its_rank(rec):
    r = rec(LEAD + "Qua bình xét, Sở Văn hóa đứng vị trí thứ nhất; Sở Khoa học và Công nghệ vị trí thứ hai; "
            "Sở Thông tin và Truyền thông xếp vị trí thứ ba.")
    assert _ranks(r) == [(1, "Sở Văn hóa"), (2, "Sở Khoa học và Công nghệ"), (3, "Sở Thông tin và Truyền thông")]
    r = rec(LEAD + "Kết quả bình xét, Ngân hàng Bắc Hà dẫn đầu Khối. Đứng thứ 2 là Ngân hàng Nam Sơn, thứ 3 là Ngân hàng Tây Đô.")
    assert _ranks(r) == [(1, "Ngân hàng Bắc Hà"), (2, "Ngân hàng Nam Sơn"), (3, "Ngân hàng Tây Đô")]
    r = rec(LEAD + "Kết quả bình xét, Ngân hàng Bắc Hà dẫn đầu Khối. Đứng ở vị trí thứ 2 là Ngân hàng Nam Sơn, thứ 3 là Ngân hàng Tây Đô.")
    assert _ranks(r) == [(1, "Ngân hàng Bắc Hà"), (2, "Ngân hàng Nam Sơn"), (3, "Ngân hàng Tây Đô")]


def test_last_years_results_named_by_their_place_are_no_act_of_this_meeting(rec):
    r = rec(LEAD + "Năm ngoái, Sở Lao động được Khối suy tôn dẫn đầu và đã được UBND tỉnh tặng Cờ thi đua. "
            "Hội nghị đã suy tôn Sở Ngoại vụ là đơn vị dẫn đầu Khối năm 2023.")
    assert _ranks(r) == [(1, "Sở Ngoại vụ")]
    assert _awards(r) == []
    assert [k for k, _ in _acts(r)] == ["ranking"]
    r = rec(LEAD + "Nhắc lại kết quả năm học trước, báo cáo cho biết Sở Lao động được Khối suy tôn dẫn đầu. "
            "Hội nghị đã suy tôn Sở Ngoại vụ dẫn đầu Khối.")
    assert _ranks(r) == [(1, "Sở Ngoại vụ")]
    # (a sentence that turns to this year is still read)
    r = rec(LEAD + "Năm trước, Sở Lao động dẫn đầu Khối, năm nay hội nghị đã suy tôn Sở Ngoại vụ dẫn đầu Khối.")
    assert [k for k, _ in _acts(r)] == ["ranking"]
    # (but not a meeting named in passing, where last year's flag was given)
    r = rec(LEAD + "Năm trước, Sở Lao động được UBND tỉnh tặng Cờ thi đua tại hội nghị tổng kết của tỉnh.")
    assert _awards(r) == [] and _acts(r) == []


def test_the_place_an_award_is_received_at_is_no_part_of_its_name(rec):
    r = rec(LEAD + "Trường Chính trị tỉnh vinh dự đón nhận Cờ thi đua của UBND tỉnh tại hội nghị.")
    assert _awards(r) == [("Trường Chính trị tỉnh", "Cờ thi đua của UBND tỉnh", "conferred")]
    r = rec(LEAD + "Trường Chính trị tỉnh nhận Bằng khen của Bộ Nội vụ tại buổi lễ.")
    assert _awards(r) == [("Trường Chính trị tỉnh", "Bằng khen của Bộ Nội vụ", "conferred")]
    r = rec(LEAD + "Trường Chính trị tỉnh vinh dự nhận Cờ thi đua tại hội nghị này.")
    assert _awards(r) == [("Trường Chính trị tỉnh", "Cờ thi đua", "conferred")]


def test_a_leader_restated_in_apposition_or_brackets_is_one_ranking(rec):
    r = rec(LEAD + "Khối thống nhất suy tôn Công ty CP Dược Lâm Viên dẫn đầu Khối. Tại hội nghị, Công ty CP Cơ khí Hòa Phong "
            "đã trao Cờ luân lưu cho Công ty CP Dược Lâm Viên - đơn vị dẫn đầu năm 2023.")
    assert _ranks(r) == [(1, "Công ty CP Dược Lâm Viên")]
    r = rec(LEAD + "Đề nghị UBND tỉnh tặng Cờ thi đua cho Tòa án nhân dân tỉnh (đơn vị dẫn đầu Khối).")
    assert _ranks(r) == [(1, "Tòa án nhân dân tỉnh")]


def test_a_recipient_named_with_an_apostrophe(rec):
    r = rec(LEAD + "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho bà H'Nga Byă.")
    assert _awards(r) == [("H'Nga Byă", "Bằng khen", "proposed")]
    r = rec(LEAD + "Khối đề nghị tặng Bằng khen cho ông Y Kông Mlô, Trưởng phòng Tư pháp huyện và bà Siu H’Mai, Phó Chánh án "
            "Tòa án nhân dân huyện.")
    assert _awards(r) == [("Y Kông Mlô", "Bằng khen", "proposed"), ("Siu H’Mai", "Bằng khen", "proposed")]


def test_the_ranking_result_agreed_after_a_colon_is_no_report(rec):
    r = rec(LEAD + "Hội nghị đã bỏ phiếu suy tôn và thống nhất kết quả: Công ty Cấp nước Sông Lam xếp hạng Nhất, "
            "Công ty Môi trường Đô thị Hồng Lĩnh xếp hạng Nhì.")
    assert [k for k, _ in _acts(r)] == ["ranking"]
    # (a report agreed, its content after a colon, is still one)
    r = rec(LEAD + "Hội nghị đã thông qua báo cáo tổng kết: năm 2023 các đơn vị hoàn thành tốt nhiệm vụ.")
    assert [k for k, _ in _acts(r)] == ["approve_report"]

"""Misfires found by a reviewer on short invented articles (own examples)."""

HEAD = "Cụm thi đua số 5 tổng kết năm 2024\n\n"
LEAD = "Ngày 12/12/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "
PLAN25 = "Ngày 10/01/2025, Cụm thi đua số 5 tổ chức hội nghị triển khai nhiệm vụ năm 2025. "
PLAN24 = "Ngày 15/01/2024, Cụm thi đua số 5 tổ chức hội nghị triển khai nhiệm vụ năm 2024. "


def art(sentence, lead=LEAD):
    return HEAD + lead + sentence


def kinds(r):
    return [d["kind"] for d in r["decisions"]]


def test_a_year_continued_at_a_planning_meeting_is_no_review(rec):
    r = rec("Cụm thi đua số 5 triển khai nhiệm vụ năm 2025\n\n" + PLAN25
            + "\n\nNăm 2025, các đơn vị trong Cụm tiếp tục đẩy mạnh phong trào thi đua yêu nước.")
    # no review is shown: the meeting launches the year's work (record.md: giao_uoc), never tong_ket
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("giao_uoc", {"year": 2025, "span": "year"})


def test_a_past_award_told_at_a_planning_meeting_is_no_review(rec):
    r = rec("Cụm thi đua số 5 triển khai nhiệm vụ năm 2024\n\n" + PLAN24
            + "\n\nNăm 2023, Cụm thi đua số 5 được UBND tỉnh tặng Cờ thi đua.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("giao_uoc", {"year": 2024, "span": "year"})


def test_an_earlier_year_with_its_results_at_a_planning_meeting_is_reviewed(rec):
    r = rec("Cụm thi đua số 5 triển khai nhiệm vụ năm 2024\n\n" + PLAN24
            + "\n\nNăm 2023, các đơn vị trong Cụm đã hoàn thành xuất sắc các chỉ tiêu được giao.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("tong_ket", {"year": 2023, "span": "year"})


def test_a_scoring_table_adopted_is_no_review(rec):
    r = rec("Cụm thi đua số 5 triển khai nhiệm vụ năm 2025\n\n" + PLAN25
            + "\n\nTại hội nghị, các đơn vị đã ký kết giao ước thi đua năm 2025. Hội nghị cũng thông qua bảng tiêu chí "
            "chấm điểm, xếp hạng thi đua năm 2025.")
    assert r["meeting"]["kind"] == "giao_uoc"
    assert r["meeting"]["period"] == {"year": 2025, "span": "year"}


def test_thu_nhat_listing_points_ranks_nobody(rec):
    r = rec(art("Hội nghị thống nhất hai nội dung: thứ nhất là Sở Tư pháp hoàn thiện báo cáo, thứ hai là Sở Nội vụ "
                "tổng hợp hồ sơ khen thưởng."))
    assert r["rankings"] == []


def test_contest_prizes_rank_nobody(rec):
    r = rec(art("Tại hội thao, giải nhất toàn đoàn thuộc về Sở Y tế, hạng nhì là Sở Nội vụ."))
    assert r["rankings"] == []


def test_a_national_index_place_is_no_cluster_ranking(rec):
    r = rec(art("Sở Tư pháp đứng thứ 2 toàn quốc về chỉ số cải cách hành chính."))
    assert r["rankings"] == []
    assert "ranking" not in kinds(r)


def test_agreeing_to_the_proposal_keeps_it(rec):
    r = rec(art("Hội nghị đã nhất trí việc đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Tư pháp."))
    assert "award_proposal" in kinds(r)


def test_a_guest_asking_units_to_recognise_titles_decides_nothing(rec):
    r = rec(art("Phát biểu chỉ đạo, đồng chí Trưởng ban đề nghị các đơn vị quan tâm xét công nhận danh hiệu cho "
                "người lao động."))
    assert "award_proposal" not in kinds(r)


def test_a_habit_of_signing_with_others_is_no_covenant(rec):
    r = rec(art("Sở Y tế thường xuyên ký kết thi đua với các bệnh viện trực thuộc."))
    assert "covenant" not in kinds(r)


def test_members_named_for_the_country_do_not_hide_the_province_of_the_name(rec):
    r = rec("Khối thi đua doanh nghiệp tổng kết năm 2024\n\nNgày 12/12/2024, Khối thi đua các doanh nghiệp có vốn đầu "
            "tư nước ngoài tỉnh Long An tổ chức hội nghị tổng kết năm 2024. Khối gồm: Công ty TNHH Sao Mai Việt Nam, "
            "Công ty TNHH Giày Phú Lộc Việt Nam, Công ty TNHH Nhựa Tân Hòa, Công ty CP Thép Bình Minh.")
    assert r["meeting"]["province"] == "Long An"


def test_central_members_named_for_the_country_on_the_ground_of_a_province(rec):
    r = rec("Cụm thi đua doanh nghiệp tổng kết năm 2024\n\nNgày 12/12/2024, Cụm thi đua các doanh nghiệp Trung ương "
            "trên địa bàn tỉnh Quảng Ngãi tổ chức hội nghị tổng kết năm 2024. Cụm gồm: Ngân hàng Phát triển Sao Việt Nam, "
            "Ngân hàng Thương mại Hòa Bình Việt Nam, Công ty Điện lực Trà Khúc, Bưu điện tỉnh.")
    assert r["meeting"]["province"] == "Quảng Ngãi"


def test_central_units_on_the_ground_of_a_province(rec):
    r = rec("Khối thi đua doanh nghiệp tổng kết năm 2024\n\nNgày 12/12/2024, Khối thi đua các doanh nghiệp thuộc "
            "Trung ương đóng trên địa bàn tỉnh Hà Tĩnh tổ chức hội nghị tổng kết năm 2024.")
    assert r["meeting"]["province"] == "Hà Tĩnh"


def test_ranked_units_after_a_count_are_no_member_count(rec):
    r = rec(art("Hội nghị đã bình xét, suy tôn 3 đơn vị dẫn đầu: Sở Tư pháp, Sở Y tế, Sở Xây dựng."))
    assert r["cluster"]["member_count"] != 3


def test_considering_flags_with_a_covenant_for_next_year_reviews_this_one(rec):
    r = rec("Họp khối thi đua các trường\n\nNgày 5/11/2024, Khối thi đua các trường cao đẳng đã tổ chức họp tại Trường "
            "Cao đẳng Hòa Bình.\n\nCuộc họp đã xét cờ thi đua cho các đơn vị; góp ý cho bảng chấm điểm năm 2025; thông qua "
            "giao ước thi đua năm 2025.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("tong_ket", {"year": 2024, "span": "year"})


def test_thu_nhat_in_a_scoring_sentence_still_ranks(rec):
    r = rec(art("Theo kết quả chấm điểm, thứ nhất là Sở Tư pháp, thứ nhì là Sở Nội vụ."))
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Sở Tư pháp"), (2, "Sở Nội vụ")]


def test_members_named_for_the_country_without_a_province_by_the_name_give_none(rec):
    r = rec("Khối thi đua doanh nghiệp tổng kết năm 2024\n\nNgày 12/12/2024, tại thành phố Vinh, Khối thi đua các tổng "
            "công ty tổ chức hội nghị tổng kết năm 2024. Khối gồm: Tổng công ty Sao Mai Việt Nam, Tổng công ty Bình Minh "
            "Việt Nam, Tổng công ty Hòa Phong.")
    assert r["meeting"]["province"] is None

"""Twenty-eighth pass: forms the session fixed itself (examples of our own)."""


def test_a_name_syllable_like_an_achievement_verb_keeps_the_counted_members(rec):
    # "Đạt" in a company's name is no verb "đạt": the named part of the members stays a member list
    r = rec("Ngày 10/12/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024. Cụm có 5 doanh nghiệp thành viên, "
            "trong đó có Công ty TNHH Thành Đạt và Công ty CP Vận tải Bình Minh.")
    assert r["cluster"]["members"] == ["Công ty TNHH Thành Đạt", "Công ty CP Vận tải Bình Minh"]


def test_units_named_for_what_they_achieved_are_still_no_member_list(rec):
    r = rec("Ngày 10/12/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024. Cụm có 5 doanh nghiệp thành viên, "
            "trong đó có Công ty TNHH Thành Công và Công ty CP Vận tải Bình Minh đạt xuất sắc.")
    assert r["cluster"]["members"] == []


def test_a_text_tables_row_with_its_place_cell_empty_reads_no_score_as_the_place(rec):
    # under a header with a score's column, one figure after the unit is the score: the place's cell is empty
    r = rec("Hội nghị tổng kết Cụm thi đua số 2\nNgày 15/01/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2023, "
            "bình xét xếp hạng thi đua theo bảng sau:\n"
            "TT  Đơn vị               Điểm   Xếp hạng\n1   Huyện Mường Khương      95   1\n2   Huyện Bảo Thắng       90\n")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Huyện Mường Khương")]
    # (with no score's column, the one figure is the place)
    r = rec("Hội nghị tổng kết Cụm thi đua số 2\nNgày 15/01/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2023, "
            "bình xét xếp hạng thi đua theo bảng sau:\n"
            "TT  Đơn vị               Xếp hạng\n1   Huyện Mường Khương      1\n2   Huyện Bảo Thắng       2\n")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Huyện Mường Khương"), (2, "Huyện Bảo Thắng")]


_HEAD = ("Hội nghị tổng kết Cụm thi đua số 6\nSáng ngày 10/1/2025, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2024 "
         "tại Sở Xây dựng. ")


def test_a_recipient_named_bare_after_a_givers_clause_is_read_with_no_title(rec):
    # the giver's clause holds the award's verb: no title of the recipient's, but the recipient is a person
    for tail in ("Phó Chủ tịch UBND tỉnh trao Bằng khen cho Đinh Quang Huy.",
                 "Phó Chủ tịch UBND tỉnh trao Bằng khen của Thủ tướng Chính phủ cho Sở Xây dựng và cá nhân Đinh Quang Huy."):
        r = rec(_HEAD + tail)
        assert [(p["name"], p["title"]) for p in r["people"]] == [("Đinh Quang Huy", None)]


def test_a_unit_named_after_a_figure_after_a_givers_clause_is_no_person(rec):
    r = rec(_HEAD + "Phó Chủ tịch UBND tỉnh trao Bằng khen cho Trường THPT Trần Phú và Trường THCS Nguyễn Du.")
    assert r["people"] == []


def test_a_team_the_cluster_set_up_is_no_member_list(rec):
    r = rec(_HEAD + "Trong năm, Cụm đã thành lập Tổ chấm điểm chéo gồm 3 đơn vị, trong đó có Sở Tư pháp và Sở Nội vụ.")
    assert r["cluster"]["members"] == []
    r = rec(_HEAD + "Cụm gồm 7 đơn vị, trong đó có Sở Tư pháp và Sở Nội vụ.")
    assert r["cluster"]["members"] == ["Sở Tư pháp", "Sở Nội vụ"]


def test_trust_for_a_role_told_of_no_vote_is_the_holders(rec):
    # "được tín nhiệm làm Cụm trưởng" with no vote or meeting told is how the present chair is named
    r = rec("Cụm thi đua số 3 sơ kết 6 tháng đầu năm 2025\nNgày 8/7/2025, Cụm thi đua số 3 tổ chức hội nghị sơ kết 6 tháng "
            "đầu năm 2025. Sở Công Thương được tín nhiệm làm Cụm trưởng đã chủ trì hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "Sở Công Thương" and r["cluster"]["next_chair"] is None
    r = rec(_HEAD + "Với số phiếu tuyệt đối, Sở Công Thương được tín nhiệm làm Cụm trưởng năm 2025.")
    assert r["cluster"]["next_chair"]["organization"] == "Sở Công Thương"


def test_another_meeting_placed_after_a_place_no_venue_is_not_the_venue(rec):
    r = rec("Cụm thi đua số 3 tổng kết năm 2024\nNgày 9/1/2025, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024. "
            "Hội nghị được tổ chức theo hình thức trực tuyến tại các điểm cầu. Hội nghị giao ban quý III của Cụm đã được tổ chức "
            "tại UBND huyện Lương Sơn.")
    assert r["meeting"]["venue"] is None


def test_a_unit_leading_after_an_inspection_teams_clause_is_ranked(rec):
    # the team's clause ends at its own verb ("làm Trưởng đoàn"): the unit after it leads the cluster
    r = rec(_HEAD + "Qua kết quả chấm điểm của Đoàn kiểm tra do ông Hồ Văn Thanh, Phó Giám đốc Sở Nội vụ làm Trưởng đoàn, "
            "Sở Công Thương dẫn đầu Cụm với 97,5 điểm.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Sở Công Thương")]


def test_items_under_a_document_named_or_a_lead_of_results_are_no_plan(rec):
    r = rec(_HEAD + "Báo cáo tổng kết nêu rõ những kết quả nổi bật:\n1. Thực hiện Quyết định số 12/QĐ-UBND và Kế hoạch số 03/KH-CTĐ "
            "của Cụm, các đơn vị đã triển khai nhiều hoạt động:\n- Tổ chức Hội thao truyền thống lần thứ IV của Cụm.\n")
    assert "plan" not in [d["kind"] for d in r["decisions"]]
    r = rec(_HEAD + "Báo cáo nêu rõ những kết quả nổi bật:\n- Các đơn vị thống nhất phối hợp thực hiện các hoạt động chung:\n"
            "+ Tổ chức Hội thao truyền thống lần thứ IV của Cụm.\n")
    assert "plan" not in [d["kind"] for d in r["decisions"]]


def test_an_event_agreed_after_agreeing_with_a_remark_is_a_plan(rec):
    r = rec(_HEAD + "Hội nghị nhất trí với nhận xét của Ban Thi đua - Khen thưởng và tổ chức Hội thao của Cụm vào tháng 4/2025.")
    assert "plan" in [d["kind"] for d in r["decisions"]]


def test_a_bulleted_task_naming_its_contact_gives_no_role(rec):
    # a bullet is a label of who presided or reported only with its colon
    r = rec(_HEAD + "Hội nghị thống nhất phương hướng năm 2025 như sau:\n- Báo cáo định kỳ hằng quý về Cụm trưởng, đầu mối tổng hợp "
            "là ông Vũ Đức Thuận, chuyên viên Văn phòng Sở Xây dựng.\n")
    assert [p["roles"] for p in r["people"] if p["name"] == "Vũ Đức Thuận"] == [[]]


def test_a_scale_in_brackets_is_no_score_column_of_a_text_table(rec):
    r = rec(_HEAD + "Kết quả chấm điểm, xếp hạng như sau:\nTT Đơn vị Điểm (thang điểm 100) Xếp hạng\n"
            "1 Công ty CP Xây lắp 45 96,5 1\n2 Công ty CP Cơ khí 78 94,0 2\n")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Công ty CP Xây lắp 45"), (2, "Công ty CP Cơ khí 78")]


def test_a_professional_grade_before_the_name_gives_way_to_the_position_after_it(rec):
    r = rec(_HEAD + "Tới dự có Thẩm phán Lương Văn Tiến, Phó Chánh án Tòa án nhân dân tỉnh Hà Nam.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Lương Văn Tiến", "Phó Chánh án Tòa án nhân dân tỉnh Hà Nam")]
    # (with its level too: "Thẩm phán cao cấp", "Kiểm sát viên trung cấp")
    r = rec(_HEAD + "Thẩm phán cao cấp Lương Văn Tiến, Chánh án Tòa án nhân dân tỉnh Hà Nam chủ trì hội nghị.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Lương Văn Tiến", "Chánh án Tòa án nhân dân tỉnh Hà Nam")]
    # (alone, the grade is the title)
    r = rec(_HEAD + "Kiểm sát viên Lương Văn Tiến trình bày báo cáo tổng kết.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Lương Văn Tiến", "Kiểm sát viên")]


def test_a_place_on_a_corporations_index_is_no_cluster_ranking(rec):
    r = rec("Cụm thi đua số 2 tổng kết năm 2024\nNgày 16/1/2025, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2024. Công ty Điện lực "
            "Thái Bình đã vươn lên xếp thứ hai Tổng công ty về chỉ số tiếp cận điện năng. Hội nghị suy tôn Công ty Điện lực "
            "Nam Định dẫn đầu Cụm.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Công ty Điện lực Nam Định")]


def test_a_time_after_tai_is_no_venue(rec):
    r = rec("Cụm thi đua số 4 tổng kết năm 2024\nSáng 14/1/2025, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua, "
            "khen thưởng năm 2024. Hội nghị được tổ chức theo hình thức trực tuyến tại các điểm cầu của 7 huyện. Hội nghị diễn ra "
            "tại thời điểm các địa phương đang chuẩn bị đón Tết Nguyên đán.")
    assert r["meeting"]["venue"] is None


def test_a_bloc_of_organisations_keeps_its_named_members(rec):
    r = rec("Khối thi đua tổng kết năm 2024\nNgày 14/1/2025, Khối thi đua các tổ chức chính trị - xã hội tỉnh tổ chức hội nghị "
            "tổng kết năm 2024. Khối thi đua các tổ chức chính trị - xã hội tỉnh gồm 6 đơn vị, trong đó có Tỉnh đoàn Thái Bình "
            "và Hội Nông dân tỉnh Thái Bình.")
    assert r["cluster"]["members"] == ["Tỉnh đoàn Thái Bình", "Hội Nông dân tỉnh Thái Bình"]


def test_a_cross_inspection_team_named_is_no_plan(rec):
    r = rec(_HEAD + "Hội nghị thống nhất theo nhận xét của Đoàn kiểm tra chéo, đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Xây dựng.")
    assert "plan" not in [d["kind"] for d in r["decisions"]]
    r = rec(_HEAD + "Hội nghị thống nhất tổ chức kiểm tra chéo giữa các đơn vị vào tháng 11/2025.")
    assert "plan" in [d["kind"] for d in r["decisions"]]


def test_inspectors_investigators_and_coaches_before_a_name(rec):
    r = rec(_HEAD + "Thanh tra viên Đèo Thị Hoa trình bày tham luận. Huấn luyện viên Phạm Quốc Bảo nhận Giấy khen.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Đèo Thị Hoa", "Thanh tra viên"), ("Phạm Quốc Bảo", None)]


def test_the_name_after_a_schools_kind_in_a_title_is_the_schools_not_a_person(rec):
    r = rec(_HEAD + "Phát biểu tại hội nghị, Hiệu trưởng Trường Cao đẳng Nông Lâm, TS. Hà Văn Dũng cho biết nhà trường đã hoàn "
            "thành nhiệm vụ.")
    assert [p["name"] for p in r["people"]] == ["Hà Văn Dũng"]
    # (a person after the school's own name still is: "Hiệu trưởng Trường Đại học Hồng Đức Lê Thị Mai")
    r = rec(_HEAD + "Hiệu trưởng Trường Đại học Tây Bắc Lê Thị Mai dự hội nghị.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Lê Thị Mai", "Hiệu trưởng Trường Đại học Tây Bắc")]


def test_a_title_after_a_name_ends_before_a_prize_won(rec):
    r = rec(_HEAD + "Sinh viên Đặng Minh Quân, Trường Đại học Thủy lợi đạt giải Nhất Olympic Cơ học toàn quốc.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Đặng Minh Quân", "Trường Đại học Thủy lợi")]


def test_a_unit_ranked_in_a_table_and_again_in_the_text_is_ranked_once(rec):
    r = rec(_HEAD + "Kết quả chấm điểm, xếp hạng như sau:\nTT Đơn vị Điểm Xếp hạng\n1 Huyện Con Cuông 95,5 1\n2 Huyện Anh Sơn 93,0 2\n"
            "Hội nghị thống nhất suy tôn huyện Con Cuông dẫn đầu Cụm.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Huyện Con Cuông"), (2, "Huyện Anh Sơn")]

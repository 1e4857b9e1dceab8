"""Forms of the thirteenth pass, each on an invented example."""

REVIEW = "Ngày 5/3/2024, Khối thi đua các cơ quan nội chính tỉnh Lào Cai tổ chức hội nghị tổng kết năm 2023.\n\n"


def members(r):
    return r["cluster"]["members"]


def test_a_count_in_words_then_its_list_after_la(rec):
    r = rec(REVIEW + "Khối có năm đơn vị là Công an tỉnh, Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh, "
            "Cục Thi hành án dân sự tỉnh và Sở Tư pháp.")
    assert r["cluster"]["member_count"] == 5
    assert members(r) == ["Công an tỉnh", "Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh",
                          "Cục Thi hành án dân sự tỉnh", "Sở Tư pháp"]


def test_a_count_closing_its_sentence_then_the_names_in_the_next(rec):
    r = rec(REVIEW + "Sau sắp xếp, Khối hiện có bốn thành viên. Sở Y tế, Sở Tư pháp, Sở Nội vụ và Ban Dân tộc tỉnh "
            "- bốn thành viên của Khối - đã sớm ổn định tổ chức.")
    assert members(r) == ["Sở Y tế", "Sở Tư pháp", "Sở Nội vụ", "Ban Dân tộc tỉnh"]
    r = rec(REVIEW + "Khối hiện có 04 doanh nghiệp. Đó là Công ty CP Cấp nước Lào Cai, Công ty CP Môi trường đô thị "
            "Lào Cai, Công ty CP Sách Lào Cai và Công ty TNHH MTV Xổ số kiến thiết Lào Cai.")
    assert members(r) == ["Công ty CP Cấp nước Lào Cai", "Công ty CP Môi trường đô thị Lào Cai", "Công ty CP Sách Lào Cai",
                          "Công ty TNHH MTV Xổ số kiến thiết Lào Cai"]


def test_names_of_another_number_than_the_count_are_no_member_list(rec):
    # (three units ranked after a count of five: something else)
    r = rec(REVIEW + "Khối hiện có 05 đơn vị. Công an tỉnh, Sở Tư pháp và Tòa án nhân dân tỉnh đạt kết quả cao.")
    assert members(r) == []
    # (names alone must be units or places)
    r = rec(REVIEW + "Khối hiện có 02 đơn vị. Năm qua, Khối đạt nhiều kết quả.")
    assert members(r) == []


def test_a_list_introduction_opening_its_sentence_lists_the_cluster_of_the_sentence_before(rec):
    r = rec("Ngày 15/2, Khối thi đua các tổ chức chính trị - xã hội tỉnh Lào Cai đã tổ chức hội nghị ký kết giao ước "
            "thi đua năm 2023. Bao gồm: Ủy ban Mặt trận Tổ quốc tỉnh, Tỉnh đoàn, Hội Nông dân tỉnh và Hội Cựu chiến binh tỉnh.")
    assert members(r) == ["Ủy ban Mặt trận Tổ quốc tỉnh", "Tỉnh đoàn", "Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh"]
    # (not when the sentence before names no cluster)
    r = rec(REVIEW + "Năm qua có nhiều hoạt động nổi bật của nhiều nơi. Bao gồm: Hội thao, Hội diễn và Hội thi.")
    assert members(r) == []


CLUSTER = "Ngày 5/3/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2023. "


def awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def test_a_person_given_an_award_with_the_reason_after_the_name(rec):
    r = rec(CLUSTER + "Dịp này, Đại tá Trần Văn An trao Bằng khen của Trung ương Hội cho ông Lò Văn Bình vì đã có nhiều đóng góp.")
    assert awards(r) == [("Lò Văn Bình", "Bằng khen của Trung ương Hội", "conferred")]
    # (a rank after the honorific is no part of the name)
    r = rec(CLUSTER + "Hội nghị đề nghị tặng Bằng khen cho đồng chí Thiếu tá Lò Văn Bình do có thành tích xuất sắc.")
    assert awards(r) == [("Lò Văn Bình", "Bằng khen", "proposed")]


def test_persons_counted_then_named(rec):
    r = rec(CLUSTER + "Hội nghị đề nghị tặng Bằng khen của Bộ trưởng cho hai cá nhân có thành tích tiêu biểu là ông Lò Văn Bình "
            "và bà Hà Thị Cúc.")
    assert awards(r) == [("Lò Văn Bình", "Bằng khen của Bộ trưởng", "proposed"), ("Hà Thị Cúc", "Bằng khen của Bộ trưởng", "proposed")]


def test_the_rotating_flag_handed_over_or_received(rec):
    r = rec(CLUSTER + "Tại hội nghị, Sở Y tế đã bàn giao Cờ luân lưu cho Sở Tư pháp.")
    assert awards(r) == [("Sở Tư pháp", "Cờ luân lưu", "conferred")]
    r = rec(CLUSTER + "Sở Tư pháp nhận Cờ luân lưu Cụm trưởng năm 2024 từ Sở Y tế.")
    assert awards(r) == [("Sở Tư pháp", "Cờ luân lưu", "conferred")]


def test_a_cluster_role_is_no_recipient_the_unit_named_after_it_is(rec):
    r = rec(CLUSTER + "Sở Y tế bàn giao Cờ luân lưu cho Cụm trưởng năm 2024 là Sở Tư pháp.")
    assert awards(r) == [("Sở Tư pháp", "Cờ luân lưu", "conferred")]
    r = rec(CLUSTER + "Sở Y tế bàn giao Cờ luân lưu cho Cụm trưởng năm 2024.")
    assert awards(r) == []


def test_a_dated_byline_after_the_headline(rec):
    head = "Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2023\n\n"
    lead = "\n\nNgày 5/3/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2023 tại Sở Y tế."
    for line in ("Lan Anh - 17:46, 22/03/2024", "Lan Anh | 22/03/2024 17:46", "Lan Anh 17:46, 22/03/2024"):
        r = rec(head + line + lead)
        assert r["author"] == "Lan Anh", line
        assert r["published"] == "2024-03-22", line


def test_units_counted_after_a_dash_take_the_roles_listed_in_turn(rec):
    r = rec("Ngày 5/3/2024, Cụm thi đua các tỉnh Tây Bắc tổ chức hội nghị ký kết giao ước thi đua năm 2024. Lãnh đạo tỉnh "
            "chúc mừng TP. Điện Biên Phủ và TP. Lai Châu - 02 địa phương tiếp nhận vai trò Cụm trưởng và Cụm phó trong năm 2024.")
    assert r["cluster"]["next_chair"]["organization"] == "TP. Điện Biên Phủ"
    assert r["cluster"]["next_vice_chair"]["organization"] == "TP. Lai Châu"
    assert "election" in [d["kind"] for d in r["decisions"]]


def test_a_unit_takes_over_the_role_by_receiving_it(rec):
    r = rec(CLUSTER + "Sở Tư pháp nhận bàn giao nhiệm vụ Cụm trưởng năm 2024.")
    assert r["cluster"]["next_chair"]["organization"] == "Sở Tư pháp"


def test_an_act_named_as_a_cited_documents_subject_is_no_act(rec):
    r = rec("Thực hiện Kế hoạch số 12/KH-UBND ngày 3/1/2024 của UBND tỉnh về tổ chức phát động phong trào thi đua năm 2024, "
            "sáng 5/3/2024, Cụm thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua năm 2024.")
    assert [d["kind"] for d in r["decisions"]] == ["covenant"]


def test_an_act_among_the_purposes_listed_is_no_act(rec):
    r = rec(CLUSTER + "Sở Y tế đăng cai tổ chức Hội nghị nhằm thảo luận, thống nhất dự thảo Quy chế hoạt động của Cụm.")
    assert "approve_report" not in [d["kind"] for d in r["decisions"]]


def test_a_province_among_bare_names_of_regions_places_no_cluster(rec):
    r = rec("Ngày 5/3/2024, Cụm thi đua số 5 ngành Dự trữ tổ chức hội nghị ký kết giao ước thi đua năm 2024. Cụm gồm 4 cục "
            "khu vực: Nam Tây Nguyên; TP. Hồ Chí Minh; Đông Nam Bộ; Tây Nam Bộ.")
    assert r["cluster"]["members"] == ["Nam Tây Nguyên", "TP. Hồ Chí Minh", "Đông Nam Bộ", "Tây Nam Bộ"]
    assert r["meeting"]["province"] is None


def test_the_agent_named_by_position_then_name_takes_the_role(rec):
    r = rec(CLUSTER + "Cụm do Giám đốc Sở Y tế - ông Lò Văn Bình, làm Cụm trưởng.")
    assert r["cluster"]["chair"] == {"organization": "Sở Y tế", "person": "Lò Văn Bình"}
    assert r["people"][0]["title"] == "Giám đốc Sở Y tế"


def test_the_tone_of_uo_goes_on_its_second_vowel():
    from tdkt_extract.normalize import normalize
    n = normalize("ký kết giao ứơc thi đua")
    assert n.text == "ký kết giao ước thi đua"
    assert len(n.text) == len("ký kết giao ứơc thi đua")


BLOC = "Ngày 5/3/2024, Khối thi đua số 2 tổ chức hội nghị tổng kết năm 2023. "


def ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def test_ranks_in_turn_without_lan_luot_and_scores_in_brackets(rec):
    r = rec(BLOC + "Căn cứ kết quả chấm điểm, Sở Y tế được xếp loại xuất sắc, đứng đầu Khối với 97 điểm; Sở Tư pháp "
            "(95,5 điểm) và Sở Nội vụ (94 điểm) lần lượt xếp thứ hai, thứ ba.")
    assert ranks(r) == [(1, "Sở Y tế"), (2, "Sở Tư pháp"), (3, "Sở Nội vụ")]
    r = rec(BLOC + "Qua bỏ phiếu, Sở Y tế được suy tôn là đơn vị tiêu biểu xuất sắc nhất; Sở Tư pháp và Sở Nội vụ là hai "
            "đơn vị tiêu biểu xuất sắc, xếp thứ hai và thứ ba.")
    assert ranks(r) == [(1, "Sở Y tế"), (2, "Sở Tư pháp"), (3, "Sở Nội vụ")]


def test_units_joined_before_one_rank_each_hold_it(rec):
    r = rec(BLOC + "Hội nghị bình xét Sở Y tế xếp thứ nhất, Sở Tư pháp và Sở Nội vụ xếp thứ hai.")
    assert ranks(r) == [(1, "Sở Y tế"), (2, "Sở Tư pháp"), (2, "Sở Nội vụ")]


def test_police_units_written_ca(rec):
    r = rec(BLOC + "Hội nghị thống nhất bình xét CA huyện Bảo Yên là lá cờ đầu của Khối, CA huyện Bảo Thắng xếp thứ hai.")
    assert ranks(r) == [(1, "CA huyện Bảo Yên"), (2, "CA huyện Bảo Thắng")]


def test_the_unit_after_its_role_word_leads(rec):
    r = rec(BLOC + "Các đơn vị đã bỏ phiếu bình xét đơn vị Khối trưởng Sở Tư pháp tỉnh là đơn vị dẫn đầu.")
    assert ranks(r) == [(1, "Sở Tư pháp tỉnh")]


def test_a_headline_names_a_district_that_leads(rec):
    r = rec("Chính quyền - đoàn thể Huyện Bảo Yên dẫn đầu phong trào thi đua Cụm thi đua miền núi năm 2024\n\n"
            "Chiều 27/3, Cụm thi đua miền núi tổ chức hội nghị tổng kết năm 2024.")
    assert ranks(r) == [(1, "Huyện Bảo Yên")]


def test_agreeing_with_the_report_and_its_counted_directions(rec):
    r = rec(BLOC + "Hội nghị nhất trí thông qua báo cáo tổng kết và 5 nhiệm vụ trọng tâm năm 2024 của Khối.")
    assert [d["kind"] for d in r["decisions"]] == ["approve_report", "tasks"]
    r = rec(BLOC + "Các đại biểu đồng thuận cao với nội dung Báo cáo tổng kết năm 2023 và phương hướng nhiệm vụ năm 2024.")
    assert [d["kind"] for d in r["decisions"]] == ["approve_report", "tasks"]


def test_an_act_since_the_start_of_the_year_is_the_years_work(rec):
    r = rec(BLOC + "Ngay từ đầu năm 2023, Khối đã tổ chức Hội nghị ký kết giao ước thi đua. Hội nghị thông qua báo cáo tổng kết.")
    assert [d["kind"] for d in r["decisions"]] == ["approve_report"]
    r = rec(BLOC + "Năm 2023, Khối đã tổ chức ký kết giao ước thi đua và phát động phong trào thi đua yêu nước.")
    assert [d["kind"] for d in r["decisions"]] == []


def test_a_rank_is_no_part_of_a_person_given_an_award(rec):
    r = rec(CLUSTER + "Dịp này, Đại tá Trần Văn An trao Bằng khen của Tư lệnh cho Thiếu tá Lục Văn Hải, Đồn trưởng Đồn Biên phòng A.")
    assert awards(r) == [("Lục Văn Hải", "Bằng khen của Tư lệnh", "conferred")]


def test_units_ranked_in_turn_share_the_award_proposed_after_them(rec):
    r = rec(BLOC + "Qua bình xét, Sở Y tế được suy tôn là đơn vị dẫn đầu, đề nghị tặng Cờ thi đua; Sở Tư pháp và Sở Nội vụ "
            "lần lượt đứng thứ hai, thứ ba, đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert awards(r) == [("Sở Y tế", "Cờ thi đua", "proposed"), ("Sở Tư pháp", "Bằng khen của Chủ tịch UBND tỉnh", "proposed"),
                         ("Sở Nội vụ", "Bằng khen của Chủ tịch UBND tỉnh", "proposed")]


def test_youth_unions_written_with_a_capital_split_at_va(rec):
    r = rec(CLUSTER + "Hội nghị đề nghị tặng Bằng khen cho Tỉnh Đoàn Lào Cai và Tỉnh Đoàn Yên Bái.")
    assert [a[0] for a in awards(r)] == ["Tỉnh Đoàn Lào Cai", "Tỉnh Đoàn Yên Bái"]


LEAD = ("Sáng 5/3/2024, tại Sở Y tế, Khối thi đua số 2 tỉnh Lào Cai tổ chức hội nghị tổng kết công tác thi đua, khen thưởng "
        "năm 2023 và ký kết giao ước thi đua năm 2024.")
HEAD = "Khối thi đua số 2 tổng kết năm 2023"


def test_a_byline_in_a_part_of_its_own_beside_the_pages_date(rec):
    assert rec("Cổng thông tin\n\n" + HEAD + "\n\n19/12/2023 15:42 | Hoàng Yến\n\n" + LEAD)["author"] == "Hoàng Yến"
    assert rec("Tin hoạt động\n\n" + HEAD + "\n\nTác giả: Lan Anh | Ngày: 21/12/2023\n\n" + LEAD)["author"] == "Lan Anh"
    # (a part with no prefix and no family name first is a section's name as often)
    assert rec("Cổng thông tin\n\n" + HEAD + "\n\n19/12/2023 15:42 | Thời Sự\n\n" + LEAD)["author"] is None


def test_two_pen_names_joined_by_a_dash_right_above_the_lead(rec):
    # (one of them credited for a photo: a byline, not two places or a slogan)
    r = rec(HEAD + "\n\nThu Trang - Quang Minh\n\n" + LEAD + "\n\nLãnh đạo các đơn vị ký giao ước. (Ảnh: Quang Minh)")
    assert r["author"] == "Thu Trang - Quang Minh"
    assert [p["name"] for p in r["people"]] == ["Thu Trang", "Quang Minh"]
    assert rec(HEAD + "\n\nThu Trang - Quang Minh\n\n" + LEAD)["author"] is None


def test_a_byline_under_the_headline_the_pages_date_above_it(rec):
    assert rec("HẢI QUAN ONLINE\n08:45 | 12/01/2024\n\n" + HEAD + "\n\nThu Trang\n\n" + LEAD)["author"] == "Thu Trang"


def test_a_second_group_counted_then_named_at_once(rec):
    r = rec("Ngày 5/3/2024, Khối thi đua 6 tỉnh Lào Cai tổ chức hội nghị tổng kết năm 2023. Tại hội nghị, đại diện 5 đơn vị "
            "gồm: Ban Tuyên giáo, Ban Tổ chức, Trường Chính trị tỉnh và 02 Đảng ủy Khối các cơ quan tỉnh, Đảng ủy Khối Doanh "
            "nghiệp tỉnh, thuộc Khối Thi đua 6 tham gia ý kiến.")
    assert members(r)[-2:] == ["Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy Khối Doanh nghiệp tỉnh"]
    assert len(members(r)) == 5


def test_a_verb_right_after_a_reports_verb_is_its_content(rec):
    r = rec(CLUSTER + "Báo cáo tổng kết do bà Lò Thị Hoa, Phó Giám đốc Sở Y tế trình bày nêu rõ: năm qua các đơn vị đạt nhiều kết quả.")
    assert r["people"][0]["roles"] == ["reported"]
    r = rec(CLUSTER + "Đồng chí Hà Văn Nam, Phó Giám đốc Sở Y tế, báo cáo đánh giá kết quả hoạt động của Cụm năm 2023.")
    assert r["people"][0]["roles"] == ["reported"]


def test_the_doer_of_a_noun_act_is_no_part_of_the_next_persons_subject(rec):
    r = rec(CLUSTER + "Sau phần trình bày dự thảo báo cáo tổng kết của đ/c Lò Văn Bình, Trưởng phòng Tổng hợp, đ/c Hà Văn Nam phát "
            "biểu, đánh giá cao sự chủ động của các cơ quan.")
    assert [(p["name"], p["roles"]) for p in r["people"]] == [("Lò Văn Bình", ["reported"]), ("Hà Văn Nam", ["spoke"])]


def test_units_named_before_a_passive_choice_lead_together(rec):
    r = rec(BLOC + "Kết quả bình xét, Sở Y tế và Sở Tư pháp được các đơn vị trong Khối suy tôn là hai đơn vị dẫn đầu.")
    assert ranks(r) == [(1, "Sở Y tế"), (1, "Sở Tư pháp")]
    r = rec("Ngày 5/3/2024, Cụm thi đua các tỉnh Bắc Trung Bộ tổ chức hội nghị tổng kết năm 2023. Qua bình xét, hội nghị đã "
            "suy tôn tỉnh Nghệ An và tỉnh Hà Tĩnh là hai đơn vị dẫn đầu Cụm năm 2023.")
    assert ranks(r) == [(1, "tỉnh Nghệ An"), (1, "tỉnh Hà Tĩnh")]


def test_a_tie_after_a_shared_score(rec):
    r = rec(BLOC + "Kết quả, xã Bảo Hà và xã Kim Sơn cùng đạt 96 điểm, đồng xếp thứ nhất; xã Cam Cọn xếp thứ ba với 93,5 điểm.")
    assert ranks(r) == [(1, "xã Bảo Hà"), (1, "xã Kim Sơn"), (3, "xã Cam Cọn")]


def test_results_of_an_earlier_period_are_no_rankings_nor_awards(rec):
    r = rec("Sáng 20/8/2019, Khối thi đua các trường cao đẳng tổ chức hội nghị tổng kết năm học 2018 - 2019. Năm học 2017 - "
            "2018, Trường Cao đẳng Y tế được suy tôn dẫn đầu Khối và nhận Cờ thi đua của UBND tỉnh. Qua bình xét, Khối đã "
            "thống nhất suy tôn Trường Cao đẳng Sư phạm dẫn đầu Khối năm học 2018 - 2019 và đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert ranks(r) == [(1, "Trường Cao đẳng Sư phạm")]
    assert [a["recipient"] for a in r["awards"]] == ["Trường Cao đẳng Sư phạm"]


def test_another_clusters_meeting_the_day_before(rec):
    r = rec(CLUSTER + "Qua bình xét, Sở Y tế được suy tôn là đơn vị dẫn đầu Cụm năm 2023. Trước đó một ngày, Cụm thi đua số 3 "
            "đã tổng kết năm 2023, Sở Xây dựng dẫn đầu Cụm này.")
    assert ranks(r) == [(1, "Sở Y tế")]


def test_a_count_in_words_opening_a_member_list(rec):
    r = rec(CLUSTER + "Bốn huyện trong cụm là Bảo Yên, Bảo Thắng, Văn Bàn và Bát Xát đã có 29 xã đạt chuẩn nông thôn mới.")
    assert r["cluster"]["members"] == ["Bảo Yên", "Bảo Thắng", "Văn Bàn", "Bát Xát"]
    assert r["cluster"]["member_count"] == 4
    r = rec(BLOC + "Khối gồm ba bệnh viện tuyến tỉnh là Bệnh viện Đa khoa tỉnh, Bệnh viện Nhi và Bệnh viện Mắt.")
    assert r["cluster"]["members"] == ["Bệnh viện Đa khoa tỉnh", "Bệnh viện Nhi", "Bệnh viện Mắt"]
    assert r["cluster"]["member_count"] == 3


def test_a_unit_named_back_in_lower_case_gives_no_role_unit(rec):
    r = rec(CLUSTER + "Thay mặt đơn vị Cụm trưởng là Công ty CP Cấp nước Lào Cai, bà Hà Thị Cúc, Phó Giám đốc công ty báo cáo kết quả.")
    assert r["cluster"]["chair"]["organization"] == "Công ty CP Cấp nước Lào Cai"


def test_a_byline_right_above_the_headline_beside_the_date(rec):
    body = ("\n\nNgày 5/3/2024, Khối thi đua số 2 tỉnh Lào Cai tổ chức hội nghị tổng kết năm 2023 tại Sở Y tế với sự tham gia "
            "của 6 đơn vị thành viên.")
    assert rec("CỔNG THÔNG TIN\n\nN.T.L\n12/07/2023\n\n" + HEAD + body)["author"] == "N.T.L"
    assert rec("CỔNG THÔNG TIN\n\nThứ Năm, 12/01/2023 - 15:20\nHồng Nhung - Thanh Tùng\n\n" + HEAD + body)["author"] \
        == "Hồng Nhung - Thanh Tùng"
    assert rec("CỔNG THÔNG TIN\n\nThứ Năm, 12/01/2023 - 15:20\nVăn Hóa\n\n" + HEAD + body)["author"] is None


def test_a_captions_award_named_short_is_the_bodys(rec):
    r = rec(CLUSTER + "Tại hội nghị, Thiếu tướng Lò Văn Bình đã trao Cờ thi đua của Bộ Công an năm 2023 cho Công an tỉnh Yên Bái.\n\n"
            "Thiếu tướng Lò Văn Bình trao Cờ thi đua cho Công an tỉnh Yên Bái. Ảnh: Hoàng Anh")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("Công an tỉnh Yên Bái", "Cờ thi đua của Bộ Công an")]


def test_a_persons_title_after_the_person_is_no_recipient(rec):
    r = rec(CLUSTER + "Dịp này, ông Lò Văn An đã trao Bằng khen cho Sở Y tế và bà Hà Thị Cúc, Phó Giám đốc Sở Tư pháp vì đã có "
            "thành tích xuất sắc.")
    assert [a["recipient"] for a in r["awards"]] == ["Sở Y tế", "Hà Thị Cúc"]


def test_ranks_as_labels_without_their_own_colon(rec):
    r = rec(BLOC + "Trên cơ sở kết quả chấm điểm, các đơn vị bình xét, suy tôn. Kết quả: Nhất Sở Y tế; Nhì Sở Tư pháp; Ba phường "
            "Kim Tân.")
    assert ranks(r) == [(1, "Sở Y tế"), (2, "Sở Tư pháp"), (3, "phường Kim Tân")]


def test_award_headings_over_bulleted_recipients(rec):
    r = rec(BLOC + "\n\nHội nghị thống nhất đề nghị khen thưởng như sau:\nCờ thi đua của UBND tỉnh:\n- Sở Y tế\n"
            "Bằng khen của Chủ tịch UBND tỉnh:\n- Sở Tư pháp\n- Sở Nội vụ\n\nHội nghị kết thúc tốt đẹp.")
    assert awards(r) == [("Sở Y tế", "Cờ thi đua của UBND tỉnh", "proposed"), ("Sở Tư pháp", "Bằng khen của Chủ tịch UBND tỉnh", "proposed"),
                         ("Sở Nội vụ", "Bằng khen của Chủ tịch UBND tỉnh", "proposed")]
    # (a bulleted heading with its verb; the next heading ends the list before it)
    r = rec(BLOC + "\n\nHội nghị thống nhất đề nghị khen thưởng:\n* Đề nghị Bộ Y tế tặng Cờ thi đua của Bộ Y tế:\n   + Sở Y tế\n"
            "* Đề nghị tặng Bằng khen của Bộ trưởng Bộ Y tế:\n   + Sở Tư pháp\n\nHội nghị kết thúc tốt đẹp.")
    assert awards(r) == [("Sở Y tế", "Cờ thi đua của Bộ Y tế", "proposed"), ("Sở Tư pháp", "Bằng khen của Bộ trưởng Bộ Y tế", "proposed")]


def test_a_bulleted_recipient_a_part_of_a_unit(rec):
    r = rec(BLOC + "\n\nDịp này, Sở Y tế trao Giấy khen của Giám đốc Sở Y tế cho các tập thể có thành tích xuất sắc trong phong trào "
            "thi đua năm 2023:\n- Khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh Lào Cai\n- Khoa Sơ sinh, Bệnh viện Sản Nhi Lào Cai\n\n"
            "Hội nghị kết thúc tốt đẹp.")
    assert [a[0] for a in awards(r)] == ["Khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh Lào Cai", "Khoa Sơ sinh, Bệnh viện Sản Nhi Lào Cai"]


def test_a_room_its_building_parts_and_its_seat(rec):
    r = rec("Sáng 5/3/2024, tại phòng họp số 2, trụ sở Tỉnh ủy, Khối thi đua các Ban Đảng tổ chức hội nghị tổng kết năm 2023.")
    assert r["meeting"]["venue"] == "phòng họp số 2, trụ sở Tỉnh ủy"
    r = rec("Ngày 5/3/2024, tại Hội trường tầng 5, nhà A, Bệnh viện Đa khoa tỉnh Lào Cai, Cụm thi đua số 1 tổ chức hội nghị sơ "
            "kết 6 tháng đầu năm 2024.")
    assert r["meeting"]["venue"] == "Hội trường tầng 5, nhà A, Bệnh viện Đa khoa tỉnh Lào Cai"
    # (a room, then the unit that holds the meeting as the subject: no part of the place)
    r = rec("Ngày 5/3/2024, tại phòng họp tầng 2, Sở Tài chính chủ trì hội nghị tổng kết năm 2023 của Cụm thi đua số 1.")
    assert r["meeting"]["venue"] == "phòng họp tầng 2"

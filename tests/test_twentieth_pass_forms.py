"""Forms of the twentieth pass, each on an invented example."""

LEAD = "Ngày 12/12/2019, Cụm thi đua số 3 các huyện miền núi tổ chức hội nghị tổng kết công tác thi đua năm 2019. "


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


def _awards(r):
    return [(a["recipient"], a["award"]) for a in r["awards"]]


def test_a_flag_given_with_no_other_word_and_counted_places_after_a_colon_split_by_semicolons(rec):
    r = rec(LEAD + "Hội nghị suy tôn, đề nghị Chủ tịch UBND tỉnh tặng cờ cho: Huyện Đông Hà; Bộ Tư lệnh tặng cờ cho Ban Chỉ huy Quân sự "
            "2 huyện: Tây Sơn; Bắc Sơn trong phong trào thi đua Quyết thắng năm 2019.")
    assert _awards(r) == [("Huyện Đông Hà", "cờ"), ("Tây Sơn", "cờ"), ("Bắc Sơn", "cờ")]
    # (a flag raised or hung is no award)
    r = rec(LEAD + "Các đơn vị treo cờ Tổ quốc tại trụ sở trong dịp lễ.")
    assert r["awards"] == []


def test_a_year_reported_at_the_meeting_is_the_year_reviewed(rec):
    r = rec("Hội nghị có sự tham dự của lãnh đạo các đơn vị thuộc Cụm thi đua số 3. Theo báo cáo tại hội nghị, trong năm 2021, các đơn "
            "vị trong Cụm đã hoàn thành tốt nhiệm vụ được giao.")
    assert r["meeting"]["kind"] == "tong_ket"
    assert r["meeting"]["period"] == {"year": 2021, "span": "year"}


def test_a_member_list_ends_before_the_officials_who_came_with_the_units(rec):
    r = rec(LEAD + "Tham dự có lãnh đạo Sở Tư pháp các tỉnh: Nam Sơn, Bắc Hà, Tây Lâm và các đồng chí đại diện lãnh đạo Văn phòng của "
            "các Sở thuộc Cụm.")
    assert r["cluster"]["members"] == ["Nam Sơn", "Bắc Hà", "Tây Lâm"]


def test_the_bodies_a_bloc_answers_to_after_a_comma_are_no_part_of_its_name(rec):
    r = rec("Ngày 10/12/2018, Khối thi đua Văn xã, Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Nam Sơn tổ chức Hội nghị tổng kết năm 2018.")
    assert r["cluster"]["name"] == "Khối thi đua Văn xã"
    # (kinds of unit the name lists stay: "Khối thi đua Mặt trận, Hội, Đoàn thể"; so does a name that holds a unit itself)
    r = rec("Ngày 10/12/2018, Khối thi đua Mặt trận, Hội, Đoàn thể tổ chức Hội nghị tổng kết năm 2018.")
    assert r["cluster"]["name"] == "Khối thi đua Mặt trận, Hội, Đoàn thể"
    r = rec("Ngày 10/12/2018, Khối cơ quan Sở Tài chính, Cục Thuế các tỉnh miền núi tổ chức Hội nghị tổng kết năm 2018.")
    assert r["cluster"]["name"] == "Khối cơ quan Sở Tài chính, Cục Thuế các tỉnh miền núi"


def test_an_election_holds_for_the_second_role_after_the_clusters_name_of_words(rec):
    r = rec("Ngày 05/12/2018, Khối thi đua Văn xã tổ chức Hội nghị tổng kết năm 2018.\n\nThống nhất bầu Sở Y tế là đơn vị Khối "
            "trưởng Khối Văn xã và Sở Tư pháp là đơn vị Khối phó.")
    assert r["cluster"]["next_chair"]["organization"] == "Sở Y tế"
    assert r["cluster"]["next_vice_chair"]["organization"] == "Sở Tư pháp"
    assert r["cluster"]["vice_chair"] is None


def test_agreeing_one_view_on_the_rules_is_approving_them(rec):
    r = rec(LEAD + "Các đại biểu đã góp ý, thống nhất ý kiến chung về Giao ước thi đua và quy chế hoạt động của Cụm.")
    assert _kinds(r) == ["approve_report"]


def test_a_bare_position_with_a_role_note_gives_the_unit_it_heads(rec):
    r = rec("Chiều 05-01, Khối thi đua Kinh tế tổ chức Hội nghị tổng kết công tác thi đua năm 2023. Giám đốc Ban Quản lý các khu công "
            "nghiệp tỉnh (Khối trưởng) và Giám đốc Sở Công Thương (Khối phó) chủ trì Hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "Ban Quản lý các khu công nghiệp tỉnh"
    assert r["cluster"]["vice_chair"]["organization"] == "Sở Công Thương"
    # (a person's title after a comma is read with the person: the unit of the position, and the person)
    r = rec("Chiều 05-01, Khối thi đua Kinh tế tổ chức Hội nghị tổng kết công tác thi đua năm 2023. Báo cáo do đồng chí Lê Văn Nam, "
            "Giám đốc Sở Công Thương (Khối trưởng) trình bày.")
    assert (r["cluster"]["chair"]["organization"], r["cluster"]["chair"]["person"]) == ("Sở Công Thương", "Lê Văn Nam")


def test_the_companions_after_a_title_share_the_persons_verbs(rec):
    r = rec(LEAD + "Đồng chí Lê Văn Nam - Phó Chủ tịch UBND huyện cùng đại diện lãnh đạo Ban Thi đua khen thưởng huyện đã đến dự và chỉ "
            "đạo hội nghị.")
    assert r["people"][0]["roles"] == ["attended", "spoke"]
    r = rec(LEAD + "Chủ tịch Ủy ban MTTQ huyện Nam Sơn Trần Thị Hoa và lãnh đạo Ủy ban MTTQ huyện Bắc Sơn đồng chủ trì hội nghị.")
    assert r["people"][0]["roles"] == ["presided"]


def test_the_lead_verbs_go_to_a_list_of_ranks_and_bare_names_not_the_first_persons_own(rec):
    r = rec(LEAD + "Tới dự và chỉ đạo hội nghị có các đồng chí: Thiếu tướng Lê Văn An - Cục trưởng Cục X; Trần Văn Bình - Phó Chủ tịch "
            "UBND tỉnh; Đại tá Phạm Văn Cường - Giám đốc Công an tỉnh.")
    assert [p["roles"] for p in r["people"]] == [["attended", "spoke"]] * 3
    r = rec(LEAD + "Dự hội nghị có Thiếu tướng Lê Văn An, Phó Tư lệnh, dự và chỉ đạo hội nghị; Đại tá Phạm Văn Cường, Phó Chủ nhiệm "
            "Chính trị.")
    assert [p["roles"] for p in r["people"]] == [["attended", "spoke"], ["attended"]]


def test_the_central_highlands_names_spelled_several_ways(rec):
    from tdkt_extract import gazetteer
    assert {gazetteer.province_of(n) for n in ("Lăk", "EaKar", "Krông Pắk", "M’Đrắc")} == {"Đắk Lắk"}
    assert gazetteer.province_of("Bắk Ninh") is None  # (no such variant of a Vietnamese name)


def test_a_meeting_that_assesses_part_of_a_year_in_the_body(rec):
    r = rec("Hội nghị giao ban Cụm thi đua\n\nSáng 21/6/2024, tại thị xã Bình Long đã diễn ra hội nghị giao ban công tác Mặt trận "
            "Cụm thi đua của 5 tỉnh miền núi (Nam Sơn, Bắc Hà, Tây Lâm, Đông Giang, Trung Sơn).\n\nHội nghị đã đánh giá công tác mặt "
            "trận, chương trình phối hợp trong 6 tháng đầu năm 2024 của cụm.\n")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("so_ket", {"year": 2024, "span": "h1"})
    assert r["cluster"]["name"] == "Cụm thi đua của 5 tỉnh miền núi"
    assert r["cluster"]["member_count"] == 5
    # (what the units will assess is no review)
    r = rec("Hội nghị giao ban Cụm thi đua\n\nSáng 21/6/2024, tại thị xã Bình Long đã diễn ra hội nghị giao ban Cụm thi đua số 3."
            "\n\nHội nghị sẽ đánh giá công tác 6 tháng đầu năm 2024.\n")
    assert r["meeting"]["kind"] == "other"


def test_a_review_of_n_years_of_carrying_something_out_is_the_term_ending_n_years_on(rec):
    r = rec("Chiều 25/10, Cụm thi đua 3 đã tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 34/CT-TW ngày 07/4/2014 của Bộ "
            "Chính trị.")
    assert r["meeting"]["period"] == {"year": 2024, "span": "term"}
    assert r["meeting"]["date"] == "2024-10-25"
    r = rec("Chiều 25/10, Cụm thi đua 3 đã tổ chức Hội nghị tổng kết 5 năm thực hiện Luật Thi đua, khen thưởng (2018-2023).")
    assert r["meeting"]["period"] == {"year": 2023, "span": "term"}


def test_a_givers_city_abbreviation_a_numbered_image_caption_and_recipients_after_doi_voi(rec):
    r = rec(LEAD + "Công đoàn Trường Đại học A được đề nghị khen thưởng Cờ thi đua Liên đoàn Lao động TP.HCM.")
    assert _awards(r) == [("Công đoàn Trường Đại học A", "Cờ thi đua Liên đoàn Lao động TP.HCM")]
    r = rec("Nam Sơn, Bắc Hà được đề nghị nhận Cờ thi đua của Chính phủ\n\nNgày 27/3/2024, tại Nam Sơn, Cụm thi đua các tỉnh miền núi tổ "
            "chức hội nghị tổng kết năm 2023. Cụm đề nghị khen thưởng đối với tỉnh Bắc Hà và Nam Sơn là Cờ thi đua Chính phủ.\n\nNam "
            "Sơn, Bắc Hà được đề nghị nhận Cờ thi đua của Chính phủ - Ảnh 1\n")
    assert _awards(r) == [("tỉnh Bắc Hà", "Cờ thi đua Chính phủ"), ("Nam Sơn", "Cờ thi đua Chính phủ")]


def test_a_flag_for_all_round_excellence(rec):
    r = rec("Hội Nông dân huyện A được đề nghị tặng cờ thi đua xuất sắc toàn diện năm 2021\n\n" + LEAD)
    assert _awards(r) == [("Hội Nông dân huyện A", "cờ thi đua xuất sắc toàn diện")]


def test_a_place_named_the_chair_after_the_word_for_a_unit(rec):
    # (a place the gazetteer knows: the rule reads names it can check)
    r = rec("Chiều ngày 13/01/2021, Cụm thi đua số 1 gồm: TP.Vĩnh Long, TP.Tân An và huyện Tây Lâm, trong đó đơn vị TP.Vĩnh Long làm "
            "Cụm trưởng, tổ chức tổng kết công tác thi đua năm 2020.")
    assert r["cluster"]["chair"]["organization"] == "TP.Vĩnh Long"


def test_a_count_a_colon_and_as_many_names_beat_an_earlier_roll_of_those_attending(rec):
    r = rec("Ngày 10/12, Hội nghị tổng kết công tác mặt trận của Cụm thi đua các tỉnh miền núi năm 2021 được tổ chức trực tuyến.\n\n"
            "Hội nghị còn có sự tham dự của Chủ tịch UBMTTQ Việt Nam các tỉnh Hà Giang, Tuyên Quang, Lào Cai.\n\nCụm thi đua các tỉnh "
            "miền núi gồm 4 tỉnh: Hà Giang, Tuyên Quang, Lào Cai và Yên Bái. Đây là cụm biên giới.")
    assert r["cluster"]["members"] == ["Hà Giang", "Tuyên Quang", "Lào Cai", "Yên Bái"]


def test_ranks_after_ja_and_bare_places_with_their_rank(rec):
    r = rec(LEAD + "Kết quả chấm điểm thi đua năm 2019, theo đó huyện Nam Sơn xếp hạng 1, Bắc Hà đứng thứ 2 và Tây Lâm xếp hạng 3.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "huyện Nam Sơn"), (2, "Bắc Hà"), (3, "Tây Lâm")]
    r = rec(LEAD + "Kết quả chấm điểm thi đua năm 2019, theo đó huyện Nam Sơn xếp thứ nhất, Bắc Hà thứ nhì và Tây Lâm thứ ba.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "huyện Nam Sơn"), (2, "Bắc Hà"), (3, "Tây Lâm")]


def test_the_venue_ends_before_the_subject_after_its_comma_and_the_country_is_no_venue(rec):
    r = rec("Sáng 25-9-2017, tại Bộ Chỉ huy BĐBP tỉnh Nam Sơn, Bộ Tư lệnh BĐBP đã tổ chức Tổng kết công tác thi đua năm 2017 của "
            "Cụm số 4.")
    assert r["meeting"]["venue"] == "Bộ Chỉ huy BĐBP tỉnh Nam Sơn"
    r = rec("Các đơn vị trong Cụm thi đua số 1 đã tham gia bảo đảm an ninh các hội nghị quan trọng tổ chức tại Việt Nam trong năm "
            "2020.")
    assert r["meeting"]["venue"] is None


def test_a_slogan_banner_above_the_headline_is_no_headline(rec):
    r = rec("TOÀN DÂN RA SỨC THI ĐUA HOÀN THÀNH THẮNG LỢI NHIỆM VỤ NĂM 2024!\n\nCÁC TRƯỜNG CỤM THI ĐUA SỐ 2 BÌNH XÉT THI ĐUA NĂM HỌC "
            "2023 - 2024\n\nSáng ngày 14/8/2024 tại phòng họp Trường A đã diễn ra buổi họp bình xét các đơn vị thuộc Cụm thi đua số 2.")
    assert r["title"] == "CÁC TRƯỜNG CỤM THI ĐUA SỐ 2 BÌNH XÉT THI ĐUA NĂM HỌC 2023 - 2024"


def test_a_session_of_a_school_year_held_in_its_summer_reviews_it(rec):
    r = rec("Giao ban Khối thi đua số 2\n\nSáng 10/6, tại huyện Đông Sơn, Khối thi đua số 2 các Phòng Giáo dục và Đào tạo tổ chức hội "
            "nghị giao ban lần III năm học 2022 – 2023.\n\nTrong năm học 2022 - 2023, các Phòng GD&ĐT thực hiện 12 lĩnh vực thi đua.\n")
    assert (r["meeting"]["kind"], r["meeting"]["period"], r["meeting"]["date"]) == ("tong_ket", {"year": 2023, "span": "term"}, "2023-06-10")
    # (in the winter the school year runs on: no review)
    r = rec("Giao ban Khối thi đua số 2\n\nSáng 10/12, tại huyện Đông Sơn, Khối thi đua số 2 tổ chức hội nghị giao ban lần I năm học "
            "2022 – 2023.\n\nTrong năm học 2022 - 2023, các Phòng GD&ĐT thực hiện 12 lĩnh vực thi đua.\n")
    assert r["meeting"]["kind"] == "other"


def test_agreeing_the_results_after_the_units_scoring_is_the_ranking(rec):
    r = rec(LEAD + "Trên cơ sở tự chấm điểm của 08 đơn vị, Hội nghị đã thống nhất kết quả xếp loại các đơn vị.")
    assert _kinds(r) == ["ranking"]
    # (the units' own proposals, named as a noun, are no act of the meeting)
    r = rec(LEAD + "Cụm trưởng tổng hợp kết quả tự chấm điểm và đề xuất khen thưởng của các trường trong cụm.")
    assert "award_proposal" not in _kinds(r)


def test_the_purpose_named_as_the_subject_and_an_earlier_event_in_whose_spirit_one_speaks_hold_no_act(rec):
    r = rec(LEAD + "Mục đích của việc thành lập các cụm thi đua nhằm thúc đẩy các công ty tổ chức phong trào thi đua, bình xét đề nghị "
            "khen thưởng các doanh nghiệp hằng năm.")
    assert r["decisions"] == []
    r = rec(LEAD + "Ông Lê Văn An phát biểu khai mạc trên tinh thần Hội nghị ký kết giao ước thi đua đầu năm 2019.")
    assert r["decisions"] == []


def test_a_reporters_word_signing_the_page_is_no_author(rec):
    r = rec(LEAD + "Hội nghị đã thông qua báo cáo tổng kết.\n\nPV")
    assert r["author"] is None
    r = rec(LEAD + "Hội nghị đã thông qua báo cáo tổng kết.\n\nP.V")
    assert r["author"] is None


def test_a_member_list_ends_at_the_verb_tien_hanh(rec):
    r = rec("Ngày 16/1/2025, Cụm thi đua số 4 gồm các huyện: Nam Sơn, Bắc Hà và thị xã Tây Lâm tiến hành hội nghị tổng kết năm 2024.")
    assert r["cluster"]["members"] == ["Nam Sơn", "Bắc Hà", "thị xã Tây Lâm"]


def test_a_border_guard_unit_and_its_provincial_command_after_a_comma_are_one_venue(rec):
    r = rec("Chiều ngày 21 tháng 7 năm 2016, tại Hải đội 3, Bộ đội Biên phòng tỉnh Nam Sơn, Cụm Thi đua số 9 đã tổ chức Hội nghị sơ "
            "kết 6 tháng đầu năm 2016.")
    assert r["meeting"]["venue"] == "Hải đội 3, Bộ đội Biên phòng tỉnh Nam Sơn"


def test_a_second_group_of_places_after_a_semicolon(rec):
    r = rec("Ngày 12/1/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2023.\n\nNăm 2023, các đơn vị trong Cụm thi đua gồm: Sở Văn "
            "hóa các tỉnh: Nam Sơn, Bắc Hà; Sở Du lịch các tỉnh: Tây Lâm, Đông Giang đã tham mưu thực hiện tốt nhiệm vụ.")
    assert r["cluster"]["members"] == ["Nam Sơn", "Bắc Hà", "Tây Lâm", "Đông Giang"]


def test_a_headline_that_reviews_the_year_beats_a_lead_that_signs_the_next(rec):
    r = rec("HỘI NGHỊ: Tổng kết công tác thi đua khen thưởng năm 2019, ký kết giao ước thi đua 2020\n\nNgày 12/02/2020, Khối thi đua "
            "các doanh nghiệp tỉnh đã tổ chức Hội nghị ký giao ước thi đua và triển khai nhiệm vụ năm 2020.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("tong_ket", {"year": 2019, "span": "year"})


def test_the_tai_a_branchs_name_keeps_places_no_meeting(rec):
    r = rec("Ngày 12/02/2020, Khối thi đua các doanh nghiệp gồm có các đơn vị: Bưu điện tỉnh, Chi nhánh Viện thuốc lá tại Nam Sơn, "
            "Công ty Điện lực đã tổ chức Hội nghị ký giao ước thi đua năm 2020.")
    assert r["meeting"]["venue"] is None


def test_a_headline_on_two_lines_the_clusters_name_closed_by_a_colon(rec):
    r = rec("Cụm thi đua phía Nam:\nHuy động 12.000 ngày công xây dựng nông thôn mới\n\nNgày 15-10, Hội Cựu chiến binh huyện Nam Sơn - đơn "
            "vị Cụm trưởng Cụm thi đua phía Nam đã tổ chức Hội nghị tổng kết Cụm năm 2018.")
    assert r["title"] == "Cụm thi đua phía Nam: Huy động 12.000 ngày công xây dựng nông thôn mới"
    # (under the page's date line too)
    r = rec("08:33 | 01/03/2019\n\nCụm thi đua số 10 huyện Nam Sơn:\n\n11 mô hình thi đua năm 2019\n\n(LĐTĐ) Năm 2019 các đơn vị "
            "trong Cụm thi đua số 10 đăng ký 11 mô hình thi đua.")
    assert r["title"].startswith("Cụm thi đua số 10 huyện Nam Sơn:") and r["title"].endswith("11 mô hình thi đua năm 2019")


def test_the_contents_registered_and_another_bodys_plan_carried_out_are_no_acts(rec):
    r = rec(LEAD + "Các đơn vị thể hiện quyết tâm thực hiện tốt các nội dung đăng ký thi đua năm 2020.")
    assert r["decisions"] == []
    r = rec(LEAD + "Trước mắt tập trung thực hiện kế hoạch hội thao quốc phòng năm 2020 của Ban Chỉ huy Quân sự huyện.")
    assert r["decisions"] == []
    # (the cluster's own event planned stays)
    assert _kinds(rec(LEAD + "Hội nghị thống nhất kế hoạch hội thao năm 2020 của Cụm.")) == ["plan"]


def test_a_quoted_draft_review_with_the_next_halfs_directions(rec):
    r = rec(LEAD + 'Hội nghị đã thông qua "Dự thảo" Sơ kết phong trào thi đua 6 tháng đầu năm 2019, phương hướng, nhiệm vụ trọng tâm 6 '
            'tháng cuối năm 2019.')
    assert "tasks" in _kinds(r)


def test_attending_leads_with_tham_gia_la_and_don_tiep(rec):
    r = rec(LEAD + "Tham gia Hội nghị có ông Lê Văn An – Chủ tịch Liên đoàn Lao động tỉnh; ông Trần Văn Bình – Phó Chủ tịch.")
    assert [p["roles"] for p in r["people"]] == [["attended"], ["attended"]]
    r = rec(LEAD + "Đại diện Sở Giao thông vận tải tham dự hội nghị là ông Lê Văn An – Giám đốc Sở.")
    assert r["people"][0]["roles"] == ["attended"]
    r = rec(LEAD + "Hội nghị vinh dự được đón tiếp bà Trần Thị Hoa, Phó Cục trưởng Cục Công tác phía Nam.")
    assert r["people"][0]["roles"] == ["attended"]
    # (taking part in the discussion is no attendance word)
    r = rec(LEAD + "Ông Lê Văn An tham gia ý kiến về dự thảo quy chế.")
    assert r["people"][0]["roles"] == ["spoke"]


def test_a_draft_or_a_project_is_no_attending_lead(rec):
    r = rec(LEAD + "Dự thảo quy chế được trình bày bởi ông Lê Văn An, Chánh Văn phòng Sở.")
    assert r["people"][0]["roles"] == ["reported"]
    # (attending itself still leads: "Dự hội nghị có ông A")
    r = rec(LEAD + "Dự hội nghị có ông Lê Văn An, Chánh Văn phòng Sở.")
    assert r["people"][0]["roles"] == ["attended"]


def test_at_a_review_the_units_own_launch_over_the_year_is_no_act(rec):
    r = rec(LEAD + "Các đơn vị phát động phong trào thi đua gắn với việc thực hiện Chỉ thị 05 của Bộ Chính trị.")
    assert r["decisions"] == []
    # (agreed by the units, or at a signing for the year ahead, it is the meeting's)
    assert _kinds(rec(LEAD + "Các đơn vị trong Cụm thống nhất phát động phong trào thi đua năm 2020.")) == ["other"]
    r = rec("Ngày 26-3-2009, Khối các cơ quan Đảng tiến hành hội nghị ký kết giao ước thi đua năm 2009. Các đơn vị phát động phong trào "
            "thi đua hoàn thành xuất sắc nhiệm vụ năm 2009.")
    assert "other" in _kinds(r)

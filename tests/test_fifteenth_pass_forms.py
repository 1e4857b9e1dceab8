"""Forms of the fifteenth pass, each on an invented example."""

REVIEW = "Sáng 12/1/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n\n"


def test_places_counted_in_words_after_the_unit_they_share(rec):
    r = rec(REVIEW + "Cụm thi đua số 4 gồm Hội Nông dân bảy tỉnh Sơn La, Điện Biên, Lai Châu, Hòa Bình, Lào Cai, Yên Bái và Hà Giang.")
    assert r["cluster"]["members"] == ["Sơn La", "Điện Biên", "Lai Châu", "Hòa Bình", "Lào Cai", "Yên Bái", "Hà Giang"]
    assert r["cluster"]["member_count"] == 7
    # ("năm" before a place kind is left alone: as often the year as five)
    r = rec(REVIEW + "Cụm thi đua số 4 gồm các đơn vị năm tỉnh Sơn La và Điện Biên cùng tham gia.")
    assert r["cluster"]["member_count"] is None


def test_members_after_la_then_the_shared_unit_and_the_kinds_of_places(rec):
    r = rec(REVIEW + "Các đơn vị thành viên của Cụm là Hội Cựu chiến binh các tỉnh, thành phố: Sơn La, Điện Biên và Lai Châu.")
    assert r["cluster"]["members"] == ["Sơn La", "Điện Biên", "Lai Châu"]
    # (without the colon the list is read as written)
    r = rec(REVIEW + "Các đơn vị thành viên của Cụm là Sở Tư pháp, Sở Nội vụ và Thanh tra tỉnh.")
    assert r["cluster"]["members"] == ["Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh"]


def people(r):
    return [(p["name"], p["title"]) for p in r["people"]]


def test_two_positions_before_the_honorific_make_one_title(rec):
    r = rec(REVIEW + "Phó Chủ tịch UBND huyện Tân Lạc, Cụm trưởng Cụm thi đua số 4, ông Đinh Công Sứ chủ trì hội nghị.")
    assert people(r) == [("Đinh Công Sứ", "Phó Chủ tịch UBND huyện Tân Lạc, Cụm trưởng Cụm thi đua số 4")]
    assert r["cluster"]["chair"]["organization"] == "UBND huyện Tân Lạc"
    r = rec(REVIEW + "Phát biểu chỉ đạo, Phó Giám đốc Sở Nội vụ, Trưởng Ban Thi đua - Khen thưởng tỉnh, bà Hà Thị Mai đề nghị Cụm đổi mới.")
    assert people(r) == [("Hà Thị Mai", "Phó Giám đốc Sở Nội vụ, Trưởng Ban Thi đua - Khen thưởng tỉnh")]
    # (a person named before the title keeps it; the next person gets none)
    r = rec(REVIEW + "Dự hội nghị có ông Bùi Văn Khánh, Giám đốc Sở Nội vụ, ông Đinh Công Sứ và các thành viên.")
    assert people(r)[0] == ("Bùi Văn Khánh", "Giám đốc Sở Nội vụ")


def test_the_places_counted_under_the_unit_they_share_count_the_members_listed(rec):
    r = rec(REVIEW + "Cụm gồm: Công an tỉnh Sơn La, Công an tỉnh Điện Biên và Công an tỉnh Lai Châu.\n\n"
            "Năm qua, Công an 3 tỉnh đã làm tốt công tác phòng ngừa tội phạm.")
    assert r["cluster"]["member_count"] == 3
    # (a count that differs from the members listed counts something else)
    r = rec(REVIEW + "Cụm gồm: Công an tỉnh Sơn La, Công an tỉnh Điện Biên và Công an tỉnh Lai Châu.\n\n"
            "Năm qua, Công an 2 tỉnh Sơn La và Điện Biên đã làm tốt công tác phòng ngừa tội phạm.")
    assert r["cluster"]["member_count"] is None


def test_a_date_after_ngay_written_without_its_tone_mark_opening_the_sentence(rec):
    r = rec("Tổng kết thi đua\nNgay 15/1, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["date"] == "2025-01-15"
    # (the adverb "ngay" inside a sentence dates nothing)
    r = rec("Tổng kết thi đua\nCác đơn vị triển khai ngay 15/1 kế hoạch mới. Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["date"] is None


def test_an_abbreviation_of_several_parts_in_brackets_stays_in_the_cluster_name(rec):
    r = rec("Tổng kết\n\nNgày 5/12, Cụm thi đua ngành Giáo dục và Đào tạo (GD,ĐT&KH) các tỉnh Tây Nguyên đã tổ chức hội nghị tổng kết công tác năm 2023.")
    assert r["cluster"]["name"] == "Cụm thi đua ngành Giáo dục và Đào tạo (GD,ĐT&KH) các tỉnh Tây Nguyên"
    assert r["cluster"]["members"] == []
    # (names in brackets are no abbreviation: they close the name)
    r = rec("Tổng kết\n\nNgày 5/12, Cụm thi đua ngành Giáo dục (Kon Tum, Gia Lai) đã tổ chức hội nghị tổng kết công tác năm 2023.")
    assert r["cluster"]["name"] == "Cụm thi đua ngành Giáo dục"


def test_the_high_court_and_a_representative_office_keep_the_city_they_sit_in(rec):
    r = rec(REVIEW + "Dự hội nghị có ông Lê Văn Hòa, Chánh án Tòa án nhân dân cấp cao tại Đà Nẵng.")
    assert people(r) == [("Lê Văn Hòa", "Chánh án Tòa án nhân dân cấp cao tại Đà Nẵng")]
    r = rec(REVIEW + "Dự hội nghị có ông Lê Văn Hòa, Trưởng cơ quan đại diện Bộ GD,ĐT tại TP. Hồ Chí Minh.")
    assert people(r) == [("Lê Văn Hòa", "Trưởng cơ quan đại diện Bộ GD,ĐT tại TP. Hồ Chí Minh")]
    # (elsewhere "tại" ends the title)
    r = rec(REVIEW + "Ông Lê Văn Hòa, Giám đốc Sở Nội vụ tại hội nghị đã phát biểu.")
    assert people(r) == [("Lê Văn Hòa", "Giám đốc Sở Nội vụ")]


def test_the_management_board_of_the_economic_zone_and_industrial_parks_is_one_unit(rec):
    r = rec("Tổng kết\n\nNgày 5/12/2023, Khối thi đua số 3 gồm: Sở Xây dựng, Ban Quản lý Khu kinh tế và các Khu công nghiệp tỉnh, "
            "Sở Công Thương đã tổ chức hội nghị tổng kết công tác năm 2023.")
    assert r["cluster"]["members"] == ["Sở Xây dựng", "Ban Quản lý Khu kinh tế và các Khu công nghiệp tỉnh", "Sở Công Thương"]


def test_a_bloc_named_by_the_departments_and_sectors_its_units_are_under(rec):
    r = rec("Ký kết\n\nNgày 5/3/2023 đã diễn ra Hội nghị ký kết giao ước thi đua của Khối thi đua các đơn vị trực thuộc Sở, "
            "ngành Kinh tế - Kỹ thuật. Tới dự có ông Lê Văn Hòa.")
    assert r["cluster"]["name"] == "Khối thi đua các đơn vị trực thuộc Sở, ngành Kinh tế - Kỹ thuật"


def roles(r):
    return [(p["name"], p["roles"]) for p in r["people"]]


def test_a_verb_first_list_opening_a_clause_after_a_comma(rec):
    r = rec("Tổng kết\n\nNgày 17/12/2023, Khối thi đua số 2 đã họp tổng kết công tác thi đua năm 2023, chủ trì hội nghị có đồng chí "
            "Lê Thị Hoa, Phó Chủ tịch Công đoàn ngành; đồng chí Trần Văn Bình, Trưởng ban Tổ chức và đồng chí Ngô Văn Tú, Chủ tịch "
            "Công đoàn Bệnh viện A; tham dự có đại diện các bệnh viện.")
    assert roles(r) == [("Lê Thị Hoa", ["presided"]), ("Trần Văn Bình", ["presided"]), ("Ngô Văn Tú", ["presided"])]


def ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def test_voted_the_leading_unit_and_a_later_clause_about_what_will_follow(rec):
    r = rec(REVIEW + "Với sự nhất trí của các đại biểu, Bệnh viện Phổi tỉnh được bầu là đơn vị dẫn đầu Khối năm 2023, trên cơ sở "
            "đó Sở Y tế sẽ trình UBND tỉnh tặng Cờ thi đua.")
    assert ranks(r) == [(1, "Bệnh viện Phổi tỉnh")]
    # (a ranking still to be made stays out)
    r = rec(REVIEW + "Trên cơ sở kết quả chấm điểm, Khối sẽ bầu Bệnh viện Phổi tỉnh là đơn vị dẫn đầu.")
    assert ranks(r) == []


def test_initials_without_dots_alone_on_the_last_line_are_the_byline(rec):
    body = ("Tổng kết\n\nNgày 17/12/2023, Khối thi đua số 2 đã họp tổng kết công tác thi đua năm 2023.\n\n"
            "Các doanh nghiệp trong khối đã nỗ lực thực hiện các mục tiêu.\n\n")
    assert rec(body + "HT")["author"] == "HT"
    # (not a news agency's letters, nor a unit's abbreviation)
    assert rec(body + "VNA")["author"] is None
    assert rec(body + "UBND")["author"] is None


def test_a_clause_at_the_start_of_the_reviewed_year_tells_of_the_year_not_the_meeting(rec):
    r = rec("Tham dự hội nghị có các thành viên trong Khối thi đua số 5.\n\nTheo báo cáo, năm 2022 các cơ quan trong khối đã "
            "hoàn thành tốt nhiệm vụ; đầu năm có đăng ký giao ước thi đua theo quy định; các phong trào được duy trì.")
    assert r["meeting"]["kind"] == "tong_ket"
    assert r["meeting"]["period"] == {"year": 2022, "span": "year"}
    assert [d["kind"] for d in r["decisions"]] == []


def test_acts_named_as_the_subject_or_as_a_stage_s_results_are_no_acts_of_the_meeting(rec):
    r = rec(REVIEW + "Việc xây dựng kế hoạch, phát động thi đua, thực hiện việc ký giao ước thi đua của các đơn vị được chỉ đạo "
            "ngay từ đầu năm.")
    assert [d["kind"] for d in r["decisions"]] == []
    r = rec(REVIEW + "Kết quả phong trào thi đua 5 năm, giai đoạn 2016 - 2020, các đơn vị trong cụm đã khen thưởng 6 tập thể và "
            "đề nghị UBND tỉnh khen thưởng 6 cá nhân.")
    assert [d["kind"] for d in r["decisions"]] == []
    # (a proposal of this meeting stays)
    r = rec(REVIEW + "Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho UBND huyện Tân Lạc.")
    assert [d["kind"] for d in r["decisions"]] == ["award_proposal"]


def test_a_giao_ban_of_a_year_s_work_that_proposes_for_its_results_reviews_the_year(rec):
    r = rec("Giao ban thi đua\n\nVừa qua, Cụm thi đua số 3 đã tổ chức Hội nghị giao ban công tác thi đua năm 2019. Hội nghị đã "
            "thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho UBND huyện Tân Lạc.")
    assert r["meeting"]["kind"] == "tong_ket"
    assert r["meeting"]["period"] == {"year": 2019, "span": "year"}
    # (a giao ban that launches the year's work reviews nothing)
    r = rec("Giao ban thi đua\n\nVừa qua, Cụm thi đua số 3 đã tổ chức Hội nghị giao ban triển khai nhiệm vụ năm 2020. Hội nghị đã "
            "thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho UBND huyện Tân Lạc.")
    assert r["meeting"]["kind"] != "tong_ket"


def test_a_person_named_after_the_city_s_committee_when_no_city_bears_the_name(rec):
    r = rec(REVIEW + "Dự hội nghị có Chủ tịch UBND thành phố Trần Văn Minh cùng lãnh đạo các sở.")
    assert people(r) == [("Trần Văn Minh", "Chủ tịch UBND thành phố")]
    # (a city the gazetteer holds is the city, even when it opens like a family name)
    r = rec(REVIEW + "Dự hội nghị có Chủ tịch UBND thành phố Phan Thiết và lãnh đạo các sở.")
    assert people(r) == []


def kinds(r):
    return sorted(d["kind"] for d in r["decisions"])


def test_registering_for_the_emulation_its_titles_or_models_is_an_act(rec):
    r = rec(REVIEW + "Tại hội nghị, các đơn vị trong Cụm đã đăng ký 12 mô hình thi đua năm 2024.")
    assert kinds(r) == ["other"]
    r = rec(REVIEW + "Tại hội nghị, các đơn vị đăng ký các danh hiệu thi đua năm 2024.")
    assert kinds(r) == ["other"]
    # (not a purpose, nor the covenant's registration form)
    r = rec(REVIEW + "Các đơn vị đã bổ sung nội dung để làm cơ sở đăng ký thi đua năm 2024.")
    assert kinds(r) == []


def test_a_covenant_agreed_with_its_count_of_contents_and_the_work_of_launching(rec):
    r = rec(REVIEW + "Sau khi thảo luận, các đơn vị đã thống nhất ký kết giao ước thi đua năm 2024 với 08 nội dung, tập trung "
            "làm tốt công tác phát động phong trào toàn dân bảo vệ an ninh Tổ quốc.")
    assert kinds(r) == ["approve_report", "covenant"]


def test_the_province_of_communes_listed_bare_where_their_provinces_meet_in_one():
    from datetime import date

    from tdkt_extract import gazetteer
    # (communes of Quảng Bình before the 2025 merger; Quảng Trị, which took it in, after)
    assert gazetteer.province_of_communes(["Cảnh Dương", "Bảo Ninh", "Duy Ninh"], date(2023, 5, 1)) == "Quảng Bình"
    assert gazetteer.province_of_communes(["Cảnh Dương", "Bảo Ninh", "Duy Ninh"], date(2025, 9, 1)) == "Quảng Trị"
    # (names found in many provinces, one name alone, a name that is no commune: none)
    assert gazetteer.province_of_communes(["Tân Lập", "Hòa Bình"], date(2023, 5, 1)) is None
    assert gazetteer.province_of_communes(["Cảnh Dương"], date(2023, 5, 1)) is None
    assert gazetteer.province_of_communes(["Cảnh Dương", "Sông Hồng Xanh"], date(2023, 5, 1)) is None


def test_a_cluster_of_communes_lies_in_their_province(rec):
    r = rec("Tổng kết\n\nNgày 10/12/2023, Cụm thi đua số 2 gồm các xã: Cảnh Dương, Bảo Ninh, Duy Ninh và Bắc Trạch tổ chức "
            "hội nghị tổng kết công tác thi đua năm 2023.")
    assert r["meeting"]["province"] == "Quảng Bình"
    span = r["evidence"]["meeting.province"][0]
    assert span[0] >= 0 and span[1] <= len("Tổng kết\n\nNgày 10/12/2023, Cụm thi đua số 2 gồm các xã: Cảnh Dương, Bảo Ninh, Duy Ninh và Bắc Trạch")


def test_members_said_to_be_units_of_several_provinces_place_the_cluster_in_none(rec):
    r = rec("Ký kết giao ước\n\nChiều ngày 21/02/2024, Cụm thi đua số 6 tổ chức hội nghị ký kết giao ước thi đua năm 2024. "
            "Tham dự có đại diện lãnh đạo Tòa án nhân dân các tỉnh là đơn vị thành viên của Cụm; lãnh đạo Tòa án nhân dân tỉnh "
            "Bến Tre, đơn vị đăng cai.")
    assert r["meeting"]["province"] is None


def awards(r):
    return [(a["recipient"], a["award"]) for a in r["awards"]]


def test_a_title_conferred_without_duoc(rec):
    r = rec(REVIEW + "Kết quả: Trung tâm Y tế huyện Tân Lạc nhận Cờ thi đua của UBND tỉnh; Trung tâm Y tế huyện Mai Châu phong "
            "tặng Tập thể lao động xuất sắc.")
    assert ("Trung tâm Y tế huyện Mai Châu", "Tập thể lao động xuất sắc") in awards(r)


def test_the_units_named_with_their_roles_before_and_the_other_members(rec):
    r = rec(REVIEW + "Dự hội nghị có Phòng Tư pháp huyện Tân Lạc - đơn vị Cụm trưởng, Phòng Tư pháp huyện Mai Châu - đơn vị Cụm phó "
            "và 03 đơn vị thành viên trong Cụm gồm: Phòng Tư pháp huyện Lạc Sơn, Phòng Tư pháp huyện Kim Bôi, Phòng Tư pháp huyện "
            "Đà Bắc.")
    assert r["cluster"]["members"] == ["Phòng Tư pháp huyện Tân Lạc", "Phòng Tư pháp huyện Mai Châu", "Phòng Tư pháp huyện Lạc Sơn",
                                       "Phòng Tư pháp huyện Kim Bôi", "Phòng Tư pháp huyện Đà Bắc"]
    assert r["cluster"]["chair"]["organization"] == "Phòng Tư pháp huyện Tân Lạc"


def test_a_quoted_movement_s_stage_is_no_period_of_the_meeting(rec):
    r = rec("15/09/2023 - 10:20\n\nCụm thi đua số 3 ký kết giao ước thi đua\n\nNgày 15/9, tại TP. Vinh, Cụm thi đua số 3 tổ chức lễ "
            "ký kết giao ước thi đua và triển khai Phong trào “Thanh niên công an giai đoạn 2022-2027”.")
    assert r["meeting"]["period"] is None
    assert r["meeting"]["date"] == "2023-09-15"
    assert r["published"] == "2023-09-15"


def test_counts_after_a_long_shared_unit_or_a_sector_in_capitals(rec):
    r = rec("Ký kết\n\nNgày 5/3/2023, Cụm thi đua số 5 (gồm Hội Cựu chiến binh Công an 6 tỉnh từ Thanh Hóa đến Quảng Trị) tổ chức "
            "lễ ký kết giao ước thi đua năm 2023.")
    assert r["cluster"]["member_count"] == 6
    r = rec("Ký kết\n\nChiều 19/12/2022, Cụm Hội CCB 5 thành phố trực thuộc Trung ương đã tổ chức Hội nghị ký kết giao ước thi đua "
            "năm 2023.")
    assert r["cluster"]["member_count"] == 5


def test_the_meeting_sentence_keeps_its_act_after_an_opening_in_response_to_a_movement(rec):
    r = rec("Ký kết\n\nChiều 19/12/2022, hưởng ứng đợt thi đua đặc biệt, Cụm thi đua số 2 đã tổ chức Hội nghị ký kết giao ước "
            "thi đua năm 2023. Các đơn vị cũng đề ra chương trình hành động cụ thể.")
    assert kinds(r) == ["covenant", "tasks"]


def test_a_co_presiding_clause_after_a_semicolon_and_the_chair_unit_read_whole(rec):
    r = rec("Sơ kết\nSáng 3/7/2023, Công đoàn Khối thi đua Mặt trận - Đoàn thể tỉnh tổ chức Hội nghị sơ kết thi đua 6 tháng đầu năm "
            "2023. Về dự và chủ trì Hội nghị có đồng chí Lê Văn Phong, Chủ tịch Công đoàn viên chức tỉnh; đồng chủ trì là đồng chí "
            "Trần Tấn Hùng, Phó Chủ tịch Hội Nông dân tỉnh, Chủ tịch Công đoàn cơ quan Hội Nông dân tỉnh - đơn vị Trưởng khối.")
    assert roles(r) == [("Lê Văn Phong", ["attended", "presided"]), ("Trần Tấn Hùng", ["presided"])]
    assert r["cluster"]["chair"] == {"organization": "Công đoàn cơ quan Hội Nông dân tỉnh", "person": "Trần Tấn Hùng"}


def test_the_role_handed_to_a_person_named_with_her_position(rec):
    r = rec("Tổng kết\nNgày 1/12/2023, Khối thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2023.\nÔng Lê Văn Dũng - Giám "
            "đốc Hợp tác xã Thành Công trao quyền Khối trưởng năm 2024 cho bà Trần Thị Phương - Giám đốc Quỹ tín dụng nhân dân "
            "Phú Xuân.")
    assert r["cluster"]["next_chair"]["organization"] == "Quỹ tín dụng nhân dân Phú Xuân"
    assert "election" in kinds(r)


def test_submitted_to_the_giver_and_targets_signed_before(rec):
    r = rec(REVIEW + "Hội nghị cũng đã bình trình Bộ Công Thương tặng Cờ thi đua cho các đơn vị xuất sắc.")
    assert kinds(r) == ["award_proposal"]
    # (a programme is no submission)
    r = rec(REVIEW + "Chương trình hội nghị gồm phần khen thưởng các tập thể.")
    assert kinds(r) == []
    r = rec("Sơ kết\nHội nghị được nghe báo cáo đánh giá tiến độ thực hiện chỉ tiêu đã ký kết thi đua của Khối thi đua số 9 trong "
            "6 tháng đầu năm 2016.")
    assert "covenant" not in kinds(r) and r["meeting"]["kind"] != "giao_uoc"


def test_the_clause_s_locative_places_a_bloc_whose_branches_name_other_cities(rec):
    r = rec("Tổng kết\nChiều 28/1/2026, Khối thi đua số 7 gồm các trường đại học, cao đẳng trên địa bàn tỉnh Gia Lai tiến hành tổng kết "
            "công tác năm 2025.\n\nKhối thi đua số 7 hiện có 3 đơn vị: Trường Đại học Quy Nhơn, Phân hiệu Trường Đại học Nông lâm "
            "TP. Hồ Chí Minh tại Gia Lai, Trường Cao đẳng Gia Lai.")
    assert r["meeting"]["province"] == "Gia Lai"


def test_the_pacific_is_no_province(rec):
    r = rec("Tổng kết\nNgày 5/8/2023, Khối các trường đại học, cao đẳng tổ chức tổng kết năm học 2022 - 2023. Tham gia khối có 3 trường, "
            "gồm: ĐH Nha Trang, ĐH Thái Bình Dương, CĐ Y tế Khánh Hòa.")
    assert r["meeting"]["province"] == "Khánh Hòa"


def test_representatives_of_the_provinces_cities_and_units_listed_after_a_colon(rec):
    r = rec("Tổng kết\nSáng 20/9/2022, Cụm thi đua số 2 Bộ đội Biên phòng tổ chức Hội nghị Tổng kết công tác thi đua năm 2022.\n\n"
            "Tham gia hội nghị có đại biểu Cục Chính trị; đại biểu Bộ đội Biên phòng các tỉnh, thành, đơn vị: Thành phố Hải Phòng, "
            "Hải đoàn 38, Thái Bình và Nam Định.")
    assert r["cluster"]["members"] == ["Thành phố Hải Phòng", "Hải đoàn 38", "Thái Bình", "Nam Định"]


def test_places_counted_in_the_name_with_another_unit_after_va_are_a_part(rec):
    r = rec("Sơ kết\nNgày 26/5/2022, Cụm thi đua 3 huyện miền núi và Trung đoàn 896 tổ chức hội nghị sơ kết thi đua 6 tháng đầu năm "
            "2022.")
    assert r["cluster"]["member_count"] is None
    r = rec("Tổng kết\nNgày 26/12/2022, Cụm thi đua 5 tỉnh Bắc Trung bộ và Duyên hải tổ chức hội nghị tổng kết năm 2022.")
    assert r["cluster"]["member_count"] == 5


def test_a_headline_in_capitals_wrapped_onto_the_next_line(rec):
    r = rec("PHÁT ĐỘNG KÝ KẾT GIAO ƯỚC PHONG TRÀO\nTHI ĐUA YÊU NƯỚC NĂM 2026\nChiều ngày 22/01/2026 Cụm thi đua số 5 tổ chức Hội "
            "nghị ký kết giao ước thi đua năm 2026.")
    assert r["title"] == "PHÁT ĐỘNG KÝ KẾT GIAO ƯỚC PHONG TRÀO THI ĐUA YÊU NƯỚC NĂM 2026"


def test_a_plan_s_content_listed_a_leader_presenting_rules_and_a_registration_table(rec):
    r = rec(REVIEW + "Một số nội dung chính đó là: tổ chức thực hiện hiệu quả phong trào thi đua; phát động phong trào thi đua gắn "
            "với việc học tập và làm theo tư tưởng Hồ Chí Minh; đẩy mạnh cải cách hành chính.")
    assert kinds(r) == []
    # (the contents the meeting agrees on are its acts)
    r = rec(REVIEW + "Hội nghị thống nhất các nội dung: phát động phong trào thi đua năm 2024; ký kết giao ước thi đua.")
    assert "covenant" in kinds(r)
    r = rec(REVIEW + "Lãnh đạo Chi cục Dân số thông qua Quy chế công tác thi đua, khen thưởng của Khối.")
    assert kinds(r) == []
    r = rec(REVIEW + "Hội nghị, căn cứ bảng đăng ký thi đua và kết quả chấm điểm, tiến hành thảo luận.")
    assert kinds(r) == []


def test_the_office_s_chief_is_no_person_and_pen_names_under_the_headline_are_the_byline(rec):
    r = rec(REVIEW + "Tham dự có đồng chí Lê Văn An, Viện trưởng VKSND tỉnh; các đồng chí Chánh Văn phòng và công chức các đơn vị.")
    assert [p["name"] for p in r["people"]] == ["Lê Văn An"]
    r = rec("Thời sự 13:57, 20/05/2022\n\nKhối thi đua số 10 tích cực với hoạt động an sinh xã hội\n\nLê Na - Hoàng Vũ\nThứ 6, "
            "20/05/2022 | 13:57:39\nSáng nay 20-5, Khối thi đua số 10 tổ chức hội nghị ký kết giao ước thi đua năm 2022.")
    assert r["title"] == "Khối thi đua số 10 tích cực với hoạt động an sinh xã hội"
    assert r["author"] == "Lê Na - Hoàng Vũ"


def test_members_in_brackets_after_a_counted_kind_with_its_words(rec):
    r = rec(REVIEW + "Khối Thi đua 10 gồm 03 đơn vị tổ chức Đoàn thể (Hội Cựu chiến binh tỉnh, Hội Nông dân tỉnh, Tỉnh đoàn).")
    assert r["cluster"]["members"] == ["Hội Cựu chiến binh tỉnh", "Hội Nông dân tỉnh", "Tỉnh đoàn"]


def test_a_count_of_those_attending_gives_way_to_the_count_the_cluster_has(rec):
    r = rec(REVIEW + "Dự hội nghị có đại diện 4 cơ quan trong Cụm. Cụm thi đua số 4 gồm 5 cơ quan: Sở Tư pháp, Sở Nội vụ, Sở Y tế, "
            "Sở Tài chính, Thanh tra tỉnh.")
    assert r["cluster"]["member_count"] == 5
    # (alone, it is still the count the article states)
    r = rec(REVIEW + "Dự hội nghị có đại diện 4 cơ quan trong Cụm.")
    assert r["cluster"]["member_count"] == 4


def test_the_unit_then_dont_vi_lam_and_its_role(rec):
    r = rec("Ký kết\nSáng 26/2/2021, Sở Tư pháp, đơn vị làm Khối trưởng Khối Nội chính năm 2021 tổ chức lễ ký kết giao ước thi đua "
            "năm 2021.")
    assert r["cluster"]["chair"]["organization"] == "Sở Tư pháp"


def test_with_no_member_list_the_chair_and_the_ranked_units_place_the_bloc(rec):
    r = rec("Sơ kết\nChiều ngày 9/8/2022, Khối thi đua Văn hóa - Xã hội đã tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm "
            "2022; Hội nghị do đồng chí Trần Văn Hà - Hiệu trưởng Trường Cao đẳng nghề Kỹ thuật - Công nghệ Tuyên Quang (thường trực "
            "Khối) chủ trì.")
    assert r["meeting"]["province"] == "Tuyên Quang"
    # (units of two provinces: none)
    r = rec("Tổng kết\nNgày 5/1/2023, Khối thi đua số 3 tổ chức hội nghị tổng kết năm 2022. Hội nghị suy tôn Đài PTTH Nghệ An xếp thứ "
            "nhất, Báo Hà Tĩnh xếp thứ hai.")
    assert r["meeting"]["province"] is None


def test_signing_to_carry_out_counted_contents(rec):
    r = rec(REVIEW + "Tại hội nghị, cụm thi đua thống nhất ký kết thực hiện 8 nội dung thi đua do Trung ương Hội quy định.")
    assert "covenant" in kinds(r)


def test_standing_for_the_chair_stays_in_the_title_and_a_second_role_after_va(rec):
    r = rec(REVIEW + "Dự hội nghị có đồng chí Lê Minh Kiên – Bí thư Tỉnh đoàn, đại diện Cụm trưởng Cụm thi đua số 4, đồng chí Trần "
            "Hiếu – Phó Bí thư Tỉnh đoàn.")
    assert people(r)[0] == ("Lê Minh Kiên", "Bí thư Tỉnh đoàn, đại diện Cụm trưởng Cụm thi đua số 4")
    r = rec(REVIEW + "Sau đó, hội nghị bầu trưởng cụm năm 2024 là UBND huyện Lạc Sơn và Phó cụm là UBND huyện Kim Bôi.")
    assert r["cluster"]["next_chair"]["organization"] == "UBND huyện Lạc Sơn"


def test_a_byline_on_the_line_of_the_end_mark(rec):
    r = rec(REVIEW + "Tại Hội nghị, lãnh đạo các sở ký kết giao ước thi đua năm 2024./.                  Ngọc Pháp")
    assert r["author"] == "Ngọc Pháp"


def test_communes_and_wards_counted_by_their_kinds(rec):
    r = rec("Tổng kết\nNgày 10/1/2024, Cụm thi đua khối xã, phường tổ chức hội nghị tổng kết năm 2023. Tại hội nghị, đại diện lãnh đạo "
            "UBND 08 xã, phường đã cùng bàn bạc, thống nhất kế hoạch năm 2024.")
    assert r["cluster"]["member_count"] == 8
    # (not those that achieved something)
    r = rec("Tổng kết\nNgày 10/1/2024, Cụm thi đua khối xã, phường tổ chức hội nghị tổng kết năm 2023. Năm qua, có 5 xã, phường đạt "
            "chuẩn nông thôn mới.")
    assert r["cluster"]["member_count"] is None

"""Forms of the portals of the sixth pass (own examples, one per rule)."""

LEAD = "Ngày 12/12/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024."


# --- roles ---------------------------------------------------------------------------------------
def test_a_note_naming_the_cluster_with_its_number_after_the_role_gives_the_chair(rec):
    r = rec("Ngày 10/3/2023, tại Bệnh viện Phục hồi chức năng (Đơn vị Trưởng Cụm thi đua số 4 năm 2023), Cụm thi đua số 4 "
            "tổ chức Hội nghị ký giao ước thi đua năm 2023.")
    assert r["cluster"]["chair"]["organization"] == "Bệnh viện Phục hồi chức năng"
    assert r["meeting"]["venue"] == "Bệnh viện Phục hồi chức năng"


def test_a_note_naming_the_vice_role_with_the_clusters_number_gives_the_vice_chair(rec):
    r = rec(LEAD + " Dự hội nghị có Trường Trung cấp Nông nghiệp (đơn vị Phó Trưởng Cụm thi đua số 5), Trường Cao đẳng Nghề.")
    assert r["cluster"]["vice_chair"]["organization"] == "Trường Trung cấp Nông nghiệp"


def test_reading_out_a_decision_is_reporting(rec):
    r = rec(LEAD + " Đồng chí Lê Văn An - Giám đốc Bệnh viện Phục hồi chức năng thông qua Quyết định thành lập Cụm.")
    p = r["people"][0]
    assert p["roles"] == ["reported"]
    assert p["title"] == "Giám đốc Bệnh viện Phục hồi chức năng"


def test_a_position_that_names_its_agency_gives_the_agency_as_the_chair(rec):
    # "Tổng Thanh tra Chính phủ" heads "Thanh tra Chính phủ": the position's unit follows its first word
    r = rec("Chiều 10/4/2024, Khối thi đua các Bộ, ngành Nội chính tổ chức Hội nghị tổng kết năm 2023. Phát biểu khai mạc, "
            "Tổng Thanh tra Chính phủ Lê Văn An - Khối trưởng Khối thi đua cho biết, năm 2023 có nhiều đổi mới.")
    assert r["cluster"]["chair"] == {"organization": "Thanh tra Chính phủ", "person": "Lê Văn An"}
    assert r["people"][0]["title"] == "Tổng Thanh tra Chính phủ"


def test_the_state_audit_office_is_a_unit_its_head_names(rec):
    r = rec("Chiều 10/4/2024, Khối thi đua các Bộ, ngành Nội chính tổ chức Hội nghị tổng kết năm 2023. Phát biểu khai mạc, "
            "Tổng Kiểm toán Nhà nước Lê Văn An - Khối trưởng Khối thi đua nhấn mạnh kết quả năm 2023.")
    assert r["cluster"]["chair"]["organization"] == "Kiểm toán Nhà nước"


def test_a_role_after_the_venue_gives_the_venues_unit_the_role(rec):
    r = rec("Sáng 2/5/2013, Khối thi đua Văn xã tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2013 tại trụ sở "
            "Sở Y tế, đơn vị Trưởng Khối.")
    assert r["cluster"]["chair"]["organization"] == "Sở Y tế"
    assert r["meeting"]["venue"] == "trụ sở Sở Y tế"


def test_a_heads_position_of_an_association_opens_no_unit(rec):
    # "Hội trưởng" is a position (or a hall misspelt), not the association "Hội ..."
    r = rec("Sáng 4/12/2019, tại Hội trưởng Sở Công Thương - Trưởng khối, Khối thi đua kinh tế tổ chức hội nghị tổng kết "
            "năm 2019.")
    assert r["cluster"]["chair"]["organization"] == "Sở Công Thương"


# --- kind ----------------------------------------------------------------------------------------
def test_a_review_named_as_the_time_of_this_meeting_is_another_meeting(rec):
    r = rec("Sáng 2/5/2013, Hội nghị thông qua kế hoạch công tác năm 2013 của Khối thi đua Văn xã đã diễn ra tại Sở Y tế.\n"
            "Đây là hoạt động thứ hai của Khối, sau Hội nghị tổng kết công tác thi đua năm 2012.")
    assert r["meeting"]["kind"] != "tong_ket"
    assert r["meeting"]["period"] != {"year": 2012}


# --- members and units ---------------------------------------------------------------------------
def test_the_member_units_listed_in_brackets_after_the_cluster(rec):
    r = rec("Ngày 24/7/2019, Khối thi đua các Bộ, ngành Văn hóa tổ chức Hội nghị sơ kết công tác thi đua. Dự có cán bộ "
            "phụ trách thi đua của các đơn vị thành viên trong Khối (Bộ Y tế, Bộ Ngoại giao, Đại học Quốc gia Hà Nội và "
            "Thông tấn xã Việt Nam).")
    assert r["cluster"]["members"] == ["Bộ Y tế", "Bộ Ngoại giao", "Đại học Quốc gia Hà Nội", "Thông tấn xã Việt Nam"]


def test_a_representatives_unit_takes_the_role_note_after_it(rec):
    r = rec("Ngày 24/7/2019, Khối thi đua các Bộ, ngành Văn hóa tổ chức Hội nghị sơ kết. Tại Hội nghị, đại diện Đại học "
            "Huế (Khối trưởng Khối thi đua) báo cáo kết quả công tác 6 tháng đầu năm của Khối.")
    assert r["cluster"]["chair"]["organization"] == "Đại học Huế"


def test_a_body_named_for_its_representatives_is_no_representative(rec):
    # "Ban Đại diện Hội Người cao tuổi" is a unit's name: its "Đại diện" opens nothing
    r = rec(LEAD + " Ban Đại diện Hội Người cao tuổi tỉnh, Khối trưởng, chủ trì hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "Ban Đại diện Hội Người cao tuổi tỉnh"


def test_bare_places_inside_an_item_of_a_semicolon_list_are_items(rec):
    r = rec(LEAD + " Cụm thi đua số 5 gồm các huyện An Lão, Hoài Ân, Vân Canh; Tây Sơn; Phù Cát và Đội Kiểm lâm cơ động số 2.")
    assert r["cluster"]["members"] == ["An Lão", "Hoài Ân", "Vân Canh", "Tây Sơn", "Phù Cát", "Đội Kiểm lâm cơ động số 2"]


def test_a_semicolon_list_keeps_the_commas_inside_a_units_name(rec):
    r = rec(LEAD + " Cụm gồm: Sở Văn hóa, Thể thao và Du lịch; Sở Y tế; Sở Giáo dục và Đào tạo.")
    assert r["cluster"]["members"][0] == "Sở Văn hóa, Thể thao và Du lịch"


def test_a_district_of_two_provinces_is_a_place_but_of_no_one_province():
    from tdkt_extract import gazetteer
    assert gazetteer.is_place("An Lão") and gazetteer.province_of("An Lão") is None
    assert gazetteer.is_place("huyện Bá Thước") and not gazetteer.is_place("Ban Thi đua")


def test_a_count_of_units_just_before_their_list_counts_the_members(rec):
    r = rec(LEAD + " Trên địa bàn tỉnh có 3 doanh nghiệp thuộc các Tập đoàn, Tổng công ty nhà nước gồm: Công ty Điện lực "
            "tỉnh, Viễn thông tỉnh và Bưu điện tỉnh.")
    assert r["cluster"]["member_count"] == 3


def test_a_count_that_does_not_match_the_list_counts_nothing(rec):
    r = rec(LEAD + " Trên địa bàn tỉnh có 5 doanh nghiệp thuộc các Tập đoàn gồm: Công ty Điện lực tỉnh, Viễn thông tỉnh.")
    assert r["cluster"]["member_count"] is None


def test_the_general_confederation_of_labour_is_a_unit(rec):
    r = rec("Ngày 20/3/2025, tại Hội nghị tổng kết Khối thi đua các tổ chức Chính trị - xã hội năm 2024, Tổng LĐLĐ Việt Nam "
            "được bầu làm Khối phó.")
    assert r["cluster"]["next_vice_chair"]["organization"] == "Tổng LĐLĐ Việt Nam"


def test_a_verb_of_the_clause_ends_the_list_of_its_subjects(rec):
    r = rec(LEAD + " Năm 2024, các đơn vị trong Cụm gồm: Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh và Tỉnh đoàn quan tâm "
            "lãnh đạo, chỉ đạo phong trào thi đua.")
    assert r["cluster"]["members"] == ["Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh", "Tỉnh đoàn"]


# --- cluster name --------------------------------------------------------------------------------
def test_a_second_class_of_units_after_a_comma_is_part_of_the_name(rec):
    r = rec("Ngày 20/3/2025, Khối thi đua các cơ quan Đảng, các đoàn thể chính trị - xã hội tổ chức hội nghị tổng kết năm 2024.")
    assert r["cluster"]["name"] == "Khối thi đua các cơ quan Đảng, các đoàn thể chính trị - xã hội"


def test_a_comma_before_other_words_still_ends_the_name(rec):
    r = rec("Ngày 20/3/2025, tại hội nghị tổng kết của Khối thi đua các cơ quan Đảng, các đại biểu đã thảo luận.")
    assert r["cluster"]["name"] == "Khối thi đua các cơ quan Đảng"


def test_a_role_given_to_a_units_head_gives_the_unit(rec):
    r = rec(LEAD + " Theo Quyết định của UBND tỉnh, Cụm trưởng: Chủ tịch Hội Khuyến học tỉnh; Cụm phó: Chủ tịch Hội Người mù tỉnh.")
    assert r["cluster"]["chair"]["organization"] == "Hội Khuyến học tỉnh"
    assert r["cluster"]["vice_chair"]["organization"] == "Hội Người mù tỉnh"


# --- date ----------------------------------------------------------------------------------------
def test_a_documents_date_is_not_the_meetings(rec):
    r = rec("Thực hiện Quyết định số 1484/QĐ-UBND ngày 06 tháng 5 năm 2019 của UBND tỉnh về việc cử Khối trưởng các khối "
            "thi đua; Công văn số 124/BTĐKT-NVH, ngày 31/05/2019 về việc sơ kết công tác thi đua 6 tháng đầu năm 2019.\n\n"
            "Ngày 26 tháng 7 năm 2019, tại Hội Khuyến học tỉnh, hội nghị sơ kết 6 tháng đầu năm 2019 được tổ chức.")
    assert r["meeting"]["date"] == "2019-07-26"
    assert r["meeting"]["venue"] == "Hội Khuyến học tỉnh"


# --- people --------------------------------------------------------------------------------------
def test_attending_to_direct_is_two_acts(rec):
    r = rec(LEAD + " Dự chỉ đạo có bà Lê Thị Hà - Phó Trưởng Ban Thi đua - khen thưởng tỉnh.")
    p = r["people"][0]
    assert p["roles"] == ["attended", "spoke"]
    assert p["title"] == "Phó Trưởng Ban Thi đua - khen thưởng tỉnh"


def test_attending_an_opening_is_no_act_of_the_guest(rec):
    r = rec(LEAD + " Tham dự khai mạc có bà Lê Thị Hà - Phó Trưởng Ban Thi đua - Khen thưởng tỉnh.")
    assert r["people"][0]["roles"] == ["attended"]


def test_two_presiding_heads_each_with_a_role_after_the_name(rec):
    r = rec("Chiều 28/2/2018, Khối thi đua các cơ quan Đảng tổ chức Hội nghị ký kết giao ước thi đua năm 2018. Trưởng Ban "
            "Dân vận Tỉnh ủy Lê Văn An-Khối trưởng Khối thi đua và Tổng Biên tập Báo tỉnh Trần Văn Bình, Khối phó Khối thi "
            "đua năm 2018 chủ trì hội nghị.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Lê Văn An", "Trưởng Ban Dân vận Tỉnh ủy"),
                                                              ("Trần Văn Bình", "Tổng Biên tập Báo tỉnh")]
    assert r["cluster"]["chair"] == {"organization": "Ban Dân vận Tỉnh ủy", "person": "Lê Văn An"}
    assert r["cluster"]["vice_chair"] == {"organization": "Báo tỉnh", "person": "Trần Văn Bình"}


def test_a_units_and_after_a_protected_names_and_splits_the_item(rec):
    r = rec(LEAD + " Dự có đại diện các đơn vị trong Cụm (Sở Y tế; Sở Văn hóa, Thể thao và Du lịch và Đài Phát thanh - Truyền "
            "hình tỉnh).")
    assert r["cluster"]["members"] == ["Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch", "Đài Phát thanh - Truyền hình tỉnh"]


def test_the_places_of_a_numbered_cluster_after_its_name_and_a_colon(rec):
    r = rec("Ngày 21/3/2023, Cụm thi đua số 9 tổ chức hội nghị ký kết giao ước thi đua năm 2023. Dự có lãnh đạo Hội Nông dân "
            "các tỉnh, thành phố cụm thi đua số 9: Cần Thơ, Sóc Trăng, Bạc Liêu và phóng viên các báo, đài.")
    assert r["cluster"]["members"] == ["Cần Thơ", "Sóc Trăng", "Bạc Liêu"]
    assert r["meeting"]["province"] is None


def test_a_unit_taking_on_the_post_of_chair(rec):
    r = rec("Ngày 20/6/2022, Khối thi đua nội chính tổ chức hội nghị sơ kết 6 tháng đầu năm 2022. Năm 2022, Sở Tư pháp đảm "
            "nhận cương vị Khối trưởng Khối thi đua và Công an tỉnh làm khối phó.")
    assert r["cluster"]["chair"]["organization"] == "Sở Tư pháp"
    assert r["cluster"]["vice_chair"]["organization"] == "Công an tỉnh"


def test_two_presiding_people_the_second_with_a_rank(rec):
    r = rec("Ngày 20/6/2022, Khối thi đua nội chính tổ chức hội nghị sơ kết 6 tháng đầu năm 2022. Ông Lê Văn An – Giám đốc "
            "Sở Tư pháp và Đại tá Trần Văn Bình – Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh chủ trì hội nghị.")
    assert [(p["name"], p["title"], p["roles"]) for p in r["people"]] == [
        ("Lê Văn An", "Giám đốc Sở Tư pháp", ["presided"]),
        ("Trần Văn Bình", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", ["presided"])]


def test_a_role_given_in_the_year_of_a_mid_year_review_is_the_present_one(rec):
    r = rec("Ngày 05/8/2022, Khối thi đua nội chính tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2022. Năm 2022, "
            "Sở Tư pháp được giao làm Khối trưởng Khối thi đua; Thanh tra tỉnh làm Khối phó Khối thi đua.")
    assert r["cluster"]["chair"]["organization"] == "Sở Tư pháp"
    assert r["cluster"]["vice_chair"]["organization"] == "Thanh tra tỉnh"
    assert r["cluster"]["next_chair"] is None and r["cluster"]["next_vice_chair"] is None


def test_a_role_of_the_year_after_a_year_end_review_is_the_next_one(rec):
    r = rec("Ngày 27/12/2014, Cụm thi đua số 1 tổ chức hội nghị tổng kết công tác thi đua năm 2014. Năm 2015 Liên đoàn "
            "Lao động quận Bình Thủy làm cụm trưởng Cụm thi đua.")
    assert r["cluster"]["next_chair"]["organization"] == "Liên đoàn Lao động quận Bình Thủy"
    assert r["cluster"]["chair"] is None


def test_people_parted_by_a_semicolon_share_a_co_chairing_verb(rec):
    r = rec("Ngày 05/8/2022, Khối thi đua nội chính tổ chức Hội nghị sơ kết 6 tháng đầu năm 2022. Đồng chí Lê Văn An, "
            "Thứ trưởng Bộ Tư pháp (đơn vị Khối trưởng Khối thi đua); Thiếu tướng Trần Văn Bình, Quyền Trưởng ban Ban Quản "
            "lý Khu di tích Quốc gia (đơn vị Khối phó Khối thi đua) đồng chủ trì Hội nghị.")
    assert [p["roles"] for p in r["people"]] == [["presided"], ["presided"]]
    assert r["cluster"]["vice_chair"] == {"organization": "Ban Quản lý Khu di tích Quốc gia", "person": "Trần Văn Bình"}


def test_people_parted_by_a_semicolon_do_not_share_another_verb(rec):
    r = rec(LEAD + " Dự có ông Lê Văn An, Giám đốc Sở Y tế; ông Trần Văn Bình, Giám đốc Sở Tài chính phát biểu.")
    assert r["people"][0]["roles"] == ["attended"]


def test_a_venues_address_in_brackets_is_no_part_of_it(rec):
    r = rec("Ngày 05/8/2022, tại Khu K9 (Đá Chông, Ba Vì, Hà Nội), Khối thi đua nội chính tổ chức Hội nghị sơ kết 6 tháng "
            "đầu năm 2022.")
    assert r["meeting"]["venue"] == "Khu K9"


def test_the_locative_of_a_cluster_without_the_provinces_name_goes(rec):
    r = rec("Ngày 5/1/2021, Khối thi đua các cơ quan trung ương đóng trên địa bàn tỉnh tổ chức hội nghị tổng kết năm 2020.")
    assert r["cluster"]["name"] == "Khối thi đua các cơ quan trung ương"


# --- rankings ------------------------------------------------------------------------------------
def test_a_choice_of_the_year_reviewed_opened_by_that_year_is_this_meetings(rec):
    r = rec("Ngày 5/1/2021, Khối thi đua các cơ quan trung ương tổ chức hội nghị tổng kết năm 2020. Năm 2020, Cục Thống kê "
            "tỉnh được suy tôn là đơn vị dẫn đầu Khối thi đua.")
    assert r["rankings"] == [{"rank": 1, "organization": "Cục Thống kê tỉnh"}]


def test_a_choice_of_an_earlier_year_is_no_ranking_of_this_meeting(rec):
    r = rec("Ngày 5/1/2021, Khối thi đua các cơ quan trung ương tổ chức hội nghị tổng kết năm 2020. Năm 2019, Cục Thống kê "
            "tỉnh được suy tôn là đơn vị dẫn đầu Khối thi đua.")
    assert r["rankings"] == []


# --- handover ------------------------------------------------------------------------------------
HANDOVER = ("Liên đoàn Lao động tỉnh nhận bàn giao Trưởng Khối thi đua các đoàn thể chính trị - xã hội tỉnh năm 2018\n\n"
            "Ngày 20/12/2017, Liên đoàn Lao động tỉnh nhận bàn giao Trưởng Khối thi đua các đoàn thể chính trị - xã hội "
            "tỉnh năm 2018 từ Hội Nông dân tỉnh - Trưởng Khối thi đua năm 2017. Hằng năm, các đơn vị trong Khối thi đua "
            "luân phiên làm trưởng khối. Ông A nhận hồ sơ của khối thi đua từ đồng chí Lê Văn Hoan.")


def test_a_unit_receiving_the_chair_from_another(rec):
    r = rec(HANDOVER)
    assert r["cluster"]["next_chair"]["organization"] == "Liên đoàn Lao động tỉnh"
    assert r["cluster"]["chair"]["organization"] == "Hội Nông dân tỉnh"


def test_a_handover_headline_without_a_meeting_word_is_the_title(rec):
    r = rec(HANDOVER)
    assert r["title"].startswith("Liên đoàn Lao động tỉnh nhận bàn giao")


def test_a_clause_verb_or_from_ends_a_clusters_name(rec):
    r = rec(HANDOVER)
    assert r["cluster"]["name"] == "Khối thi đua các đoàn thể chính trị - xã hội"


def test_a_bracket_opened_in_a_title_closes_in_it_and_the_title_goes_on(rec):
    r = rec(LEAD + " Dự có ông Lê Văn An, Phó Chi cục trưởng Chi cục Dự trữ Nhà nước (DTNN) khu vực I; bà Trần Thị Bình, "
            "Trưởng Ban Thi đua, Khen thưởng (Sở Nội vụ) phát biểu.")
    assert [p["title"] for p in r["people"]] == ["Phó Chi cục trưởng Chi cục Dự trữ Nhà nước (DTNN) khu vực I",
                                                 "Trưởng Ban Thi đua, Khen thưởng (Sở Nội vụ)"]


def test_a_colon_after_a_name_opens_a_title_only_before_a_position(rec):
    r = rec(LEAD + " Thay mặt Ban Thi đua, ông Lê Văn An: Phó Trưởng Ban Thi đua - Khen thưởng tỉnh, tham dự và phát biểu.")
    assert r["people"][0]["title"] == "Phó Trưởng Ban Thi đua - Khen thưởng tỉnh"
    r = rec(LEAD + " Ông Lê Văn An: Hội nghị đã thành công tốt đẹp.")
    assert r["people"][0]["title"] is None


def test_the_best_unit_chosen_to_lead_ranks_first(rec):
    r = rec("Ngày 5/8/2011, Khối thi đua các trường đại học tổ chức hội nghị tổng kết năm học 2010 - 2011. Hội nghị nhất trí "
            "và bầu chọn Trường Đại học Nha Trang là đơn vị xuất sắc nhất, dẫn đầu khối thi đua.")
    assert r["rankings"] == [{"rank": 1, "organization": "Trường Đại học Nha Trang"}]


def test_a_praise_between_the_unit_and_its_lead_still_ranks_it(rec):
    r = rec(LEAD + " Cụm đã thống nhất suy tôn Trường Cao đẳng Du lịch, tiêu biểu, dẫn đầu phong trào thi đua năm 2024.")
    assert r["rankings"] == [{"rank": 1, "organization": "Trường Cao đẳng Du lịch"}]


# --- date from a lead ----------------------------------------------------------------------------
def test_a_date_stated_two_sentences_before_the_meeting(rec):
    r = rec("Chiều ngày 15 tháng 12 năm 2023. Phòng Giáo dục đã tổ chức họp Khối thi đua 30 - Khối Mầm non. Thực hiện sơ "
            "kết công tác thi đua học kỳ I năm học 2023 - 2024 tại Trường Mầm non Phường 8.")
    assert r["meeting"]["date"] == "2023-12-15"
    assert r["meeting"]["time_of_day"] == "chieu"
    assert r["meeting"]["venue"] == "Trường Mầm non Phường 8"


def test_a_date_two_sentences_before_across_another_topic_is_not_read(rec):
    r = rec("Ngày 15 tháng 12 năm 2023. Trời mưa to. Thực hiện sơ kết công tác thi đua học kỳ I tại Trường Mầm non Phường 8.")
    assert r["meeting"]["date"] is None


# --- a role written with the name ---------------------------------------------------------------
SCHOOLS = ("Chiều ngày 15/12/2023, Khối thi đua 30 tổ chức hội nghị ký kết giao ước thi đua năm học 2023 - 2024. Tại hội "
           "nghị, Bà Lê Thị An (trưởng khối thi đua 30 năm học 2022-2023), Hiệu trưởng trường Mầm non Phường 7 thông qua "
           "Báo cáo tổng kết. Bà Trần Thị Bình (trưởng khối thi đua 30 năm học 2023-2024), Hiệu trưởng trường Mầm non "
           "Phường 8 thông qua Kế hoạch.")


def test_a_role_note_between_a_name_and_the_position_after_it(rec):
    r = rec(SCHOOLS)
    assert [p["title"] for p in r["people"]] == ["Hiệu trưởng trường Mầm non Phường 7", "Hiệu trưởng trường Mầm non Phường 8"]


def test_a_chairs_school_year_against_the_covenants(rec):
    r = rec(SCHOOLS)
    assert r["cluster"]["chair"] == {"organization": "trường Mầm non Phường 8", "person": "Trần Thị Bình"}


def test_a_cluster_role_in_lower_case_right_after_a_name_opens_the_title(rec):
    r = rec("Ngày 29/2/2024, Khối thi đua 29 tổ chức hội nghị sơ kết học kỳ I. Theo đó, bà Lê Thị An trưởng khối thi đua "
            "29, Hiệu trưởng trường Mầm non Phường 4 thông qua Báo cáo sơ kết.")
    assert r["people"][0]["title"] == "trưởng khối thi đua 29, Hiệu trưởng trường Mầm non Phường 4"
    assert r["cluster"]["chair"] == {"organization": "trường Mầm non Phường 4", "person": "Lê Thị An"}


def test_a_counted_kind_with_its_words_in_a_numbered_cluster(rec):
    r = rec(LEAD + " Dự có lãnh đạo 3 trường đại học trong Cụm thi đua số 5: Trường ĐH Tây Bắc, Trường ĐH Đà Lạt, Trường ĐH "
            "Cần Thơ.")
    assert r["cluster"]["members"] == ["Trường ĐH Tây Bắc", "Trường ĐH Đà Lạt", "Trường ĐH Cần Thơ"]
    assert r["cluster"]["member_count"] == 3


def test_districts_listed_after_a_count_and_gom(rec):
    r = rec("Ngày 14/11/2014, huyện Đô Lương tổ chức hội nghị tổng kết cụm thi đua các huyện đồng bằng năm 2014. Dự có lãnh "
            "đạo 4 huyện, thị đồng bằng gồm: Diễn Châu, Yên Thành, Thị xã Hoàng Mai và Đô Lương.")
    assert r["cluster"]["members"] == ["Diễn Châu", "Yên Thành", "Thị xã Hoàng Mai", "Đô Lương"]
    assert r["cluster"]["member_count"] == 4
    assert r["meeting"]["province"] == "Nghệ An"


def test_reading_out_rules_spelt_qui_is_reporting(rec):
    r = rec(LEAD + " Đồng chí Lê Văn An – Trưởng cụm thi đua 5 đã thông qua Qui chế phối hợp cụm thi đua.")
    assert r["people"][0]["roles"] == ["reported"]


# --- one item a line -----------------------------------------------------------------------------
LINES = ("Chiều ngày 15/12/2023, Phòng Giáo dục tổ chức họp Khối thi đua 30 tại Trường Mầm non Phường 8.\n"
         "Tham dự hội nghị có:\n"
         "* Về phía Phòng Giáo dục và Đào tạo:\n"
         "Ông Lê Văn An, Chuyên viên Phòng Giáo dục và Đào tạo;\n"
         "Bà Trần Thị Bình, Chuyên viên Phòng Giáo dục và Đào tạo;\n"
         "* Về phía các trường học thuộc Khối thi đua 30, có Hiệu trưởng các trường:\n"
         "- Trường Mầm non Phường 6\n"
         "- Trường Mầm non Hoa Sen,\n"
         "- Trường Mầm non Táo Vàng\n"
         "Tại hội nghị, các đơn vị thực hiện báo cáo chuyên đề:\n"
         "- Chuyên đề 1: Tổ chức hoạt động cho trẻ.\n")


def test_people_listed_under_a_groups_heading_after_an_attending_lead(rec):
    r = rec(LINES)
    assert [p["roles"] for p in r["people"]] == [["attended"], ["attended"]]


def test_a_line_list_ends_at_the_next_heading_and_parts_lines_joined_at_a_comma(rec):
    r = rec(LINES)
    assert r["cluster"]["members"] == ["Trường Mầm non Phường 6", "Trường Mầm non Hoa Sen", "Trường Mầm non Táo Vàng"]


# --- page header ---------------------------------------------------------------------------------
def test_a_header_byline_with_the_month_first_date(rec):
    r = rec("Hội nghị lần thứ nhất Khối thi đua các trường cao đẳng\n\nViết bởi Minh An - Th9 21, 2017\n\n"
            "Chiều ngày 19 tháng 9 năm 2017, tại Trường Cao đẳng Y tế, Khối thi đua các trường cao đẳng đã tổ chức Hội nghị "
            "lần thứ nhất.")
    assert r["author"] == "Minh An"
    assert r["published"] == "2017-09-21"


def test_the_page_softwares_account_is_no_author(rec):
    r = rec("Hội nghị Khối thi đua các trường cao đẳng\n\nViết bởi Super User\n\nChiều ngày 19 tháng 9 năm 2017, Khối thi "
            "đua các trường cao đẳng đã tổ chức Hội nghị tổng kết năm học.")
    assert r["author"] is None


def test_what_the_meeting_does_after_the_chair_conducts_it_is_not_the_chairs_report(rec):
    r = rec(LEAD + " Đồng chí Lê Văn An - Hiệu trưởng Trường Cao đẳng Y tế, Trưởng Khối điều hành Hội nghị thông qua dự thảo "
            "Quy chế hoạt động của Khối.")
    assert r["people"][0]["roles"] == ["presided"]


def test_signing_an_emulation_pledge_is_a_covenant(rec):
    r = rec("Ngày 12/1/2025, Cụm thi đua số 2 tổ chức hội nghị triển khai nhiệm vụ năm 2025. Đại diện các huyện, thành phố "
            "ký cam kết thi đua năm 2025.")
    assert [d["kind"] for d in r["decisions"]] == ["covenant"]


# --- abbreviations, second classes, chiefs of an office ------------------------------------------
def test_a_districts_abbreviation_inside_a_list_is_no_end(rec):
    r = rec(LEAD + " Cụm gồm: CDC tỉnh, Trung tâm Y tế H. Long Thành, Trung tâm Y tế TP. Long Khánh.")
    assert r["cluster"]["members"] == ["CDC tỉnh", "Trung tâm Y tế H. Long Thành", "Trung tâm Y tế TP. Long Khánh"]


def test_the_staff_after_the_last_place_end_a_list(rec):
    r = rec(LEAD + " Dự có lãnh đạo các trường chính trị các tỉnh: Bắc Giang, Phú Thọ, Yên Bái và cán bộ phụ trách thi đua.")
    assert r["cluster"]["members"] == ["Bắc Giang", "Phú Thọ", "Yên Bái"]


def test_the_same_class_of_units_again_after_a_comma_is_part_of_the_name(rec):
    r = rec("Ngày 5/1/2023, Khối thi đua các doanh nghiệp nhà nước địa phương, doanh nghiệp cổ phần tổ chức hội nghị tổng "
            "kết năm 2022.")
    assert r["cluster"]["name"] == "Khối thi đua các doanh nghiệp nhà nước địa phương, doanh nghiệp cổ phần"


def test_the_chief_of_an_office_heads_the_office(rec):
    r = rec("Ngày 11/7/2024, Khối thi đua số 3 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Đồng chí Lê Văn An – Huyện ủy "
            "viên, Chánh Văn phòng Huyện ủy – Trưởng Khối thi đua số 3 chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Văn phòng Huyện ủy", "person": "Lê Văn An"}


def test_a_name_under_the_headline_with_the_pages_date_below_is_the_author(rec):
    r = rec("Cụm thi đua số 03 ký giao ước thi đua năm 2022\n\nBùi Văn Thanh\n\nChuyên viên Văn phòng Công ty\n\n"
            "12:50 CH @ Thứ Sáu - 22 Tháng Bảy, 2022\n\nNgày 23.6.2022, Cụm thi đua số 03 đã tổ chức Hội nghị ký giao ước "
            "thi đua năm 2022 tại Trụ sở Công ty.")
    assert r["author"] == "Bùi Văn Thanh"
    assert r["published"] == "2022-07-22"


def test_a_credit_line_and_hashtags_after_it(rec):
    r = rec(LEAD + "\n\nThực hiện: Hữu Thành - Phương Thảo\n#congantinh\n#thidua")
    assert r["author"] == "Hữu Thành - Phương Thảo"


# --- national bodies' provincial parts, members named in roles -----------------------------------
def test_a_provinces_border_guard_cluster_is_that_provinces(rec):
    r = rec("Ngày 16/9/2024, tại Đồn Biên phòng Tam Hợp, Cụm thi đua số 3 tổ chức Hội nghị tổng kết năm 2024. Cụm thi đua "
            "số 3, BĐBP Nghệ An có 8 đơn vị.")
    assert r["meeting"]["province"] == "Nghệ An"


def test_a_national_bodys_abbreviation_in_brackets_before_its_province(rec):
    r = rec("Cụm thi đua số 3, Bộ đội Biên phòng (BĐBP) tỉnh Long An, gồm: Phòng Tham mưu, Phòng Chính trị và Đại đội Huấn "
            "luyện đã tổ chức Hội nghị tổng kết năm 2023.")
    assert r["meeting"]["province"] == "Long An"


def test_a_listed_member_appointed_chair_by_its_parent(rec):
    r = rec("Ngày 23/6/2022, Cụm thi đua số 03 tổ chức Hội nghị ký giao ước thi đua năm 2022. Cụm gồm: Petrolimex Hà Nội, "
            "Công ty Xăng dầu Hà Sơn Bình, Công ty Xăng dầu Khu vực III. Năm 2022, Tập đoàn chỉ định Petrolimex Hà Nội là "
            "đơn vị Cụm trưởng.")
    assert r["cluster"]["chair"]["organization"] == "Petrolimex Hà Nội"


# --- awards --------------------------------------------------------------------------------------
def test_units_listed_before_a_proposal_to_a_giver_are_its_recipients(rec):
    r = rec("Ngày 13/12/2019, Cụm thi đua số 2 tổ chức tổng kết thi đua năm 2019. Kết quả: Liên đoàn Lao động huyện A, "
            "Liên đoàn Lao động huyện B đề nghị Tổng LĐLĐ Việt Nam tặng Bằng khen; Liên đoàn Lao động huyện C đề nghị LĐLĐ "
            "tỉnh tặng Cờ thi đua.")
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == [
        ("Liên đoàn Lao động huyện A", "Bằng khen", "proposed"), ("Liên đoàn Lao động huyện B", "Bằng khen", "proposed"),
        ("Liên đoàn Lao động huyện C", "Cờ thi đua", "proposed")]


def test_the_meeting_proposing_to_a_giver_is_no_recipient(rec):
    r = rec(LEAD + " Hội nghị đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Y tế.")
    assert [a["recipient"] for a in r["awards"]] == ["Sở Y tế"]


# --- decisions -----------------------------------------------------------------------------------
def test_a_report_passed_with_the_directions_after_it_is_two_acts(rec):
    r = rec("Ngày 4/8/2017, Cụm thi đua số 4 tổ chức Hội nghị tổng kết năm học 2016 - 2017. Hội nghị đã thông qua báo cáo "
            "tổng kết phong trào thi đua năm học 2016 - 2017, phương hướng, nhiệm vụ năm học 2017 - 2018.")
    assert sorted(d["kind"] for d in r["decisions"]) == ["approve_report", "tasks"]


def test_the_chair_presenting_the_report_and_directions_is_no_act(rec):
    r = rec("Ngày 4/8/2017, Cụm thi đua số 4 tổ chức Hội nghị tổng kết năm học 2016 - 2017. Tại hội nghị, Cụm trưởng thay mặt "
            "Cụm đã thông qua báo cáo tổng kết công tác năm học 2016 - 2017, phương hướng nhiệm vụ năm học 2017 - 2018.")
    assert r["decisions"] == []


def test_a_guests_request_to_amend_the_rules_is_no_act(rec):
    # (amending alone is not read as approving: a request, a law "sửa đổi năm 2022" would read the same)
    r = rec(LEAD + " Đại diện Ban Thi đua - Khen thưởng tỉnh đề nghị các đơn vị sửa đổi quy chế hoạt động của Cụm cho phù hợp.")
    assert r["decisions"] == []


def test_a_chairs_duties_are_no_acts_of_the_meeting(rec):
    r = rec(LEAD + " Trưởng khối có nhiệm vụ sửa đổi quy chế hoạt động, nội dung tiêu chí bảng chấm điểm; xây dựng kế hoạch; "
            "tổ chức lễ ký kết giao ước thi đua, sơ kết, tổng kết, bình xét, suy tôn, đề nghị khen thưởng các đơn vị.")
    assert r["decisions"] == []


# --- the last read sets --------------------------------------------------------------------------
def test_hospitals_listed_by_bare_names_and_the_one_given_the_chair(rec):
    r = rec("Ngày 22/4/2022, Khối thi đua 8 tổ chức hội nghị ký kết giao ước thi đua năm 2022. Khối thi đua 8 gồm các Bệnh "
            "viện: Lê Văn Thịnh, Lê Văn Việt, Nhà Bè và Củ Chi, giao cho Giám đốc Bệnh viện Lê Văn Thịnh làm khối trưởng.")
    assert r["cluster"]["members"] == ["Lê Văn Thịnh", "Lê Văn Việt", "Nhà Bè", "Củ Chi"]
    assert r["cluster"]["chair"]["organization"] == "Bệnh viện Lê Văn Thịnh"


def test_a_capitalised_act_on_the_meeting_ends_a_title(rec):
    r = rec("Ngày 10/1/2013, Cụm thi đua số 1 tổ chức hội nghị ký giao ước năm 2013. Đồng chí Nguyễn Thắng cụm trưởng cụm "
            "thi đua Chủ trì Hội nghị đề ra nội dung thi đua.")
    assert r["people"][0]["title"] == "cụm trưởng cụm thi đua"
    assert r["people"][0]["roles"] == ["presided"]


def test_official_names_with_commas_and_va_stay_whole_in_a_list(rec):
    r = rec(LEAD + " Cụm gồm: Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý, Cục Bổ trợ tư pháp, Hiệp hội doanh nghiệp "
            "nhỏ và vừa Việt Nam, Hội Mỹ nghệ, Kim hoàn, Đá quý Việt Nam và Hội Làng nghề Việt Nam.")
    assert r["cluster"]["members"] == ["Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý", "Cục Bổ trợ tư pháp",
                                       "Hiệp hội doanh nghiệp nhỏ và vừa Việt Nam", "Hội Mỹ nghệ, Kim hoàn, Đá quý Việt Nam",
                                       "Hội Làng nghề Việt Nam"]


def test_a_second_givers_clause_after_va_is_no_recipient(rec):
    r = rec(LEAD + " Cụm đã đề nghị Bộ Giáo dục và Đào tạo tặng Cờ thi đua cho Trường THPT Lê Duẩn và UBND tỉnh tặng cờ thi đua "
            "cho Trường THPT Nguyễn Du.")
    assert [a["recipient"] for a in r["awards"]] == ["Trường THPT Lê Duẩn", "Trường THPT Nguyễn Du"]


def test_units_chosen_right_before_the_proposal_are_its_recipients(rec):
    r = rec("Ngày 5/1/2014, Khối thi đua doanh nghiệp tổ chức hội nghị tổng kết năm 2013. Các đơn vị trong khối đã bình chọn "
            "suy tôn Công ty May Tiến Thuận, Công ty Quản lý Đường sắt Thuận Hải đề nghị tặng Cờ thi đua UBND tỉnh.")
    assert [a["recipient"] for a in r["awards"]] == ["Công ty May Tiến Thuận", "Công ty Quản lý Đường sắt Thuận Hải"]


def test_a_role_naming_the_clusters_own_descriptor_under_the_other_kind_word(rec):
    r = rec("Hội nghị Tổng kết phong trào thi đua - Khối các cơ quan y tế tỉnh năm 2018\n\nNgày 25/12/2018, Khối các cơ quan "
            "y tế tỉnh tổ chức hội nghị tổng kết năm 2018. Đồng chí Lê Văn An – Giám đốc Trung tâm Kiểm nghiệm, Cụm trưởng "
            "Cụm thi đua khối các cơ quan y tế tỉnh năm 2018 báo cáo kết quả.")
    assert r["cluster"]["chair"] == {"organization": "Trung tâm Kiểm nghiệm", "person": "Lê Văn An"}


def test_a_role_fronted_before_a_person_gives_the_member_of_his_position(rec):
    r = rec("Ngày 12/1/2024, Khối thi đua số 02 tổ chức hội nghị ký kết giao ước thi đua năm 2024. Khối gồm: Phòng 11, Phòng "
            "9, Phòng 10. Là đơn vị Khối trưởng Khối thi đua năm 2024, đồng chí Lê Thị An – Trưởng phòng 11 Viện kiểm sát "
            "nhân dân thành phố phát biểu nhận nhiệm vụ.")
    assert r["cluster"]["chair"] == {"organization": "Phòng 11", "person": "Lê Thị An"}


def test_a_chairs_unit_with_its_province_word_stays_whole(rec):
    r = rec("Ngày 12/1/2024, Khối thi đua các hội tổ chức hội nghị. Khối gồm: Hội Làm vườn và Trang trại, Hội Người mù. Ông "
            "Lê Văn An - Chủ tịch Hội Làm vườn và Trang trại tỉnh, Khối trưởng chủ trì hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "Hội Làm vườn và Trang trại tỉnh"


# --- h27's forms ---------------------------------------------------------------------------------
def test_a_districts_locative_leaves_the_clusters_name(rec):
    r = rec("Ngày 5/1/2020, Khối Mặt trận các xã, thị trấn trên địa bàn huyện tổ chức hội nghị tổng kết năm 2019.")
    assert r["cluster"]["name"] == "Khối Mặt trận các xã, thị trấn"


def test_kinds_of_local_government_listed_bare_stay_in_the_name(rec):
    r = rec("Ngày 5/1/2020, Cụm thi đua quận, huyện tổ chức hội nghị phát động thi đua năm 2020.")
    assert r["cluster"]["name"] == "Cụm thi đua quận, huyện"


def test_coordinating_ends_a_clusters_name(rec):
    r = rec("Ngày 5/1/2020, Khối thi đua Nội chính tỉnh phối hợp với Công an tỉnh tổ chức hội thao năm 2020.")
    assert r["cluster"]["name"] == "Khối thi đua Nội chính"


def test_a_media_players_label_is_no_byline(rec):
    r = rec(LEAD + "\n\nAudio Audio")
    assert r["author"] is None


def test_a_middle_name_typed_in_lower_case_after_an_honorific(rec):
    r = rec("Ngày 22/3/2018, Khối thi đua các doanh nghiệp tổ chức hội nghị ký giao ước thi đua năm 2018. Dự có đồng chí Đinh "
            "văn Hồng - Chủ tịch Hiệp hội doanh nghiệp tỉnh, Phó trưởng khối thi đua.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [
        ("Đinh văn Hồng", "Chủ tịch Hiệp hội doanh nghiệp tỉnh, Phó trưởng khối thi đua")]
    assert r["cluster"]["vice_chair"] == {"organization": "Hiệp hội doanh nghiệp tỉnh", "person": "Đinh văn Hồng"}


def test_less_common_family_names_open_a_name_after_a_title(rec):
    r = rec(LEAD + " Hội nghị có sự tham dự của Phó Chủ tịch Hội LHPN Việt Nam Tôn Ngọc Hạnh; Phó Chủ tịch UBND tỉnh Bế Văn Thành.")
    assert [p["name"] for p in r["people"]] == ["Tôn Ngọc Hạnh", "Bế Văn Thành"]

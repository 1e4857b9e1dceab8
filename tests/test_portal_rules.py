"""Rules added from the phrasing of portals the library had not seen (own examples, one per rule)."""
from record_views import people_by_name as people


# --- cluster mentions ------------------------------------------------------------------------
def test_role_word_is_not_a_cluster_mention(rec):
    r = rec("Ngày 5/12/2024, Sở Xây dựng (đơn vị Trưởng khối) tổ chức hội nghị tổng kết công tác thi đua năm 2024 "
            "của Khối thi đua Kinh tế - Hạ tầng.")
    assert r["cluster"]["name"] == "Khối thi đua Kinh tế - Hạ tầng"


def test_descriptor_opening_with_a_function_word_names_no_cluster(rec):
    r = rec("Ngày 3/3/2024, các đơn vị góp ý cho dự thảo quy chế của khối như: chế độ họp, cách chấm điểm. "
            "Khối doanh nghiệp - thương mại dịch vụ được thành lập năm 2010 gồm 12 công ty.")
    assert r["cluster"]["name"] == "Khối doanh nghiệp - thương mại dịch vụ"


# --- people ----------------------------------------------------------------------------------
LEAD = "Ngày 10/1/2024, tại Sở Nội vụ, Cụm thi đua số 5 tổ chức Hội nghị tổng kết năm 2023.\n\n"


def test_coordinated_subject_shares_the_verb_and_titles_end_at_the_next_honorific(rec):
    r = rec(LEAD + "Ông Đặng Văn Khải - Giám đốc Sở Tài chính và ông Lò Minh Tú - Giám đốc Sở Tư pháp đồng chủ trì hội nghị.")
    p = people(r)
    assert p["Đặng Văn Khải"]["title"] == "Giám đốc Sở Tài chính"
    assert p["Đặng Văn Khải"]["roles"] == ["presided"]
    assert p["Lò Minh Tú"]["roles"] == ["presided"]


def test_unit_role_after_a_dash_stays_in_the_title_and_gives_the_chair(rec):
    r = rec(LEAD + "Phát biểu tại hội nghị, đồng chí Hà Văn Chánh, Chánh án TAND huyện Mỹ Lâm - đơn vị Cụm trưởng "
                   "nêu rõ kết quả năm qua.")
    p = people(r)["Hà Văn Chánh"]  # a given name that is also the first word of a position
    assert p["title"] == "Chánh án TAND huyện Mỹ Lâm - đơn vị Cụm trưởng"
    assert r["cluster"]["chair"] == {"organization": "TAND huyện Mỹ Lâm", "person": "Hà Văn Chánh"}


def test_passing_a_plan_is_reporting(rec):
    r = rec(LEAD + "Bà Vi Thị Nga, Chủ tịch Hội Nông dân huyện thông qua kế hoạch hoạt động của cụm năm 2024.")
    assert people(r)["Vi Thị Nga"]["roles"] == ["reported"]


# --- member lists ----------------------------------------------------------------------------
def test_members_in_parentheses_after_the_count(rec):
    r = rec("Sáng 12/3, tại Sở Tài chính, Khối thi đua các sở tổng hợp gồm 4 đơn vị (Sở Tài chính, Sở Nội vụ, "
            "Sở Tư pháp và Thanh tra tỉnh) tổ chức hội nghị ký kết giao ước thi đua năm 2024.")
    assert r["cluster"]["members"] == ["Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp", "Thanh tra tỉnh"]
    assert r["cluster"]["member_count"] == 4


def test_va_inside_an_official_name_splits_nothing_but_splits_before_a_unit(rec):
    r = rec("Ngày 8/12/2023, Khối thi đua các cơ quan kinh tế gồm: Sở Kế hoạch và Đầu tư; Sở Khoa học và Công nghệ; "
            "Sở Tài chính và Quỹ Bảo lãnh tín dụng, tổ chức Hội nghị tổng kết năm 2023.")
    assert r["cluster"]["members"] == ["Sở Kế hoạch và Đầu tư", "Sở Khoa học và Công nghệ", "Sở Tài chính",
                                       "Quỹ Bảo lãnh tín dụng"]


def test_list_after_cac_co_quan_colon(rec):
    r = rec("Ngày 2/2/2024, Khối thi đua các hội đặc thù tổ chức Hội nghị tổng kết năm 2023. Năm qua, các cơ quan "
            "trong Khối và các cơ quan: Hội Cựu thanh niên xung phong, Hội Người mù, Hội Đông y đều hoàn thành nhiệm vụ.")
    assert r["cluster"]["members"] == ["Hội Cựu thanh niên xung phong", "Hội Người mù", "Hội Đông y"]


# --- page reading ----------------------------------------------------------------------------
def test_initials_byline_above_a_repeated_headline(rec):
    r = rec("Cụm thi đua số 3 tổng kết công tác thi đua năm 2023\n\n"
            "Ngày 5/1/2024, Cụm thi đua số 3 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n\n"
            "N.V.H\n\nCụm thi đua số 3 tổng kết công tác thi đua năm 2023\n")
    assert r["author"] == "N.V.H"


def test_month_first_date_line_with_a_clock_under_the_headline(rec):
    r = rec("Khối thi đua các cơ quan Đảng sơ kết 6 tháng đầu năm 2023\n\nBÁO ĐỒNG NAM|7/21/2023 9:05:11 AM\n\n"
            "Ngày 20/7, Khối thi đua các cơ quan Đảng tổ chức Hội nghị sơ kết 6 tháng đầu năm 2023.\n")
    assert r["published"] == "2023-07-21"


def test_headline_without_a_meeting_word(rec):
    r = rec("Các trường cao đẳng miền núi đẩy mạnh phong trào thi đua dạy tốt\n\n"
            "Ngày 14/11/2023, tại Trường Cao đẳng Sơn Hà, Cụm thi đua số 6 tổ chức Hội nghị tổng kết năm học 2022 - 2023.\n")
    assert r["title"] == "Các trường cao đẳng miền núi đẩy mạnh phong trào thi đua dạy tốt"


# --- awards and decisions --------------------------------------------------------------------
def test_recipients_listed_after_the_award_and_a_colon(rec):
    r = rec("Ngày 9/1/2024, Khối thi đua các hội tổ chức Hội nghị tổng kết năm 2023. Khối đã bình bầu 02 đơn vị "
            "đề nghị UBND tỉnh tặng Bằng khen: Hội Làm vườn và Hội Sinh vật cảnh.")
    got = {(a["recipient"], a["award"], a["status"]) for a in r["awards"]}
    assert got == {("Hội Làm vườn", "Bằng khen", "proposed"), ("Hội Sinh vật cảnh", "Bằng khen", "proposed")}
    kinds = [d["kind"] for d in r["decisions"]]
    assert "ranking" in kinds and "award_proposal" in kinds


def test_recipient_named_after_la(rec):
    r = rec("Ngày 9/12/2023, Khối thi đua các sở nội chính tổ chức Hội nghị tổng kết năm 2023. Khối đã thống nhất "
            "suy tôn 01 cơ quan trình khen thưởng Cờ thi đua của UBND tỉnh năm 2023 là Sở Tư pháp.")
    assert [(a["recipient"], a["year"]) for a in r["awards"]] == [("Sở Tư pháp", 2023)]


def test_header_clock_loses_to_the_date_line_under_the_headline(rec):
    r = rec("Thứ 2, 03/03/2031 10:11:12 GMT+7\n\nTrang tin điện tử huyện\n\nThời sự 09:15, 20/12/2023 GMT+7\n\n"
            "Cụm thi đua số 4 trao quà cho hộ nghèo\n\nThứ 4, 20/12/2023 | 09:15:00 31 lượt xem\n\n"
            "Ngày 18-12, Cụm thi đua số 4 tổ chức trao 5 suất quà cho hộ nghèo trên địa bàn.\n")
    assert r["title"] == "Cụm thi đua số 4 trao quà cho hộ nghèo"
    assert r["published"] == "2023-12-20"
    assert r["meeting"]["date"] == "2023-12-18"


def test_date_line_in_words_and_a_banner_that_dates_nothing(rec):
    r = rec("Chào mừng 50 năm Ngày giải phóng (30/4/1975 - 30/4/2025)\n\nThứ sáu, 9 Tháng 5, 2025 - 15:20\n\n"
            "Ngày 8/5/2025, Cụm thi đua các trường cao đẳng tổ chức Hội nghị sơ kết quý I năm 2025.\n")
    assert r["published"] == "2025-05-09"


def test_site_header_clock_gives_way_to_a_date_line_of_the_reviewed_year(rec):
    r = rec("29/10/2030\n\nKhối thi đua các sở sơ kết 6 tháng đầu năm 2024\n\nCập nhật: 12/7/2024\n\n"
            "Ngày 10/7, Khối thi đua các sở tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024.\n")
    assert r["published"] == "2024-07-12"
    assert r["meeting"]["date"] == "2024-07-10"


def test_list_of_places_after_a_count_and_a_new_group_after_va_cac(rec):
    r = rec("Ngày 5/12/2024, tại huyện Đak Pơ, Cụm thi đua số 3 gồm 4 đơn vị là thị xã An Khê và các huyện Đak Pơ, "
            "Kbang, Kông Chro tổng kết công tác thi đua năm 2024.")
    assert r["cluster"]["members"] == ["thị xã An Khê", "Đak Pơ", "Kbang", "Kông Chro"]


def test_two_positions_before_a_name_make_one_title_and_give_the_chair(rec):
    r = rec("Ngày 5/1/2025, Cụm thi đua số 4 tổ chức Hội nghị tổng kết năm 2024.\n\nChủ tịch Hội Nông dân tỉnh Gia Lai, "
            "Trưởng Cụm thi đua số 4 Quách Văn Vĩnh phát biểu khai mạc hội nghị.")
    assert people(r)["Quách Văn Vĩnh"]["title"] == "Chủ tịch Hội Nông dân tỉnh Gia Lai, Trưởng Cụm thi đua số 4"
    assert r["cluster"]["chair"] == {"organization": "Hội Nông dân tỉnh Gia Lai", "person": "Quách Văn Vĩnh"}


def test_a_sector_word_before_the_number(rec):
    r = rec("Ngày 2/12/2025, Cụm thi đua khuyến nông số 6 các tỉnh duyên hải tổ chức Hội nghị tổng kết năm 2025.")
    assert (r["cluster"]["name"], r["cluster"]["number"]) == ("Cụm thi đua khuyến nông số 6", 6)


def test_number_at_the_end_of_a_descriptor(rec):
    r = rec("Ngày 3/12/2024, Khối thi đua các tổ chức chính trị - xã hội II tổ chức Hội nghị tổng kết năm 2024.")
    assert r["cluster"]["number"] == 2
    r = rec("Ngày 3/12/2024, Khối các sở quản lý nhà nước 3 tổ chức Hội nghị tổng kết năm 2024.")
    assert r["cluster"]["number"] == 3


def test_role_note_with_its_unit_word_and_a_count_after_va(rec):
    r = rec("Ngày 9/12/2024, Cụm thi đua số 2 gồm Công an các tỉnh: Gia Lai (đơn vị Cụm trưởng), Kon Tum, "
            "Đắk Lắk (là Cụm phó năm 2024) và 02 đơn vị khách mời tổ chức Hội nghị tổng kết năm 2024.")
    assert r["cluster"]["members"] == ["Gia Lai", "Kon Tum", "Đắk Lắk"]
    assert r["cluster"]["chair"]["organization"] == "Gia Lai"
    assert r["cluster"]["vice_chair"]["organization"] == "Đắk Lắk"


def test_role_note_after_a_dash_leaves_member_and_recipient(rec):
    r = rec("Ngày 6/1/2025, Khối thi đua các hội tổ chức Hội nghị tổng kết năm 2024. Khối gồm: Hội Làm vườn - đơn vị "
            "Trưởng khối, Hội Người cao tuổi, Hội Đông y. Hội Làm vườn - đơn vị Trưởng khối nhận Cờ luân lưu.")
    assert r["cluster"]["members"][0] == "Hội Làm vườn"
    assert r["cluster"]["chair"]["organization"] == "Hội Làm vườn"
    assert [a["recipient"] for a in r["awards"]] == ["Hội Làm vườn"]


def test_recipients_of_each_clause_and_of_a_list_that_crosses_semicolons(rec):
    r = rec("Ngày 6/1/2025, Khối thi đua các sở tổ chức Hội nghị tổng kết năm 2024. Các đơn vị đã bình xét, suy tôn "
            "Sở Tài chính nhận Cờ thi đua Chính phủ; Sở Nội vụ nhận Cờ thi đua UBND tỉnh. 02 đơn vị gồm: Sở Tư pháp; "
            "Sở Khoa học và Công nghệ được suy tôn là đơn vị tiêu biểu, được đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.")
    got = {(a["recipient"], a["award"].split(" ")[0] + " " + a["award"].split(" ")[1], a["status"]) for a in r["awards"]}
    assert got == {("Sở Tài chính", "Cờ thi", "proposed"), ("Sở Nội vụ", "Cờ thi", "proposed"),
                   ("Sở Tư pháp", "Bằng khen", "proposed"), ("Sở Khoa học và Công nghệ", "Bằng khen", "proposed")}


def test_a_flag_named_for_leading_units_ranks_nobody(rec):
    r = rec("Ngày 6/1/2025, Khối thi đua các sở tổ chức Hội nghị tổng kết năm 2024. Các đơn vị thống nhất đề nghị "
            "UBND tỉnh tặng cờ thi đua dẫn đầu cho Sở Y tế; UBND tỉnh tặng bằng khen cho Sở Xây dựng.")
    assert r["rankings"] == []
    assert {(a["recipient"], a["status"]) for a in r["awards"]} == {("Sở Y tế", "proposed"), ("Sở Xây dựng", "proposed")}


def test_agreeing_criteria_and_a_scoring_table_approves_them(rec):
    r = rec("Ngày 6/3/2024, Cụm thi đua số 9 tổ chức Hội nghị ký kết giao ước thi đua năm 2024. Hội nghị đã thảo luận, "
            "thống nhất các tiêu chí thi đua, thang bảng điểm năm 2024.")
    assert "approve_report" in [d["kind"] for d in r["decisions"]]


def test_time_of_day_with_nay_and_a_comma(rec):
    r = rec("Cụm thi đua các sở tổng kết năm 2022\n\nNgày đăng: 24/11/2022\n\nSáng nay, 23/11, Cụm thi đua các sở văn hóa "
            "tổ chức Hội nghị tổng kết công tác thi đua năm 2022.")
    assert (r["meeting"]["date"], r["meeting"]["time_of_day"]) == ("2022-11-23", "sang")


# --- places ----------------------------------------------------------------------------------
def test_province_written_inside_the_members_names(rec):
    r = rec("Ngày 12/1/2024, Khối thi đua các doanh nghiệp gồm: Công ty Cấp nước Sóc Trăng, Công ty Xổ số kiến thiết "
            "Sóc Trăng, Ngân hàng Chính sách xã hội tổ chức Hội nghị tổng kết năm 2023.")
    assert r["meeting"]["province"] == "Sóc Trăng"


def test_no_cluster_name_still_gives_the_province_of_the_members(rec):
    r = rec("Ngày 12/1/2024, các đơn vị gồm: Công ty Cấp nước Sóc Trăng, Công ty Xổ số kiến thiết Sóc Trăng "
            "tổ chức Hội nghị tổng kết năm 2023.")
    assert r["meeting"]["province"] == "Sóc Trăng"


def test_districts_of_one_province_give_it_and_a_park_named_for_a_district_does_not(rec):
    r = rec("Ngày 20/12/2024, tại huyện Đại Từ, Cụm thi đua các huyện phía Bắc gồm các huyện: Đại Từ, Định Hóa, Phú Lương "
            "tổ chức Hội nghị tổng kết năm 2024.")
    assert r["meeting"]["province"] == "Thái Nguyên"
    r = rec("Ngày 10/3/2017, tại Vườn quốc gia Tam Đảo, Khối thi đua các cục chuyên ngành tổ chức Hội nghị ký kết giao "
            "ước thi đua năm 2017.")
    assert r["meeting"]["province"] is None


def test_province_inside_a_unit_named_as_venue_and_a_city_written_short(rec):
    r = rec("Ngày 3/10/2025, tại TP.HCM, Cụm thi đua số 5 - Tòa án nhân dân khu vực tổ chức Hội nghị sơ kết 9 tháng năm 2025.")
    assert r["meeting"]["province"] == "Hồ Chí Minh"


# --- acts as data ----------------------------------------------------------------------------
ACT_SENTENCES = [
    "Hội nghị đã thảo luận, thông qua các nội dung: báo cáo kết quả hoạt động quý I của cụm.",
    "Các đơn vị thống nhất với 18 tiêu chí ký kết giao ước thi đua năm 2024.",
    "Hội nghị đã tổ chức lấy phiếu bầu suy tôn danh hiệu thi đua đối với các đơn vị trong khối.",
    "Ông Hà Văn Tư, Khối trưởng đã phát động phong trào thi đua năm 2024.",
    "Các đơn vị tiến hành phát động, ký kết giao ước thi đua năm 2024.",
    "Hội nghị thống nhất Sở Xây dựng là đơn vị Trưởng khối năm 2025.",
    "Cụm xây dựng chương trình giao lưu thể thao giữa các đơn vị.",
    "Các đơn vị đã phát động nhiều đợt thi đua cao điểm trong năm.",
]


def test_every_act_form_is_tried_where_its_data_says_it_starts():
    """The start words come from lexicons/acts.json: the anchored search finds what a plain search finds."""
    from tdkt_extract.document import Document
    from tdkt_extract.extractors import outcomes
    from tdkt_extract.normalize import normalize
    from tdkt_extract.segment import segment
    for text in ACT_SENTENCES:
        doc = Document(normalize(text))
        segment(doc)
        for kind, rx, _starts, _need in outcomes._act_forms():
            plain = rx.search(doc.text)
            anchored = doc.cues.search(rx, outcomes._V_ACT_START[kind], 0, len(doc.text))
            assert (plain and plain.span()) == (anchored and anchored.span()), (kind, rx.pattern, text)


def test_acts_read_from_the_data(rec):
    lead = "Ngày 6/1/2025, Cụm thi đua số 3 tổ chức Hội nghị tổng kết năm 2024. "
    kinds = lambda s: sorted(d["kind"] for d in rec(lead + s)["decisions"])
    assert kinds(ACT_SENTENCES[0]) == ["approve_report"]
    assert kinds(ACT_SENTENCES[1]) == ["approve_report"]
    assert kinds(ACT_SENTENCES[2]) == ["ranking"]
    assert kinds(ACT_SENTENCES[3]) == ["other"]  # a launch by a person at the meeting is an act
    assert kinds(ACT_SENTENCES[4]) == ["covenant", "other"]
    assert kinds(ACT_SENTENCES[5]) == ["election"]
    assert kinds(ACT_SENTENCES[6]) == ["plan"]
    assert kinds(ACT_SENTENCES[7]) == []  # what units did during the year


def test_the_agenda_of_the_meeting_sentence_sets_no_tasks(rec):
    r = rec("Ngày 6/1/2025, Cụm thi đua số 3 tổ chức Hội nghị tổng kết năm 2024, triển khai phương hướng, nhiệm vụ năm 2025.")
    assert "tasks" not in [d["kind"] for d in r["decisions"]]


# --- bylines ---------------------------------------------------------------------------------
BODY = "Ngày 6/1/2025, Cụm thi đua số 3 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n\n"


def test_byline_under_the_lead_with_two_names(rec):
    r = rec("Cụm thi đua số 3 tổng kết năm 2024\n\n" + BODY + "Hải Yến - Quốc Toàn\n\n"
            "Các đơn vị trong cụm đã hoàn thành tốt nhiệm vụ được giao trong năm qua, nhiều chỉ tiêu vượt kế hoạch.\n")
    assert r["author"] == "Hải Yến - Quốc Toàn"
    # one author value, and each name a person with the role author
    assert [(p["name"], p["roles"]) for p in r["people"]] == [("Hải Yến", ["author"]), ("Quốc Toàn", ["author"])]


def test_byline_of_two_names_joined_by_a_comma_and_a_name_with_its_unit(rec):
    r = rec(BODY + "Các đơn vị trong cụm đã hoàn thành tốt nhiệm vụ được giao trong năm qua.\n\nĐức Hạnh, Thiên Lam\n")
    assert r["author"] == "Đức Hạnh, Thiên Lam"
    assert [p["name"] for p in r["people"]] == ["Đức Hạnh", "Thiên Lam"]
    r = rec(BODY + "Các đơn vị trong cụm đã hoàn thành tốt nhiệm vụ được giao trong năm qua.\n\nĐức Hạnh, Báo Lạc Sơn\n")
    assert r["author"] == "Đức Hạnh"
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Đức Hạnh", "Báo Lạc Sơn")]


def test_byline_with_a_role_word_and_above_the_footer(rec):
    r = rec(BODY + "Các đơn vị trong cụm đã hoàn thành tốt nhiệm vụ được giao trong năm qua.\n\n  CTV Hồng Nhung\n\n"
            "Trả lời\n\nThấp nhất 13°C, cao nhất 17°C. Trời nhiều mây.\n")
    assert r["author"] == "Hồng Nhung"


def test_source_line_and_initials(rec):
    r = rec(BODY + "Nguồn: Lê Minh Đức - Phòng Tổng hợp\n\nĐịa chỉ: 12 đường Trần Phú, thành phố Huế, điện thoại 0234.382.0000\n")
    assert r["author"] == "Lê Minh Đức"
    r = rec(BODY + "Các đơn vị đã hoàn thành tốt nhiệm vụ được giao trong năm qua, vượt nhiều chỉ tiêu.\n\nK.L\n\n"
                   "Các thông tin tiện ích của cổng thông tin\n")
    assert r["author"] == "K.L"


def test_a_stamp_in_capitals_or_a_place_is_no_byline(rec):
    r = rec(BODY + "Các đơn vị đã hoàn thành tốt nhiệm vụ được giao trong năm qua, vượt nhiều chỉ tiêu.\n\nKHOI THI DUA\n\n"
                   "Thừa Thiên Huế\n\nĐịa chỉ: 12 đường Trần Phú, điện thoại 0234.382.0000, email: tdkt@example.vn\n")
    assert r["author"] is None


# --- counts and venues -----------------------------------------------------------------------
def test_member_count_forms(rec):
    c = lambda s: rec("Ngày 6/1/2025, Khối thi đua các viện tổ chức Hội nghị tổng kết năm 2024. " + s)["cluster"]["member_count"]
    assert c("Khối Thi đua Văn phòng - Viện có 11 đơn vị, bao gồm các viện nghiên cứu.") == 11
    assert c("Tại hội nghị, 8 đơn vị nghiệp vụ trong khối đã trình bày kết quả.") == 8
    assert c("Dự có lãnh đạo UBND 06 đơn vị huyện, thị xã, thành phố trong cụm.") == 6
    assert c("Dự có đại diện 9 huyện, thành phố, thị xã trên địa bàn tỉnh.") == 9


def test_venue_role_note_gives_the_chair_and_a_parenthetical_is_dropped(rec):
    r = rec("Sáng 4/12/2024, tại Hội trường Sở Tư pháp - Trưởng khối, Khối thi đua nội chính tổ chức Hội nghị tổng kết năm 2024.")
    assert r["meeting"]["venue"] == "Hội trường Sở Tư pháp"
    assert r["cluster"]["chair"]["organization"] == "Sở Tư pháp"
    r = rec("Sáng 4/12/2025, tại phường Đông Sơn (tỉnh Thanh Hóa), Cụm thi đua số 3 tổ chức Hội nghị tổng kết năm 2025.")
    assert r["meeting"]["venue"] == "phường Đông Sơn"


def test_venue_ends_where_the_cluster_is_named(rec):
    r = rec("Ngày 31/3/2021, tại huyện Phú Lương Cụm thi đua các huyện, thị xã đã tổ chức hội nghị ký kết giao ước thi đua.")
    assert r["meeting"]["venue"] == "huyện Phú Lương"


def test_a_review_joined_to_the_next_covenant_reviews_the_year_before(rec):
    r = rec("Chiều ngày 26/11/2024, Cụm thi đua số 2 tổ chức tổng kết phong trào thi đua cụm và ký kết giao ước thi đua năm 2025.")
    assert r["meeting"]["kind"] == "tong_ket"
    assert r["meeting"]["period"] == {"year": 2024, "span": "year"}
    # the covenant as the object reviewed keeps its year
    r = rec("Ngày 20/12/2024, Cụm thi đua số 2 tổ chức Hội nghị tổng kết ký kết giao ước thi đua năm 2024.")
    assert r["meeting"]["period"] == {"year": 2024, "span": "year"}


def test_roman_number_after_so(rec):
    r = rec("Ngày 3/12/2024, Cụm Thi đua số IV - Tòa án nhân dân khu vực tổ chức Hội nghị tổng kết năm 2024.")
    assert (r["cluster"]["name"], r["cluster"]["number"]) == ("Cụm Thi đua số IV", 4)


def test_what_a_guest_attends_is_not_his_act_and_a_list_shares_its_final_verb(rec):
    r = rec(LEAD + "Tham dự khai mạc có đ/c Hà Minh Tâm - Phó Chủ tịch Liên đoàn Lao động tỉnh, đ/c Vũ Thị Lan - "
                   "Giám đốc Sở Y tế.")
    assert {p["name"]: p["roles"] for p in r["people"]} == {"Hà Minh Tâm": ["attended"], "Vũ Thị Lan": ["attended"]}
    r = rec(LEAD + "Các đồng chí: Đại tá Trần Văn Kiên - Phó Giám đốc Công an tỉnh; Hồ Minh Hải - Chủ tịch UBND huyện; "
                   "cùng đại diện các phòng, ban của huyện dự hội nghị.")
    p = people(r)
    assert p["Trần Văn Kiên"]["roles"] == ["attended"] and p["Hồ Minh Hải"]["roles"] == ["attended"]
    assert p["Hồ Minh Hải"]["honorific"] is None  # the plural honorific is written before the first name only


def test_cluster_role_after_a_comma_stays_in_the_title(rec):
    r = rec(LEAD + "Đồng chí Lê Thị Hoa, Chủ tịch Hội Chữ thập đỏ phường 5, cụm trưởng phát biểu khai mạc.")
    p = people(r)["Lê Thị Hoa"]
    assert p["title"] == "Chủ tịch Hội Chữ thập đỏ phường 5, cụm trưởng"
    assert p["roles"] == ["spoke"]
    assert r["cluster"]["chair"] == {"organization": "Hội Chữ thập đỏ phường 5", "person": "Lê Thị Hoa"}


def test_a_hard_wrapped_list_of_numbered_units(rec):
    r = rec("Ngày 21/11/2024, Cụm thi đua 1 (Hội Chữ\nthập đỏ Phường 1, 2, 5, 14) tổ\nchức họp mặt kỷ niệm ngày thành lập Hội.")
    assert r["cluster"]["members"] == ["Hội Chữ thập đỏ Phường 1", "2", "5", "14"]
    r = rec("Ngày 28/2/2022 đã diễn ra Hội nghị ký kết giao ước thi đua của Cụm thi đua số 1, gồm các đơn vị Công an "
            "Quận 1, 3, 10 và Công an thành phố Thủ Đức.")
    assert r["cluster"]["members"] == ["Công an Quận 1", "3", "10", "Công an thành phố Thủ Đức"]


def test_leaders_named_after_a_long_clause_are_ranked_not_members(rec):
    r = rec("Ngày 9/1/2025, Khối thi đua các viện tổ chức Hội nghị tổng kết năm 2024. Hội nghị đánh giá có 3 đơn vị dẫn đầu khối "
            "về thành tích vượt kế hoạch, đó là các đơn vị: Viện Cây lương thực, Viện Rau quả và Viện Thổ nhưỡng.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [
        (1, "Viện Cây lương thực"), (1, "Viện Rau quả"), (1, "Viện Thổ nhưỡng")]
    assert r["cluster"]["members"] == []


def test_clauses_without_a_verb_take_the_proposal_of_their_sentence(rec):
    r = rec("Ngày 9/1/2025, Khối thi đua văn hóa - xã hội tổ chức Hội nghị tổng kết năm 2024. Các đơn vị thống nhất đề nghị "
            "Cờ thi đua của Chính phủ cho Sở Y tế; Cờ thi đua của UBND tỉnh cho Sở Nội vụ, Sở Tư pháp.")
    assert {(a["recipient"], a["status"]) for a in r["awards"]} == {
        ("Sở Y tế", "proposed"), ("Sở Nội vụ", "proposed"), ("Sở Tư pháp", "proposed")}


def test_provinces_listed_after_a_described_count_or_after_cac_tinh(rec):
    r = rec("Ngày 2/12/2024, Cụm thi đua 2 Kho bạc Nhà nước khu vực 04 tỉnh duyên hải miền Trung: Quảng Nam, Quảng Ngãi, "
            "Bình Định và Phú Yên tổ chức hội thao.")
    assert r["cluster"]["members"] == ["Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên"]
    r = rec("Ngày 27-11-2024, tại TP. Cà Mau diễn ra Hội nghị tổng kết công tác thi đua cụm thi đua các tỉnh An Giang, "
            "Kiên Giang, Bạc Liêu, Cà Mau.")
    assert r["cluster"]["members"] == ["An Giang", "Kiên Giang", "Bạc Liêu", "Cà Mau"]
    assert r["meeting"]["province"] is None


def test_a_province_that_is_the_object_of_an_act_or_a_region_gives_no_province(rec):
    r = rec("Ngày 9/1/2025, Khối thi đua các hội đặc thù tổ chức Hội nghị tổng kết năm 2024. Các hội quyết tâm "
            "góp phần xây dựng tỉnh Lào Cai phát triển.")
    assert r["meeting"]["province"] is None
    r = rec("Ngày 2/4/2021, tại Trường Chính trị tỉnh Cà Mau, Cụm thi đua các trường chính trị khu vực đồng bằng sông "
            "Cửu Long tổ chức Hội nghị ký kết giao ước thi đua năm 2021.")
    assert r["meeting"]["province"] is None


def test_cd_abbreviates_a_unit_and_a_year_is_no_descriptor(rec):
    r = rec("Vừa qua, tại Hội nghị tổng kết công tác thi đua Khối năm 2024, Hội nghị đã bầu CĐ Dệt may VN là đơn vị "
            "Khối trưởng, CĐ Hàng hải VN là đơn vị Khối phó năm 2025.")
    assert r["cluster"]["name"] is None
    assert r["cluster"]["next_chair"]["organization"] == "CĐ Dệt may VN"
    assert r["cluster"]["next_vice_chair"]["organization"] == "CĐ Hàng hải VN"


def test_habits_and_aims_are_no_acts_and_signing_is_no_approval(rec):
    lead = "Ngày 6/1/2025, Cụm thi đua số 3 tổ chức Hội nghị tổng kết năm 2024. "
    kinds = lambda s: sorted(d["kind"] for d in rec(lead + s)["decisions"])
    assert kinds("Hàng năm, Cụm đều tổ chức ký kết giao ước thi đua.") == []
    assert kinds("Phấn đấu để có 1 đơn vị được đề nghị Chính phủ tặng Cờ thi đua.") == []
    assert kinds("Các đơn vị thống nhất ký kết giao ước thi đua năm 2025 với các nội dung: đoàn kết, sáng tạo.") == ["covenant"]
    assert kinds("Hội nghị đã thông qua Giao ước thi đua năm 2025.") == ["approve_report"]


def test_a_verb_or_a_name_after_the_number_is_no_count(rec):
    r = rec("Sáng 25/3, Khối thi đua 8 tổ chức Hội nghị ký kết giao ước thi đua năm 2024. Khối thi đua 8 có 12 hội "
            "thành viên.")
    assert (r["cluster"]["number"], r["cluster"]["member_count"]) == (8, 12)
    r = rec("Sáng 4/4, Cụm thi đua 3 Hội Chữ thập đỏ tỉnh tổ chức ký kết giao ước thi đua năm 2023 giữa các đơn vị "
            "trong Cụm thi đua số 3, có 05 thành viên.")
    assert (r["cluster"]["number"], r["cluster"]["member_count"]) == (3, 5)


def test_a_meeting_that_chooses_a_years_results_is_its_year_end_review(rec):
    r = rec("Chiều 26-11, tại phường Tân Định, Cụm thi đua số 10 gồm các Văn phòng Đảng ủy phường tổ chức hội nghị.\n\n"
            "Quang cảnh hội nghị bình chọn kết quả thi đua trong cụm năm 2025\n")
    assert r["meeting"]["kind"] == "tong_ket"
    assert r["meeting"]["period"] == {"year": 2025, "span": "year"}


def test_a_bracketed_role_note_after_a_title_and_a_dash_glued_to_the_venue(rec):
    r = rec("Ngày 5/7/2024, Khối thi đua Văn phòng - Viện tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024. Thay mặt Khối, "
            "đồng chí Mai Văn Quý, Phó Viện trưởng phụ trách Viện Cơ điện (Khối trưởng Khối thi đua) đã trình bày báo cáo.")
    assert people(r)["Mai Văn Quý"]["title"] == "Phó Viện trưởng phụ trách Viện Cơ điện"
    assert r["cluster"]["chair"] == {"organization": "Viện Cơ điện", "person": "Mai Văn Quý"}
    r = rec("Sáng 4/12/2019, tại Hội trường Sở Xây dựng-Trưởng khối, Khối thi đua kinh tế tổ chức Hội nghị tổng kết năm 2019.")
    assert (r["meeting"]["venue"], r["cluster"]["chair"]["organization"]) == ("Hội trường Sở Xây dựng", "Sở Xây dựng")


def test_a_heading_ending_in_a_number_does_not_hide_the_date_below_it(rec):
    r = rec("Hội nghị tổng kết giao ước thi đua năm học 2022 - 2023 của Khối thi đua số 2\n\n"
            "Sáng ngày 02/11/2023 tại Trường THPT Lê Lợi đã tổ chức Hội nghị tổng kết của Khối thi đua số 2.")
    assert (r["meeting"]["date"], r["meeting"]["time_of_day"]) == ("2023-11-02", "sang")


def test_a_date_and_place_standing_alone_before_the_meeting_sentence(rec):
    r = rec("Sáng ngày 28/3/2017, tại Hà Nội. Khối thi đua 6 Công đoàn ngành Trung ương đã tổ chức lễ ký kết giao ước "
            "thi đua năm 2017.")
    assert (r["meeting"]["date"], r["meeting"]["venue"]) == ("2017-03-28", "Hà Nội")


def test_kinds_of_unit_listed_in_a_descriptor_and_long_names_closed_by_semicolons(rec):
    r = rec("Ngày 21/02/2017, Khối thi đua Công an các huyện, thành phố tổ chức Hội nghị ký giao ước thi đua năm 2017.")
    assert r["cluster"]["name"] == "Khối thi đua Công an các huyện, thành phố"
    long_name = "Trung tâm Nghiên cứu và Phát triển hội nhập khoa học và công nghệ quốc tế của vùng"
    r = rec("Ngày 5/7/2024, Khối thi đua Văn phòng - Viện tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024. Khối có 3 đơn vị, "
            f"bao gồm: Viện Năng lượng; {long_name}; Văn phòng Công nhận Chất lượng.")
    assert r["cluster"]["members"] == ["Viện Năng lượng", long_name, "Văn phòng Công nhận Chất lượng"]


def test_what_every_unit_did_is_no_act_of_the_meeting(rec):
    r = rec("Ngày 6/10/2025, Cụm thi đua số 4 tổ chức Hội nghị sơ kết 9 tháng năm 2025. Các đơn vị trong cụm đều tổ chức "
            "phát động thi đua và ký giao ước thi đua.")
    assert r["decisions"] == []


def test_places_sharing_a_unit_written_once_are_the_members(rec):
    r = rec("Chiều 25/11/2025, tại Trung tâm hội nghị tỉnh, Cụm thi đua số 2 Hội Cựu chiến binh gồm Hội CCB các tỉnh "
            "Phú Thọ, Lai Châu, Sơn La do Hội CCB tỉnh Phú Thọ làm cụm trưởng tổ chức tổng kết năm 2025.")
    assert r["cluster"]["members"] == ["Phú Thọ", "Lai Châu", "Sơn La"]


def test_a_bare_number_in_a_numbered_series_names_no_place(rec):
    r = rec("Ngày 21/11/2024, Cụm thi đua 1 (Hội Chữ thập đỏ Phường 1, 2, 12) tổ chức họp mặt kỷ niệm ngày thành lập Hội.")
    assert r["cluster"]["members"] == ["Hội Chữ thập đỏ Phường 1", "2", "12"]
    assert r["meeting"]["province"] is None


def test_a_province_written_in_most_members_names_outweighs_one_other(rec):
    r = rec("Ngày 8/1/2024, Cụm thi đua số 4 gồm: Công ty Điện lực Hà Tĩnh, Viễn thông Hà Tĩnh, Công ty Thủy điện "
            "Sơn La, Công ty Cấp nước Hà Tĩnh tổ chức Hội nghị tổng kết năm 2023.")
    assert r["meeting"]["province"] == "Hà Tĩnh"


def test_a_cluster_of_national_bodies_or_under_a_ministry_has_no_province(rec):
    r = rec("Ngày 15/3/2024, tại Hà Nội, Khối thi đua số 7 gồm: Hội Nông dân Việt Nam, Hội Cựu chiến binh Việt Nam, "
            "Hội Luật gia Việt Nam tổ chức Hội nghị ký kết giao ước thi đua năm 2024.")
    assert r["meeting"]["province"] is None
    r = rec("Ngày 2/12/2023, Khối 3 - Khối các trường trực thuộc Bộ Tài chính tổ chức Hội nghị tổng kết năm 2023 tại "
            "thành phố Đà Lạt, tỉnh Lâm Đồng.")
    assert r["meeting"]["province"] is None


def test_a_province_ending_a_provincial_bodys_name_or_districts_of_its_units(rec):
    r = rec("Ngày 9/1/2024, Khối thi đua số 3 tổ chức Hội nghị tổng kết năm 2023. Đại diện lãnh đạo Sở Tư pháp "
            "Long An phát biểu tại hội nghị.")
    assert r["meeting"]["province"] == "Long An"
    r = rec("Ngày 9/1/2024, Khối thi đua Công an các huyện tổ chức Hội nghị tổng kết năm 2023. Hội nghị bầu Công an "
            "huyện Cần Giuộc làm khối trưởng năm 2024.")
    assert r["meeting"]["province"] == "Long An"
    r = rec("Ngày 9/1/2024, Hội Khuyến học Q.Gò Vấp chủ trì Hội nghị tổng kết năm 2023 của Cụm thi đua 2.")
    assert r["meeting"]["province"] == "Hồ Chí Minh"


def test_a_district_ending_an_address_is_no_province_of_the_cluster(rec):
    r = rec("Ngày 5/12/2023, Khối thi đua số 6 trao nhà tình nghĩa cho gia đình bà Lê Thị Hoa ở ấp Tân Lập, "
            "xã Tân Hòa, huyện Cần Giuộc.")
    assert r["meeting"]["province"] is None


# --- member count ----------------------------------------------------------------------------
def test_a_count_written_with_the_descriptor_of_a_cluster_named_by_its_units(rec):
    r = rec("Ngày 4/1/2024, Cụm thi đua các huyện vùng cao tổ chức Hội nghị tổng kết năm 2023. Dự hội nghị có lãnh đạo "
            "Ủy ban nhân dân 3 tỉnh và lãnh đạo 7 huyện vùng cao.")
    assert r["cluster"]["member_count"] == 7


def test_a_count_after_a_numbered_clusters_dash_or_opening_its_list_and_the_number_is_no_count(rec):
    r = rec("Ngày 6/4/2024, Thanh tra các Sở Tư pháp Cụm II - 8 tỉnh Duyên hải tổ chức Hội nghị ký kết giao ước thi đua.")
    assert r["cluster"]["member_count"] == 8
    r = rec("Hội thao Cụm thi đua 3 Kho bạc Nhà nước\n\nNgày 6/4/2024, tại thành phố Quy Nhơn, Cụm thi đua 3 KBNN "
            "khu vực 05 tỉnh Nam Trung Bộ: Quảng Ngãi, Bình Định, Phú Yên, Khánh Hòa và Ninh Thuận tổ chức hội thao.")
    assert r["cluster"]["member_count"] == 5


# --- cluster name ----------------------------------------------------------------------------
def test_a_capitalised_kind_of_organisation_after_to_chuc_is_part_of_the_name(rec):
    r = rec("Sáng ngày 5/3, tại Hội trường Liên đoàn Lao động tỉnh, Khối thi đua các tổ chức Chính trị - Xã hội tỉnh "
            "đã tổ chức hội nghị ký kết giao ước thi đua năm 2024.")
    assert r["cluster"]["name"] == "Khối thi đua các tổ chức Chính trị - Xã hội"


def test_a_cluster_named_only_after_its_chairs_role_word(rec):
    r = rec("Tại thị xã Ba Lâm, lãnh đạo 6 huyện, thị xã đã tham gia Hội nghị ký kết giao ước thi đua năm 2016. "
            "Ông Trần Văn Bình, Chủ tịch UBND thị xã Ba Lâm, trưởng khối thi đua các huyện, thị xã chủ trì Hội nghị.")
    assert r["cluster"]["name"] == "khối thi đua các huyện, thị xã"


# --- title -----------------------------------------------------------------------------------
def test_a_headline_naming_a_giao_ban_or_ending_with_a_full_stop(rec):
    r = rec("GIAO BAN CÔNG TÁC MẶT TRẬN CỤM THI ĐUA SỐ 3\nQuang cảnh hội nghị.\n\nNgày 12/5/2023, Cụm thi đua số 3 tổ chức "
            "giao ban công tác quý I năm 2023.")
    assert r["title"] == "GIAO BAN CÔNG TÁC MẶT TRẬN CỤM THI ĐUA SỐ 3"
    r = rec("Lễ ký kết giao ước thi đua khối các trường - Năm 2024.\n\nNgày 12/3/2024, Khối thi đua các trường tổ chức "
            "Lễ ký kết giao ước thi đua năm 2024 với sự tham dự của lãnh đạo các đơn vị trong khối và đại diện Sở Nội vụ.")
    assert r["title"] == "Lễ ký kết giao ước thi đua khối các trường - Năm 2024"


def test_a_meeting_line_under_the_lead_paragraph_is_a_caption_not_the_headline(rec):
    r = rec("(blt.vn) - Tại huyện Bình Lâm, lãnh đạo các huyện trong khối thi đua các huyện phía Tây đã tham gia "
            "Hội nghị ký kết giao ước thi đua năm 2024.\n\nHội nghị ký kết giao ước thi đua\n\nHội nghị đã thống nhất "
            "các tiêu chí thi đua năm 2024.")
    assert r["title"] is None


def test_an_initial_and_a_name_in_capitals_is_a_byline(rec):
    r = rec("Hội nghị tổng kết Cụm thi đua số 5\n\nNgày 10/1/2024, Cụm thi đua số 5 tổ chức Hội nghị tổng kết công tác thi "
            "đua năm 2023 với sự tham dự của lãnh đạo các đơn vị thành viên.\n\nH.KHOA\n\nTin cùng chuyên mục")
    assert r["author"] == "H.KHOA"


def test_a_province_in_the_sites_header_above_the_headline_does_not_count(rec):
    r = rec("TRANG TIN\n\nTỈNH LẠNG SƠN\n\nKhối thi đua Nội chính tổng kết công tác thi đua năm 2023\n\n"
            "Khối thi đua Nội chính vừa tổ chức Hội nghị tổng kết công tác thi đua - khen thưởng năm 2023.")
    assert r["meeting"]["province"] is None


# --- publication date ------------------------------------------------------------------------
def test_a_date_glued_to_the_headline_or_opening_the_first_line_with_its_clock(rec):
    r = rec("Hội nghị tổng kết công tác thi đua năm 2023 của Khối thi đua số 4   16/1/2024\n\nSáng ngày 12/1/2024, Khối "
            "thi đua số 4 đã tổ chức hội nghị tổng kết công tác thi đua năm 2023.")
    assert (r["title"], r["published"]) == ("Hội nghị tổng kết công tác thi đua năm 2023 của Khối thi đua số 4", "2024-01-16")
    r = rec("08:15 20/12/2023 Chiều 18-12, tại thành phố Vinh, Cụm thi đua số 3 tổ chức Hội nghị tổng kết công tác thi "
            "đua năm 2023.\n\nCác đơn vị trong cụm đều hoàn thành nhiệm vụ.")
    assert r["published"] == "2023-12-20"
    r = rec("Hội nghị tổng kết Cụm thi đua số 3 ngày 18/12/2023\n\nChiều 18-12, Cụm thi đua số 3 tổ chức Hội nghị "
            "tổng kết công tác thi đua năm 2023.")
    assert r["published"] is None


def test_a_count_of_two_groups_of_members(rec):
    r = rec("Sáng 8/1/2024, Cụm thi đua miền núi phía Bắc gồm 4 Sở Dân tộc: Lào Cai, Yên Bái, Lai Châu, Sơn La và 3 Phòng "
            "Dân tộc thuộc UBND các tỉnh Hà Giang, Cao Bằng, Điện Biên tổ chức Hội nghị tổng kết năm 2023.")
    assert r["cluster"]["member_count"] == 7
    r = rec("Ngày 10/1/2024, Cụm thi đua số 6 gồm 5 đơn vị tổ chức Hội nghị tổng kết năm 2023 và 2 đơn vị được khen.")
    assert r["cluster"]["member_count"] == 5


def test_a_headline_set_on_two_lines_after_a_colon(rec):
    r = rec("Khối thi đua các sở kinh tế 2:\n\nTriển khai nhiệm vụ thi đua năm 2024\n\nThứ Ba, 16/01/2024, 09:30\n\n"
            "Ngày 15-1, Khối thi đua các sở kinh tế 2 tổ chức hội nghị tổng kết công tác thi đua năm 2023 và ký kết giao "
            "ước thi đua năm 2024.")
    assert r["title"] == "Khối thi đua các sở kinh tế 2: Triển khai nhiệm vụ thi đua năm 2024"


def test_a_year_of_several_digits_ends_a_clusters_name(rec):
    r = rec("Ngày 5/12/2023, hội nghị đã thông qua báo cáo kết quả hoạt động thi đua cụm các trường vùng cao năm 2023, "
            "với nhiều kết quả nổi bật.")
    assert r["cluster"]["name"] == "cụm các trường vùng cao"


def test_a_count_of_urban_districts_or_towns(rec):
    # quận and thị xã are what a city's or a province's clusters count their members in
    r = rec("Ngày 9/1/2024, Cụm thi đua số 9 gồm 4 quận: quận Hải An, quận Lê Chân, quận Kiến An và quận Đồ Sơn tổ "
            "chức hội nghị tổng kết công tác thi đua năm 2023.")
    assert r["cluster"]["member_count"] == 4
    r = rec("Ngày 9/1/2024, Cụm thi đua các đô thị gồm 3 thị xã: thị xã Bình Minh, thị xã Tân Châu và thị xã Hòa Thành "
            "tổ chức hội nghị tổng kết công tác thi đua năm 2023.")
    assert r["cluster"]["member_count"] == 3

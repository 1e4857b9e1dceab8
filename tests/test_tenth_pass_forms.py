"""Forms of the tenth pass (its held-out sets and blind bank), each on an invented example."""
from record_views import ranks, roles


def test_a_cluster_named_for_emulation_and_commendation_keeps_both_words(rec):
    r = rec("Ngày 20/7/2024, Cụm thi đua, khen thưởng các trường cao đẳng khu vực Tây Bắc tổ chức hội nghị tổng kết năm học "
            "2023-2024.")
    assert r["cluster"]["name"] == "Cụm thi đua, khen thưởng các trường cao đẳng khu vực Tây Bắc"
    assert r["cluster"]["kind"] == "cum"
    # (the work of emulation and commendation after a cluster's own name is no part of it)
    r = rec("Ngày 20/7/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.")
    assert r["cluster"]["name"] == "Cụm thi đua số 4"


def test_units_of_one_abbreviated_kind_part_at_a_comma_inside_a_semicolon_list(rec):
    r = rec("Ngày 28/6/2024, Cụm thi đua số 3 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Tham dự có đại diện 4 thành viên của "
            "Cụm gồm: CHK Vinh – Cụm trưởng; CHK Thọ Xuân – Cụm phó; CHK Đồng Hới , CHK Phú Bài – thành viên.")
    assert r["cluster"]["members"] == ["CHK Vinh", "CHK Thọ Xuân", "CHK Đồng Hới", "CHK Phú Bài"]
    # (a comma inside one official name still holds: the words after it are no second unit of the kind)
    r = rec("Ngày 28/6/2024, Cụm thi đua số 3 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Cụm gồm: Trung tâm Giống cây trồng, "
            "vật nuôi và thủy sản; Trung tâm Khuyến nông; Chi cục Thủy lợi.")
    assert r["cluster"]["members"] == ["Trung tâm Giống cây trồng, vật nuôi và thủy sản", "Trung tâm Khuyến nông", "Chi cục Thủy lợi"]


def test_a_short_title_ending_with_a_bare_department_before_a_name(rec):
    r = rec("Ngày 17/3/2022, Cụm thi đua số 1 tổ chức hội nghị ký kết giao ước thi đua năm 2022. Về phía Sở Tài nguyên và Môi "
            "trường Hà Nội có Phó giám đốc Sở Lê Văn Toàn; lãnh đạo các sở cùng dự.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Lê Văn Toàn", "Phó giám đốc Sở")]
    # (the field of a department, capitalised, is no person's name)
    r = rec("Ngày 17/3/2022, Cụm thi đua số 1 tổ chức hội nghị ký kết giao ước thi đua năm 2022. Phó Giám đốc Sở Văn Hóa Thể "
            "Thao phát biểu.")
    assert r["people"] == []
    # (nor a school named after a person)
    r = rec("Ngày 17/3/2022, Cụm thi đua số 1 tổ chức hội nghị ký kết giao ước thi đua năm 2022. Hiệu trưởng Trường Lê Quý Đôn "
            "phát biểu.")
    assert r["people"] == []


REVIEW_2024 = "Ngày 20/12/2024, Cụm thi đua số 3 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "
COVENANT = "Ngày 12/4/2021, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2021. "


def test_a_plan_or_the_covenants_content_agreed_in_the_passive(rec):
    kinds = lambda r: [d["kind"] for d in r["decisions"]]  # noqa: E731
    r = rec(COVENANT + "Tại hội nghị, kế hoạch và quy chế hoạt động của Cụm đã được thảo luận, góp ý và thống nhất cao.")
    assert kinds(r) == ["covenant", "approve_report"]
    r = rec(COVENANT + "Các nội dung giao ước thi đua đã được các cơ quan trong cụm thống nhất.")
    assert kinds(r) == ["covenant", "approve_report"]
    # (another body approving a unit's plan is no act of the meeting)
    r = rec(COVENANT + "Kế hoạch năm 2025 của Sở đã được UBND tỉnh phê duyệt.")
    assert kinds(r) == ["covenant"]


def test_an_awards_year_given_by_the_merit_after_its_recipient(rec):
    r = rec(REVIEW_2024 + "Hội nghị đề xuất UBND tỉnh tặng Bằng khen cho Sở Tư pháp do có thành tích xuất sắc trong năm 2024.")
    assert [(a["recipient"], a["award"], a["year"]) for a in r["awards"]] == [("Sở Tư pháp", "Bằng khen", 2024)]
    r = rec(REVIEW_2024 + "Hội nghị đề xuất UBND tỉnh tặng Cờ thi đua cho Sở Y tế, vì đã có thành tích trong hoạt động năm 2024.")
    assert r["awards"][0]["year"] == 2024
    # (no merit named: no year)
    r = rec(REVIEW_2024 + "Hội nghị đề xuất UBND tỉnh tặng Bằng khen cho Sở Tư pháp.")
    assert r["awards"][0]["year"] is None


def test_a_list_opened_by_a_place_with_its_kind_in_lower_case(rec):
    r = rec("Ngày 3/3/2016, Công an 5 tỉnh cụm thi đua số II gồm: tỉnh Yên Bái, Tuyên Quang, Phú Thọ, Thái Nguyên, Bắc Kạn đã tổ "
            "chức Hội nghị ký kết giao ước thi đua năm 2016.")
    assert r["cluster"]["members"] == ["tỉnh Yên Bái", "Tuyên Quang", "Phú Thọ", "Thái Nguyên", "Bắc Kạn"]
    # (after the units, the province they lie in is no member)
    r = rec("Ngày 2/4/2024, Cụm thi đua số 3 (gồm 6 xã phía Bắc huyện Vũ Thư, tỉnh Thái Bình) tổ chức hội nghị sơ kết quý I.")
    assert r["cluster"]["members"] == []


def test_the_meeting_sentence_opened_by_the_plan_it_carries_out_still_states_its_acts(rec):
    r = rec("Thực hiện Kế hoạch của Khối và để triển khai phong trào thi đua năm 2021, chiều ngày 25/3/2021, tại Sở Y tế, Khối thi "
            "đua các sở đã tổ chức Hội nghị ký kết giao ước thi đua năm 2021.")
    assert [d["kind"] for d in r["decisions"]] == ["covenant"]
    # (a later sentence opened the same way reports the year's work)
    r = rec("Chiều ngày 25/3/2021, Khối thi đua các sở tổ chức Hội nghị tổng kết năm 2020. Thực hiện kế hoạch năm 2020, các đơn vị đã "
            "ký kết giao ước thi đua.")
    assert [d["kind"] for d in r["decisions"]] == []


def test_a_cluster_name_does_not_end_with_a_conjunction(rec):
    r = rec("Thực hiện Kế hoạch của Khối thi đua các cơ quan quản lý nhà nước về Văn hóa - Xã hội và để triển khai phong trào "
            "thi đua năm 2021, ngày 25/3/2021 tại Sở Y tế, Khối đã tổ chức Hội nghị ký kết giao ước thi đua năm 2021.")
    assert r["cluster"]["name"] == "Khối thi đua các cơ quan quản lý nhà nước về Văn hóa - Xã hội"


def test_a_part_of_a_semicolon_list_holding_two_units_parts_at_the_lists_own_head(rec):
    r = rec("Ngày 25/3/2021, Khối thi đua số 4 tổ chức Hội nghị ký kết giao ước thi đua năm 2021. Dự có các đơn vị trong Khối (Ban "
            "Dân tộc, Sở Y tế; Sở Nội vụ; Sở Tư pháp; Sở Lao động, Thương binh và Xã hội).")
    assert r["cluster"]["members"] == ["Ban Dân tộc", "Sở Y tế", "Sở Nội vụ", "Sở Tư pháp", "Sở Lao động, Thương binh và Xã hội"]


def test_a_province_whose_body_something_was_done_for_is_not_the_clusters(rec):
    r = rec("Chiều 8/7/2022, Khối cơ quan Nội chính tỉnh tổ chức Hội nghị sơ kết 6 tháng đầu năm 2022. Từ đầu năm, Bộ Chỉ huy BĐBP "
            "tỉnh tăng cường 50 lượt cán bộ làm nhiệm vụ phòng, chống dịch cho BĐBP tỉnh Kiên Giang.")
    assert r["meeting"]["province"] is None
    r = rec("Chiều 8/7/2022, Khối cơ quan Nội chính tỉnh tổ chức Hội nghị sơ kết 6 tháng đầu năm 2022 tại Công an tỉnh Kiên Giang.")
    assert r["meeting"]["province"] == "Kiên Giang"


def test_the_role_given_with_the_clusters_name_after_a_comma(rec):
    r = rec("Ngày 20/7/2022, Cụm thi đua số 1 tổ chức Hội nghị tổng kết năm học 2021-2022. Tại hội nghị, Bộ đã giao nhiệm vụ Cụm "
            "trưởng, Cụm thi đua số 1 năm học 2022-2023 cho Trường Đại học Vinh, Cụm phó cho Trường Đại học Hồng Đức.")
    assert roles(r) == {"next_chair": "Trường Đại học Vinh", "next_vice_chair": "Trường Đại học Hồng Đức"}


def test_a_covenant_signed_and_a_chair_elected_in_one_sentence_are_two_acts(rec):
    r = rec(REVIEW_2024 + "Cũng tại hội nghị, các đơn vị đã ký giao ước thi đua và Sở Tư pháp được bầu làm Cụm trưởng năm 2025.")
    assert sorted(d["kind"] for d in r["decisions"]) == ["covenant", "election"]


PROVINCES = ("Ngày 16/1/2024, Cụm thi đua các tỉnh Tây Nguyên tổ chức Hội nghị tổng kết năm 2023. Cụm gồm 5 tỉnh: Kon Tum, Gia Lai, "
             "Đắk Lắk, Đắk Nông và Lâm Đồng. ")


def test_a_province_named_as_the_unit_after_a_verb(rec):
    r = rec(PROVINCES + "Hội nghị đã bình xét, suy tôn tỉnh Gia Lai là đơn vị dẫn đầu, đề nghị tặng Cờ thi đua của Chính phủ. Hội "
            "nghị thống nhất tỉnh Kon Tum làm Cụm trưởng, tỉnh Lâm Đồng làm Cụm phó năm 2024.")
    assert r["rankings"] == [{"rank": 1, "organization": "tỉnh Gia Lai"}]
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("tỉnh Gia Lai", "Cờ thi đua của Chính phủ")]
    assert roles(r) == {"next_chair": "tỉnh Kon Tum", "next_vice_chair": "tỉnh Lâm Đồng"}
    # (a unit of the province keeps its head; a province after a comma is where the unit stands)
    r = rec(PROVINCES + "Hội nghị suy tôn Công an tỉnh Gia Lai là đơn vị dẫn đầu.")
    assert r["rankings"] == [{"rank": 1, "organization": "Công an tỉnh Gia Lai"}]
    r = rec("Ngày 5/12/2019, tại Vườn quốc gia Yok Don, tỉnh Đắk Lắk, Cụm trưởng Cụm thi đua số 2 đã tổ chức Hội nghị tổng kết "
            "năm 2019.")
    assert roles(r) == {}


def test_the_day_something_began_is_no_day_of_the_meeting(rec):
    r = rec("Cụm thi đua số 2 tổng kết năm 2025\n\nTrong tháng 12/2025, Cụm thi đua số 2 đã tổ chức hội nghị tổng kết phong trào thi "
            "đua năm 2025 tại hội trường UBND xã Yên Minh.\n\nĐây là lần đầu tiên Cụm tổ chức tổng kết kể từ khi tỉnh vận hành "
            "chính quyền địa phương 2 cấp từ ngày 1/7/2025.")
    assert r["meeting"]["date"] == "2025-12"
    assert r["meeting"]["venue"] == "hội trường UBND xã Yên Minh"
    # (a span's first day is still the meeting's)
    r = rec("Từ ngày 18 đến ngày 20/10/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2024 tại xã Yên Minh.")
    assert r["meeting"]["date"] == "2024-10-18"


def test_a_term_of_office_is_the_period_and_yesterday_keeps_its_part_of_the_day(rec):
    r = rec("Sáng hôm qua (15/6), tại hội trường Hội CCB huyện Kim Động, Cụm thi đua số 3 tổ chức hội nghị tổng kết phong trào thi đua "
            "nhiệm kỳ 2017 - 2022.")
    assert r["meeting"]["period"] == {"year": 2022, "span": "term"}
    assert r["meeting"]["time_of_day"] == "sang"
    assert r["meeting"]["date"] == "2022-06-15"


def test_a_byline_under_the_headlines_date_line_and_a_photo_credit_after_the_author(rec):
    body = ("Cụm thi đua các quỹ tín dụng nhân dân vừa tổ chức Lễ ký kết giao ước thi đua năm 2025 tại Ngân hàng Nhà nước chi "
            "nhánh tỉnh Bạc Liêu. Các đơn vị đã ký kết giao ước thi đua.")
    r = rec("Cụm thi đua các quỹ tín dụng nhân dân ký kết giao ước thi đua năm 2025\n12/02/2025 09:15\nMai Hương - Quốc Bảo\n\n" + body)
    assert r["author"] == "Mai Hương - Quốc Bảo"
    assert [p["name"] for p in r["people"] if "author" in p["roles"]] == ["Mai Hương", "Quốc Bảo"]
    r = rec("Cụm thi đua các quỹ tín dụng nhân dân ký kết giao ước thi đua năm 2025\n\nBài: Mai Hương - Ảnh: Quốc Bảo\n\n" + body)
    assert r["author"] == "Mai Hương"
    assert [(p["name"], p["title"]) for p in r["people"] if "author" in p["roles"]] == [("Mai Hương", None)]


def test_directions_or_targets_agreed_counted_or_not(rec):
    kinds = lambda r: [d["kind"] for d in r["decisions"]]  # noqa: E731
    so_ket = "Ngày 10/10/2024, Khối thi đua số 2 tổ chức hội nghị sơ kết 9 tháng năm 2024. "
    assert kinds(rec(so_ket + "Hội nghị thống nhất 4 nhiệm vụ trọng tâm những tháng cuối năm.")) == ["tasks"]
    assert kinds(rec(so_ket + "Hội nghị thống nhất chỉ tiêu thi đua quý IV.")) == ["tasks"]
    # (a count of something else agreed is no direction)
    assert kinds(rec(so_ket + "Hội nghị thống nhất 4 đơn vị tham gia hội thao.")) != ["tasks"]


def test_a_list_that_describes_its_members_names_none(rec):
    r = rec("Ngày 5/1/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2023. Cụm thi đua số 4 gồm Công an 5 huyện, thị xã phía "
            "Nam tỉnh.")
    assert r["cluster"]["members"] == []
    r = rec("Ngày 5/6/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm học 2023 - 2024. Cụm gồm 6 trường THPT trên địa bàn thị "
            "xã Hoàng Mai và các huyện Quỳnh Lưu, Tân Kỳ.")
    assert r["cluster"]["members"] == []
    # (a list of names still reads)
    r = rec("Ngày 5/1/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2023. Cụm gồm Công an huyện Quỳnh Lưu, Công an huyện Tân "
            "Kỳ và Công an thị xã Hoàng Mai.")
    assert r["cluster"]["members"] == ["Công an huyện Quỳnh Lưu", "Công an huyện Tân Kỳ", "Công an thị xã Hoàng Mai"]


def test_social_insurance_and_treasury_written_short_head_a_unit(rec):
    r = rec("Ngày 5/1/2024, Khối thi đua số 3 tổ chức hội nghị tổng kết năm 2023. Khối gồm: Sở Y tế, Sở GD&ĐT, Sở TT&TT và BHXH tỉnh. "
            "Sở Y tế được suy tôn xếp thứ nhất, BHXH tỉnh xếp thứ hai.")
    assert r["cluster"]["members"] == ["Sở Y tế", "Sở GD&ĐT", "Sở TT&TT", "BHXH tỉnh"]
    assert r["rankings"] == [{"rank": 1, "organization": "Sở Y tế"}, {"rank": 2, "organization": "BHXH tỉnh"}]
    r = rec("Ngày 5/1/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2023. Cụm gồm: Cục Thuế tỉnh, Cục Hải quan tỉnh và KBNN "
            "tỉnh.")
    assert r["cluster"]["members"] == ["Cục Thuế tỉnh", "Cục Hải quan tỉnh", "KBNN tỉnh"]


def test_the_pages_date_labelled_under_the_article(rec):
    body = ("Khối thi đua Kinh tế sơ kết 6 tháng đầu năm\n\nSáng ngày 11/7/2024, Khối thi đua Kinh tế tỉnh Bến Tre tổ chức hội nghị "
            "sơ kết công tác thi đua 6 tháng đầu năm 2024 tại hội trường Sở Tài chính.\n\n")
    r = rec(body + "Ngày cập nhật: 13/07/2024\n\nTin liên quan:\n- Khối thi đua Kinh tế tổng kết năm 2023 (05/01/2024)")
    assert r["published"] == "2024-07-13"
    # (a related article's date is none)
    r = rec(body + "Tin liên quan:\n- Khối thi đua Kinh tế tổng kết năm 2023 (05/01/2024)")
    assert r["published"] is None


def test_a_unit_known_by_its_acronym_alone_takes_the_role(rec):
    r = rec("Chiều 26/12/2016, Khối thi đua 9 tổ chức hội nghị tổng kết năm 2016. Hội nghị tiến hành bầu Khối trưởng và Khối phó, theo "
            "đó HABECO được bầu làm Khối trưởng trong năm 2017.")
    assert roles(r) == {"next_chair": "HABECO"}


def test_a_count_in_words_of_the_member_units(rec):
    r = rec("Chiều 26/12/2016, Khối thi đua Kinh tế tổ chức hội nghị ký kết giao ước thi đua năm 2017. Năm 2017, mười một đơn vị "
            "thành viên trong Khối phát động phong trào thi đua.")
    assert r["cluster"]["member_count"] == 11
    # ("năm" is as often the year: no count)
    r = rec("Chiều 26/12/2016, Khối thi đua Kinh tế tổ chức hội nghị ký kết giao ước thi đua năm 2017. Mỗi năm đơn vị thành viên "
            "đều ký giao ước.")
    assert r["cluster"]["member_count"] is None


def test_the_honorific_before_a_cluster_role_written_before_the_name(rec):
    r = rec("Chiều 26/11/2015, Khối thi đua Văn hóa xã hội tỉnh tổ chức hội nghị tổng kết năm 2015. Đồng chí Khối trưởng Lê Thị Mai, "
            "Giám đốc Sở Y tế chủ trì hội nghị.")
    assert [(p["name"], p["honorific"], p["title"]) for p in r["people"]] == [("Lê Thị Mai", "đồng chí", "Khối trưởng")]


def test_the_headline_written_again_above_the_lead_does_not_state_the_meeting(rec):
    r = rec("KHỐI THI ĐUA 7 TỔ CHỨC KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2018.\n\nTin Thi đua Khen thưởng\n\nKHỐI THI ĐUA 7 TỔ CHỨC KÝ KẾT GIAO "
            "ƯỚC THI ĐUA NĂM 2018.\n\nVừa qua, Khối thi đua 7 (Khối các sở, ngành) gồm 9 đơn vị đã tổ chức Hội nghị ký kết giao ước "
            "thi đua năm 2018.")
    assert r["cluster"]["name"] == "Khối thi đua 7"
    assert r["cluster"]["member_count"] == 9


def test_the_prison_police_departments_official_name_holds_its_commas(rec):
    r = rec("Ngày 20/12/2019, Cụm thi đua số 5 Bộ Công an tổ chức hội nghị tổng kết năm 2019. Hội nghị thống nhất bầu Cục Cảnh sát "
            "quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng làm Cụm trưởng năm 2020.")
    assert roles(r) == {"next_chair": "Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng"}


def test_the_meeting_of_one_bodys_units_in_several_provinces_has_no_province(rec):
    r = rec("Sáng 27/11/2020, Ban Tổ chức Tỉnh ủy Gia Lai (Cụm trưởng Cụm thi đua số III) phối hợp với Ban Tổ chức các tỉnh ủy, thành "
            "ủy khu vực miền Trung tổ chức tổng kết công tác thi đua Cụm thi đua số III tại thành phố Pleiku, tỉnh Gia Lai.")
    assert r["meeting"]["province"] is None
    r = rec("Sáng 4/12/2020, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2020 tại tỉnh Tây Ninh với sự tham dự của 11 đơn vị thuộc "
            "Ban Tổ chức Tỉnh uỷ, Thành uỷ thành viên của Cụm.")
    assert r["meeting"]["province"] is None
    # (the units of one province's districts still have it)
    r = rec("Sáng 4/12/2020, Cụm thi đua số 4 gồm Công an các huyện Tân Biên, Tân Châu tổ chức hội nghị tổng kết năm 2020 tại tỉnh Tây "
            "Ninh.")
    assert r["meeting"]["province"] == "Tây Ninh"


def test_tai_before_a_document_names_no_venue(rec):
    r = rec("Ngày 5/3/2017, Cụm thi đua số 1 tổ chức hội nghị ký kết giao ước thi đua năm 2017. Các đơn vị cần thực hiện các yêu cầu "
            "tại giao ước thi đua trong thời gian tới.")
    assert r["meeting"]["venue"] is None
    r = rec("Ngày 5/3/2017, Cụm thi đua số 1 tổ chức hội nghị ký kết giao ước thi đua năm 2017 theo nội dung tại Kế hoạch số 12/KH-UBND.")
    assert r["meeting"]["venue"] is None


def test_cluster_names_with_kinds_listed_bare_under_a_party_committee_or_before_a_preposition(rec):
    r = rec("Chiều ngày 19/01/2024, Khối thi đua phòng, ban, đơn vị trực thuộc Sở Tư pháp tỉnh tổ chức họp tổng kết năm 2023.")
    assert r["cluster"]["name"] == "Khối thi đua phòng, ban, đơn vị trực thuộc Sở Tư pháp"
    r = rec("Chiều 8/1/2018, Cụm thi đua II - Các cơ quan ban Đảng trực thuộc Thành ủy gồm: Ban Tuyên giáo, Ban Tổ chức, Ban Dân vận "
            "tổ chức hội nghị tổng kết năm 2017.")
    assert r["cluster"]["name"] == "Cụm thi đua II - Các cơ quan ban Đảng trực thuộc Thành ủy"
    r = rec("Sáng ngày 11/3/2022, Khối thi đua các Ban Đảng của tỉnh đã tổ chức Hội nghị triển khai công tác thi đua năm 2022.")
    assert r["cluster"]["name"] == "Khối thi đua các Ban Đảng"


def test_the_first_of_the_cluster_named_as_such_and_a_recipient_before_a_second_act(rec):
    r = rec("Chiều 8/1/2018, Cụm thi đua I tổ chức hội nghị tổng kết năm 2017. Hội nghị đã thống nhất bình xét Ban Dân vận là đơn "
            "vị nhất Cụm thi đua năm 2017.")
    assert r["rankings"] == [{"rank": 1, "organization": "Ban Dân vận"}]
    r = rec(REVIEW_2024 + "Các thành viên thống nhất đề nghị Chủ tịch UBND tỉnh tặng Cờ thi đua cho Thanh tra Sở Nội vụ và bầu "
            "Trung tâm Lưu trữ làm Khối trưởng năm 2025.")
    assert [a["recipient"] for a in r["awards"]] == ["Thanh tra Sở Nội vụ"]
    assert roles(r) == {"next_chair": "Trung tâm Lưu trữ"}


def test_a_members_list_in_counted_groups_after_semicolons_and_cung_voi(rec):
    r = rec("Ngày 25/9/2018, khối thi đua các doanh nghiệp tỉnh Gia Lai đã ký kết giao ước thi đua. Khối bao gồm 9 đơn vị, trong đó có "
            "3 công ty cao su là Cao su Ia Grai (khối trưởng), Cao su Chư Păh và Cao su Chư Sê; 2 đơn vị thuộc Binh đoàn 15 là Công ty "
            "Xây dựng 1 và Công ty Xây dựng 2; có 2 công ty cà phê là Công ty cà phê Ia Sao, Công ty cà phê Ia Blang cùng với Công ty "
            "Giống cây trồng Gia Lai và Công ty Hưng Phát.")
    assert r["cluster"]["members"] == ["Cao su Ia Grai", "Cao su Chư Păh", "Cao su Chư Sê", "Công ty Xây dựng 1", "Công ty Xây dựng 2",
                                       "Công ty cà phê Ia Sao", "Công ty cà phê Ia Blang", "Công ty Giống cây trồng Gia Lai",
                                       "Công ty Hưng Phát"]
    assert roles(r) == {"chair": "Cao su Ia Grai"}


def test_ties_in_a_ranking(rec):
    assert ranks(rec(REVIEW_2024 + "Theo kết quả chấm điểm, Sở Tư pháp được suy tôn dẫn đầu Cụm; Sở Y tế đứng thứ hai; Sở Nội vụ và "
                                   "Sở Xây dựng đồng hạng ba.")) == [(1, "Sở Tư pháp"), (2, "Sở Y tế"), (3, "Sở Nội vụ"), (3, "Sở Xây dựng")]
    assert ranks(rec(REVIEW_2024 + "Qua bình xét, Cụm suy tôn Sở Tư pháp đứng đầu Cụm; đồng hạng nhì là Sở Y tế và Sở Nội vụ.")) == \
        [(1, "Sở Tư pháp"), (2, "Sở Y tế"), (2, "Sở Nội vụ")]
    assert ranks(rec(REVIEW_2024 + "Kết quả bình xét, Sở Tư pháp và Sở Y tế đồng xếp thứ nhất.")) == [(1, "Sở Tư pháp"), (1, "Sở Y tế")]
    assert ranks(rec(REVIEW_2024 + "Qua bình xét, Sở Tư pháp dẫn đầu Cụm; Sở Y tế và Sở Nội vụ xếp đồng hạng nhì.")) == \
        [(1, "Sở Tư pháp"), (2, "Sở Y tế"), (2, "Sở Nội vụ")]
    assert ranks(rec(REVIEW_2024 + "Sở Tư pháp và Sở Y tế cùng được các thành viên bình chọn đứng đầu Cụm.")) == \
        [(1, "Sở Tư pháp"), (1, "Sở Y tế")]
    # (a unit with a clause of its own before the tie is not in it)
    assert ranks(rec(REVIEW_2024 + "Sở Tư pháp được các đơn vị bình chọn dẫn đầu, Sở Y tế và Sở Nội vụ đồng hạng nhì.")) == \
        [(1, "Sở Tư pháp"), (2, "Sở Y tế"), (2, "Sở Nội vụ")]


def test_more_forms_of_a_rank(rec):
    assert ranks(rec(REVIEW_2024 + "Vị trí nhất thuộc về Sở Tư pháp; xếp thứ hai là Sở Y tế và Sở Nội vụ.")) == \
        [(1, "Sở Tư pháp"), (2, "Sở Y tế"), (2, "Sở Nội vụ")]
    assert ranks(rec(REVIEW_2024 + "Hội nghị bình xét: Sở Tư pháp xếp thứ nhất; xếp thứ hai, thứ ba lần lượt là Sở Y tế, Sở Nội vụ.")) == \
        [(1, "Sở Tư pháp"), (2, "Sở Y tế"), (3, "Sở Nội vụ")]
    assert ranks(rec(REVIEW_2024 + "Theo đó, Sở Tư pháp tạm xếp thứ nhất, Sở Y tế xếp thứ hai.")) == [(1, "Sở Tư pháp"), (2, "Sở Y tế")]
    assert ranks(rec(REVIEW_2024 + "Kết quả bỏ phiếu, Sở Tư pháp được suy tôn là lá cờ đầu của Cụm năm 2024.")) == [(1, "Sở Tư pháp")]


def test_recipients_pointed_back_to_and_a_person_last_among_them(rec):
    r = rec(REVIEW_2024 + "Hội nghị thống nhất suy tôn Sở Tư pháp là đơn vị dẫn đầu Cụm, đề nghị Chủ tịch UBND tỉnh tặng Cờ thi đua "
            "của UBND tỉnh cho đơn vị này.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("Sở Tư pháp", "Cờ thi đua của UBND tỉnh")]
    r = rec(REVIEW_2024 + "Hội nghị thống nhất đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho xã Tả Phìn, xã Lũng Táo và ông Vàng "
            "Seo Chứ.")
    assert [a["recipient"] for a in r["awards"]] == ["xã Tả Phìn", "xã Lũng Táo", "Vàng Seo Chứ"]


def test_a_list_of_bare_names_closes_on_its_last_pair_before_a_lower_case_clause(rec):
    r = rec("Ngày 2/12/2025, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2025. Cụm gồm 5 xã: Tả Phìn, Lũng Táo, Phố Cáo, Sủng Là "
            "và Lũng Phìn, trước ngày 1/7/2025 thuộc huyện Đồng Văn.")
    assert r["cluster"]["members"] == ["Tả Phìn", "Lũng Táo", "Phố Cáo", "Sủng Là", "Lũng Phìn"]


def test_a_verb_of_taking_the_role_on_after_the_unit_chosen(rec):
    r = rec(REVIEW_2024 + "Hội nghị thống nhất để Công ty Điện lực Hà Tĩnh đảm nhận vai trò Cụm trưởng năm 2025.")
    assert roles(r) == {"next_chair": "Công ty Điện lực Hà Tĩnh"}


def test_a_byline_with_its_unit_in_brackets_under_the_headline(rec):
    r = rec("Cổng thông tin điện tử huyện Bảo Lâm\n\nCụm thi đua số 1 sơ kết 6 tháng đầu năm 2024\n\nNông Thu Hà (Trung tâm "
            "VH-TT&TT huyện)\n\nSáng 9/7/2024, tại thị trấn Pác Miầu, Cụm thi đua số 1 tổ chức hội nghị sơ kết công tác thi đua 6 tháng "
            "đầu năm 2024.")
    assert r["author"] == "Nông Thu Hà"
    assert [(p["name"], p["title"]) for p in r["people"] if "author" in p["roles"]] == [("Nông Thu Hà", "Trung tâm VH-TT&TT huyện")]


def test_people_among_an_awards_recipients(rec):
    r = rec(REVIEW_2024 + "Cụm đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Y tế, bà Trần Thị Mai và ông Lê Quốc Hùng.")
    assert [a["recipient"] for a in r["awards"]] == ["Sở Y tế", "Trần Thị Mai", "Lê Quốc Hùng"]
    r = rec(REVIEW_2024 + "Tại hội nghị, ông Hồ Văn Đức đã trao Bằng khen của Thủ tướng Chính phủ cho ông Lê Văn Tiến, Giám đốc Công ty "
            "Xăng dầu Hà Tĩnh, vì đã có thành tích xuất sắc.")
    assert [(a["recipient"], a["status"]) for a in r["awards"]] == [("Lê Văn Tiến", "conferred")]


def test_the_next_clauses_units_with_an_award_of_their_own_are_not_this_awards(rec):
    r = rec(REVIEW_2024 + "Hội nghị thống nhất đề nghị tặng Cờ thi đua của Bộ Công Thương cho Trường Cao đẳng A; Trường Cao đẳng B và "
            "Trường Cao đẳng C được đề nghị tặng Bằng khen của Bộ trưởng.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [
        ("Trường Cao đẳng A", "Cờ thi đua của Bộ Công Thương"), ("Trường Cao đẳng B", "Bằng khen của Bộ trưởng"),
        ("Trường Cao đẳng C", "Bằng khen của Bộ trưởng")]


def test_a_tie_led_in_by_a_phrase_holding_a_heads_letters(rec):
    assert ranks(rec(REVIEW_2024 + "Trên cơ sở kết quả chấm điểm chéo, Sở Tư pháp và Sở Y tế cùng được các thành viên bình chọn đứng đầu "
                                   "Cụm.")) == [(1, "Sở Tư pháp"), (1, "Sở Y tế")]


def test_a_venues_role_note_after_an_en_dash(rec):
    r = rec("Ngày 08/7/2016, tại Bệnh viện Đa khoa tỉnh – Đơn vị trưởng khối - Khối thi đua các Bệnh viện tỉnh đã tổ chức Hội nghị sơ "
            "kết 6 tháng đầu năm 2016.")
    assert r["meeting"]["venue"] == "Bệnh viện Đa khoa tỉnh"
    assert roles(r) == {"chair": "Bệnh viện Đa khoa tỉnh"}


def test_a_meeting_that_adopts_the_covenants_content_is_a_covenant_meeting(rec):
    r = rec("Hội nghị đã thông qua nội dung giao ước thực hiện phong trào thi đua “Vì ANTQ” năm 2013 của Cụm thi đua số 3 với những nội "
            "dung trọng tâm.")
    assert r["meeting"]["kind"] == "giao_uoc"
    assert r["meeting"]["period"] == {"year": 2013, "span": "year"}
    # (a review that adopts it stays a review)
    r = rec("Ngày 20/12/2012, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2012. Hội nghị đã thông qua nội dung giao ước năm 2013.")
    assert r["meeting"]["kind"] == "tong_ket"


def test_the_words_leading_to_a_role_and_a_verb_of_agreement_end_what_comes_before(rec):
    r = rec("Sáng 14/12/2024, Cụm thi đua số 01 tổ chức hội nghị với sự chủ trì của Liên đoàn Lao động huyện Tuy Phong - đơn vị làm "
            "Cụm trưởng.")
    assert roles(r) == {"chair": "Liên đoàn Lao động huyện Tuy Phong"}
    r = rec("Ngày 5/3/2024, Cụm thi đua số 10 tổ chức lễ ký kết giao ước thi đua năm 2024. Phát biểu tại lễ ký kết, trung tá Lê Văn "
            "Tú – Phó Chỉ huy trưởng – Tham mưu trưởng nhất trí cao với nội dung của cụm đề ra.")
    assert [p["title"] for p in r["people"]] == ["Phó Chỉ huy trưởng - Tham mưu trưởng"]


def test_a_place_named_with_ba_is_no_person(rec):
    r = rec("Ngày 5/3/2024, Cụm thi đua số 1 tổ chức hội nghị tổng kết năm 2023. Tại hội nghị, các đơn vị trao đổi kinh nghiệm với "
            "LĐLĐ huyện Côn Đảo, tỉnh Bà Rịa Vũng tàu.")
    assert r["people"] == []


def test_ranks_as_labels_after_a_colon_and_bare_classes_in_brackets(rec):
    assert ranks(rec(REVIEW_2024 + "Qua bình xét, hội nghị thống nhất xếp thứ nhất: Sở Tư pháp; thứ nhì: Sở Y tế; thứ ba: Sở Nội vụ.")) == \
        [(1, "Sở Tư pháp"), (2, "Sở Y tế"), (3, "Sở Nội vụ")]
    assert ranks(rec(REVIEW_2024 + "Cụm đã bình xét, suy tôn 3 đơn vị xuất sắc: Sở Tư pháp (nhất), Sở Y tế (nhì), Sở Nội vụ (ba).")) == \
        [(1, "Sở Tư pháp"), (2, "Sở Y tế"), (3, "Sở Nội vụ")]
    # (a bare class in brackets ranks only in a sentence that ranks)
    assert ranks(rec(REVIEW_2024 + "Đoàn của Sở Y tế (nhất) tham gia hội thao.")) == []


def test_a_related_articles_heading_the_line_classifier_missed(rec):
    r = rec(REVIEW_2024 + "Các đơn vị đã ký kết giao ước thi đua năm 2025.\n\nTin cùng loại\n- Cụm thi đua số 4 giao ban quý IV/2023, "
            "Sở Công Thương dẫn đầu (28/12/2023)\n- Cụm thi đua số 1 tổ chức giao ban quý I/2024 tại thị xã An Nhơn (08/04/2024)")
    assert r["rankings"] == []


BODY = ("Khối thi đua các cơ quan nội chính sơ kết 9 tháng\n\n{meta}\n\nChiều 03/10/2025, Khối thi đua các cơ quan nội chính tỉnh "
        "tổ chức hội nghị sơ kết 9 tháng đầu năm 2025 tại trụ sở Công an tỉnh. Khối gồm 4 cơ quan: Công an tỉnh, Tòa án nhân dân "
        "tỉnh, Thanh tra tỉnh và Thi hành án dân sự tỉnh.\n\nMINH TUẤN\n\n{foot}")


def test_page_meta_and_footer_lines(rec):
    r = rec(BODY.format(meta="Ngày đăng: 04/10/2025 | Người đăng: Quản trị viên | Lượt xem: 97", foot=""))
    assert r["published"] == "2025-10-04"
    assert r["cluster"]["members"] == ["Công an tỉnh", "Tòa án nhân dân tỉnh", "Thanh tra tỉnh", "Thi hành án dân sự tỉnh"]
    # (the site's footer under the byline leaves it the last line of the article)
    r = rec(BODY.format(meta="", foot="Tổng Biên tập: Nguyễn Thị Thanh Hương\nGiấy phép hoạt động số 102/GP-BVHTTDL."))
    assert r["author"] == "MINH TUẤN"
    # (a weekday opening the page's date line is no author)
    r = rec("Thứ Bảy, ngày 20 tháng 12 năm 2025 - 06:15\n\n" + BODY.format(meta="", foot="").replace("\n\nMINH TUẤN", ""))
    assert r["author"] is None


def test_a_later_mention_adding_a_second_position_after_a_comma_is_the_fuller_title(rec):
    r = rec("Chiều ngày 19/01/2024, Khối thi đua số 3 tổ chức họp tổng kết năm 2023. Tham dự có ông Lê Văn Luật, Phó Giám đốc Sở Nội "
            "vụ. Phát biểu tại cuộc họp, ông Lê Văn Luật - Phó Giám đốc Sở Nội vụ, Phó Chủ tịch Hội đồng Thi đua, khen thưởng Sở Nội "
            "vụ đã ghi nhận thành tích của Khối.")
    assert [p["title"] for p in r["people"]] == ["Phó Giám đốc Sở Nội vụ, Phó Chủ tịch Hội đồng Thi đua, khen thưởng Sở Nội vụ"]


def test_attendance_told_as_presence_and_titles_before_a_verb_of_coming(rec):
    r = rec("Ngày 24/10/2017, Cụm thi đua số 4 tổ chức Hội nghị ký giao ước thi đua năm học 2017-2018 tại Phòng Truyền thống 1, "
            "Trường Đại học Tây Đô. Hội nghị có sự tham dự các thành viên trong Cụm bao gồm: ông Lê Văn Vinh - Chủ tịch Công đoàn "
            "ngành Giáo dục; bà Trần Thị Trúc - Phó Chủ tịch Công đoàn Trường Cao đẳng Cần Thơ.")
    assert [p["roles"] for p in r["people"]] == [["attended"], ["attended"]]
    assert r["meeting"]["venue"] == "Phòng Truyền thống 1, Trường Đại học Tây Đô"
    r = rec("Ngày 19/3/2021, Khối thi đua các Hội có tính chất đặc thù số 1 tổ chức lễ ký kết giao ước thi đua năm 2021. Hội nghị đón "
            "tiếp đồng chí Lê Thị Dung, Phó Trưởng Ban Thi đua khen thưởng thành phố đến tham dự.")
    assert r["cluster"]["name"] == "Khối thi đua các Hội có tính chất đặc thù số 1"
    assert [p["title"] for p in r["people"]] == ["Phó Trưởng Ban Thi đua khen thưởng thành phố"]


def test_a_units_acronym_written_straight_after_the_bylines_name(rec):
    r = rec("Cụm thi đua số 2 tổng kết năm 2024\n\nNgày 20/12/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2024 tại Đà Lạt.\n\n"
            "Hoàng Yến TIPC Lâm Đồng")
    assert r["author"] == "Hoàng Yến"


def test_people_named_again_in_short_and_an_official_name_in_a_role_holders_title(rec):
    r = rec("Ngày 10/7/2024, Cụm thi đua số 5 tổ chức sơ kết 6 tháng đầu năm 2024. Dự có bà Trần Thị Hoài Thu, Giám đốc Sở Nội vụ; "
            "bà Lò Thị Duyên, Phó Chủ tịch LĐLĐ tỉnh. Phát biểu tại hội nghị, bà Hoài Thu ghi nhận kết quả của Cụm. Bà Duyên đề nghị "
            "các đơn vị tiếp tục đổi mới.")
    assert [(p["name"], p["roles"]) for p in r["people"]] == [("Trần Thị Hoài Thu", ["attended", "spoke"]),
                                                             ("Lò Thị Duyên", ["attended", "spoke"])]
    r = rec(REVIEW_2024 + "Đồng chủ trì hội nghị là bà Ngô Thị Lan, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch (đơn vị Cụm phó).")
    assert r["cluster"]["vice_chair"] == {"organization": "Sở Văn hóa, Thể thao và Du lịch", "person": "Ngô Thị Lan"}


def test_member_notes_and_a_schools_level_before_the_provinces_suffix(rec):
    r = rec(REVIEW_2024 + "Cùng dự có lãnh đạo Bộ Chỉ huy BĐBP các tỉnh: Lạng Sơn, Cao Bằng, Hà Giang, Lào Cai - các đơn vị thành viên "
            "của Cụm.")
    assert r["cluster"]["members"] == ["Lạng Sơn", "Cao Bằng", "Hà Giang", "Lào Cai"]
    r = rec("Ngày 10/1/2024, Khối thi đua các trường cao đẳng, trung cấp tỉnh tổ chức hội nghị tổng kết năm 2023.")
    assert r["cluster"]["name"] == "Khối thi đua các trường cao đẳng, trung cấp"
    r = rec(REVIEW_2024 + "Đồng chí Lý Văn Toàn, Chủ tịch UBND thị trấn Bản Thác ký giao ước thi đua năm 2025.")
    assert [p["title"] for p in r["people"]] == ["Chủ tịch UBND thị trấn Bản Thác"]


def test_names_of_one_word_with_an_apostrophe_ethnic_family_names_and_xep_before_a_unit(rec):
    r = rec(REVIEW_2024 + "Chủ trì buổi lễ là ông K'Bình, Giám đốc Sở Tài chính.")
    assert [(p["name"], p["honorific"], p["title"]) for p in r["people"]] == [("K'Bình", "ông", "Giám đốc Sở Tài chính")]
    r = rec(REVIEW_2024 + "Tham dự hội nghị có đồng chí Lường Văn Chung, Phó Chủ tịch HĐND tỉnh; Cầm Thị Ngọc, Trưởng Ban Dân vận Tỉnh ủy.")
    assert [p["name"] for p in r["people"]] == ["Lường Văn Chung", "Cầm Thị Ngọc"]
    assert ranks(rec(REVIEW_2024 + "Hội nghị đã bình xét, xếp Trường THPT Ngô Thì Sĩ đứng thứ nhất, Trường THPT Cồn Thoi đứng thứ hai trong "
                                   "Cụm.")) == [(1, "Trường THPT Ngô Thì Sĩ"), (2, "Trường THPT Cồn Thoi")]


def test_the_first_rank_after_its_unit_with_no_verb_where_units_are_chosen(rec):
    assert ranks(rec(REVIEW_2024 + "Hội nghị đã bình xét, suy tôn Sở Tư pháp hạng nhất, Sở Y tế hạng nhì, Sở Nội vụ hạng ba.")) == \
        [(1, "Sở Tư pháp"), (2, "Sở Y tế"), (3, "Sở Nội vụ")]
    # (not a team's place, where no unit is chosen)
    assert ranks(rec(REVIEW_2024 + "Đội bóng của Sở Y tế hạng nhất, Sở Tư pháp hạng nhì.")) == []

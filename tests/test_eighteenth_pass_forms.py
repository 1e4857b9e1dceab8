"""Forms of the eighteenth pass, each on an invented example."""

LEAD = "Ngày 5/12/2022, Khối thi đua các hội đặc thù tỉnh Lâm Sơn tổ chức hội nghị tổng kết công tác thi đua năm 2022. "


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def test_an_award_for_a_span_of_years_before_its_recipient(rec):
    r = rec(LEAD + "Hội nghị đã bỏ phiếu tín nhiệm, suy tôn đề nghị UBND tỉnh xét tặng Cờ Thi đua xuất sắc giai đoạn 2018 – 2022 cho "
            "Hội Chữ thập đỏ tỉnh. Hội nghị kết thúc lúc 11 giờ.")
    assert _awards(r) == [("Hội Chữ thập đỏ tỉnh", "Cờ Thi đua xuất sắc", "proposed")]


def test_the_rotating_flag_handed_to_the_new_holder_of_the_role(rec):
    end = " Hội nghị kết thúc lúc 11 giờ."
    r = rec(LEAD + "Sở Xây dựng trao Cờ luân lưu cho khối trưởng mới là Sở Tài chính." + end)
    assert _awards(r) == [("Sở Tài chính", "Cờ luân lưu", "conferred")]
    r = rec(LEAD + "Sở Xây dựng trao Cờ luân lưu cho Khối trưởng mới Trung tâm Lưu trữ tỉnh." + end)
    assert _awards(r) == [("Trung tâm Lưu trữ tỉnh", "Cờ luân lưu", "conferred")]
    # (the role alone names no recipient)
    assert rec(LEAD + "Sở Xây dựng trao Cờ luân lưu cho khối trưởng năm 2023." + end)["awards"] == []


def test_award_headings_with_their_recipients_on_the_same_line(rec):
    r = rec(LEAD + "\nCác đơn vị tiến hành bỏ phiếu bình xét, kết quả như sau:\n"
            "Cờ thi đua của Ủy ban nhân dân tỉnh: Hội Chữ thập đỏ tỉnh\n"
            "Bằng khen của Ủy ban nhân dân tỉnh: Hội Đông y tỉnh, Hội Người mù tỉnh\n"
            "Hội nghị kết thúc lúc 11 giờ.")
    assert _awards(r) == [("Hội Chữ thập đỏ tỉnh", "Cờ thi đua của Ủy ban nhân dân tỉnh", "proposed"),
                          ("Hội Đông y tỉnh", "Bằng khen của Ủy ban nhân dân tỉnh", "proposed"),
                          ("Hội Người mù tỉnh", "Bằng khen của Ủy ban nhân dân tỉnh", "proposed")]
    # (criteria of an award under its name are no recipients)
    r = rec(LEAD + "\nTiêu chuẩn xét tặng Cờ thi đua: Hoàn thành xuất sắc nhiệm vụ\nHội nghị kết thúc lúc 11 giờ.")
    assert r["awards"] == []


def test_a_headline_without_meeting_words_over_the_caption_of_the_meeting(rec):
    r = rec("Nâng cao chất lượng đào tạo cán bộ cơ sở\nToàn cảnh Hội nghị tổng kết Cụm thi đua số 2\n\n"
            "Năm 2022, các đơn vị trong Cụm đã mở 120 lớp bồi dưỡng. Tại hội nghị, các đơn vị đã ký giao ước thi đua năm 2023.")
    assert r["title"] == "Nâng cao chất lượng đào tạo cán bộ cơ sở"
    # (a caption of something else gives the line above it no headline)
    r = rec("Nâng cao chất lượng đào tạo cán bộ cơ sở\nToàn cảnh lớp học tại trường\n\n"
            "Năm 2022, các đơn vị trong Cụm đã mở 120 lớp bồi dưỡng.")
    assert r["title"] is None


def test_a_headline_that_opens_with_a_unit_above_a_bare_label_and_a_tagged_lead(rec):
    r = rec("MTTQ tỉnh Lâm Sơn nâng cao chất lượng, hiệu quả hoạt động\nTác giả\n"
            "(Mặt trận) - Chiều ngày 3/8/2023, Cụm thi đua Mặt trận các huyện tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.")
    assert r["title"] == "MTTQ tỉnh Lâm Sơn nâng cao chất lượng, hiệu quả hoạt động"
    # (a unit's name alone above the lead is the site's name)
    r = rec("Sở Nội vụ tỉnh Lâm Sơn\n"
            "(Mặt trận) - Chiều ngày 3/8/2023, Cụm thi đua Mặt trận các huyện tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.")
    assert r["title"] is None


def test_two_units_joined_by_and_inside_a_list_that_goes_on(rec):
    lead = "Ngày 5/3/2024, Khối thi đua các tổ chức chính trị - xã hội tỉnh Lâm Sơn tổ chức hội nghị ký kết giao ước thi đua năm 2024. "
    r = rec(lead + "Khối gồm Hội Nông dân tỉnh, Liên đoàn Lao động tỉnh và Liên hiệp các Hội Khoa học và Kỹ thuật, Hội Liên hiệp Phụ nữ "
            "tỉnh. Hội nghị kết thúc.")
    assert r["cluster"]["members"] == ["Hội Nông dân tỉnh", "Liên đoàn Lao động tỉnh", "Liên hiệp các Hội Khoa học và Kỹ thuật",
                                       "Hội Liên hiệp Phụ nữ tỉnh"]
    # (one office whose name joins two bodies stays one: its first part is no unit closed by its place)
    r = rec(lead + "Khối gồm Sở Nội vụ, Văn phòng Đoàn ĐBQH và HĐND tỉnh, Văn phòng UBND tỉnh. Hội nghị kết thúc.")
    assert r["cluster"]["members"] == ["Sở Nội vụ", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng UBND tỉnh"]


def test_a_federation_is_a_unit_whose_name_holds_and(rec):
    lead = "Ngày 5/3/2024, Cụm thi đua các hội Trung ương tổ chức hội nghị ký kết giao ước thi đua năm 2024. "
    r = rec(lead + "Cụm gồm: Hội Làm vườn Việt Nam, Hội Thủy sản Việt Nam và Liên Đoàn Thương mại và Công nghiệp Việt Nam. Hội nghị kết thúc.")
    assert r["cluster"]["members"] == ["Hội Làm vườn Việt Nam", "Hội Thủy sản Việt Nam", "Liên Đoàn Thương mại và Công nghiệp Việt Nam"]


def test_the_author_under_the_headline_printed_again_with_a_position_line(rec):
    r = rec("HỘI NGHỊ TỔNG KẾT CỤM THI ĐUA SỐ 5 NĂM 2022\n\nHỘI NGHỊ TỔNG KẾT\n\nCỤM THI ĐUA SỐ 5 NĂM 2022\n\nTrần Thị Minh Hoa\n\n"
            "Phó TP. Tổ chức - Hành chính\n\nNgày 12/11/2022, tại Trường Chính trị tỉnh Lâm Sơn, Cụm thi đua số 5 tổ chức hội nghị "
            "tổng kết công tác thi đua năm 2022.")
    assert r["author"] == "Trần Thị Minh Hoa"


def test_associations_counted_in_lower_case(rec):
    r = rec("Ngày 22/11/2019, tại Hòa Bình, Cụm thi đua số 1 gồm 13 hội Luật gia các tỉnh miền núi phía Bắc tổ chức hội nghị tổng "
            "kết năm 2019.")
    assert r["cluster"]["member_count"] == 13
    r = rec("Ngày 22/11/2023, Khối thi đua các tổ chức xã hội tỉnh Lâm Sơn tổ chức hội nghị tổng kết năm 2023. Khối gồm có 16 hội, "
            "đơn vị tham gia.")
    assert r["cluster"]["member_count"] == 16
    # (persons are no members; a capitalised association after a number names the cluster)
    r = rec("Ngày 22/11/2023, Khối thi đua các tổ chức xã hội tỉnh Lâm Sơn tổ chức hội nghị tổng kết năm 2023. Khối có 500 hội viên.")
    assert r["cluster"]["member_count"] is None
    r = rec("Ngày 22/11/2023, Cụm thi đua 3 Hội Chữ thập đỏ thành phố tổ chức hội nghị tổng kết năm 2023.")
    assert (r["cluster"]["number"], r["cluster"]["member_count"]) == (3, None)


def test_the_chair_named_at_its_seat_before_its_role_note(rec):
    r = rec("Sáng 27/3/2024 tại trụ sở của Liên hiệp các Hội Khoa học và Kỹ thuật (trưởng khối năm 2024), Khối thi đua các tổ chức "
            "xã hội tỉnh Lâm Sơn triển khai nhiệm vụ năm 2024.")
    assert r["cluster"]["chair"]["organization"] == "Liên hiệp các Hội Khoa học và Kỹ thuật"


def test_a_long_note_in_brackets_after_the_last_member(rec):
    r = rec("Ngày 5/3/2024, Cụm thi đua số 6 Liên hiệp Hội các tỉnh tổ chức hội nghị tổng kết năm 2023. Cụm gồm các tỉnh: Quảng "
            "Ngãi; Bình Định, Phú Yên; Khánh Hòa; Ninh Thuận và Bình Thuận (Quyết định số 5/QĐ, ngày 13/7/2022, về việc tổ chức "
            "hoạt động của các Cụm thi đua Hội thành viên Liên hiệp Hội Việt Nam) đã góp phần khẳng định vai trò.")
    assert r["cluster"]["members"] == ["Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận"]


def test_a_title_ends_where_the_person_acts_for_another(rec):
    r = rec("Ngày 5/1/2025, Khối thi đua các trường tổ chức hội nghị tổng kết năm 2024. Đồng chí Nguyễn Văn Hà, Phó Giám đốc Sở Nội "
            "vụ, Trưởng Ban Thi đua - Khen thưởng tỉnh thừa ủy quyền của Chủ tịch UBND tỉnh tặng Cờ thi đua cho Trường Văn hóa 3.")
    assert r["people"][0]["title"] == "Phó Giám đốc Sở Nội vụ, Trưởng Ban Thi đua - Khen thưởng tỉnh"


def test_a_unit_ends_before_a_time_said_after_it(rec):
    r = rec("Ngày 5/1/2025, Khối thi đua các trường tổ chức hội nghị tổng kết năm 2024. Với vai trò là Khối trưởng Khối thi đua, "
            "Trường Văn hóa 3 thời gian qua đã tổ chức tốt các hoạt động của Khối.")
    assert r["cluster"]["chair"]["organization"] == "Trường Văn hóa 3"


def test_a_flag_named_by_the_title_it_carries_in_quotes(rec):
    r = rec("Ngày 5/1/2025, Khối thi đua nội chính tổ chức hội nghị tổng kết năm 2024. Hội nghị đã bình xét, đề nghị UBND tỉnh tặng "
            "cờ “Đơn vị dẫn đầu phong trào thi đua” cho Bộ CHQS tỉnh, tặng Bằng khen cho Công an tỉnh. Hội nghị kết thúc.")
    assert _awards(r) == [("Bộ CHQS tỉnh", "cờ “Đơn vị dẫn đầu phong trào thi đua”", "proposed"),
                          ("Công an tỉnh", "Bằng khen", "proposed")]


def test_a_choice_of_units_after_a_comma_opens_an_act_of_its_own(rec):
    r = rec("Ngày 5/2/2016, Khối thi đua IV tổ chức hội nghị tổng kết năm 2015. Hội nghị đã tiến hành tổng kết, đánh giá hoạt động "
            "của các cơ quan trong khối năm 2015, đề ra phương hướng, nhiệm vụ năm 2016, bình chọn 02 đơn vị dẫn đầu để đề nghị UBND "
            "tỉnh tặng Cờ thi đua xuất sắc.")
    assert [(d["kind"], d["text"]) for d in r["decisions"]][:2] == [
        ("tasks", "đề ra phương hướng, nhiệm vụ năm 2016"),
        ("award_proposal", "bình chọn 02 đơn vị dẫn đầu để đề nghị UBND tỉnh tặng Cờ thi đua xuất sắc")]


def test_directions_listed_after_the_results_agreed(rec):
    r = rec("Ngày 26/7/2019, Khối thi đua các tổ chức xã hội tỉnh Lâm Sơn tổ chức hội nghị sơ kết 6 tháng đầu năm 2019. Hội nghị "
            "đã nghe, thảo luận, thống nhất kết quả hoạt động, nhiệm vụ trọng tâm 6 tháng cuối năm.")
    assert [d["kind"] for d in r["decisions"]] == ["approve_report", "tasks"]


def test_the_members_agree_on_the_coming_year(rec):
    r = rec("Ngày 5/3/2024, Khối thi đua các tổ chức chính trị - xã hội tỉnh Lâm Sơn tổ chức hội nghị ký kết giao ước thi đua năm "
            "2024. Qua thảo luận, các thành viên của Khối thi đua đã thống nhất trong năm 2024, phấn đấu thực hiện tốt các chỉ tiêu.")
    assert [d["kind"] for d in r["decisions"]] == ["covenant", "tasks"]


def test_the_pages_labelled_date_with_the_lead_glued_after_it(rec):
    r = rec("Khối thi đua Mặt trận ký kết giao ước thi đua\nĐã đăng vào 22/02/2024 lúc 14:14Sáng 22/2, tại Nha Trang, Khối thi đua "
            "Mặt trận tỉnh tổ chức Hội nghị ký kết giao ước thi đua năm 2024.")
    assert (r["published"], r["meeting"]["date"]) == ("2024-02-22", "2024-02-22")
    assert r["decisions"][0]["text"].startswith("Sáng 22/2")


def test_the_presidium_presides(rec):
    lead = "Ngày 10/1/2023, tại thành phố Cao Lãnh, Cụm thi đua các tỉnh Tây Nam Bộ tổ chức hội nghị tổng kết năm 2022. "
    r = rec(lead + "Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh Đồng Tháp chủ tọa hội nghị.")
    assert r["people"][0]["roles"] == ["presided"]


def test_a_venue_and_its_role_in_a_school_year(rec):
    r = rec("Ngày 20 tháng 8 năm 2022 Hội nghị tổng kết công đoàn Khối thi đua số 6 đã được tổ chức tại Trường Đại học Y Lâm Sơn là đơn "
            "vị Khối trưởng năm học 2021 – 2022.")
    assert (r["meeting"]["venue"], r["cluster"]["chair"]["organization"]) == ("Trường Đại học Y Lâm Sơn", "Trường Đại học Y Lâm Sơn")


def test_units_registered_for_an_award_are_no_count_of_members(rec):
    r = rec("Ngày 5/11/2019, Khu vực thi đua khối cơ quan Tư pháp các tỉnh miền Tây Nam bộ tổ chức hội nghị kiểm tra công tác thi đua "
            "năm 2019. Cụ thể: khối Thi hành án dân sự có 72 đơn vị đăng ký Cờ thi đua Ngành Tư pháp.")
    assert r["cluster"]["member_count"] is None


def test_the_province_of_an_offices_place_and_date_line(rec):
    body = ("Chiều ngày 24/7/2020, Khối thi đua số 2 thuộc UBND tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2020. Hội nghị đã "
            "thống nhất báo cáo sơ kết.\n")
    assert rec(body + "Kiên Giang, ngày 24/7/2020\n")["meeting"]["province"] == "Kiên Giang"
    # (a district's name there places nothing: many provinces have one of that name)
    assert rec(body + "Châu Thành, ngày 24/7/2020\n")["meeting"]["province"] is None
    # (nor does the capital a national bloc signs in)
    r = rec("Ngày 15/12/2023, Khối thi đua các Hội quần chúng do Đảng, Nhà nước giao nhiệm vụ tổ chức hội nghị tổng kết năm 2023.\n"
            "Hà Nội, ngày 16/12/2023\n")
    assert r["meeting"]["province"] is None


def test_the_contents_passed_and_the_registered_targets(rec):
    lead = "Ngày 5/1/2017, Khối thi đua các cơ quan tỉnh Lâm Sơn tổ chức hội nghị tổng kết năm 2016. "
    r = rec(lead + "Các đơn vị thống nhất thông qua nội dung phong trào thi đua năm 2017 và các tiêu chí chấm điểm thi đua.")
    assert [d["kind"] for d in r["decisions"]] == ["approve_report"]
    # (the targets registered at the year's start are what the units did, no act of the meeting)
    r = rec(lead + "Các cơ quan đều hoàn thành xuất sắc nhiệm vụ so với các chỉ tiêu đăng ký thi đua đầu năm.")
    assert r["decisions"] == []


def test_recipients_listed_after_the_colon_of_a_choice(rec):
    r = rec("Ngày 5/12/2024, Cụm thi đua số 3 huyện Lâm Sơn tổ chức hội nghị tổng kết năm 2024. Hội nghị đã bình xét được 02 đơn vị "
            "xuất sắc nhất đề nghị các cấp khen thưởng đó là: UBND xã Tân An được đề nghị cấp trên xem xét nhận cờ thi đua UBND tỉnh, "
            "UBND xã Tân Bình được đề nghị tặng bằng khen UBND tỉnh Lâm Sơn. Hội nghị kết thúc.")
    assert _awards(r) == [("UBND xã Tân An", "cờ thi đua UBND tỉnh", "proposed"),
                          ("UBND xã Tân Bình", "bằng khen UBND tỉnh Lâm Sơn", "proposed")]


def test_a_ministrys_emulation_region_named_with_its_bloc(rec):
    r = rec("Ngày 5/11/2019, Khu vực thi đua khối cơ quan Tư pháp các tỉnh miền Tây Nam bộ tổ chức hội nghị sơ kết công tác thi đua "
            "năm 2019.")
    assert (r["cluster"]["name"], r["cluster"]["kind"]) == ("Khu vực thi đua khối cơ quan Tư pháp các tỉnh miền Tây Nam bộ", "khoi")
    r = rec("Ngày 5/11/2019, tại Trung tâm hội nghị tỉnh, Khu vực thi đua (TĐ) Khối cơ quan tư pháp các tỉnh miền núi phía Bắc tổ chức "
            "hội nghị sơ kết công tác thi đua năm 2019.")
    assert r["cluster"]["name"] == "Khu vực thi đua (TĐ) Khối cơ quan tư pháp các tỉnh miền núi phía Bắc"


def test_a_cluster_of_a_national_body_named_with_the_country_after_it(rec):
    r = rec("Ngày 19/8/2023, Hội nghị tổng kết công tác công đoàn Khối thi đua số 6 – Công đoàn Y tế Việt Nam đã được tổ chức tại "
            "Trường Đại học Y Dược Hải Phòng.")
    assert r["meeting"]["province"] is None
    # (a district's branch of the national body is the district's: its province stands)
    r = rec("Ngày 10/12/2020, tại xã Ea Tul, huyện Cư M'gar, tỉnh Đắk Lắk, Cụm thi đua số 2 MTTQ Việt Nam huyện tổ chức hội nghị "
            "tổng kết năm 2020.")
    assert r["meeting"]["province"] == "Đắk Lắk"


def test_the_presidium_named_after_its_verb_and_a_vice_chairs_rank(rec):
    r = rec("Ngày 10/1/2023, tại thành phố Cao Lãnh, Cụm thi đua các tỉnh Tây Nam Bộ tổ chức hội nghị tổng kết năm 2022. Chủ tọa "
            "hội nghị, có các đồng chí: Nguyễn Văn An, Chủ tịch UBND tỉnh Đồng Tháp, Cụm trưởng Cụm thi đua; Trần Văn Bình, Chủ tịch "
            "UBND tỉnh Sóc Trăng, Cụm phó thứ nhất Cụm thi đua.")
    assert [(p["name"], p["title"], p["roles"]) for p in r["people"]] == [
        ("Nguyễn Văn An", "Chủ tịch UBND tỉnh Đồng Tháp, Cụm trưởng Cụm thi đua", ["presided"]),
        ("Trần Văn Bình", "Chủ tịch UBND tỉnh Sóc Trăng, Cụm phó thứ nhất Cụm thi đua", ["presided"])]
    assert r["cluster"]["vice_chair"]["organization"] == "UBND tỉnh Sóc Trăng"


def test_a_guest_who_came_is_present(rec):
    lead = "Ngày 8/1/2021, tại huyện Tam Nông, Cụm thi đua số 3 tỉnh Lâm Sơn tổ chức hội nghị ký kết giao ước thi đua năm 2021. "
    r = rec(lead + "Ông Phan Văn Hợp - Giám đốc Sở Nội vụ tỉnh Lâm Sơn đã đến dự.")
    assert r["people"][0]["roles"] == ["attended"]


def test_what_a_reporter_assesses_is_the_reports_content(rec):
    r = rec("Ngày 5/1/2023, Cụm thi đua số 6 tổ chức hội nghị tổng kết năm 2022. Báo cáo tại hội nghị, ông Nguyễn Văn Bình, Chủ tịch "
            "Hội Cựu giáo chức tỉnh, Cụm trưởng Cụm thi đua số 6 đánh giá kết quả thi đua sau một năm triển khai nhiệm vụ.")
    assert r["people"][0]["roles"] == ["reported"]


def test_units_counted_with_the_unit_they_share_then_their_places(rec):
    r = rec("Ngày 5/1/2024, Cụm thi đua Hội Nhà báo các tỉnh Trung du tổ chức hội nghị tổng kết năm 2023. Cụm thi đua Hội Nhà báo các "
            "tỉnh Trung du có 4 đơn vị Hội Nhà báo tỉnh: Bắc Ninh, Thái Nguyên, Phú Thọ, Hưng Yên. Hội nghị kết thúc.")
    assert r["cluster"]["members"] == ["Bắc Ninh", "Thái Nguyên", "Phú Thọ", "Hưng Yên"]

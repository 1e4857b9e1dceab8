"""Forms of the seventeenth pass, each on an invented example."""

from tdkt_extract.extractors import place


def test_quoc_gia_capitalised_marks_a_national_unit():
    assert place._national_unit("Học viện Hành chính Quốc gia")
    assert place._national_unit("Nhà xuất bản Chính trị quốc gia")
    assert not place._national_unit("Vườn Quốc gia Cúc Phương")  # a national park lies in a province
    assert not place._national_unit("Báo Lao động")


def test_members_that_are_national_bodies_leave_the_meeting_city_out(rec):
    r = rec("Khối thi đua các cơ quan văn hóa Trung ương tổng kết năm 2023\n\n"
            "Sáng 12/1/2024, tại Hà Nội, Khối thi đua các cơ quan văn hóa Trung ương tổ chức hội nghị tổng kết công tác thi đua năm 2023. "
            "Khối gồm 4 đơn vị: Học viện Âm nhạc Quốc gia, Nhà hát Kịch Việt Nam, Nhà xuất bản Văn hóa Dân tộc và Thư viện Quốc gia.")
    assert r["meeting"]["province"] is None
    # (one province's bodies meeting in its city keep it)
    r = rec("Khối thi đua văn hóa tổng kết năm 2023\n\n"
            "Sáng 12/1/2024, tại thành phố Vinh, Khối thi đua văn hóa tỉnh Nghệ An tổ chức hội nghị tổng kết công tác thi đua năm 2023.")
    assert r["meeting"]["province"] == "Nghệ An"


def test_a_cluster_under_a_national_body_named_with_the_country(rec):
    r = rec("Sơ kết thi đua Khối 4\n\nNgày 10/7/2015, tại thành phố Quy Nhơn đã diễn ra hội nghị sơ kết công tác thi đua Khối 4 "
            "Công đoàn Tổng công ty, TCT trực thuộc Tổng Liên đoàn Lao động Việt Nam.")
    assert r["meeting"]["province"] is None
    # (in apposition after the name, in another mention)
    r = rec("Cụm thi đua số 2 tổng kết năm 2022\n\nNgày 5/1/2023, tại Cần Thơ, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2022. "
            "Hội nghị của cụm thi đua số 2, các đơn vị thuộc Tập đoàn Xăng dầu Việt Nam đã thống nhất kế hoạch năm 2023.")
    assert r["meeting"]["province"] is None
    r = rec("Cụm thi đua số 5 tổng kết năm 2022\n\nChiều 29/12/2022, tại Hà Nội, Cụm thi đua số 5, khối các đơn vị trực thuộc Bộ Nội vụ "
            "tổ chức hội nghị tổng kết công tác thi đua năm 2022.")
    assert r["meeting"]["province"] is None
    # (a national body's branch in a province is that province's)
    r = rec("Khối thi đua số 3 tổng kết năm 2022\n\nNgày 5/1/2023, Khối thi đua số 3, các đơn vị thuộc Ngân hàng Nhà nước Việt Nam "
            "chi nhánh tỉnh Long An tổ chức hội nghị tổng kết năm 2022.")
    assert r["meeting"]["province"] == "Long An"


def test_a_venue_written_after_the_name_is_not_the_names_place(rec):
    r = rec("Cụm thi đua các hội ngành nghề sơ kết 6 tháng\n\nNgày 20/7/2024, các đơn vị thuộc Cụm thi đua các hội ngành nghề tổ chức "
            "hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024 tại Nhà văn hóa TP. Thủ Dầu Một. "
            "Cụm gồm: Hội Nghề cá Việt Nam, Hội Làm vườn Việt Nam, Hiệp hội Chè Việt Nam và Hội Lâm nghiệp Việt Nam.")
    assert r["meeting"]["province"] is None
    # (the province written with the name still places it)
    r = rec("Cụm thi đua số 3 sơ kết 6 tháng\n\nNgày 20/7/2024, Cụm thi đua số 3 tỉnh Bình Dương tổ chức hội nghị sơ kết "
            "công tác thi đua 6 tháng đầu năm 2024 tại Nhà văn hóa TP. Thủ Dầu Một.")
    assert r["meeting"]["province"] == "Bình Dương"


def test_members_naming_two_provinces_are_not_placed_by_the_body_of_the_text(rec):
    r = rec("Cụm thi đua số 4 tổng kết năm học\n\nNgày 20/8/2023, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm học 2022-2023. "
            "Cụm gồm 4 trường: Trường Đại học Kiến trúc TP. Hồ Chí Minh, Trường Đại học Kiến trúc Hà Nội, Trường Đại học Mở "
            "và Học viện Âm nhạc Huế.")
    assert r["meeting"]["province"] is None


def test_a_chairs_city_against_a_venue_of_another_province_places_nothing(rec):
    r = rec("Cụm thi đua số 7 tổng kết năm học\n\nNgày 15/8/2022, Hội nghị tổng kết thi đua năm học 2021-2022 của Cụm thi đua số 7 "
            "diễn ra tại Trường Đại học Quy Nhơn, với sự chủ trì của Trường Đại học Hà Nội - Cụm trưởng Cụm thi đua số 7.")
    assert r["meeting"]["province"] is None
    # (the venue in the chair's province agrees)
    r = rec("Cụm thi đua số 7 tổng kết năm học\n\nNgày 15/8/2022, Hội nghị tổng kết thi đua năm học 2021-2022 của Cụm thi đua số 7 "
            "diễn ra tại Trường Đại học Thủ đô, với sự chủ trì của Trường Đại học Hà Nội - Cụm trưởng Cụm thi đua số 7.")
    assert r["meeting"]["province"] == "Hà Nội"


def test_a_giao_ban_that_checks_a_years_results_is_its_review(rec):
    r = rec("Giao ban Cụm thi đua số 2\n\nNgày 20/11/2023, tại huyện Krông Búk, Cụm thi đua số 2 đã tổ chức hội nghị giao ban, "
            "kiểm tra kết quả thực hiện các phong trào thi đua năm 2023.")
    assert r["meeting"]["kind"] == "tong_ket" and r["meeting"]["period"] == {"year": 2023, "span": "year"}


def test_no_meeting_noun_the_years_emulation_results_or_awards_chosen_give_the_review(rec):
    r = rec("Thi đua ở cụm phía Bắc\n\nThượng tá Lê Văn Minh, Chính ủy Bộ CHQS tỉnh đánh giá cao kết quả thi đua của các đơn vị "
            "cụm thi đua phía Bắc năm 2022. Đồng chí đề nghị các đơn vị tiếp tục đoàn kết.")
    assert r["meeting"]["kind"] == "tong_ket" and r["meeting"]["period"] == {"year": 2022, "span": "year"}
    r = rec("Cụm thi đua số 6 gồm 5 đơn vị: Đồn Biên phòng A, Đồn Biên phòng B, Đồn Biên phòng C, Đồn Biên phòng D và Đồn Biên phòng E.\n\n"
            "Tại hội nghị, các đại biểu đã bỏ phiếu bầu 2 đơn vị dẫn đầu, đề nghị Bộ Tư lệnh tặng cờ thi đua năm 2024 gồm "
            "Đồn Biên phòng A và Đồn Biên phòng C.")
    assert r["meeting"]["kind"] == "tong_ket" and r["meeting"]["period"] == {"year": 2024, "span": "year"}
    # (a year still ahead proposes nothing reviewed: the sentence says it will)
    r = rec("Cụm thi đua số 6 gồm 5 đơn vị: Đồn Biên phòng A, Đồn Biên phòng B, Đồn Biên phòng C, Đồn Biên phòng D và Đồn Biên phòng E.\n\n"
            "Cuối năm, các đơn vị sẽ bỏ phiếu bầu 2 đơn vị dẫn đầu, đề nghị Bộ Tư lệnh tặng cờ thi đua năm 2024.")
    assert r["meeting"]["kind"] != "tong_ket" and r["meeting"]["period"] is None


def test_a_meeting_held_as_hop_is_the_event_of_its_sentence(rec):
    r = rec("Cụm ngành nước tổng kết năm 2015\n\nSáng ngày 04/12/2015, Cụm thi đua các đơn vị ngành nước đã tổ chức họp chấm điểm, "
            "bình xét thi đua năm 2015. Tại cuộc họp bình xét thi đua ngày 04/12/2015, Cụm trưởng đã tổng kết công tác thi đua năm 2015.")
    assert r["meeting"]["date"] == "2015-12-04" and r["meeting"]["time_of_day"] == "sang"


def test_a_middle_name_in_lower_case_in_a_roll(rec):
    r = rec("Cụm thi đua số 4 tổng kết năm 2023\n\nNgày 10/1/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2023. "
            "Tham dự hội nghị có các đồng chí: Trần Văn Lộc - Trưởng Ban Dân tộc, Lê thị Hoa - Phó Chánh Văn phòng UBND tỉnh.")
    people = {p["name"]: p["title"] for p in r["people"]}
    assert people == {"Trần Văn Lộc": "Trưởng Ban Dân tộc", "Lê thị Hoa": "Phó Chánh Văn phòng UBND tỉnh"}


def test_a_bloc_of_several_provinces_keeps_its_provinces_and_cities_in_its_name(rec):
    r = rec("Ký kết giao ước thi đua\n\nNgày 5/3/2019, tại Cần Thơ diễn ra hội nghị ký kết giao ước thi đua năm 2019 "
            "Khối cơ quan thống kê các tỉnh, thành khu vực Tây Nguyên.")
    assert r["cluster"]["name"] == "Khối cơ quan thống kê các tỉnh, thành khu vực Tây Nguyên"
    assert r["meeting"]["province"] is None
    # (no name ends on "các" once a province's suffix is cut, nor loses "các tỉnh")
    r = rec("Ký kết giao ước thi đua\n\nNgày 5/3/2019, tại Cần Thơ diễn ra hội nghị ký kết giao ước thi đua năm 2019 Khối cơ quan thống kê các tỉnh.")
    assert r["cluster"]["name"] == "Khối cơ quan thống kê các tỉnh"


def test_the_centre_abbreviated_with_a_dot_stays_in_a_name(rec):
    r = rec("Tổng kết thi đua\n\nNgày 10/1/2022, Khối thi đua các cơ quan T.Ư đóng trên địa bàn tỉnh tổ chức hội nghị tổng kết công tác "
            "thi đua năm 2021.")
    assert r["cluster"]["name"] == "Khối thi đua các cơ quan T.Ư"


def test_the_head_and_deputy_of_an_emulation_area_are_its_chair_and_vice_chair(rec):
    r = rec("Ký kết giao ước thi đua\n\nNgày 9/3/2020, Khu vực thi đua Khối cơ quan nội vụ các tỉnh miền núi phía Bắc tổ chức hội nghị "
            "ký kết giao ước thi đua. Hội nghị được tổ chức tại Sở Nội vụ tỉnh Hà Giang - đơn vị Phó trưởng Khu vực thi đua. "
            "Ông Lê Văn Hòa - Giám đốc Sở Nội vụ tỉnh Lào Cai, Trưởng khu vực thi đua năm 2020 phát biểu khai mạc.")
    c = r["cluster"]
    assert c["vice_chair"]["organization"] == "Sở Nội vụ tỉnh Hà Giang"
    assert c["chair"] == {"organization": "Sở Nội vụ tỉnh Lào Cai", "person": "Lê Văn Hòa"}
    assert r["meeting"]["venue"] == "Sở Nội vụ tỉnh Hà Giang"


def test_the_date_line_nearest_the_headline_dates_the_page(rec):
    r = rec("CỔNG THÔNG TIN SỞ XÂY DỰNG\nThứ 6, ngày 14/3/2025\n\nTin tức\n\n11/28/2024 9:15:02 AM\n"
            "Tổng kết Cụm thi đua số 4 năm 2024\n"
            "Ngày 27/11/2024, tại Sở Xây dựng tỉnh Nam Định, Cụm thi đua số 4 đã tổ chức hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["published"] == "2024-11-28"


def test_a_header_clock_years_after_the_period_dates_no_page(rec):
    r = rec("Thứ ba,  14/05/2024\n\nCụm thi đua các huyện tổng kết năm 2014\n\n"
            "Ngày 15/1/2015, Cụm thi đua các huyện phía Nam tổ chức hội nghị tổng kết công tác thi đua năm 2014.")
    assert r["published"] is None
    # (a page date of the year after the period stays)
    r = rec("Thứ ba,  20/01/2015\n\nCụm thi đua các huyện tổng kết năm 2014\n\n"
            "Ngày 15/1/2015, Cụm thi đua các huyện phía Nam tổ chức hội nghị tổng kết công tác thi đua năm 2014.")
    assert r["published"] == "2015-01-20"


def test_an_office_of_representation_keeps_its_words_in_a_title(rec):
    r = rec("Cụm thi đua số 4 tổng kết năm 2023\n\nNgày 10/1/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2023. "
            "Tham dự hội nghị có đồng chí Lê Văn Tâm - Phó Vụ trưởng Cơ quan đại diện phía Nam, Bộ Nội vụ.")
    assert r["people"][0]["title"] == "Phó Vụ trưởng Cơ quan đại diện phía Nam, Bộ Nội vụ"


def test_presided_by_the_representatives_of_the_chair_and_vice_chair(rec):
    r = rec("Cụm thi đua số 3 ký kết giao ước\n\nNgày 6/3/2016, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2016. "
            "Dưới sự chủ trì của đại diện Cụm trưởng - Ông Lê Văn Bình - Phó Giám đốc Sở Tư pháp tỉnh Hậu Giang và đại diện Cụm phó - "
            "Ông Trần Minh Đức, Phó Giám đốc Sở Tư pháp tỉnh Cà Mau, các đơn vị đã thống nhất nội dung giao ước.")
    roles = {p["name"]: p["roles"] for p in r["people"]}
    assert roles == {"Lê Văn Bình": ["presided"], "Trần Minh Đức": ["presided"]}


def test_a_venue_ends_before_a_passive(rec):
    r = rec("Cụm thi đua số 3 ký kết giao ước\n\nNgày 6/3/2016, hội nghị ký kết giao ước thi đua năm 2016 của Cụm thi đua số 3 "
            "tại Hội trường Sở Tư pháp được tổ chức trang trọng.")
    assert r["meeting"]["venue"] == "Hội trường Sở Tư pháp"


def test_one_kind_of_unit_in_several_provinces_listed_by_the_provinces(rec):
    lead = "Ngày 12/3/2019, tại Sở Tư pháp tỉnh Hà Nam, Cụm thi đua số 2 đã tổ chức hội nghị ký kết giao ước thi đua năm 2019. "
    r = rec(lead + "Cụm thi đua số 2 gồm các Sở Tư pháp tỉnh Hà Nam, Nam Định, Ninh Bình và Thái Bình.")
    assert r["cluster"]["members"] == ["Hà Nam", "Nam Định", "Ninh Bình", "Thái Bình"]
    assert r["meeting"]["province"] is None
    r = rec(lead + "Dự hội nghị có lãnh đạo của 04 Kho bạc tỉnh thuộc Cụm thi đua số 2 gồm các Kho bạc tỉnh Hà Nam, Nam Định, Ninh Bình, Thái Bình.")
    assert r["cluster"]["members"] == ["Hà Nam", "Nam Định", "Ninh Bình", "Thái Bình"]
    assert r["cluster"]["member_count"] == 4
    # (a list of one province's units keeps each whole)
    r = rec(lead + "Cụm thi đua số 2 gồm các Sở Tư pháp, Sở Nội vụ, Sở Y tế và Sở Xây dựng.")
    assert r["cluster"]["members"] == ["Sở Tư pháp", "Sở Nội vụ", "Sở Y tế", "Sở Xây dựng"]


def test_the_bare_class_after_a_unit_ranks_it_in_the_cluster(rec):
    r = rec("Cụm thi đua số 4 tổng kết\n\nNgày 13-10-2020, Cụm thi đua số 4 tổng kết công tác thi đua năm 2020. Tại hội nghị, các đơn vị "
            "trong cụm đã bình bầu Ban CHQS huyện Ninh Sơn nhất cụm thi đua.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Ban CHQS huyện Ninh Sơn")]
    # (the highest of something else is no class: "số lượt tham gia nhiều nhất cụm")
    r = rec("Cụm thi đua số 4 tổng kết\n\nNgày 13-10-2020, Cụm thi đua số 4 tổng kết công tác thi đua năm 2020. Tại hội nghị, Ban CHQS "
            "huyện Ninh Sơn có số lượt tham gia hội thao nhiều nhất cụm.")
    assert r["rankings"] == []


def test_a_role_of_the_launched_year_assigned_by_an_earlier_decision_is_held_now(rec):
    lead = ("Cụm thi đua số 9 ký giao ước thi đua năm 2026\n\nNgày 20/1/2026, Cụm thi đua số 9 tổ chức hội nghị ký kết giao ước thi đua "
            "năm 2026. ")
    r = rec(lead + "Theo Quyết định số 35/QĐ-BTL ngày 12-12-2025 của Bộ Tư lệnh, Ban Chỉ huy quân sự phường An Phú được giao làm "
                   "Cụm trưởng Cụm thi đua số 9 năm 2026.")
    assert r["cluster"]["chair"]["organization"] == "Ban Chỉ huy quân sự phường An Phú" and r["cluster"]["next_chair"] is None
    # (taken up at the meeting itself, it is the next period's)
    r = rec(lead + "Ban Chỉ huy quân sự phường An Phú được giao làm Cụm trưởng Cụm thi đua số 9 năm 2026.")
    assert r["cluster"]["next_chair"]["organization"] == "Ban Chỉ huy quân sự phường An Phú" and r["cluster"]["chair"] is None


def test_a_provincial_command_named_after_a_numbered_cluster_places_it(rec):
    r = rec("Cụm thi đua số 6 - Bộ Tư lệnh Thủ đô Hà Nội ký giao ước thi đua năm 2025\n\n"
            "Ngày 15/1/2025, tại quận Hà Đông, Cụm thi đua số 6 tổ chức hội nghị ký kết giao ước thi đua năm 2025.")
    assert r["meeting"]["province"] == "Hà Nội"
    # (a ministry meeting in a city is still national)
    r = rec("Cụm thi đua số 6 - Bộ Tài chính tổ chức tại Hà Nội hội nghị tổng kết\n\n"
            "Ngày 15/1/2025, tại quận Hà Đông, Cụm thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2024.")
    assert r["meeting"]["province"] is None


def test_a_role_with_its_year_then_a_dash_then_its_unit(rec):
    lead = "Cụm thi đua số 3 tổng kết năm 2022\n\nNgày 16/12/2022, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2022 tại thành phố Vinh. "
    r = rec(lead + "Đơn vị Cụm trưởng năm 2022 - Sở Ngoại vụ tỉnh Nghệ An chủ trì hội nghị.")
    assert r["cluster"]["chair"]["organization"] == "Sở Ngoại vụ tỉnh Nghệ An"
    r = rec(lead + "Thực hiện Kế hoạch số 91/KH-CTĐ của đơn vị Cụm trưởng năm 2022 - Sở Ngoại vụ tỉnh Nghệ An về tổ chức hội nghị tổng kết.")
    assert r["cluster"]["chair"]["organization"] == "Sở Ngoại vụ tỉnh Nghệ An"
    # (another cluster's number before the dash still names another cluster's chair)
    r = rec(lead + "Trưởng Cụm thi đua số 5 - Sở Ngoại vụ tỉnh Hà Tĩnh dự hội nghị.")
    assert r["cluster"]["chair"] is None


def test_two_days_of_two_months_the_year_written_once(rec):
    r = rec("Cụm thi đua số II tổng kết năm 2017\n\nTrong hai ngày 30/11 và 01/12/2017, tại thành phố Thái Nguyên, Cụm thi đua số II "
            "đã tổ chức hội nghị tổng kết công tác thi đua năm 2017.")
    assert r["meeting"]["date"] == "2017-11-30"


def test_an_abbreviation_that_opens_other_parts_of_a_list_opens_a_unit(rec):
    r = rec("Cụm thi đua số 2 sơ kết 6 tháng\n\nNgày 28/6/2024, tại Cảng hàng không (CHK) Pleiku, Cụm thi đua số 2 đã tổ chức hội nghị sơ kết "
            "6 tháng đầu năm 2024. Tham dự có đại diện 5 thành viên của Cụm gồm: CHK Pleiku – Cụm trưởng; CHK Tuy Hòa – Cụm phó; "
            "Cảng HKQT Cam Ranh, CHK Buôn Ma Thuột, CHK Liên Khương – thành viên.")
    assert r["cluster"]["members"] == ["CHK Pleiku", "CHK Tuy Hòa", "Cảng HKQT Cam Ranh", "CHK Buôn Ma Thuột", "CHK Liên Khương"]


def test_the_kind_written_with_the_first_place_alone_stays_with_it(rec):
    lead = "Ngày 5/1/2023, Cụm thi đua số 1 tổ chức hội nghị tổng kết năm 2022. "
    assert rec(lead + "Cụm gồm huyện Krông Pắc, Cư Kuin và Krông Ana.")["cluster"]["members"] == ["huyện Krông Pắc", "Cư Kuin", "Krông Ana"]
    # (the plural's kind is no item's)
    assert rec(lead + "Cụm gồm các huyện Krông Pắc, Cư Kuin và Krông Ana.")["cluster"]["members"] == ["Krông Pắc", "Cư Kuin", "Krông Ana"]


def test_an_award_only_the_headline_states(rec):
    body = "\n\nNgày 20/12/2025, Cụm thi đua Hội Nhà báo các tỉnh miền Trung tổ chức hội nghị tổng kết năm 2025."
    r = rec("Cụm thi đua Hội Nhà báo các tỉnh miền Trung: Quảng Nam và Quảng Ngãi được đề nghị tặng cờ thi đua" + body)
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == [
        ("Quảng Nam", "cờ thi đua", "proposed"), ("Quảng Ngãi", "cờ thi đua", "proposed")]
    assert "award_proposal" in [d["kind"] for d in r["decisions"]]
    # (the body's award stands alone when it states one: the headline adds none)
    r = rec("Quảng Nam được đề nghị tặng cờ thi đua" + body + " Hội nghị đề nghị tặng Bằng khen cho Hội Nhà báo tỉnh Quảng Ngãi.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("Hội Nhà báo tỉnh Quảng Ngãi", "Bằng khen")]


def test_a_professions_association_is_no_person(rec):
    r = rec("Tổng kết\n\nNgày 20/12/2025, Cụm thi đua Hội Nhà báo các tỉnh miền Trung tổ chức hội nghị tổng kết năm 2025. "
            "Hội Nhà báo Quảng Nam được đề nghị Hội Nhà báo Việt Nam tặng Bằng khen.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("Hội Nhà báo Quảng Nam", "Bằng khen")]


def test_a_roll_of_journalists_shares_the_leads_verbs(rec):
    r = rec("Tổng kết\n\nNgày 20/12/2025, Cụm thi đua Hội Nhà báo các tỉnh miền Trung tổ chức hội nghị tổng kết năm 2025. "
            "Đến dự và chủ trì hội nghị có: Nhà báo Lê Văn An - Phó Chủ tịch Hội Nhà báo Việt Nam (phụ trách miền Trung); nhà báo "
            "Trần Văn Bình - Ủy viên Ban Thường vụ Hội Nhà báo Việt Nam và nhà báo Phạm Văn Cường - Chủ tịch Hội Nhà báo tỉnh Quảng Nam.")
    people = {p["name"]: (p["title"], p["roles"]) for p in r["people"]}
    assert people["Lê Văn An"] == ("Phó Chủ tịch Hội Nhà báo Việt Nam", ["attended", "presided"])
    assert people["Trần Văn Bình"][1] == ["attended", "presided"] and people["Phạm Văn Cường"][1] == ["attended", "presided"]


def test_a_rank_given_to_a_unit_after_doi_voi(rec):
    r = rec("Tổng kết\n\nNgày 10/1/2016, Cụm thi đua các tỉnh miền Đông tổ chức hội nghị tổng kết năm 2015. Toàn cụm xếp hạng Nhất đối với "
            "tỉnh Bình Phước, hạng nhì thuộc về tỉnh Tây Ninh.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "tỉnh Bình Phước"), (2, "tỉnh Tây Ninh")]


def test_a_name_ends_before_the_part_of_a_year_and_a_misspelt_meeting(rec):
    r = rec("Sơ kết\n\nNgày 20/7/2016, Khối các tỉnh miền núi phía Bắc 6 tháng đầu năm 2016 đã đạt nhiều kết quả.")
    assert r["cluster"]["name"] == "Khối các tỉnh miền núi phía Bắc"
    r = rec("Tổng kết\n\nNgày 24/11/2016, cụm thi đua 5 tỉnh Nam Trung Bộ tổ chức Hội nghi tổng kết công tác thi đua năm 2016.")
    assert r["cluster"]["name"] == "cụm thi đua 5 tỉnh Nam Trung Bộ"


def test_a_units_place_after_its_comma_before_its_note(rec):
    r = rec("Ký kết\n\nNgày 5/3/2024, lễ ký kết giao ước thi đua Khối sản xuất nông nghiệp diễn ra tại Công ty TNHH MTV Cà phê Ia Sao, "
            "huyện Ia Grai, đơn vị đăng cai làm khối trưởng.")
    assert r["cluster"]["chair"]["organization"] == "Công ty TNHH MTV Cà phê Ia Sao"
    # (the role as the subject of the next clause belongs to no unit before it)
    r = rec("Tổng kết\n\nNgày 05/12/2019, tại Vườn quốc gia Chư Mom Ray, tỉnh Kon Tum, Cụm trưởng Cụm thi đua số 2 đã tổ chức hội nghị "
            "tổng kết công tác thi đua năm 2019.")
    assert r["cluster"]["chair"] is None


def test_a_note_inside_a_title_stays(rec):
    r = rec("Tổng kết\n\nNgày 10/1/2024, Khối thi đua số 3 tổ chức hội nghị tổng kết năm 2023. Dự hội nghị có bà Lê Thị Hoa, Phó Vụ "
            "trưởng Vụ Tổ chức cán bộ (phụ trách công tác thi đua), Bộ Nội vụ.")
    assert r["people"][0]["title"] == "Phó Vụ trưởng Vụ Tổ chức cán bộ (phụ trách công tác thi đua), Bộ Nội vụ"


def test_a_count_after_a_sector_abbreviated_with_a_hyphen(rec):
    r = rec("Tổng kết\n\nNgày 5/1/2025, Khối thi đua Sở NN-PTNT 13 tỉnh, thành phố vùng Trung bộ đã tổ chức hội nghị tổng kết năm 2024.")
    assert r["cluster"]["member_count"] == 13


def test_two_people_joined_by_a_comma_and_cung_share_the_verb(rec):
    r = rec("Sơ kết\n\nNgày 09/8/2017, tại Hà Nội, Khối thi đua các Sở Tư pháp vùng đồng bằng sông Hồng tổ chức hội nghị sơ kết 6 tháng "
            "đầu năm 2017. Ông Lê Văn Hà, Giám đốc Sở Tư pháp thành phố Hải Phòng - Khối trưởng, cùng ông Trần Văn Mỹ, Giám đốc Sở Tư "
            "pháp tỉnh Hải Dương - Khối phó chủ trì hội nghị.")
    assert [(p["name"], p["roles"]) for p in r["people"]] == [("Lê Văn Hà", ["presided"]), ("Trần Văn Mỹ", ["presided"])]


def test_the_first_half_of_a_years_movement_told_as_done_is_its_review(rec):
    r = rec("Đại tá Lê Văn An, Giám đốc Công an tỉnh Bạc Liêu (Cụm phó) cho biết, phong trào thi đua Vì ANTQ 6 tháng đầu năm 2018 được "
            "Công an các tỉnh trong Cụm thực hiện có hiệu quả.\n\nTại hội nghị, các đơn vị đề ra phương hướng 6 tháng cuối năm 2018.")
    assert r["meeting"]["kind"] == "so_ket" and r["meeting"]["period"] == {"year": 2018, "span": "h1"}
    # (a plan for the half says nothing done)
    r = rec("Các đơn vị sẽ tiếp tục thực hiện phong trào thi đua 6 tháng đầu năm 2018 được phát động có hiệu quả.")
    assert r["meeting"]["kind"] != "so_ket"


def test_another_bodys_movement_or_one_within_each_unit_is_no_launch(rec):
    lead = "Tổng kết\n\nNgày 10/1/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2023. "
    for tail in ("Các đơn vị đã quán triệt các văn bản chỉ đạo, phát động phong trào thi đua của UBND tỉnh.",
                 "Năm 2023, các đơn vị đã phát động thi đua đến từng tập thể, cá nhân trong đơn vị.",
                 "Các đơn vị phát động phong trào thi đua trong mỗi cơ quan."):
        r = rec(lead + tail)
        assert "other" not in [d["kind"] for d in r["decisions"]], tail
    # (the meeting's own launch stays)
    r = rec(lead + "Tại hội nghị, Cụm đã phát động phong trào thi đua năm 2024.")
    assert "other" in [d["kind"] for d in r["decisions"]]


def test_agreeing_the_report_with_the_directions_after_it(rec):
    lead = "Tổng kết\n\nNgày 10/1/2017, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2016. "
    for tail in ("Hội nghị đã thống nhất dự thảo báo cáo hoạt động năm 2016, phương hướng năm 2017.",
                 "Hội nghị nhất trí với báo cáo tổng kết năm 2016 và phương hướng nhiệm vụ năm 2017."):
        assert [d["kind"] for d in rec(lead + tail)["decisions"]] == ["approve_report", "tasks"], tail


def test_the_tasks_set_or_the_theme_fixed_for_the_year(rec):
    lead = "Tổng kết\n\nNgày 10/1/2022, Cụm thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2021. "
    for tail in ("Trên cơ sở đó, hội nghị đề ra 6 nhiệm vụ trong năm 2022.", "Cụm thi đua số 5 đã xác định chủ đề hoạt động năm 2022."):
        assert "tasks" in [d["kind"] for d in rec(lead + tail)["decisions"]], tail
    # (the tasks set before and done in the year are no act: "hoàn thành các nhiệm vụ đề ra")
    r = rec(lead + "Năm 2021, các đơn vị đã hoàn thành các nhiệm vụ đề ra.")
    assert "tasks" not in [d["kind"] for d in r["decisions"]]

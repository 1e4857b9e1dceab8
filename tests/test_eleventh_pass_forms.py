"""Forms of the eleventh pass (its held-out sets and blind banks), each on an invented example."""

from record_views import ranks, roles

REVIEW = "Sáng 5/3/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2023. "


def test_a_member_list_after_gom_co(rec):
    r = rec(REVIEW + "Cụm gồm có Liên đoàn Lao động huyện Đông Sơn, Công đoàn ngành Giáo dục và Công đoàn Viên chức tỉnh.")
    assert r["cluster"]["members"] == ["Liên đoàn Lao động huyện Đông Sơn", "Công đoàn ngành Giáo dục", "Công đoàn Viên chức tỉnh"]


def test_members_named_after_a_counted_thanh_vien_la(rec):
    r = rec(REVIEW + "Ba doanh nghiệp thành viên là Công ty CP Nước sạch Lâm Sơn, Công ty TNHH MTV Thủy lợi Lâm Sơn và "
            "Công ty CP Bến xe Lâm Sơn.")
    assert r["cluster"]["members"] == ["Công ty CP Nước sạch Lâm Sơn", "Công ty TNHH MTV Thủy lợi Lâm Sơn", "Công ty CP Bến xe Lâm Sơn"]
    assert r["cluster"]["member_count"] == 3


def test_places_counted_in_the_cluster_then_named_after_la(rec):
    r = rec(REVIEW + "Dự hội nghị có lãnh đạo Công an 3 tỉnh trong Cụm là Kon Tum, Gia Lai và Đắk Lắk.")
    assert r["cluster"]["members"] == ["Kon Tum", "Gia Lai", "Đắk Lắk"]
    assert r["cluster"]["member_count"] == 3


def test_a_names_own_va_does_not_stop_the_list_splitting_at_the_next_va(rec):
    r = rec(REVIEW + "Cụm gồm Công ty CP Cấp nước Lâm Sơn, Công ty CP Môi trường và Dịch vụ đô thị Lâm Sơn và Công ty CP Xe "
            "khách Lâm Sơn.")
    assert r["cluster"]["members"] == ["Công ty CP Cấp nước Lâm Sơn", "Công ty CP Môi trường và Dịch vụ đô thị Lâm Sơn",
                                       "Công ty CP Xe khách Lâm Sơn"]


def test_a_roll_of_positions_is_no_member_list(rec):
    r = rec(REVIEW + "Tham dự hội nghị gồm có Chánh Văn phòng, Phó Chánh Văn phòng và chuyên viên của Sở Nội vụ các tỉnh.")
    assert r["cluster"]["members"] == []
    r = rec(REVIEW + "Tham dự hội nghị gồm Chánh Thanh tra, Phó Chánh Thanh tra và công chức của Sở Xây dựng các tỉnh.")
    assert r["cluster"]["members"] == []


LEAD = ("Sáng 14/3/2024, tại Sở Y tế, Khối thi đua các sở tỉnh Lâm Sơn tổ chức hội nghị tổng kết công tác thi đua, khen thưởng "
        "năm 2023 và ký kết giao ước thi đua năm 2024.")


def test_a_pen_name_of_two_given_names_between_the_headline_and_the_date_line_is_the_byline(rec):
    r = rec("Khối thi đua các sở tổng kết năm 2023\nThu Trang\n15/03/2024 08:10\n\n" + LEAD)
    assert r["author"] == "Thu Trang"
    # (with its unit in brackets, under the date line)
    r = rec("Khối thi đua các sở tổng kết năm 2023\nThứ Sáu, 15/03/2024 | 08:10\nThu Trang (Sở Y tế tỉnh Lâm Sơn)\n\n" + LEAD)
    assert r["author"] == "Thu Trang"
    # (without a date line beside it, two capitalised words may be anything: no byline)
    r = rec("Khối thi đua các sở tổng kết năm 2023\nThu Trang\n\n" + LEAD)
    assert r["author"] is None


def test_a_full_name_alone_between_the_headline_and_the_lead_is_the_byline(rec):
    r = rec("Khối thi đua các sở tổng kết năm 2023\n\nTrần Thị Thu Trang\n" + LEAD)
    assert r["author"] == "Trần Thị Thu Trang"


def test_a_templates_null_before_the_headline_is_no_part_of_it(rec):
    r = rec("Tin tức\n\nnull Khối thi đua các sở tổng kết năm 2023\n\n" + LEAD)
    assert r["title"] == "Khối thi đua các sở tổng kết năm 2023"


def test_a_movements_year_told_with_its_results_makes_the_review_of_that_year(rec):
    r = rec("Phong trào thi đua quyết thắng năm 2023 của các đơn vị trong cụm đã đạt được nhiều kết quả quan trọng, góp phần "
            "hoàn thành nhiệm vụ chính trị.\n\nCác đơn vị trong cụm đã triển khai đồng bộ các nội dung thi đua.")
    assert r["meeting"]["kind"] == "tong_ket"
    assert r["meeting"]["period"] == {"year": 2023, "span": "year"}
    r = rec("Qua báo cáo kết quả phong trào thi đua “Vì an ninh Tổ quốc” năm 2022 của Cụm thi đua số 3 cho thấy các đơn vị đã "
            "hoàn thành tốt nhiệm vụ.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("tong_ket", {"year": 2022, "span": "year"})
    # (what the movement will reach is no review)
    r = rec("Phong trào thi đua năm 2025 của các đơn vị trong cụm sẽ tập trung vào chuyển đổi số.")
    assert r["meeting"]["kind"] == "other"


def test_a_schools_or_hospitals_fields_joined_by_commas_are_one_name(rec):
    r = rec(REVIEW + "Cụm gồm Trường Cao đẳng Kinh tế, Kỹ thuật và Công nghệ Lâm Sơn, Trường Trung cấp Nông, Lâm nghiệp Bắc Sơn và "
            "Bệnh viện Da liễu, Phong và Bệnh nhiệt đới tỉnh Lâm Sơn.")
    assert r["cluster"]["members"] == ["Trường Cao đẳng Kinh tế, Kỹ thuật và Công nghệ Lâm Sơn",
                                       "Trường Trung cấp Nông, Lâm nghiệp Bắc Sơn",
                                       "Bệnh viện Da liễu, Phong và Bệnh nhiệt đới tỉnh Lâm Sơn"]
    # (a school named for a person is no field: the comma parts two schools of one head)
    r = rec(REVIEW + "Cụm gồm Trường THPT Lê Lợi, Trường THPT Nguyễn Du và Trường Cao đẳng Y tế Lâm Sơn.")
    assert r["cluster"]["members"] == ["Trường THPT Lê Lợi", "Trường THPT Nguyễn Du", "Trường Cao đẳng Y tế Lâm Sơn"]


def test_ranks_written_after_each_unit_and_a_colon(rec):
    r = rec(REVIEW + "Kết quả bình xét, xếp hạng thi đua năm 2023 của Cụm như sau: Sở Y tế: hạng Nhất; Sở Xây dựng: hạng Nhì; "
            "Sở Tài chính: hạng Ba.")
    assert ranks(r) == [(1, "Sở Y tế"), (2, "Sở Xây dựng"), (3, "Sở Tài chính")]
    # (a colon before a class outside any choosing of the cluster's units ranks no one)
    r = rec(REVIEW + "Giải bóng đá giao hữu: hạng Nhất thuộc đội Sở Y tế.")
    assert ranks(r) == []


def test_a_grade_between_the_unit_and_its_rank(rec):
    r = rec(REVIEW + "Kết quả xếp loại thi đua năm 2023: Sở Y tế xếp loại Xuất sắc, đứng thứ nhất Cụm; Sở Xây dựng xếp loại "
            "Xuất sắc, đứng thứ hai.")
    assert ranks(r) == [(1, "Sở Y tế"), (2, "Sở Xây dựng")]
    r = rec(REVIEW + "Các thành viên thống nhất: Sở Y tế xếp loại Hoàn thành xuất sắc nhiệm vụ, dẫn đầu Cụm thi đua năm 2023; "
            "Sở Xây dựng xếp thứ hai.")
    assert ranks(r) == [(1, "Sở Y tế"), (2, "Sở Xây dựng")]


def test_ranks_numbered_in_brackets_after_the_order_is_announced(rec):
    r = rec(REVIEW + "Cụm thống nhất thứ tự xếp hạng như sau: (1) Sở Y tế; (2) Sở Xây dựng; (3) Sở Tài chính.")
    assert ranks(r) == [(1, "Sở Y tế"), (2, "Sở Xây dựng"), (3, "Sở Tài chính")]
    # (numbered points of a plan are no ranking)
    r = rec(REVIEW + "Năm 2024, Cụm tập trung: (1) Sở Y tế chủ trì hội thao; (2) Sở Xây dựng tổ chức về nguồn.")
    assert ranks(r) == []


def test_an_awards_giver_after_cua_may_be_any_capitalised_body_or_head(rec):
    r = rec(REVIEW + "Cụm đề nghị tặng Cờ thi đua của BHXH Việt Nam năm 2023 cho BHXH tỉnh Lâm Sơn; Bằng khen của Thống đốc cho "
            "Ngân hàng Chính sách xã hội chi nhánh tỉnh Lâm Sơn.")
    assert [(a["recipient"], a["award"], a["year"]) for a in r["awards"]] == [
        ("BHXH tỉnh Lâm Sơn", "Cờ thi đua của BHXH Việt Nam", 2023),
        ("Ngân hàng Chính sách xã hội chi nhánh tỉnh Lâm Sơn", "Bằng khen của Thống đốc", None)]


def test_places_counted_in_brackets_after_the_cluster_name(rec):
    r = rec("Ngày 26/6/2020, tại Lâm Sơn, Cụm thi đua số IV (04 tỉnh Phú Yên, Bình Định, Quảng Ngãi, Hà Tĩnh) tổ chức hội nghị sơ kết "
            "6 tháng đầu năm 2020.")
    assert (r["cluster"]["members"], r["cluster"]["member_count"]) == (["Phú Yên", "Bình Định", "Quảng Ngãi", "Hà Tĩnh"], 4)
    # (a count that does not match the names is no count of them)
    r = rec("Ngày 26/6/2020, tại Lâm Sơn, Cụm thi đua số IV (05 tỉnh Phú Yên, Bình Định, Quảng Ngãi, Hà Tĩnh) tổ chức hội nghị sơ kết "
            "6 tháng đầu năm 2020.")
    assert r["cluster"]["member_count"] is None


def test_a_count_after_a_sector_body_of_several_words_in_the_cluster_name(rec):
    r = rec("Chiều 25/11/2025, tại tỉnh Lâm Sơn, Cụm thi đua Bộ Chỉ huy Quân sự 4 tỉnh, thành phố (Lâm Sơn, Cà Mau, Vĩnh Long, "
            "Cần Thơ) tổ chức hội nghị tổng kết năm 2025.")
    assert r["cluster"]["member_count"] == 4


def test_a_party_body_in_a_title_gives_way_to_the_unit_for_a_role_note(rec):
    r = rec(REVIEW + "Tham dự có Đại tá Lê Văn Hùng, Phó Bí thư Đảng ủy, Phó Giám đốc Công an tỉnh Lâm Sơn (Đơn vị cụm trưởng); "
            "Đại tá Trần Văn Bảo, Phó Giám đốc Công an tỉnh Bắc Sơn.")
    assert r["cluster"]["chair"] == {"organization": "Công an tỉnh Lâm Sơn", "person": "Lê Văn Hùng"}


def test_a_companys_board_in_a_title_stands_for_the_company(rec):
    r = rec(REVIEW + "Ông Đinh Văn Hòa – Chủ tịch HĐTV Tổng công ty Xây lắp Lâm Sơn, Cụm trưởng Cụm thi đua số 2 chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Tổng công ty Xây lắp Lâm Sơn", "person": "Đinh Văn Hòa"}


def test_a_unit_ends_before_the_verb_thuc_hien(rec):
    r = rec(REVIEW + "Sở Y tế đã chuyển giao vai trò Cụm trưởng cho Sở Xây dựng thực hiện trong năm 2024.")
    assert r["cluster"]["next_chair"]["organization"] == "Sở Xây dựng"


def test_a_year_end_reviews_year_is_not_the_next_covenants(rec):
    r = rec("Tổng kết công tác thi đua khối các cơ quan Trung ương\n\nHội nghị được tổ chức vào ngày 16/2/2024 tại Cục Thuế tỉnh Lâm Sơn.\n\n"
            "Ký kết thi đua năm 2024 giữa các đơn vị trong khối\n\nNăm 2023 là năm đầu tiên các cơ quan thực hiện thi đua theo khối.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("tong_ket", {"year": 2023, "span": "year"})


def test_a_role_in_a_clause_opening_on_a_later_year_is_the_next_one(rec):
    r = rec("Ngày 16/2/2025, Khối thi đua các cơ quan Trung ương tổ chức hội nghị tổng kết năm 2024. Trong năm 2025, Cục Thuế tỉnh "
            "được giao nhiệm vụ Trưởng khối thi đua.")
    assert roles(r) == {"next_chair": "Cục Thuế tỉnh"}


def test_a_byline_of_three_names_joined_by_dashes_above_the_date_line(rec):
    r = rec("Khối thi đua các sở tổng kết năm 2023\n\nThu Trang - Đức Anh - Minh Hà\n\nChuyên viên\n\n15/03/2024 08:10\n\n" + LEAD)
    assert r["author"] == "Thu Trang - Đức Anh - Minh Hà"
    assert [p["name"] for p in r["people"] if "author" in p["roles"]] == ["Thu Trang", "Đức Anh", "Minh Hà"]


def test_a_byline_dash_with_a_space_on_one_side_parts_two_people(rec):
    r = rec(LEAD + "\n\nThu Trang- Đức Anh")
    assert [p["name"] for p in r["people"] if "author" in p["roles"]] == ["Thu Trang", "Đức Anh"]


def test_a_position_and_unit_glued_before_the_honorific_in_a_roll(rec):
    r = rec(REVIEW + "Tham dự hội nghị có Giám đốc Sở Y tế ông Lê Văn An; Chủ tịch kiêm Giám đốc Công ty Xăng dầu Lâm Sơn ông Trần "
            "Văn Bình; Giám đốc Sở Xây dựng ông Ngô Văn Cường.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [
        ("Lê Văn An", "Giám đốc Sở Y tế"), ("Trần Văn Bình", "Chủ tịch kiêm Giám đốc Công ty Xăng dầu Lâm Sơn"),
        ("Ngô Văn Cường", "Giám đốc Sở Xây dựng")]
    # (a title that a conjunction parts from the honorific is the person's before it)
    r = rec(REVIEW + "Chủ trì hội nghị có ông Lê Văn An, Giám đốc Sở Y tế và ông Ngô Văn Cường, Giám đốc Sở Xây dựng.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Lê Văn An", "Giám đốc Sở Y tế"), ("Ngô Văn Cường", "Giám đốc Sở Xây dựng")]


def test_a_citys_abbreviation_in_a_region_joined_by_a_dash_stays_in_the_cluster_name(rec):
    r = rec("Ngày 5/3/2024, tại Gia Lai, Cụm thi đua Hội Chữ thập đỏ các tỉnh Tây Nguyên - TP. Hồ Chí Minh tổ chức Hội nghị tổng kết "
            "năm 2023.")
    assert r["cluster"]["name"] == "Cụm thi đua Hội Chữ thập đỏ các tỉnh Tây Nguyên - TP. Hồ Chí Minh"


def test_health_stations_counted_in_the_bloc(rec):
    r = rec(REVIEW + "Đến nay 18 TYT trong khối đã đạt chuẩn quốc gia về y tế xã.")
    assert r["cluster"]["member_count"] == 18
    r = rec(REVIEW + "Cụm có 7 tổng công ty thành viên.")
    assert r["cluster"]["member_count"] == 7


def test_roles_listed_then_their_units_in_turn(rec):
    r = rec("Sáng 5/1/2024, Khối thi đua số 3 tổ chức hội nghị tổng kết năm 2023. Hội nghị bầu Khối trưởng, Khối phó năm 2024 lần "
            "lượt là Sở Y tế, Sở Xây dựng.")
    assert roles(r) == {"next_chair": "Sở Y tế", "next_vice_chair": "Sở Xây dựng"}


def test_award_recipients_counted_then_named_after_a_colon(rec):
    r = rec(REVIEW + "Hội nghị đề nghị Bộ Công an tặng Cờ thi đua cho Công an 3 tỉnh: Lâm Đồng, Gia Lai, Kon Tum trong thực hiện "
            "phong trào thi đua.")
    assert [a["recipient"] for a in r["awards"]] == ["Lâm Đồng", "Gia Lai", "Kon Tum"]
    # (a count that does not match the names keeps the unit as written)
    r = rec(REVIEW + "Hội nghị đề nghị Bộ Công an tặng Cờ thi đua cho Công an 4 tỉnh: Lâm Đồng, Gia Lai, Kon Tum.")
    assert "Lâm Đồng" not in [a["recipient"] for a in r["awards"]]


def test_a_role_note_on_the_meetings_host_and_an_election_later_in_the_sentence(rec):
    r = rec("Chiều ngày 11/12/2023, Công an quận Đông Sơn - đơn vị Cụm trưởng Cụm thi đua số 5 - Công an tỉnh Lâm Sơn tổ chức Hội "
            "nghị tổng kết năm 2023 và bầu chọn Công an quận Bắc Sơn là đơn vị Cụm trưởng, Công an quận Nam Sơn là đơn vị Cụm "
            "phó Cụm thi đua số 5 trong năm 2024.")
    assert roles(r) == {"chair": "Công an quận Đông Sơn", "next_chair": "Công an quận Bắc Sơn", "next_vice_chair": "Công an quận Nam Sơn"}


def test_a_byline_opened_by_theo_without_a_colon(rec):
    r = rec(LEAD + "\n\nTheo Trần Thu Trang")
    assert r["author"] == "Trần Thu Trang"


def test_the_cluster_as_a_whole_is_no_cluster_name(rec):
    r = rec("Năm 2024, doanh thu toàn cụm bình quân tăng 13%. Sáng 5/1/2025, các đơn vị tổ chức hội nghị tổng kết năm 2024.")
    assert r["cluster"]["name"] is None
    r = rec("Năm 2025, Cụm thi đua dự kiến tổ chức hội thao chào mừng ngày thành lập Công đoàn Việt Nam.")
    assert r["cluster"]["name"] is None


def test_a_blocs_description_ends_at_the_province_before_a_predicate(rec):
    r = rec("Phong trào thi đua của Khối Mặt trận và các đoàn thể tỉnh ngày càng phát triển và đi vào chiều sâu.")
    assert r["cluster"]["name"] is not None and "phát triển" not in r["cluster"]["name"]


def test_a_date_line_under_a_headline_ending_with_a_comma_is_not_joined_to_it(rec):
    r = rec("HỘI NGHỊ TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2023 CỦA KHỐI THI ĐUA SỐ 2,\n\nadmin15/01/2024 03:04 PM\n\n" + LEAD)
    assert r["title"] == "HỘI NGHỊ TỔNG KẾT CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2023 CỦA KHỐI THI ĐUA SỐ 2"


def test_a_rank_between_a_fronted_title_and_the_name_is_no_part_of_the_title(rec):
    r = rec(REVIEW + "Tham dự có Cục trưởng Cục Pháp chế Trung tướng Nguyễn Văn An.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Nguyễn Văn An", "Cục trưởng Cục Pháp chế")]
    r = rec(REVIEW + "Tham dự có Cục trưởng Cục Pháp chế, cụm trưởng cụm thi đua số 2 Trung tướng, GS.TS Nguyễn Văn An.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Nguyễn Văn An", "Cục trưởng Cục Pháp chế, cụm trưởng cụm thi đua số 2")]
    # (after a comma the rank opens the person acting for the unit the role names: no title before it)
    r = rec(REVIEW + "Thay mặt đơn vị Cụm trưởng, Thiếu tướng Trần Văn Bình, Phó Tư lệnh Bộ Tư lệnh Cảnh sát cơ động chủ trì hội nghị.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Trần Văn Bình", "Phó Tư lệnh Bộ Tư lệnh Cảnh sát cơ động")]


def test_a_unit_representing_the_chair_ends_before_dai_dien(rec):
    r = rec(REVIEW + "Báo cáo tại hội nghị, Sở Y tế Lâm Sơn đại diện đơn vị Trưởng cụm thi đua cho biết các đơn vị đã hoàn thành nhiệm vụ.")
    assert roles(r) == {"chair": "Sở Y tế Lâm Sơn"}


def test_a_count_after_a_sector_department_named_in_the_cluster(rec):
    r = rec("Vừa qua, Hội nghị sơ kết 6 tháng đầu năm 2024 của Khối thi đua Sở Nông nghiệp và PTNT 6 tỉnh, thành phố vùng Tây Bắc đã "
            "được tổ chức tại tỉnh Sơn La.")
    assert r["cluster"]["member_count"] == 6
    r = rec(REVIEW + "Khối thi đua có 12 DN tham gia.")
    assert r["cluster"]["member_count"] == 12


def test_a_units_apposition_of_its_result_is_no_part_of_the_recipient(rec):
    r = rec(REVIEW + "Các thành viên thống nhất đề nghị Chủ tịch UBND tỉnh tặng Cờ thi đua cho Sở Nội vụ đơn vị dẫn đầu và Bằng khen "
            "cho Sở Tư pháp đơn vị hạng nhì.")
    assert [a["recipient"] for a in r["awards"]] == ["Sở Nội vụ", "Sở Tư pháp"]


def test_a_byline_in_capitals_of_two_names(rec):
    r = rec(LEAD + "\n\nLÊ TUẤN - THÀNH CÔNG")
    assert [p["name"] for p in r["people"] if "author" in p["roles"]] == ["LÊ TUẤN", "THÀNH CÔNG"]


def test_a_so_ket_of_a_whole_year_held_after_it_is_its_year_end_review(rec):
    r = rec("Chiều ngày 23/01/2024, Khối thi đua số 2 họp sơ kết giao ước thi đua năm 2023 và phương hướng nhiệm vụ năm 2024.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("tong_ket", {"year": 2023, "span": "year"})
    # (a part of the year stays a sơ kết)
    r = rec("Chiều ngày 23/07/2024, Khối thi đua số 2 họp sơ kết 6 tháng đầu năm 2024.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("so_ket", {"year": 2024, "span": "h1"})


def test_a_branch_campus_is_a_unit(rec):
    r = rec(REVIEW + "Cụm gồm 3 đơn vị: Sở Y tế, Trường Cao đẳng nghề và Phân hiệu Trường Đại học Nông Lâm tại Lâm Sơn.")
    assert r["cluster"]["members"] == ["Sở Y tế", "Trường Cao đẳng nghề", "Phân hiệu Trường Đại học Nông Lâm tại Lâm Sơn"]


def test_the_provincial_force_a_bloc_belongs_to_is_no_part_of_its_name(rec):
    r = rec("Ngày 5/1/2022, khối An ninh nhân dân Công an tỉnh tổ chức hội nghị tổng kết năm 2021.")
    assert r["cluster"]["name"] == "khối An ninh nhân dân"
    r = rec("Ngày 5/1/2022, khối Công an các huyện, thành phố - Công an tỉnh Lâm Sơn tổ chức hội nghị tổng kết năm 2021.")
    assert r["cluster"]["name"] == "khối Công an các huyện, thành phố"


def test_a_sentence_telling_what_the_meeting_also_did_does_not_state_the_meeting(rec):
    r = rec("Bà Lê Thị Thu, Giám đốc Sở Y tế, Cụm trưởng đã báo cáo kết quả hoạt động của cụm năm 2023. Các đơn vị được Cụm suy tôn "
            "nhận cờ thi đua. Hội nghị cũng đã bầu Sở Xây dựng làm Cụm trưởng và tiến hành ký kết giao ước thi đua năm 2024.")
    assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("tong_ket", {"year": 2023, "span": "year"})


def test_a_youth_or_party_body_named_for_its_bloc_of_agencies_is_no_cluster(rec):
    r = rec("Chiều 20/10/2021, Ban Thường vụ Đoàn khối các cơ quan tỉnh tổ chức Hội nghị tổng kết công tác Đoàn năm 2021 của "
            "Cụm Đoàn số 2.")
    assert (r["cluster"]["name"], r["cluster"]["kind"], r["cluster"]["number"]) == ("Cụm Đoàn số 2", "cum", 2)


def test_places_listed_after_their_kind_written_once(rec):
    # (the kind stays with the first place, as written: annotation.md keeps members as written; "gồm các huyện A, B"
    # drops the plural's kind)
    r = rec(REVIEW + "Cụm thi đua số 2 gồm huyện Đông Sơn, Bắc Sơn, Nam Sơn và Tây Sơn.")
    assert r["cluster"]["members"] == ["huyện Đông Sơn", "Bắc Sơn", "Nam Sơn", "Tây Sơn"]
    r = rec(REVIEW + "Cụm thi đua số 2 gồm các huyện Đông Sơn, Bắc Sơn, Nam Sơn và Tây Sơn.")
    assert r["cluster"]["members"] == ["Đông Sơn", "Bắc Sơn", "Nam Sơn", "Tây Sơn"]


def test_a_room_and_the_unit_whose_room_it_is_make_the_venue(rec):
    r = rec("Chiều 20/10/2021, tại Phòng Hội thảo, Trường Chính trị tỉnh Lâm Sơn, Cụm thi đua số 2 tổ chức hội nghị tổng kết "
            "năm 2021.")
    assert r["meeting"]["venue"] == "Phòng Hội thảo, Trường Chính trị tỉnh Lâm Sơn"

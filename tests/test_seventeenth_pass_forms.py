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

"""Forms of the eleventh pass (its held-out sets and blind banks), each on an invented example."""

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

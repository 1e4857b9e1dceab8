"""Guards on the thirty-sixth pass (ch): the chair's person read through a short form of the chair unit must not take a
person of another unit. A title ending in a bare "tỉnh" is the chair's province only where the article names no other
province (a cluster of several provinces, a delegation from another one); a bare head word ("Giám đốc Bệnh viện") is the
chair only where the article names no other unit of that head, written in lower case too ("tại trung tâm y tế huyện B",
"các bệnh viện: A, B"). Examples written for these tests."""


def _chair(r: dict) -> dict | None:
    return r["cluster"]["chair"]


# --- a bare "tỉnh" where another province is named -------------------------------------------------------------------


def test_bare_province_after_another_provinces_delegation(rec):
    r = rec("Ngày 16/12/2024, Cục Thi hành án dân sự tỉnh Tuyên Quang (Cụm trưởng Cụm thi đua số 2) tổ chức hội nghị tổng kết "
            "công tác thi đua năm 2024.\nĐoàn Cục THADS tỉnh Hà Giang do ông Vàng Seo Páo, Cục trưởng Cục THADS tỉnh dẫn đầu "
            "dự và phát biểu tại hội nghị.")
    assert _chair(r)["organization"] == "Cục Thi hành án dân sự tỉnh Tuyên Quang"
    assert _chair(r)["person"] is None


def test_bare_province_of_a_military_command_from_another_province(rec):
    r = rec("Ngày 12/7/2024, Bộ Chỉ huy Quân sự tỉnh Lai Châu, Cụm trưởng Cụm thi đua số 3 Quân khu 2, tổ chức hội nghị sơ kết "
            "6 tháng đầu năm 2024. Tham dự có đại diện Bộ CHQS tỉnh Lào Cai.\nĐại tá Giàng A Chứ, Chỉ huy trưởng Bộ CHQS tỉnh "
            "phát biểu tham luận.")
    assert _chair(r)["person"] is None


def test_bare_province_in_a_cluster_of_several_provinces(rec):
    r = rec("Ngày 7/1/2025, Hội Nông dân tỉnh Hà Nam, Cụm trưởng Cụm thi đua số 5, tổ chức hội nghị tổng kết năm 2024. Cụm gồm "
            "Hội Nông dân các tỉnh Hà Nam, Nam Định, Ninh Bình.\nThay mặt Hội Nông dân tỉnh Nam Định, ông Trần Văn Thành, Chủ "
            "tịch Hội ND tỉnh phát biểu tham luận.")
    assert _chair(r)["person"] is None


# --- a bare head word where another unit of that head is named in lower case ----------------------------------------------


def test_bare_head_word_of_the_host_hospital(rec):
    r = rec("Ngày 9/1/2025, Bệnh viện Đa khoa tỉnh Sóc Trăng, đơn vị Trưởng khối, tổ chức hội nghị tổng kết năm 2024 của Khối "
            "thi đua các đơn vị y tế tại bệnh viện chuyên khoa sản nhi tỉnh.\nBSCKII Lâm Văn Dũng, Giám đốc Bệnh viện phát "
            "biểu chào mừng.")
    assert _chair(r)["organization"] == "Bệnh viện Đa khoa tỉnh Sóc Trăng"
    assert _chair(r)["person"] is None


def test_bare_head_word_of_the_host_company(rec):
    r = rec("Ngày 10/1/2025, Công ty Cấp nước Thái Nguyên, đơn vị Cụm trưởng Cụm thi đua số 4, tổ chức hội nghị tổng kết năm "
            "2024 tại công ty cổ phần môi trường đô thị.\nÔng Đỗ Văn Hùng, Giám đốc Công ty phát biểu chào mừng hội nghị.")
    assert _chair(r)["person"] is None


def test_bare_head_word_with_the_members_listed_after_it(rec):
    r = rec("Ngày 9/1/2025, Bệnh viện Nhi tỉnh Thanh Hóa, đơn vị Trưởng khối, tổ chức hội nghị tổng kết năm 2024 của Khối thi "
            "đua. Khối gồm các bệnh viện: Nhi, Phụ sản, Mắt, Da liễu.\nBà Lê Thị Thu, Giám đốc Bệnh viện phát biểu tham luận.")
    assert _chair(r)["person"] is None


def test_bare_head_word_of_the_host_health_centre(rec):
    r = rec("Ngày 15/1/2025, Trung tâm Y tế huyện Diễn Châu, Trưởng cụm thi đua số 2, tổ chức hội nghị tổng kết năm 2024 tại "
            "trung tâm y tế huyện Yên Thành.\nBác sĩ Phan Văn Lộc, Giám đốc Trung tâm phát biểu chào mừng.")
    assert _chair(r)["person"] is None


# --- the causes still read: the head word for its kind, the only province ----------------------------------------------


def test_bare_head_word_with_the_kind_written_generically(rec):
    r = rec("Ngày 11/1/2025, Bệnh viện Đa khoa tỉnh Sơn La, đơn vị Trưởng khối, tổ chức hội nghị tổng kết năm 2024 của Khối thi "
            "đua các bệnh viện tuyến tỉnh.\nBSCKII Cầm Văn Thiện, Giám đốc Bệnh viện chủ trì hội nghị.")
    assert _chair(r) == {"organization": "Bệnh viện Đa khoa tỉnh Sơn La", "person": "Cầm Văn Thiện"}

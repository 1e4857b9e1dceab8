"""Guards on the thirty-fifth pass (ch): near forms in ordinary articles where its rules misread. A clause's opening words
before the role ("Theo đó, Cụm trưởng Cụm thi đua số N - Sở A") are no unit the role notes; a position written before a
name is a person too; an abbreviation of the city's unit ("Công an TP A") is not the province's ("Công an tỉnh A"); the
unit that only hosts, a person presiding, does not preside; the words of taking on a task or the other role do not make
the speaker the next chair's person. Examples written for these tests."""
from record_views import roles


def _chair(r: dict, key: str = "chair") -> dict | None:
    return r["cluster"][key]


# --- EDU-3: the role after a comma or a dash with no unit before it ---------------------------------------------------


def test_an_opening_phrase_before_the_role_leaves_the_unit_after_the_dash_the_chair(rec):
    r = rec("Ngày 19/12/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2024. Mở đầu hội nghị, Cụm "
            "trưởng Cụm thi đua số 4 - Sở Xây dựng tỉnh Sơn La báo cáo kết quả hoạt động của Cụm.")
    assert roles(r)["chair"] == "Sở Xây dựng tỉnh Sơn La"


def test_a_linking_adverb_before_the_role_leaves_the_unit_after_the_dash_the_chair(rec):
    r = rec("Ngày 19/12/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2024. Trước đó, Cụm trưởng Cụm thi đua số 5 - "
            "Sở Công Thương tỉnh Điện Biên đã gửi văn bản hướng dẫn các đơn vị.")
    assert roles(r)["chair"] == "Sở Công Thương tỉnh Điện Biên"


def test_on_behalf_words_before_the_role_leave_the_unit_after_the_dash_the_chair(rec):
    r = rec("Ngày 19/12/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm 2024. Thay mặt Ban tổ chức, "
            "Cụm trưởng Cụm thi đua số 4 - Sở Xây dựng tỉnh Sơn La tổ chức hội nghị.")
    assert roles(r)["chair"] == "Sở Xây dựng tỉnh Sơn La"


def test_a_position_and_name_before_the_role_is_a_person_not_the_unit_noted(rec):
    r = rec("Ngày 11/12/2024, Cụm thi đua số 7 tổ chức hội nghị tổng kết năm 2024. Chánh Thanh tra tỉnh Trần Minh Đức, Cụm "
            "trưởng Cụm thi đua số 7 - Thanh tra tỉnh Yên Bái phát biểu khai mạc.")
    assert roles(r)["chair"] == "Thanh tra tỉnh Yên Bái"


# --- EDU-4: the city's unit by its abbreviation is not the province's -------------------------------------------------


def test_the_city_police_by_abbreviation_is_not_the_provincial_police_chair(rec):
    r = rec("Ngày 18/12/2024, Công an tỉnh Quảng Bình - Cụm trưởng Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024. "
            "Đại tá Hồ Văn Tiến, Trưởng Công an TP Quảng Bình chủ trì hội nghị.")
    assert _chair(r) == {"organization": "Công an tỉnh Quảng Bình", "person": None}


def test_the_city_peoples_committee_by_abbreviation_is_not_the_provinces(rec):
    r = rec("Ngày 18/12/2024, UBND tỉnh Hà Giang - Cụm trưởng Cụm thi đua các tỉnh miền núi phía Bắc tổ chức hội nghị tổng "
            "kết năm 2024. Ông Nông Văn Hòa, Chủ tịch UBND TP Hà Giang phát biểu.")
    assert _chair(r) == {"organization": "UBND tỉnh Hà Giang", "person": None}


# --- ROT-1: the chair unit hosts, a person presides ---------------------------------------------------------------------


def test_a_person_presiding_after_the_host_unit_leaves_its_reporting_deputy_no_chair_person(rec):
    r = rec("Ngày 15/7/2025, Cụm thi đua số 3 tổ chức hội nghị sơ kết 6 tháng đầu năm 2025. Hội nghị do Sở Y tế (Cụm "
            "trưởng) tổ chức, đồng chí Lò Văn Hải, Phó Chủ tịch UBND tỉnh chủ trì. Ông Lường Văn Phúc, Phó Giám đốc Sở Y tế "
            "trình bày báo cáo.")
    assert _chair(r) == {"organization": "Sở Y tế", "person": None}


# --- ROT-4: the words of taking on a task, or the other role --------------------------------------------------------------


def test_the_next_chairs_head_congratulating_another_on_the_vice_role_is_not_its_person(rec):
    r = rec("Ngày 18/12/2025, Khối thi đua các cơ quan nội chính tổ chức hội nghị tổng kết năm 2025. Hội nghị bầu Tòa án "
            "nhân dân tỉnh làm Khối trưởng năm 2026, Viện Kiểm sát nhân dân tỉnh làm Khối phó. Ông Lê Quang Vinh, Chánh án "
            "Tòa án nhân dân tỉnh phát biểu chúc mừng Viện Kiểm sát nhân dân tỉnh nhận vai trò Khối phó.")
    assert _chair(r, "next_chair")["person"] is None


def test_taking_on_a_task_of_the_units_own_work_is_not_taking_the_role(rec):
    r = rec("Ngày 18/12/2025, Khối thi đua các cơ quan nội chính tổ chức hội nghị tổng kết năm 2025. Hội nghị bầu Sở Tư pháp "
            "làm Khối trưởng năm 2026. Bà Đặng Thu Hà, Phó Giám đốc Sở Tư pháp phát biểu về việc tiếp nhận nhiệm vụ quản lý "
            "nhà nước về hộ tịch.")
    assert _chair(r, "next_chair") == {"organization": "Sở Tư pháp", "person": None}


def test_a_deputy_reporting_a_task_taken_on_is_not_the_next_chairs_person(rec):
    r = rec("Ngày 18/12/2025, Khối thi đua các cơ quan nội chính tổ chức hội nghị tổng kết năm 2025. Hội nghị bầu Công an "
            "tỉnh làm Khối trưởng năm 2026. Thượng tá Bùi Văn Toàn, Phó Giám đốc Công an tỉnh phát biểu, nêu kết quả tiếp "
            "nhận nhiệm vụ cấp căn cước công dân.")
    assert _chair(r, "next_chair") == {"organization": "Công an tỉnh", "person": None}

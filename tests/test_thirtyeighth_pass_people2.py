"""Thirty-eighth pass, people (2): degrees chained after "và", spaced two-part degrees, a bracketed note inside a ";" list of
guests, awards to a person named with "anh"/"chị", bylines "H'Name - Unit" and "Full Name - Unit" above the headline.
Examples written for these tests."""
from record_views import people_by_name, roles

from tdkt_extract import extract


def rec(text: str) -> dict:
    r = extract(text)
    return r.model_dump()


HEAD = "Ngày 12/12/2024, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2024. "


# R165-2: a degree chained with a dot after "và" opens the next person
def test_chained_degree_after_va_opens_next_person():
    r = rec(HEAD + "Chủ trì có BS Trịnh Văn Lợi, Giám đốc Trung tâm Y tế huyện Mỹ Lộc, Cụm trưởng và ThS.BSCKII Đào Thị Nga, "
            "Giám đốc Trung tâm Y tế huyện Ý Yên, Cụm phó.")
    p = people_by_name(r)
    assert p["Đào Thị Nga"]["title"] == "Giám đốc Trung tâm Y tế huyện Ý Yên, Cụm phó"
    assert roles(r)["vice_chair"] == "Trung tâm Y tế huyện Ý Yên"


def test_honour_and_degree_chained_after_va_in_title():
    r = rec(HEAD + "Chủ trì có BS Trịnh Văn Lợi, Giám đốc Trung tâm Y tế huyện Mỹ Lộc và TTND.PGS.TS Đào Thị Nga, Giám đốc Bệnh viện Phụ sản.")
    p = people_by_name(r)
    assert p["Trịnh Văn Lợi"]["title"] == "Giám đốc Trung tâm Y tế huyện Mỹ Lộc"
    assert p["Đào Thị Nga"]["title"] == "Giám đốc Bệnh viện Phụ sản"


def test_va_of_a_unit_name_stays_in_title():
    # (negative: "và" inside a unit's name, no degree after it)
    r = rec(HEAD + "Chủ trì có ông Trịnh Văn Lợi, Giám đốc Sở Khoa học và Công nghệ tỉnh phát biểu.")
    assert people_by_name(r)["Trịnh Văn Lợi"]["title"] == "Giám đốc Sở Khoa học và Công nghệ tỉnh"


# R165-4: a spaced two-part degree before a name that is not opened by a family name
def test_spaced_degree_before_central_highlands_name():
    r = rec(HEAD + "BS. CKII A Thuận, Giám đốc Trung tâm Y tế huyện Kon Plông, Cụm trưởng chủ trì hội nghị.")
    assert people_by_name(r)["A Thuận"]["roles"] == ["presided"]
    assert r["cluster"]["chair"] == {"organization": "Trung tâm Y tế huyện Kon Plông", "person": "A Thuận"}
    r = rec(HEAD + "ThS. BS A Thuận, Giám đốc Trung tâm Y tế huyện Kon Plông chủ trì hội nghị.")
    assert "A Thuận" in people_by_name(r)


def test_spaced_degrees_counted_are_no_person():
    # (negative: the degrees named as a kind of staff, no name after them)
    r = rec(HEAD + "Trung tâm có 12 BS. CKI và BS. CKII, tăng so với năm trước.")
    assert r["people"] == []


# R167-2: a role note in brackets between two guests of a ";" list
def test_bracketed_note_in_semicolon_guest_list():
    r = rec(HEAD + "Hội nghị có sự tham dự của ông Lò Văn Tâm, Giám đốc Trung tâm Văn hóa tỉnh (Cụm trưởng); ông Vi Văn Sáu, "
            "Giám đốc Bảo tàng tỉnh (Cụm phó).")
    p = people_by_name(r)
    assert p["Lò Văn Tâm"]["roles"] == ["attended"]
    assert p["Vi Văn Sáu"]["roles"] == ["attended"]


def test_bracketed_note_then_own_act_is_not_shared():
    # (negative: the second one has an act of his own)
    r = rec(HEAD + "Ông Lò Văn Tâm, Giám đốc Trung tâm Văn hóa tỉnh (Cụm trưởng) chủ trì hội nghị; ông Vi Văn Sáu, "
            "Giám đốc Bảo tàng tỉnh (Cụm phó) trao cờ cho các đơn vị.")
    p = people_by_name(r)
    assert p["Lò Văn Tâm"]["roles"] == ["presided"]
    assert "presided" not in p["Vi Văn Sáu"]["roles"]


# R163-2: an award to a person named with "anh"/"chị"
def test_award_to_person_after_chi_and_anh():
    r = rec("Ngày 18/12/2024, Cụm thi đua số 2 Tỉnh đoàn tổng kết năm 2024.\n"
            "Dịp này, Tỉnh đoàn trao Bằng khen của Trung ương Đoàn cho chị Đỗ Thị Mai, Bí thư Huyện đoàn Tuy An.")
    assert [(a["recipient"], a["award"]) for a in r["awards"]] == [("Đỗ Thị Mai", "Bằng khen của Trung ương Đoàn")]
    r = rec("Ngày 18/12/2024, Cụm thi đua số 2 Tỉnh đoàn tổng kết năm 2024.\n"
            "Dịp này, Tỉnh đoàn trao Bằng khen của Trung ương Đoàn cho anh Đỗ Văn Phúc, Bí thư Huyện đoàn Tuy An.")
    assert [a["recipient"] for a in r["awards"]] == ["Đỗ Văn Phúc"]


def test_anh_chi_em_is_no_recipient():
    # (negative: "anh chị em", "chị em" are people in general; a unit with "Anh" in its name)
    r = rec("Ngày 18/12/2024, Cụm thi đua số 2 Tỉnh đoàn tổng kết năm 2024.\n"
            "Tỉnh đoàn trao Bằng khen cho Đoàn xã Anh Sơn và tặng quà cho chị em phụ nữ.")
    assert [a["recipient"] for a in r["awards"]] == ["Đoàn xã Anh Sơn"]


# R163-6: a byline "H'Name - Unit"
def test_apostrophe_byline_with_unit_after_dash():
    r = rec("Ngày 8/12/2023, Khối thi đua các đoàn thể huyện Krông Pắc tổng kết năm 2023.\n\nH'Lê - Hội LHPN huyện Krông Pắc")
    assert r["author"] == "H'Lê"


def test_apostrophe_place_line_is_no_byline():
    # (negative: a place joined by an apostrophe, then a unit)
    r = rec("Ngày 8/12/2023, Khối thi đua các đoàn thể huyện Krông Pắc tổng kết năm 2023.\n\nM'Đrắk - Hội Nông dân huyện")
    assert r["author"] is None


# R164-4: a byline "Full Name - Unit" on the page's first line, above the headline
def test_byline_name_and_unit_above_headline():
    r = rec("Phạm Thị Hương - Trường Tiểu học Kim Chung\nCụm thi đua số 2 các trường tiểu học tổng kết năm học 2023 - 2024\n"
            "Ngày 27/5/2024, tại Trường Tiểu học Kim Chung, Cụm thi đua số 2 các trường tiểu học huyện Hoài Đức tổ chức hội nghị "
            "tổng kết năm học 2023 - 2024.")
    assert r["author"] == "Phạm Thị Hương"
    assert people_by_name(r)["Phạm Thị Hương"]["title"] == "Trường Tiểu học Kim Chung"


def test_line_above_headline_not_a_byline():
    # (negative: a name and a position; a guest the article names with an honorific; a place and a unit)
    tail = ("\nCụm thi đua số 2 tổng kết năm 2024\nNgày 27/5/2024, tại Phòng GD&ĐT, Cụm thi đua số 2 tổ chức hội nghị tổng "
            "kết năm 2024.")
    assert rec("Phạm Văn Hùng - Giám đốc Sở Nội vụ" + tail)["author"] is None
    assert rec("Phạm Văn Hùng - Phòng GD&ĐT huyện Hoài Đức" + tail + " Đồng chí Phạm Văn Hùng, Trưởng phòng phát biểu.")["author"] is None
    assert rec("Hoài Đức - Trường Tiểu học Kim Chung" + tail)["author"] is None

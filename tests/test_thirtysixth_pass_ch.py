"""The thirty-sixth pass (ch): the chair's person through the other forms an article writes the chair unit in. One key
compares a title's unit with the chair's: the province's kind word left out ("Cục X tỉnh A" / "Cục X A"), an abbreviation
the article defines in brackets written out; a title ending in a bare "tỉnh" names the chair with its province ("Bộ CHQS
tỉnh"); a position "<head> trưởng" heads the unit its title writes without that head ("Chỉ huy trưởng BĐBP tỉnh A" for "Bộ
Chỉ huy BĐBP tỉnh A"); a bare head word ("Giám đốc Bệnh viện") the chair that opens with it, when no other unit of that head
is named. A branch's words after an abbreviation in brackets stay in the unit's name ("Ngân hàng X (NHX) chi nhánh tỉnh A");
a dateline's dash after the date opens the unit that follows it. Examples written for these tests."""


def _chair(r: dict, key: str = "chair") -> dict | None:
    return r["cluster"][key]


# --- the province's kind word left out in the title ------------------------------------------------------------------


def test_title_without_the_province_word_names_the_chair(rec):
    r = rec("Ngày 12/12/2024, Cục Hải quan tỉnh Bình Định (Cụm trưởng Cụm thi đua số 4) tổ chức hội nghị tổng kết năm 2024. "
            "Ông Trần Quốc Huy, Cục trưởng Cục Hải quan Bình Định chủ trì hội nghị.")
    assert _chair(r) == {"organization": "Cục Hải quan tỉnh Bình Định", "person": "Trần Quốc Huy"}


def test_a_city_is_not_the_province_of_its_name(rec):
    # (negative: "TP Hà Tĩnh" is the city's, its police no chair written "tỉnh Hà Tĩnh")
    r = rec("Ngày 12/12/2024, Công an tỉnh Hà Tĩnh (Cụm trưởng Cụm thi đua số 4) tổ chức hội nghị tổng kết năm 2024. "
            "Thượng tá Lê Văn Nam, Trưởng Công an TP Hà Tĩnh chủ trì hội nghị.")
    assert _chair(r)["organization"] == "Công an tỉnh Hà Tĩnh"
    assert _chair(r)["person"] is None


# --- an abbreviation the article defines -----------------------------------------------------------------------------


def test_title_with_the_articles_own_abbreviation_names_the_chair(rec):
    r = rec("Ngày 18/12/2024, Cục Quản lý thị trường (QLTT) tỉnh Gia Lai, Cụm trưởng Cụm thi đua số 2, tổ chức hội nghị "
            "tổng kết năm 2024. Bà Hà Thị Lan, Cục trưởng Cục QLTT tỉnh Gia Lai chủ trì hội nghị.")
    assert _chair(r) == {"organization": "Cục Quản lý thị trường (QLTT) tỉnh Gia Lai", "person": "Hà Thị Lan"}


def test_another_abbreviation_is_another_unit(rec):
    # (negative: the title's abbreviation is not the one the article defines)
    r = rec("Ngày 18/12/2024, Cục Quản lý thị trường (QLTT) tỉnh Gia Lai, Cụm trưởng Cụm thi đua số 2, tổ chức hội nghị "
            "tổng kết năm 2024. Bà Hà Thị Lan, Cục trưởng Cục THADS tỉnh Gia Lai chủ trì hội nghị.")
    assert _chair(r)["person"] is None


# --- a bare "tỉnh" in the title, an abbreviation of the chair's head ---------------------------------------------------


def test_bare_province_word_and_abbreviation_name_the_chair(rec):
    r = rec("Ngày 5/7/2024, Bộ Chỉ huy Quân sự tỉnh Điện Biên, đơn vị Cụm trưởng Cụm thi đua số 1, tổ chức sơ kết 6 tháng "
            "đầu năm 2024.\nĐại tá Vũ Đức Long, Chỉ huy trưởng Bộ CHQS tỉnh chủ trì hội nghị.")
    assert _chair(r) == {"organization": "Bộ Chỉ huy Quân sự tỉnh Điện Biên", "person": "Vũ Đức Long"}


def test_bare_province_word_of_another_unit_names_no_chair(rec):
    # (negative: "Sở Tư pháp tỉnh" is no form of the chair)
    r = rec("Ngày 5/7/2024, Công an tỉnh Điện Biên, đơn vị Cụm trưởng Cụm thi đua số 1, tổ chức sơ kết 6 tháng đầu năm 2024.\n"
            "Ông Vũ Đức Long, Giám đốc Sở Tư pháp tỉnh chủ trì hội nghị.")
    assert _chair(r)["person"] is None


# --- a position named after the head the title's unit leaves out ------------------------------------------------------


def test_commander_of_a_command_written_short(rec):
    r = rec("Ngày 20/6/2024, Bộ Chỉ huy BĐBP tỉnh Quảng Trị, đơn vị Cụm trưởng Cụm thi đua số 3, tổ chức sơ kết phong trào "
            "thi đua 6 tháng đầu năm 2024.\nĐại tá Phan Văn Hòa, Chỉ huy trưởng BĐBP tỉnh Quảng Trị chủ trì hội nghị.")
    assert _chair(r) == {"organization": "Bộ Chỉ huy BĐBP tỉnh Quảng Trị", "person": "Phan Văn Hòa"}


def test_head_of_the_body_an_office_serves_is_not_the_offices(rec):
    # (negative: the chair's name ends with the title's unit, but the position heads that unit, not the office)
    r = rec("Ngày 20/6/2024, Văn phòng UBND tỉnh Quảng Trị, đơn vị Cụm trưởng Cụm thi đua số 3, tổ chức sơ kết 6 tháng đầu "
            "năm 2024.\nÔng Phan Văn Hòa, Chủ tịch UBND tỉnh Quảng Trị chủ trì hội nghị.")
    assert _chair(r)["person"] is None


# --- a bare head word ----------------------------------------------------------------------------------------------------


def test_bare_head_word_names_the_only_unit_of_that_head(rec):
    r = rec("Ngày 8/1/2025, Bệnh viện Phổi tỉnh Nghệ An, đơn vị Trưởng khối, tổ chức hội nghị tổng kết năm 2024 của Khối "
            "thi đua các đơn vị y tế.\nBSCKII Hồ Văn Minh, Giám đốc Bệnh viện chủ trì hội nghị.")
    assert _chair(r) == {"organization": "Bệnh viện Phổi tỉnh Nghệ An", "person": "Hồ Văn Minh"}


def test_bare_head_word_with_another_unit_of_that_head_named(rec):
    # (negative: "Bệnh viện" may be the other hospital the article names)
    r = rec("Ngày 8/1/2025, Bệnh viện Phổi tỉnh Nghệ An, đơn vị Trưởng khối, tổ chức hội nghị tổng kết năm 2024 của Khối "
            "thi đua các đơn vị y tế tại hội trường Bệnh viện Sản Nhi Nghệ An.\nBSCKII Hồ Văn Minh, Giám đốc Bệnh viện chủ "
            "trì hội nghị.")
    assert _chair(r)["person"] is None


# --- a branch's words after an abbreviation in brackets ------------------------------------------------------------------


def test_branch_after_an_abbreviation_stays_in_the_name(rec):
    r = rec("Ngày 15/1/2025, Ngân hàng Chính sách xã hội (NHCSXH) chi nhánh tỉnh Yên Bái (Trưởng cụm) tổ chức hội nghị tổng "
            "kết công tác thi đua năm 2024 của Cụm thi đua số 2.")
    assert _chair(r)["organization"] == "Ngân hàng Chính sách xã hội (NHCSXH) chi nhánh tỉnh Yên Bái"


def test_branch_after_an_abbreviation_with_a_dash_note(rec):
    r = rec("Ngày 15/1/2025, Ngân hàng Chính sách xã hội (NHCSXH) chi nhánh tỉnh Yên Bái - Trưởng cụm thi đua số 2 năm 2024 "
            "tổ chức hội nghị tổng kết công tác thi đua năm 2024.")
    assert _chair(r)["organization"] == "Ngân hàng Chính sách xã hội (NHCSXH) chi nhánh tỉnh Yên Bái"


def test_a_verb_after_a_role_note_still_opens_the_next_unit(rec):
    # (negative: lower-case words after a bracket that are a verb still end the unit before them)
    r = rec("Ngày 15/1/2025, Sở Tài chính (Cụm trưởng) phối hợp Sở Xây dựng (Cụm phó) tổ chức hội nghị tổng kết công tác "
            "thi đua năm 2024 của Cụm thi đua số 2.")
    assert _chair(r)["organization"] == "Sở Tài chính"
    assert _chair(r, "vice_chair")["organization"] == "Sở Xây dựng"


# --- a dateline before the meeting sentence ------------------------------------------------------------------------------


def test_dateline_dash_opens_the_chair_unit(rec):
    r = rec("Quảng Trị, ngày 15/11/2024 – Cục Thuế tỉnh Quảng Trị (Cụm trưởng Cụm thi đua số 5) đã tổ chức hội nghị sơ kết "
            "9 tháng năm 2024 của Cụm.")
    assert _chair(r)["organization"] == "Cục Thuế tỉnh Quảng Trị"


def test_dateline_with_a_hyphen_and_the_presiding_head(rec):
    r = rec("Quảng Trị, ngày 15/11/2024 - Cục Thuế tỉnh Quảng Trị (Cụm trưởng Cụm thi đua số 5) đã tổ chức hội nghị sơ kết "
            "9 tháng năm 2024 của Cụm. Ông Lê Văn Quang, Cục trưởng Cục Thuế tỉnh Quảng Trị chủ trì hội nghị.")
    assert _chair(r) == {"organization": "Cục Thuế tỉnh Quảng Trị", "person": "Lê Văn Quang"}


def test_dateline_with_no_role_note_gives_no_chair(rec):
    # (negative: the dash opens the unit, but no role is noted on it)
    r = rec("Quảng Trị, ngày 15/11/2024 – Cục Thuế tỉnh Quảng Trị đã tổ chức hội nghị sơ kết 9 tháng năm 2024 của Cụm thi "
            "đua số 5.")
    assert _chair(r) is None


# --- near forms: another unit of the same system ---------------------------------------------------------------------


def test_same_system_in_another_province_is_not_the_chair(rec):
    # (negative: the province word left out, but the province is another)
    r = rec("Ngày 14/12/2024, Cục Thuế tỉnh Quảng Ngãi (Cụm trưởng Cụm thi đua số 8) tổ chức hội nghị tổng kết năm 2024. "
            "Ông Phan Văn Dũng, Cục trưởng Cục Thuế Quảng Nam chủ trì phần thảo luận.")
    assert _chair(r)["person"] is None


def test_commander_of_a_district_board_is_not_the_provincial_commands(rec):
    # (negative: "Chỉ huy trưởng" of a district's board, not of the chair's command)
    r = rec("Ngày 14/6/2024, Bộ Chỉ huy Quân sự tỉnh Yên Bái, đơn vị Cụm trưởng Cụm thi đua số 2, tổ chức sơ kết 6 tháng đầu "
            "năm 2024.\nThượng tá Hà Văn Tùng, Chỉ huy trưởng Ban CHQS huyện Văn Yên chủ trì thảo luận.")
    assert _chair(r)["person"] is None

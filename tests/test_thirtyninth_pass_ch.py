"""Rules of the thirty-ninth pass on the cluster's roles (R168-2, R170-4, R172-5, R173-2, R169-3, R169-7): a role note on the
host bridge point of an online meeting, on a passive's agent, on the unit of a position after "là"; a brand's abbreviation in
brackets naming the chair in a presider's title; the body of a bare place listed under its plural; the role given in the
passive by turn; "đặc khu" among the kinds of an agreed unit. Examples written for these tests."""

from record_views import kinds, roles

BLOC = "Ngày 12/1/2022, Khối thi đua các cơ quan kinh tế tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2021.\n"
CLUSTER = "Ngày 20/12/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"
COMMUNES = "Ngày 8/1/2026, Cụm thi đua số 6 các xã, phường tổ chức hội nghị tổng kết công tác thi đua năm 2025.\n"


def chair(r: dict):
    c = r["cluster"]["chair"]
    return (c["organization"], c["person"]) if c else None


# R168-2: the host bridge point of an online meeting, a role note after it
def test_role_note_on_the_host_bridge_point(rec):
    for note in ("(Trưởng khối)", "(đơn vị Trưởng khối)", ", đơn vị Trưởng khối"):
        r = rec(BLOC + f"Hội nghị được tổ chức trực tuyến từ điểm cầu Sở Công Thương {note} tới các sở, ngành thành viên.")
        assert chair(r) == ("Sở Công Thương", None), note


def test_bridge_point_without_a_role_note_names_no_chair(rec):
    r = rec(BLOC + "Hội nghị được tổ chức trực tuyến từ điểm cầu Sở Công Thương tới các sở, ngành thành viên.")
    assert r["cluster"]["chair"] is None


# R172-5: the agent of a passive, a note after it
def test_role_note_on_a_passive_agent(rec):
    r = rec(CLUSTER + "Mô hình này được Hội Nông dân tỉnh, đơn vị Cụm trưởng Cụm thi đua số 4, chia sẻ tại hội nghị.")
    assert chair(r) == ("Hội Nông dân tỉnh", None)


def test_passive_agent_without_a_role_note_names_no_chair(rec):
    r = rec(CLUSTER + "Mô hình này được Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh chia sẻ tại hội nghị.")
    assert r["cluster"]["chair"] is None


# R172-5: the unit of a position after "là", a note after it
def test_role_note_on_the_unit_of_a_position_after_la(rec):
    r = rec("Ngày 25/12/2023, Khối thi đua các trường cao đẳng tổ chức hội nghị tổng kết năm 2023.\n"
            "Bà Lan là Hiệu trưởng Trường Cao đẳng Y tế tỉnh, đơn vị Trưởng khối năm 2023.")
    assert roles(r).get("chair") == "Trường Cao đẳng Y tế tỉnh"


def test_position_after_la_with_another_years_role_is_no_chair_now(rec):
    r = rec("Ngày 25/12/2023, Khối thi đua các trường cao đẳng tổ chức hội nghị tổng kết năm 2023.\n"
            "Bà Lan là Hiệu trưởng Trường Cao đẳng Y tế tỉnh, đơn vị Trưởng khối năm 2021.")
    assert roles(r).get("chair") is None


# R170-4: a brand's abbreviation in brackets, not its initials, in a presider's title that holds the role
def test_brand_abbreviation_in_brackets_links_the_chairs_person(rec):
    r = rec("Sáng 5/3/2024, Khối thi đua các Tập đoàn kinh tế ký kết giao ước thi đua năm 2024. Tập đoàn Công nghiệp Cao su "
            "Việt Nam (VRG) là Trưởng khối năm 2024.\nÔng Trần Văn Hải, Tổng Giám đốc VRG, Trưởng khối chủ trì lễ ký kết.")
    assert chair(r) == ("Tập đoàn Công nghiệp Cao su Việt Nam", "Trần Văn Hải")
    r = rec("Sáng 5/3/2024, Khối thi đua các Tập đoàn kinh tế ký kết giao ước thi đua năm 2024. Tập đoàn Hóa chất Việt Nam "
            "(VNC) là Trưởng khối năm 2024.\nÔng Trần Văn Hải, Tổng Giám đốc VNC, Trưởng khối chủ trì lễ ký kết.")
    assert chair(r) == ("Tập đoàn Hóa chất Việt Nam", "Trần Văn Hải")


def test_another_units_abbreviation_links_no_person(rec):
    r = rec("Sáng 5/3/2024, Khối thi đua các Tập đoàn kinh tế ký kết giao ước thi đua năm 2024. Tập đoàn Hóa chất Việt Nam "
            "(VNC) là Trưởng khối năm 2024.\nÔng Trần Văn Hải, Tổng Giám đốc PVN, Trưởng khối chủ trì lễ ký kết.")
    assert chair(r) == ("Tập đoàn Hóa chất Việt Nam", None)


# R173-2: the body of a bare place listed under its plural presides
def test_body_of_a_bare_place_links_the_chairs_person(rec):
    r = rec("Ngày 10/7/2024, Cụm thi đua số 3 Công an các tỉnh sơ kết công tác thi đua 6 tháng đầu năm 2024. Cụm gồm Công an "
            "các tỉnh: Sơn La (Cụm trưởng), Điện Biên, Lai Châu.\nĐại tá Lê Văn Hùng, Giám đốc Công an tỉnh Sơn La chủ trì hội nghị.")
    assert chair(r) == ("Sơn La", "Lê Văn Hùng")


def test_another_body_of_the_place_links_no_person(rec):
    r = rec("Ngày 10/7/2024, Cụm thi đua số 3 Công an các tỉnh sơ kết công tác thi đua 6 tháng đầu năm 2024. Cụm gồm Công an "
            "các tỉnh: Sơn La (Cụm trưởng), Điện Biên, Lai Châu.\nÔng Lê Văn Hùng, Phó Chủ tịch UBND tỉnh Sơn La chủ trì hội nghị.")
    assert chair(r) == ("Sơn La", None)


# R169-3: the role given in the passive by turn
def test_role_given_by_turn_in_the_passive(rec):
    for s in ("Năm 2026, vai trò Cụm trưởng được luân phiên cho phường Tân Hòa.",
              "Cụm trưởng năm 2026 được luân phiên giao cho phường Tân Hòa."):
        r = rec(COMMUNES + s)
        assert roles(r).get("next_chair") == "phường Tân Hòa", s
        assert "election" in kinds(r), s


def test_rule_of_turns_names_no_next_chair(rec):
    r = rec(COMMUNES + "Theo quy chế, vai trò Cụm trưởng được luân phiên giữa các xã, phường trong Cụm.")
    assert "next_chair" not in roles(r)
    assert "election" not in kinds(r)


# R169-7: "đặc khu" among the kinds of a unit the meeting agrees on by turn
def test_special_zone_agreed_by_turn_is_an_election(rec):
    r = rec(COMMUNES + "Hội nghị thống nhất luân phiên đặc khu Lý Sơn làm Cụm trưởng năm 2026.")
    assert roles(r).get("next_chair") == "đặc khu Lý Sơn"
    assert "election" in kinds(r)


def test_special_zone_hosting_a_meeting_is_no_election(rec):
    r = rec(COMMUNES + "Hội nghị thống nhất luân phiên đặc khu Lý Sơn đăng cai hội nghị sơ kết năm 2026.")
    assert "election" not in kinds(r)

"""The thirty-seventh pass's member-list rules (R142-2, R143-2, R145-4, R148-1, R148-2, R144-6 of the reviews): culture,
press, sport and media unit heads split a list's last "và"; "HEAD A, B và C" with a comma inside the name is one unit; a
unit's plural over places ("X các huyện A và B") gives the bare places; a "Thành phần Khối ...:" heading opens the members;
the chair's and vice-chair's units join "các thành viên còn lại"; "của N <units> trong Cụm" is a count.
Examples written for these tests; each rule with a near form it must not fire on."""

CULTURE = "Ngày 9/1/2025, Khối thi đua Văn hóa - Thông tin tỉnh Hòa Lạc tổ chức hội nghị tổng kết năm 2024.\n"
AGRI = "Ngày 16/7/2025, Cụm thi đua các đơn vị sự nghiệp tỉnh Phú Hưng tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.\n"
FRONT = "Ngày 19/12/2024, Cụm thi đua số 4 Mặt trận Tổ quốc tỉnh Hà Giang tổ chức hội nghị tổng kết năm 2024.\n"
BLOC = "Ngày 15/10/2025, Khối thi đua số 7 tỉnh Hòa Lạc tổ chức hội nghị sơ kết 9 tháng năm 2025.\n"
GEN = "Sáng 24/12/2025, Khối thi đua các cơ quan nội chính tỉnh Phú Hưng tổ chức hội nghị tổng kết năm 2025.\n"


def members(r: dict) -> list:
    return r["cluster"]["members"]


# R142-2: the heads of culture, press, sport and media units
def test_portal_head_splits_the_last_and(rec):
    r = rec(CULTURE + "Khối gồm: Báo Hòa Lạc, Bảo tàng tỉnh và Cổng Thông tin điện tử tỉnh.\n")
    assert members(r) == ["Báo Hòa Lạc", "Bảo tàng tỉnh", "Cổng Thông tin điện tử tỉnh"]


def test_troupe_cinema_and_club_heads_split_the_last_and(rec):
    r = rec(CULTURE + "Khối gồm: Nhà hát tỉnh, Thư viện tỉnh và Đoàn Ca múa dân tộc tỉnh.\n")
    assert members(r) == ["Nhà hát tỉnh", "Thư viện tỉnh", "Đoàn Ca múa dân tộc tỉnh"]
    r = rec(CULTURE + "Khối gồm: Thư viện tỉnh, Bảo tàng tỉnh và Rạp Chiếu phim Hòa Lạc.\n")
    assert members(r) == ["Thư viện tỉnh", "Bảo tàng tỉnh", "Rạp Chiếu phim Hòa Lạc"]
    r = rec(CULTURE + "Khối gồm: Trung tâm Văn hóa tỉnh, Nhà thi đấu tỉnh và Câu lạc bộ Bóng chuyền Hòa Lạc.\n")
    assert members(r) == ["Trung tâm Văn hóa tỉnh", "Nhà thi đấu tỉnh", "Câu lạc bộ Bóng chuyền Hòa Lạc"]


def test_a_gate_or_a_delegation_is_no_unit(rec):
    # (a bare "cổng" is a gate, a bare "Đoàn" a delegation or a family name: the list before them is as it was)
    r = rec(CULTURE + "Khối gồm: Báo Hòa Lạc, Thư viện tỉnh và Bảo tàng tỉnh. Đại biểu được đón tại cổng Bảo tàng tỉnh; "
                      "Đoàn công tác của tỉnh và ông Đoàn Văn Lực dự hội nghị.\n")
    assert members(r) == ["Báo Hòa Lạc", "Thư viện tỉnh", "Bảo tàng tỉnh"]


# R143-2: "HEAD A, B và C", the comma inside one name
def test_comma_inside_a_name_ended_by_its_last_field(rec):
    r = rec(AGRI + "Cụm gồm 3 đơn vị: Chi cục Thủy sản, Chi cục Trồng trọt, Bảo vệ thực vật và Khuyến nông, Trung tâm Giống cây trồng.\n")
    assert members(r) == ["Chi cục Thủy sản", "Chi cục Trồng trọt, Bảo vệ thực vật và Khuyến nông", "Trung tâm Giống cây trồng"]
    r = rec(AGRI + "Cụm gồm: Trung tâm Đo đạc, Kiểm định chất lượng và công nghệ; Chi cục Thủy sản; Chi cục Kiểm lâm.\n")
    assert members(r) == ["Trung tâm Đo đạc, Kiểm định chất lượng và công nghệ", "Chi cục Thủy sản", "Chi cục Kiểm lâm"]


def test_comma_before_proper_names_or_a_unit_still_parts(rec):
    # (proper names after the comma: schools named after persons, a list of three)
    r = rec("Ngày 2/6/2025, Cụm thi đua số 6 các trường THPT tỉnh Phú Hưng tổng kết năm học 2024-2025.\n"
            "Cụm gồm: Trường THPT Ngô Quyền, Lý Thường Kiệt và Hai Bà Trưng.\n")
    assert members(r) == ["Trường THPT Ngô Quyền", "Lý Thường Kiệt", "Hai Bà Trưng"]
    # (a unit's head after the comma: two units)
    r = rec(AGRI + "Cụm gồm: Chi cục Thủy sản, Trung tâm Khuyến nông và Chi cục Kiểm lâm.\n")
    assert members(r) == ["Chi cục Thủy sản", "Trung tâm Khuyến nông", "Chi cục Kiểm lâm"]


def test_clause_after_a_name_is_not_its_field(rec):
    # (the comma followed by a clause in lower case: no name runs on into the title)
    r = rec(AGRI + "Ông Lê Văn Tám, Phó Cục trưởng Cục Thủy sản, dự và phát biểu chỉ đạo hội nghị.\n")
    p = next(p for p in r["people"] if p["name"] == "Lê Văn Tám")
    assert p["title"] == "Phó Cục trưởng Cục Thủy sản"


# R145-4: a unit's plural over places, the places bare
def test_plural_over_places_after_a_unit_gives_bare_places(rec):
    r = rec(FRONT + "Cụm gồm ba đơn vị: Ủy ban MTTQ thành phố Hà Giang, Ủy ban MTTQ các huyện Quản Bạ và Yên Minh.\n")
    assert members(r) == ["Ủy ban MTTQ thành phố Hà Giang", "Quản Bạ", "Yên Minh"]
    r = rec(FRONT + "Cụm gồm: Ủy ban MTTQ thành phố Hà Giang, Ủy ban MTTQ các huyện Quản Bạ, Đồng Văn và Mèo Vạc.\n")
    assert members(r) == ["Ủy ban MTTQ thành phố Hà Giang", "Quản Bạ", "Đồng Văn", "Mèo Vạc"]


def test_plural_then_a_unit_of_its_own_is_not_split_as_places(rec):
    r = rec(FRONT + "Cụm gồm: Ủy ban MTTQ thành phố Hà Giang, Ủy ban MTTQ các huyện Quản Bạ và Ban Dân vận Huyện ủy Yên Minh.\n")
    assert members(r)[-1] == "Ban Dân vận Huyện ủy Yên Minh"
    assert "Yên Minh" not in members(r)


# R148-1: a heading naming the cluster's make-up
def test_composition_heading_with_numbered_lines(rec):
    r = rec(BLOC + "Thành phần Khối thi đua số 7:\n1. Sở Tư pháp (Trưởng khối)\n2. Thanh tra tỉnh\n3. Sở Nội vụ\n")
    assert members(r) == ["Sở Tư pháp", "Thanh tra tỉnh", "Sở Nội vụ"]


def test_composition_heading_inline_and_member_units_heading(rec):
    r = rec(BLOC + "Thành phần Khối: Sở Tư pháp, Thanh tra tỉnh, Sở Nội vụ.\n")
    assert members(r) == ["Sở Tư pháp", "Thanh tra tỉnh", "Sở Nội vụ"]
    r = rec(BLOC + "Các đơn vị thành viên:\n- Sở Tư pháp;\n- Thanh tra tỉnh;\n- Sở Nội vụ.\n")
    assert members(r) == ["Sở Tư pháp", "Thanh tra tỉnh", "Sở Nội vụ"]


def test_attendance_or_file_heading_is_no_member_list(rec):
    r = rec(BLOC + "Thành phần tham dự: Sở Tư pháp, Thanh tra tỉnh, Sở Nội vụ.\n")
    assert members(r) == []
    r = rec(BLOC + "Hội nghị biểu dương các đơn vị thành viên: Sở Tư pháp, Sở Nội vụ có nhiều cách làm hay.\n")
    assert members(r) == []


# R148-2: the role units, then "the remaining members"
def test_remaining_members_follow_the_chair_and_vice_chair(rec):
    r = rec(GEN + "Trưởng khối năm 2025 là Công an tỉnh; Phó trưởng khối là Tòa án nhân dân tỉnh. "
                  "Các thành viên còn lại gồm Viện kiểm sát nhân dân tỉnh, Sở Tư pháp và Thanh tra tỉnh.\n")
    assert members(r) == ["Công an tỉnh", "Tòa án nhân dân tỉnh", "Viện kiểm sát nhân dân tỉnh", "Sở Tư pháp", "Thanh tra tỉnh"]


def test_without_remaining_or_with_next_roles_no_role_unit_is_added(rec):
    # (a plain list after the roles: as written)
    r = rec(GEN + "Trưởng khối năm 2025 là Công an tỉnh; Phó trưởng khối là Tòa án nhân dân tỉnh. "
                  "Khối gồm Viện kiểm sát nhân dân tỉnh, Sở Tư pháp và Thanh tra tỉnh.\n")
    assert members(r) == ["Viện kiểm sát nhân dân tỉnh", "Sở Tư pháp", "Thanh tra tỉnh"]
    # (the roles of the next year: those units are no chair of this one, nothing added)
    r = rec(GEN + "Hội nghị bầu Sở Tư pháp làm Trưởng khối, Thanh tra tỉnh làm Phó trưởng khối năm 2026. "
                  "Các thành viên còn lại gồm Công an tỉnh và Tòa án nhân dân tỉnh.\n")
    assert "Sở Tư pháp" not in members(r) and "Thanh tra tỉnh" not in members(r)


# R144-6: the units counted in passing, "của N <units> trong Cụm"
def test_count_of_units_in_the_cluster_in_passing(rec):
    r = rec("Ngày 8/12/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2024 của 6 chi nhánh NHCSXH trong Cụm.\n")
    assert r["cluster"]["member_count"] == 6
    r = rec(GEN + "Hội nghị đánh giá kết quả công tác của 9 cơ quan, đơn vị trong Khối.\n")
    assert r["cluster"]["member_count"] == 9


def test_count_of_some_units_or_without_the_cluster_is_none(rec):
    r = rec(GEN + "Khối gồm: Công an tỉnh, Sở Tư pháp, Thanh tra tỉnh. Hội nghị ghi nhận kết quả của 2 đơn vị khác trong tỉnh.\n")
    assert r["cluster"]["member_count"] is None
    r = rec(GEN + "Khối gồm: Công an tỉnh, Sở Tư pháp, Thanh tra tỉnh. Tổng kinh phí của 3 đơn vị đạt 2 tỷ đồng.\n")
    assert r["cluster"]["member_count"] is None

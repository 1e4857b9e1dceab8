"""The thirty-fourth pass's member-list rules (SYS-1, LOC-1, MASS-1, CEN-4, SYS-2, CEN-2, ARM-3 of the reviews): unit
names of the 2025 reform split at their commas, a head the places share cut from the first, grassroots Party bodies as
member nouns, members named outside a "gồm" list, a count of unit kinds that is no list, and "và" in a list of bare names.
Examples written for these tests; each rule with a near form it must not fire on."""

LEAD = "Ngày 16/12/2025, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025. "
BLOC = "Ngày 20/01/2024, Khối thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. "


def members(r: dict) -> list:
    return r["cluster"]["members"]


# SYS-1: a unit named by its field and its place, the post-2025 way, opens the next item after a comma
def test_statistics_units_of_the_reform_split_at_commas(rec):
    r = rec(LEAD + "Cụm gồm 03 đơn vị: Thống kê tỉnh Hà Tĩnh, Thống kê tỉnh Quảng Trị và Thống kê thành phố Huế.")
    assert members(r) == ["Thống kê tỉnh Hà Tĩnh", "Thống kê tỉnh Quảng Trị", "Thống kê thành phố Huế"]


def test_a_name_with_a_comma_inside_still_holds_together(rec):
    # (the tail after the comma opens with no unit's head: one association's name)
    r = rec(LEAD + "Cụm gồm 03 đơn vị: Liên hiệp các Hội Văn học, Nghệ thuật tỉnh Hà Tĩnh, Hội Nông dân tỉnh Hà Tĩnh "
                   "và Hội Cựu chiến binh tỉnh Hà Tĩnh.")
    assert members(r)[0] == "Liên hiệp các Hội Văn học, Nghệ thuật tỉnh Hà Tĩnh"
    assert len(members(r)) == 3


# LOC-1: a plural head the places share, named by region, is cut from the first place
def test_a_shared_regional_head_is_cut_from_the_first_place(rec):
    r = rec("Ngày 10/7/2025, Khối thi đua số 3 gồm các Bệnh viện đa khoa khu vực Kỳ Anh, Hương Khê, Cẩm Xuyên tổ chức hội nghị "
            "sơ kết 6 tháng đầu năm 2025.")
    assert members(r) == ["Kỳ Anh", "Hương Khê", "Cẩm Xuyên"]


def test_the_last_place_may_carry_another_kind(rec):
    r = rec(LEAD + "Cụm gồm 4 đơn vị: Trung tâm Văn hóa - Thể thao các xã Cẩm Xuyên, Thạch Hà, Can Lộc và phường Thành Sen.")
    assert members(r) == ["Cẩm Xuyên", "Thạch Hà", "Can Lộc", "phường Thành Sen"]


def test_a_regional_unit_followed_by_other_units_keeps_its_name(rec):
    r = rec(LEAD + "Cụm gồm Bệnh viện đa khoa khu vực Kỳ Anh, Sở Y tế và Trung tâm Kiểm soát bệnh tật.")
    assert members(r)[0] == "Bệnh viện đa khoa khu vực Kỳ Anh"


# MASS-1: grassroots Party bodies are the nouns a bloc's members are counted and listed by
def test_party_bodies_counted_before_their_list(rec):
    r = rec(BLOC + "Khối có 3 đảng bộ: Đảng bộ Công ty Cấp nước Nghệ An, Đảng bộ Công ty Xi măng Nghi Sơn, Đảng bộ Công ty "
                   "Cảng Cửa Lò.")
    assert r["cluster"]["member_count"] == 3
    assert members(r) == ["Đảng bộ Công ty Cấp nước Nghệ An", "Đảng bộ Công ty Xi măng Nghi Sơn", "Đảng bộ Công ty Cảng Cửa Lò"]
    r = rec(BLOC + "Khối có 2 chi bộ: Chi bộ Trường Tiểu học Hưng Dũng, Chi bộ Trường Mầm non Hưng Bình.")
    assert members(r) == ["Chi bộ Trường Tiểu học Hưng Dũng", "Chi bộ Trường Mầm non Hưng Bình"]


def test_party_bodies_that_achieved_something_are_no_list(rec):
    r = rec(BLOC + "Khối có 2 chi bộ đạt trong sạch vững mạnh: Chi bộ Trường Tiểu học Hưng Dũng, Chi bộ Trường Mầm non Hưng Bình.")
    assert members(r) == []
    assert r["cluster"]["member_count"] is None


# CEN-4: members named outside a "gồm" list
def test_an_attendance_list_labelled_as_the_members(rec):
    r = rec("Ngày 5/7/2023, Khối thi đua các cơ quan văn hóa tổ chức hội nghị sơ kết 6 tháng đầu năm 2023. Tham dự có lãnh đạo "
            "Nhà xuất bản Kim Đồng, Báo Thanh Niên và Tạp chí Văn nghệ - các đơn vị thành viên của Khối.")
    assert members(r) == ["Nhà xuất bản Kim Đồng", "Báo Thanh Niên", "Tạp chí Văn nghệ"]


def test_an_attendance_list_labelled_otherwise_names_no_members(rec):
    r = rec("Ngày 5/7/2023, Khối thi đua số 2 tổ chức hội nghị sơ kết 6 tháng đầu năm 2023. Tham dự có lãnh đạo "
            "Nhà xuất bản Kim Đồng, Báo Thanh Niên và Tạp chí Văn nghệ - các đơn vị khách mời.")
    assert members(r) == []


def test_members_given_as_examples(rec):
    r = rec(BLOC + "Nhiều đơn vị thành viên như Tổng công ty Lương thực miền Bắc, Tổng công ty Thép Việt Nam đạt doanh thu cao.")
    assert members(r) == ["Tổng công ty Lương thực miền Bắc", "Tổng công ty Thép Việt Nam"]


def test_units_given_as_examples_not_named_members_are_no_list(rec):
    r = rec(BLOC + "Nhiều đơn vị như Tổng công ty Lương thực miền Bắc, Tổng công ty Thép Việt Nam đạt doanh thu cao.")
    assert members(r) == []


# SYS-2: the units the subject of the meeting sentence, tied to the cluster by "thuộc Cụm thi đua số N"
def test_subject_units_tied_to_the_numbered_cluster(rec):
    r = rec("Ngày 9-3-2026, các đơn vị Hải quan khu vực VI, Hải quan khu vực VII và Hải quan khu vực VIII thuộc Cụm thi đua số 2 "
            "đã tổ chức ký kết giao ước thi đua năm 2026.")
    assert members(r) == ["Hải quan khu vực VI", "Hải quan khu vực VII", "Hải quan khu vực VIII"]


def test_subject_units_tied_to_a_province_are_no_list(rec):
    r = rec(LEAD + "Các đơn vị Sở Tư pháp, Sở Nội vụ thuộc tỉnh Hà Tĩnh đã tham dự.")
    assert members(r) == []


# CEN-2: a count before kinds of units, each a bare head, is a count, not a list
def test_a_count_of_unit_kinds_names_no_members(rec):
    r = rec(BLOC + "Khối gồm 8 Tổng công ty, Công ty trực thuộc Bộ Công Thương.")
    assert r["cluster"]["member_count"] == 8
    assert members(r) == []


def test_a_count_before_named_units_is_still_a_list(rec):
    r = rec(BLOC + "Khối gồm 3 Tổng công ty Lương thực miền Bắc, Công ty Xăng dầu Nghệ An và Tập đoàn Dệt may.")
    assert members(r) == ["Tổng công ty Lương thực miền Bắc", "Công ty Xăng dầu Nghệ An", "Tập đoàn Dệt may"]


# ARM-3: in a list of bare names, "và" between two bare names parts them even where the first opens like a unit
def test_and_splits_a_pair_of_bare_names(rec):
    r = rec(LEAD + "Cụm gồm Công an các xã: Cẩm Xuyên, Thạch Hà, Hội Minh và Kỳ Anh.")
    assert members(r) == ["Cẩm Xuyên", "Thạch Hà", "Hội Minh", "Kỳ Anh"]


def test_and_inside_a_unit_name_among_units_still_joins(rec):
    # (a list of units, not of bare names: the "và" of a name with a unit's head is left to the other rules)
    r = rec(LEAD + "Cụm gồm: Sở Tư pháp, Sở Nội vụ, Trường Cao đẳng Kỹ thuật và Công nghệ Hà Tĩnh.")
    assert "Trường Cao đẳng Kỹ thuật và Công nghệ Hà Tĩnh" in members(r)

"""Guards on the thirty-fourth pass's member-list rules (x34mb): near forms of ordinary articles the rules misread at first
(the review's mb-1 .. mb-9). Examples written for these tests."""

LEAD = "Ngày 19/12/2024, Cụm thi đua số 7 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "
BLOC = "Ngày 15/01/2025, Khối thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. "


def members(r: dict) -> list:
    return r["cluster"]["members"]


# mb-1: a count before two bare heads is a list where the second goes on with its place's kind
def test_a_head_named_by_its_place_after_a_count_is_a_member(rec):
    r = rec(BLOC + "Khối gồm 3 Kho bạc, Bảo hiểm xã hội huyện và Chi cục Thuế khu vực.")
    assert members(r)[:2] == ["Kho bạc", "Bảo hiểm xã hội huyện"]


# mb-2: ... or with lower-case words of its own name
def test_a_head_whose_name_goes_on_in_lower_case_after_a_count_is_a_member(rec):
    r = rec(LEAD + "Cụm gồm 4 Tòa án nhân dân, Viện kiểm sát nhân dân thành phố, Chi cục Thi hành án dân sự và Công an thành phố.")
    assert members(r)[:2] == ["Tòa án nhân dân", "Viện kiểm sát nhân dân thành phố"]


# mb-3: units a clause names with its verb before "thuộc khối N", a town's residential block, are no members
def test_units_acting_in_a_residential_block_are_no_members(rec):
    r = rec(LEAD + "Nhân dịp Tết, các đơn vị Bưu điện huyện Yên Thành, Trường THCS Bắc Thành đã thăm và tặng quà các hộ nghèo "
                   "thuộc khối 2, thị trấn Yên Thành.")
    assert members(r) == []


# mb-4: the guests read up to another "lãnh đạo" are not the attendance list a dash labels the members
def test_guests_before_a_labelled_attendance_list_are_no_members(rec):
    r = rec(LEAD + "Dự hội nghị có đại diện Ban Thi đua - Khen thưởng tỉnh, Văn phòng UBND tỉnh và lãnh đạo Sở Xây dựng, "
                   "Sở Công Thương - các đơn vị thành viên của Cụm.")
    assert "Ban Thi đua - Khen thưởng tỉnh" not in members(r)
    assert "Văn phòng UBND tỉnh" not in members(r)


# mb-5: examples of a named unit's own member companies are not the bloc's members
def test_member_companies_of_a_group_are_no_members_of_the_bloc(rec):
    r = rec(BLOC + "Tổng công ty Lương thực miền Nam cùng các đơn vị thành viên như Công ty Lương thực Tiền Giang, Công ty "
                   "Lương thực Long An đã góp phần bình ổn thị trường.")
    assert members(r) == []


# mb-6: "không" of "hàng không" inside a member's name does not end it
def test_a_negator_inside_a_members_name_does_not_cut_it(rec):
    r = rec(BLOC + "Các doanh nghiệp thành viên như Công ty Xăng dầu Quảng Bình, Cảng hàng không Đồng Hới đều vượt kế hoạch.")
    assert members(r) == ["Công ty Xăng dầu Quảng Bình", "Cảng hàng không Đồng Hới"]


# mb-7: the Party cells the members have are no count of the members
def test_party_cells_of_the_members_are_no_member_count(rec):
    r = rec(BLOC + "Các cơ quan trong Khối có 21 chi bộ, 4 đảng bộ cơ sở.")
    assert r["cluster"]["member_count"] is None


# mb-8: a Party committee's grassroots bodies are no count of the emulation bloc's members
def test_a_party_committees_bodies_are_no_member_count(rec):
    r = rec(BLOC + "Đảng bộ Khối có 36 tổ chức cơ sở đảng, 1.500 đảng viên.")
    assert r["cluster"]["member_count"] is None


# mb-9: Party cells set up under the bloc are no count of its members
def test_party_cells_set_up_under_the_bloc_are_no_member_count(rec):
    r = rec(BLOC + "Trong năm, Đảng ủy Khối kiện toàn 3 chi bộ thuộc Khối, kết nạp 27 đảng viên.")
    assert r["cluster"]["member_count"] is None


# mb-10: two heads, each a whole name, after a count of two are a list of two
def test_two_bare_heads_after_a_count_of_two_are_members(rec):
    r = rec(LEAD + "Cụm gồm 2 Kho bạc và Thanh tra.")
    assert members(r) == ["Kho bạc", "Thanh tra"]

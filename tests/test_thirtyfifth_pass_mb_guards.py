"""Guards for the thirty-fifth pass's member rules (x35mb): near forms in ordinary articles where the new rules misfired
(review rv35/mb, mb-1 .. mb-10). Examples written for these tests."""

LEAD = "Ngày 16/12/2025, Khối thi đua các cơ quan kinh tế tỉnh Đông Sơn tổ chức hội nghị tổng kết công tác thi đua năm 2025.\n"
CUM = "Chiều 19/12/2025, Cụm thi đua số 5 tỉnh Đông Sơn tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.\n"
NC = "Ngày 24/6/2025, Khối thi đua các cơ quan Nội chính tỉnh Đông Sơn tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.\n"


def members(r: dict) -> list:
    return r["cluster"]["members"]


# mb-1: TAB-1, a board's roles before the colon are no units
def test_roles_of_a_board_before_the_colon_are_no_members(rec):
    r = rec(CUM + "Tổ giúp việc của Cụm gồm các thành viên:\n- Tổ trưởng: đồng chí Phạm Văn Bình, Phó Chủ tịch UBND huyện Yên Mỹ;\n"
                  "- Tổ viên: cán bộ Phòng Nội vụ các huyện.\n")
    assert "Tổ viên" not in members(r) and "Tổ trưởng" not in members(r)


# mb-2: TAB-1, the parts of a programme are no units
def test_parts_of_a_programme_are_no_members(rec):
    r = rec(CUM + "Nội dung làm việc của Cụm gồm:\nPhần thứ nhất: đánh giá kết quả công tác thi đua năm 2025;\n"
                  "Phần thứ hai: bình xét, suy tôn đơn vị dẫn đầu Cụm.\n")
    assert not any(m.startswith("Phần") for m in members(r))


# mb-3: DEP-2, "là thành viên Khối" labelling one unit after a guest's roll on semicolons
def test_la_label_of_the_last_unit_does_not_take_the_guests_before_it(rec):
    r = rec(NC + "Tham dự có đại diện Văn phòng Tỉnh ủy; đại diện Ban Thi đua - Khen thưởng tỉnh; Cục Thi hành án dân sự tỉnh, "
                 "đơn vị là thành viên Khối từ năm 2023.")
    assert "Ban Thi đua - Khen thưởng tỉnh" not in members(r)
    assert not any(m.endswith("đơn vị") for m in members(r))


# mb-4 .. mb-8: DEP-4, a kind of unit in the plural after "và các" is cut even when a word of the name repeats it
def test_plural_of_companies_after_a_department_is_cut(rec):
    r = rec(LEAD + "Khối gồm 4 đơn vị: Sở Xây dựng, Sở Công Thương và các công ty cổ phần có vốn nhà nước, Cục Thuế tỉnh.")
    assert "Sở Công Thương" in members(r)
    assert not any("các công ty" in m for m in members(r))


def test_plural_of_bank_branches_after_the_state_bank_branch_is_cut(rec):
    r = rec("Sáng 9/1/2025, Khối thi đua các Ngân hàng tỉnh Đông Sơn tổ chức hội nghị tổng kết năm 2024.\n"
            "Khối gồm Kho bạc Nhà nước tỉnh, Ngân hàng Nhà nước Chi nhánh tỉnh Đông Sơn và các chi nhánh tổ chức tín dụng.")
    assert "Ngân hàng Nhà nước Chi nhánh tỉnh Đông Sơn" in members(r)
    assert not any("các chi nhánh" in m for m in members(r))


def test_plural_of_cooperatives_after_the_alliance_is_cut(rec):
    r = rec(LEAD + "Khối gồm Sở Tài chính, Liên minh Hợp tác xã tỉnh và các hợp tác xã nông nghiệp, Sở Xây dựng.")
    assert "Liên minh Hợp tác xã tỉnh" in members(r)
    assert not any("các hợp tác xã" in m for m in members(r))


def test_plural_of_member_societies_after_the_union_is_cut(rec):
    r = rec("Ngày 12/12/2025, Khối thi đua các tổ chức hội tỉnh Đông Sơn tổ chức hội nghị tổng kết năm 2025.\n"
            "Khối gồm Hội Nhà báo tỉnh, Liên hiệp các Hội Văn học Nghệ thuật tỉnh và các hội chuyên ngành.")
    assert "Liên hiệp các Hội Văn học Nghệ thuật tỉnh" in members(r)
    assert not any("các hội" in m for m in members(r))


def test_plural_of_commune_police_after_a_police_division_is_cut(rec):
    r = rec(CUM + "Cụm gồm Phòng Cảnh sát hình sự Công an tỉnh và các công an huyện trên địa bàn, Sở Tư pháp.")
    assert "Phòng Cảnh sát hình sự Công an tỉnh" in members(r)
    assert not any("các công an" in m for m in members(r))


# mb-9, mb-10: ENT-1, a branch after a firm's comma is its own unit when it names its trade or the firm its own place
def test_a_branch_naming_its_trade_is_a_unit_of_its_own(rec):
    r = rec(LEAD + "Khối gồm Công ty Cấp nước Đông Sơn, Chi nhánh Thủy lợi Bắc Sơn, Cục Hải quan tỉnh.")
    assert "Công ty Cấp nước Đông Sơn" in members(r)
    assert "Chi nhánh Thủy lợi Bắc Sơn" in members(r)


def test_an_office_after_a_local_bank_is_a_unit_of_its_own(rec):
    r = rec(LEAD + "Khối gồm Ngân hàng Phát triển khu vực Đông Sơn, Sở Tài chính, Ngân hàng Chính sách xã hội tỉnh, "
                   "Phòng giao dịch huyện Yên Mỹ, Cục Hải quan tỉnh.")
    assert "Ngân hàng Chính sách xã hội tỉnh" in members(r)
    assert "Ngân hàng Chính sách xã hội tỉnh, Phòng giao dịch huyện Yên Mỹ" not in members(r)


# mb-11: DEP-2, a singular dash label after a roll on semicolons labels its last unit alone
def test_singular_dash_label_after_semicolons_does_not_take_the_guests(rec):
    r = rec(NC + "Đến dự có đại diện Văn phòng Tỉnh ủy; lãnh đạo Ban Thi đua - Khen thưởng tỉnh; Cục Thi hành án dân sự tỉnh - "
                 "đơn vị thành viên của Khối.")
    assert "Ban Thi đua - Khen thưởng tỉnh" not in members(r)

"""The thirty-fifth pass's member-list rules (TAB-1, DEP-2, DEP-4, ENT-1, ENT-3 of the reviews): a list line "Unit: result"
gives the unit before the colon, an attendance list on semicolons labelled the members after it, "và các <noun>" inside a
unit's name, a bank's or company's ", Chi nhánh X", and "và" between two fully named units anywhere in a list.
Examples written for these tests; each rule with a near form it must not fire on."""

LEAD = "Ngày 18/12/2025, Khối thi đua các cơ quan kinh tế tỉnh Hòa Lạc tổ chức hội nghị tổng kết công tác thi đua năm 2025.\n"
BANKS = "Sáng 10/1/2025, Khối thi đua các Ngân hàng tỉnh Phú Hưng tổ chức hội nghị tổng kết năm 2024.\n"


def members(r: dict) -> list:
    return r["cluster"]["members"]


# TAB-1: "Unit: result" lines under a lead that names the members
def test_score_lines_give_the_unit_before_the_colon(rec):
    r = rec(LEAD + "Kết quả chấm điểm của 03 đơn vị thành viên Khối như sau:\n1. Sở Công Thương: 97,25 điểm\n"
                   "2. Sở Nông nghiệp và Môi trường: 95 điểm\n3. Thuế tỉnh: 93,5 điểm\n")
    assert members(r) == ["Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Thuế tỉnh"]


def test_rank_lines_with_bullets_give_the_unit(rec):
    r = rec(LEAD + "Kết quả chấm điểm của 03 đơn vị thành viên như sau:\n- Kho bạc Nhà nước khu vực V: xếp thứ nhất;\n"
                   "- Sở Tài chính: xếp thứ hai;\n- Thống kê tỉnh: xếp thứ ba.\n")
    assert members(r) == ["Kho bạc Nhà nước khu vực V", "Sở Tài chính", "Thống kê tỉnh"]


def test_results_of_units_under_a_results_lead_list_no_members(rec):
    # (the lead names no members: the results of some units)
    r = rec(LEAD + "Khối có 08 đơn vị. Kết quả sản xuất kinh doanh năm 2025 của các đơn vị:\n"
                   "+ Công ty Điện lực Hòa Lạc: doanh thu đạt 110% kế hoạch;\n+ Viễn thông Hòa Lạc: doanh thu đạt 103% kế hoạch.\n")
    assert members(r) == []


def test_award_lines_are_not_cut_at_their_colon(rec):
    # (after the colon a capitalised unit: an award's recipients, no "Unit: result")
    r = rec(LEAD + "Khối gồm các đơn vị:\n- Sở Tài chính;\n- Sở Xây dựng;\n- Sở Công Thương.\n"
                   "Hội nghị đề nghị khen thưởng như sau:\n- Cờ thi đua của UBND tỉnh: Sở Tài chính.\n")
    assert members(r) == ["Sở Tài chính", "Sở Xây dựng", "Sở Công Thương"]


# DEP-2: an attendance list on semicolons, labelled the members after a dash or by "là thành viên Khối"
NC = "Ngày 20/6/2025, Khối thi đua các cơ quan Nội chính tỉnh Phú Hưng tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.\n"


def test_semicolon_attendance_list_labelled_members_after_a_dash(rec):
    r = rec(NC + "Tham dự hội nghị có các đồng chí lãnh đạo Công an tỉnh; Viện Kiểm sát nhân dân tỉnh; Thanh tra tỉnh - các đơn vị "
                 "thành viên của Khối.")
    assert members(r) == ["Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh", "Thanh tra tỉnh"]


def test_attendance_list_labelled_by_la_thanh_vien(rec):
    r = rec(NC + "Dự hội nghị có lãnh đạo Công an tỉnh, Tòa án nhân dân tỉnh và Sở Tư pháp là thành viên Khối.")
    assert members(r) == ["Công an tỉnh", "Tòa án nhân dân tỉnh", "Sở Tư pháp"]


def test_semicolon_attendance_list_without_a_label_lists_no_members(rec):
    r = rec(NC + "Dự hội nghị có lãnh đạo Công an tỉnh; Tòa án nhân dân tỉnh; Sở Tư pháp.")
    assert members(r) == []


def test_a_guest_roll_labelled_in_another_sentence_lists_no_members(rec):
    r = rec(NC + "Dự hội nghị có lãnh đạo Ban Thi đua - Khen thưởng tỉnh; Sở Nội vụ. Sở Tư pháp là thành viên Khối.")
    assert members(r) == []


# DEP-4: "và các <noun>" repeating a word of the name after its head is the name's own
def test_management_board_of_zones_keeps_its_plural_tail(rec):
    r = rec(LEAD + "Khối có 3 thành viên là Sở Tài chính, Ban Quản lý Khu kinh tế Vân Phong và các khu công nghiệp, và Sở Xây dựng.")
    assert members(r) == ["Sở Tài chính", "Ban Quản lý Khu kinh tế Vân Phong và các khu công nghiệp", "Sở Xây dựng"]


def test_a_kind_of_units_after_va_cac_is_still_cut(rec):
    # (the head's own plural: a kind of unit, no member named)
    r = rec(BANKS + "Khối gồm Ngân hàng Nhà nước chi nhánh tỉnh Phú Hưng và các ngân hàng thương mại, Bảo hiểm xã hội tỉnh.")
    assert "Ngân hàng Nhà nước chi nhánh tỉnh Phú Hưng" in members(r)
    assert not any("các ngân hàng" in m for m in members(r))


# ENT-1: a bank's or a company's branch after its comma
def test_bank_branch_after_a_comma_continues_the_bank(rec):
    r = rec(BANKS + "Khối gồm Ngân hàng TMCP Ngoại thương Việt Nam, Chi nhánh Phú Hưng, Ngân hàng Chính sách xã hội tỉnh, "
                    "Bảo Việt Phú Hưng.")
    assert members(r) == ["Ngân hàng TMCP Ngoại thương Việt Nam, Chi nhánh Phú Hưng", "Ngân hàng Chính sách xã hội tỉnh",
                          "Bảo Việt Phú Hưng"]


def test_company_branch_after_va_continues_the_company(rec):
    r = rec(BANKS + "Khối gồm Bưu điện tỉnh Phú Hưng, Viettel Phú Hưng và Công ty Honda Việt Nam, Chi nhánh Phú Hưng.")
    assert members(r) == ["Bưu điện tỉnh Phú Hưng", "Viettel Phú Hưng", "Công ty Honda Việt Nam, Chi nhánh Phú Hưng"]


def test_a_branch_named_by_its_parent_is_a_unit_of_its_own(rec):
    # ("Chi nhánh Ngân hàng ..." opens another unit; and a branch after a unit that is no firm stays apart)
    r = rec(BANKS + "Khối gồm Công ty Điện lực Phú Hưng, Chi nhánh Ngân hàng Phát triển khu vực Phú Hưng, Sở Tài chính, "
                    "Chi nhánh Ninh Giang.")
    assert members(r)[:2] == ["Công ty Điện lực Phú Hưng", "Chi nhánh Ngân hàng Phát triển khu vực Phú Hưng"]
    assert "Sở Tài chính, Chi nhánh Ninh Giang" not in members(r)


# ENT-3: "và" between two fully named units splits in any comma part
def test_va_between_named_units_splits_inside_the_list(rec):
    r = rec(BANKS + "Khối gồm Bưu điện tỉnh Phú Hưng, Công ty CP Apatit Miền Bắc và Tổng công ty Khoáng sản Đông Á, "
                    "Viettel Phú Hưng.")
    assert members(r) == ["Bưu điện tỉnh Phú Hưng", "Công ty CP Apatit Miền Bắc", "Tổng công ty Khoáng sản Đông Á",
                          "Viettel Phú Hưng"]


def test_va_inside_an_office_of_two_bodies_stays(rec):
    # (the second a bare body of the place: one office)
    r = rec(LEAD + "Khối gồm Văn phòng Đoàn ĐBQH và HĐND tỉnh, Sở Tư pháp, Sở Nội vụ.")
    assert members(r)[0] == "Văn phòng Đoàn ĐBQH và HĐND tỉnh"


def test_va_inside_a_company_name_stays(rec):
    r = rec(LEAD + "Khối gồm Công ty CP Thương mại và Dịch vụ Hòa Lạc, Sở Tư pháp, Sở Nội vụ.")
    assert members(r)[0] == "Công ty CP Thương mại và Dịch vụ Hòa Lạc"


def test_a_roll_of_representatives_after_colons_keeps_the_units(rec):
    # (after the colon a person: the roll's line, read as before)
    r = rec(LEAD + "Đại diện các đơn vị thành viên Khối gồm:\n- Sở Tài chính: ông Nguyễn Văn Hùng, Phó Giám đốc;\n"
                   "- Sở Xây dựng: bà Trần Thị Lan, Giám đốc.")
    assert members(r) == ["Sở Tài chính", "Sở Xây dựng"]


def test_a_role_after_the_colon_is_no_result(rec):
    r = rec(LEAD + "Khối gồm các đơn vị thành viên:\n- Sở Tài chính: Trưởng khối;\n- Sở Xây dựng: Phó khối;\n- Sở Công Thương.")
    assert members(r) == ["Sở Tài chính", "Sở Xây dựng", "Sở Công Thương"]


def test_a_newspaper_and_the_broadcaster_split_inside_the_list(rec):
    # (the broadcaster's own "và" a protected name's: the pair splits at the first)
    r = rec(LEAD + "Khối gồm Báo Hòa Lạc và Đài Phát thanh và Truyền hình tỉnh, Sở Văn hóa, Thể thao và Du lịch.")
    assert members(r) == ["Báo Hòa Lạc", "Đài Phát thanh và Truyền hình tỉnh", "Sở Văn hóa, Thể thao và Du lịch"]

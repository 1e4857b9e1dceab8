"""Twenty-ninth pass, sector clusters (construction, transport, agriculture, electricity), each on an invented example:
"dự án" inside a unit's name is no verb "dự"; "công trình" in a recipient's name is no "trình" (a proposal); "Phân
xưởng", "Đội Quản lý", "Đoạn Quản lý" open a member after "và"; a recipient list led by "Các đơn vị" / "Hai đơn vị";
the generic pair "các cụm, khối thi đua" names no cluster; "Phó Chi cục trưởng phụ trách Chi cục X"; "thống nhất chọn A
là đơn vị ..., đề nghị ... tặng AWARD"; "Phó Chánh Thanh tra Sở" heads "Thanh tra Sở"."""

_HEAD = "Ngày 20/12/2022, Cụm thi đua số 9 tổ chức hội nghị tổng kết năm 2022.\n"


def _awards(r):
    return [(x["recipient"], x["award"], x["status"]) for x in r["awards"]]


def _person(r, name):
    return next(p for p in r["people"] if p["name"] == name)


# 1. "dự án" in a unit's name ------------------------------------------------------------------------------------------
def test_project_board_in_title_is_not_the_verb_attend(rec):
    r = rec("Cụm thi đua số 2 tổ chức sơ kết 6 tháng đầu năm 2022. Ông Phan Quốc Việt, Phó Giám đốc Ban Quản lý dự án "
            "phát triển đô thị, Cụm trưởng chủ trì hội nghị.")
    p = _person(r, "Phan Quốc Việt")
    assert p["title"] == "Phó Giám đốc Ban Quản lý dự án phát triển đô thị, Cụm trưởng"
    assert p["roles"] == ["presided"]
    assert r["cluster"]["chair"] == {"organization": "Ban Quản lý dự án phát triển đô thị", "person": "Phan Quốc Việt"}


def test_attending_verb_still_ends_a_title(rec):
    # (the verb "dự" itself, no "án" after it, still ends the title and gives the role)
    r = rec("Cụm thi đua số 2 tổ chức sơ kết 6 tháng đầu năm 2022. Ông Phan Quốc Việt, Giám đốc Sở Xây dựng dự hội nghị.")
    p = _person(r, "Phan Quốc Việt")
    assert p["title"] == "Giám đốc Sở Xây dựng"
    assert p["roles"] == ["attended"]


# 2. "công trình" in a recipient's name ------------------------------------------------------------------------------------
def test_works_company_receiving_is_conferred(rec):
    r = rec(_HEAD + "Công ty CP Quản lý công trình đô thị Hòa Bình nhận Bằng khen của Bộ Xây dựng.")
    assert _awards(r) == [("Công ty CP Quản lý công trình đô thị Hòa Bình", "Bằng khen của Bộ Xây dựng", "conferred")]


def test_submitting_to_a_giver_is_still_proposed(rec):
    r = rec(_HEAD + "Hội nghị thống nhất trình Bộ Xây dựng tặng Bằng khen cho Công ty CP Quản lý công trình đô thị Hòa Bình.")
    assert _awards(r) == [("Công ty CP Quản lý công trình đô thị Hòa Bình", "Bằng khen", "proposed")]


# 3. a workshop, a team, a road section after "và" --------------------------------------------------------------------------
def test_workshop_after_and_is_a_member_of_its_own(rec):
    r = rec("Cụm thi đua số 4 gồm 3 đơn vị: Điện lực Quỳnh Lưu, Điện lực Diễn Châu và Phân xưởng Sửa chữa thiết bị.")
    assert r["cluster"]["members"] == ["Điện lực Quỳnh Lưu", "Điện lực Diễn Châu", "Phân xưởng Sửa chữa thiết bị"]


def test_market_team_and_road_section_after_and(rec):
    r = rec("Cụm thi đua số 1 gồm 3 đơn vị: Chi cục Quản lý thị trường, Hạt Kiểm lâm Mường Tè và Đội Quản lý thị trường "
            "số 5.")
    assert r["cluster"]["members"] == ["Chi cục Quản lý thị trường", "Hạt Kiểm lâm Mường Tè", "Đội Quản lý thị trường số 5"]
    r = rec("Cụm thi đua số 7 gồm: Sở Giao thông vận tải, Cảng vụ Hàng hải Quy Nhơn và Đoạn Quản lý đường thủy nội địa số 6.")
    assert r["cluster"]["members"] == ["Sở Giao thông vận tải", "Cảng vụ Hàng hải Quy Nhơn",
                                       "Đoạn Quản lý đường thủy nội địa số 6"]


def test_sports_team_is_no_unit(rec):
    # (a team bare, a sports team, is no unit head: no rank read from a match)
    r = rec("Trong trận chung kết bóng đá, đội Hòa Bình giành chức vô địch, đội Tân Lập xếp thứ nhì.")
    assert r["rankings"] == []


# 4. "Các đơn vị A, B được ..." ------------------------------------------------------------------------------------------
def test_plural_lead_keeps_the_first_recipient(rec):
    r = rec(_HEAD + "Các đơn vị Sở Tư pháp, Sở Nội vụ được đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert _awards(r) == [("Sở Tư pháp", "Bằng khen của Chủ tịch UBND tỉnh", "proposed"),
                          ("Sở Nội vụ", "Bằng khen của Chủ tịch UBND tỉnh", "proposed")]


def test_counted_lead_keeps_the_first_recipient(rec):
    r = rec(_HEAD + "Hai đơn vị Sở Tư pháp và Sở Nội vụ được tặng Giấy khen.")
    assert _awards(r) == [("Sở Tư pháp", "Giấy khen", "conferred"), ("Sở Nội vụ", "Giấy khen", "conferred")]


# 5. the generic pair "các cụm, khối thi đua" ------------------------------------------------------------------------------
def test_generic_pair_of_clusters_is_no_name(rec):
    r = rec("Thực hiện hướng dẫn về tổ chức sơ kết các cụm, khối thi đua bảo đảm an toàn phòng dịch, Khối thi đua Nông "
            "nghiệp - Môi trường đã sơ kết 6 tháng đầu năm 2021 theo hình thức trực tuyến.")
    assert r["cluster"]["name"] == "Khối thi đua Nông nghiệp - Môi trường"
    assert r["cluster"]["kind"] == "khoi"
    r = rec("Thực hiện hướng dẫn về tổ chức sơ kết các khối, cụm thi đua bảo đảm an toàn phòng dịch, Khối thi đua Nông "
            "nghiệp - Môi trường đã sơ kết 6 tháng đầu năm 2021 theo hình thức trực tuyến.")
    assert r["cluster"]["name"] == "Khối thi đua Nông nghiệp - Môi trường"
    assert r["cluster"]["kind"] == "khoi"


# 6. "Phó Chi cục trưởng phụ trách Chi cục X" ------------------------------------------------------------------------------
def test_acting_head_of_a_sub_department_chairs_with_it(rec):
    r = rec("Ngày 28/6/2022, Cụm thi đua số 3 tổ chức sơ kết 6 tháng đầu năm 2022. Bà Vũ Thị Hạnh, Phó Chi cục trưởng phụ "
            "trách Chi cục Kiểm lâm, Cụm trưởng chủ trì hội nghị. Ông Đỗ Minh Sang, Phó Chi cục trưởng phụ trách Chi cục "
            "Chăn nuôi và Thú y, Cụm phó báo cáo kết quả.")
    assert r["cluster"]["chair"] == {"organization": "Chi cục Kiểm lâm", "person": "Vũ Thị Hạnh"}
    assert r["cluster"]["vice_chair"] == {"organization": "Chi cục Chăn nuôi và Thú y", "person": "Đỗ Minh Sang"}


# 7. "thống nhất chọn A là đơn vị ..., đề nghị ... tặng AWARD" --------------------------------------------------------------
def test_agreed_choice_then_proposal(rec):
    r = rec(_HEAD + "Hội nghị thống nhất chọn Sở Y tế là đơn vị xuất sắc nhất, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert _awards(r) == [("Sở Y tế", "Cờ thi đua", "proposed")]
    r = rec(_HEAD + "Các thành viên nhất trí chọn Sở Y tế, Sở Giáo dục và Đào tạo là hai đơn vị xuất sắc nhất, đề nghị "
                    "UBND tỉnh tặng Cờ thi đua.")
    assert _awards(r) == [("Sở Y tế", "Cờ thi đua", "proposed"), ("Sở Giáo dục và Đào tạo", "Cờ thi đua", "proposed")]


# 8. "Phó Chánh Thanh tra Sở" ----------------------------------------------------------------------------------------------
def test_deputy_chief_inspector_of_the_department_bare(rec):
    r = rec("Chiều 29/6/2022, Cụm thi đua số 5 tổ chức sơ kết 6 tháng đầu năm 2022. Ông Tạ Quang Huy, Phó Chánh Thanh tra "
            "Sở, Cụm phó báo cáo kết quả thực hiện 6 tháng đầu năm.")
    assert r["cluster"]["vice_chair"] == {"organization": "Thanh tra Sở", "person": "Tạ Quang Huy"}


def test_chief_inspector_of_a_named_department_keeps_the_department(rec):
    # (the department named after it: its name, as before)
    r = rec("Chiều 29/6/2022, Cụm thi đua số 5 tổ chức sơ kết 6 tháng đầu năm 2022. Ông Tạ Quang Huy, Chánh Thanh tra "
            "Sở Công Thương, Cụm trưởng chủ trì hội nghị.")
    assert r["cluster"]["chair"] == {"organization": "Sở Công Thương", "person": "Tạ Quang Huy"}


# second round: where the forms above stop ---------------------------------------------------------------------------------
def test_agreed_choice_of_a_host_is_no_recipient(rec):
    # (chosen to host the next meeting, not for the award: the proposal after it names no recipient)
    r = rec(_HEAD + "Hội nghị nhất trí chọn Sở Công Thương là đơn vị đăng cai Hội nghị sơ kết năm 2023, đồng thời bình xét, "
                    "đề nghị UBND tỉnh tặng Bằng khen năm 2022.")
    assert _awards(r) == []
    r = rec(_HEAD + "Các thành viên thống nhất chọn Sở Tài chính là đơn vị tổ chức hội nghị tổng kết năm 2023, đề nghị "
                    "UBND tỉnh tặng Cờ thi đua.")
    assert _awards(r) == []


def test_agreed_choice_for_a_lead_still_proposes(rec):
    r = rec(_HEAD + "Hội nghị thống nhất chọn Sở Công Thương dẫn đầu Cụm, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert _awards(r) == [("Sở Công Thương", "Cờ thi đua", "proposed")]


def test_plural_lead_of_a_class_of_units_names_none(rec):
    r = rec(_HEAD + "Các đơn vị Viện kiểm sát cấp huyện được đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert _awards(r) == []
    r = rec(_HEAD + "Các đơn vị Phòng Văn hóa cấp huyện được đề nghị tặng Giấy khen.")
    assert _awards(r) == []
    r = rec(_HEAD + "Các cơ quan Đảng, Mặt trận và đoàn thể được đề nghị tặng Giấy khen của Giám đốc Sở.")
    assert _awards(r) == []

"""Guards on the thirty-sixth pass's member-list rules (x36mb): the near forms in ordinary text that the rules first misread.
A bloc body's "Cơ quan và Doanh nghiệp" in capitals is one name only as that pair, not where "Cơ quan <body>" opens the next
unit; a lower-case place leads a "và các <kind>:" list only where "gồm" tells of the cluster; communes led by a township
still place the cluster; a list at a paragraph's end drops a last item cut on whole words. Examples written for these tests."""

LEAD_BLOC = "Ngày 9/1/2024, Khối thi đua các cơ quan Đảng, đoàn thể tỉnh Ninh Bình tổ chức hội nghị tổng kết năm 2023.\n"
LEAD_CUM = "Ngày 11/1/2024, Cụm thi đua số 6 tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n"
LEAD_SO = "Ngày 18/1/2024, Cụm thi đua các sở, ban, ngành tỉnh Bình Định tổ chức hội nghị tổng kết năm 2023.\n"


def members(r: dict) -> list:
    return r["cluster"]["members"]


# mb-1..4: "Đảng ủy Khối Doanh nghiệp và Cơ quan <body>": two units
def test_bloc_body_then_office_of_the_front_are_two_members(rec):
    r = rec(LEAD_BLOC + "Khối gồm: Ban Nội chính Tỉnh ủy, Đảng ủy Khối Doanh nghiệp và Cơ quan Ủy ban Mặt trận Tổ quốc tỉnh.\n")
    assert members(r) == ["Ban Nội chính Tỉnh ủy", "Đảng ủy Khối Doanh nghiệp", "Cơ quan Ủy ban Mặt trận Tổ quốc tỉnh"]


def test_bloc_body_then_office_of_the_youth_union_are_two_members(rec):
    r = rec(LEAD_BLOC + "Khối gồm: Ban Dân vận Tỉnh ủy, Công đoàn Khối Cơ quan và Cơ quan Tỉnh đoàn.\n")
    assert members(r) == ["Ban Dân vận Tỉnh ủy", "Công đoàn Khối Cơ quan", "Cơ quan Tỉnh đoàn"]


def test_bloc_union_then_office_of_the_labour_federation_are_two_members(rec):
    r = rec(LEAD_BLOC + "Khối gồm: Hội Chữ thập đỏ tỉnh, Đoàn Khối Doanh nghiệp và Cơ quan Liên đoàn Lao động tỉnh.\n")
    assert members(r)[-2:] == ["Đoàn Khối Doanh nghiệp", "Cơ quan Liên đoàn Lao động tỉnh"]


def test_bloc_body_then_office_of_the_provincial_committee_are_two_members(rec):
    r = rec(LEAD_BLOC + "Khối gồm: Ban Tổ chức Tỉnh ủy, Đảng ủy Khối Doanh nghiệp và Cơ quan Tỉnh ủy.\n")
    assert members(r)[-2:] == ["Đảng ủy Khối Doanh nghiệp", "Cơ quan Tỉnh ủy"]


# mb-5..7: "gồm" of a team, a board, a tournament: no lead member
def test_inspection_team_of_places_gives_no_lead_member(rec):
    r = rec(LEAD_CUM + "Tổ kiểm tra chéo gồm huyện Hoằng Hóa và các xã: Hoằng Đông, Hoằng Phụ đã hoàn thành nhiệm vụ.\n")
    assert "huyện Hoằng Hóa" not in members(r)


def test_organising_board_of_places_gives_no_lead_member(rec):
    r = rec(LEAD_CUM + "Cụm có 6 đơn vị. Ban tổ chức hội diễn gồm thành phố Sầm Sơn và các huyện: Quảng Xương, Hoằng Hóa.\n")
    assert "thành phố Sầm Sơn" not in members(r)


def test_tournament_of_places_gives_no_lead_member(rec):
    r = rec(LEAD_CUM + "Giải bóng chuyền gồm huyện Nga Sơn và các đội: Công an huyện, Ban Chỉ huy Quân sự huyện.\n")
    assert "huyện Nga Sơn" not in members(r)


def test_cluster_of_a_city_and_districts_still_leads_with_the_city(rec):
    r = rec(LEAD_CUM + "Các đơn vị thành viên gồm thành phố Sầm Sơn và các huyện: Quảng Xương, Hoằng Hóa.\n")
    assert members(r) == ["thành phố Sầm Sơn", "Quảng Xương", "Hoằng Hóa"]


# mb-8: communes led by a township with its kind still place the cluster
def test_township_then_communes_still_place_the_cluster(rec):
    r = rec("Ngày 20/1/2024, Cụm thi đua số 1 tổ chức hội nghị tổng kết năm 2023.\n"
            "Cụm gồm thị trấn Phố Lu và các xã: Xuân Quang, Sơn Hà, Gia Phú.\n")
    assert members(r)[0] == "thị trấn Phố Lu"
    assert r["meeting"]["province"] == "Lào Cai"


# mb-9..15: a list at a paragraph's end, cut on whole words
def test_unit_cut_after_a_dash_at_paragraph_end_is_dropped(rec):
    r = rec(LEAD_SO + "\nCụm gồm: Sở Nội vụ, Sở Y tế, Sở Giáo dục và Đào\n\nHội nghị thông qua báo cáo tổng kết.\n")
    assert members(r) == ["Sở Nội vụ", "Sở Y tế"]


def test_bare_head_at_paragraph_end_is_dropped(rec):
    r = rec(LEAD_SO + "\nCụm gồm: Sở Nội vụ, Sở Y tế, Thanh tra tỉnh, Ban\n\nDân tộc tỉnh.\n")
    assert members(r) == ["Sở Nội vụ", "Sở Y tế", "Thanh tra tỉnh"]


def test_company_with_only_its_legal_form_at_paragraph_end_is_dropped(rec):
    r = rec(LEAD_SO + "\nCụm gồm: Sở Nội vụ, Sở Y tế, Công ty TNHH\n\nMột thành viên Xổ số kiến thiết.\n")
    assert members(r) == ["Sở Nội vụ", "Sở Y tế"]


def test_numbered_unit_without_its_number_at_paragraph_end_is_dropped(rec):
    r = rec(LEAD_SO + "\nCụm gồm: Sở Nội vụ, Sở Y tế, Trường THCS số\n\nHội nghị thông qua báo cáo tổng kết.\n")
    assert members(r) == ["Sở Nội vụ", "Sở Y tế"]


def test_people_committee_alone_at_paragraph_end_is_dropped(rec):
    r = rec(LEAD_SO + "\nCụm gồm: Sở Nội vụ, Sở Y tế, UBND\n\nHội nghị thông qua báo cáo tổng kết.\n")
    assert members(r) == ["Sở Nội vụ", "Sở Y tế"]


def test_headless_rest_of_a_name_at_paragraph_end_is_dropped(rec):
    r = rec(LEAD_SO + "\nCụm gồm Sở Nội vụ, Sở Y tế và Sở Lao động, Thương binh\n\nHội nghị thông qua báo cáo tổng kết.\n")
    assert "Thương binh" not in members(r)


def test_plural_cut_after_its_noun_at_paragraph_end_is_dropped(rec):
    r = rec(LEAD_SO + "\nCụm gồm: Sở Nội vụ, Sở Y tế, Ban Quản lý các dự\n\nHội nghị thông qua báo cáo tổng kết.\n")
    assert members(r) == ["Sở Nội vụ", "Sở Y tế"]


def test_whole_last_unit_at_paragraph_end_is_still_kept(rec):
    r = rec(LEAD_SO + "\nCụm gồm: Sở Nội vụ, Sở Y tế, Sở Giáo dục và Đào tạo\n\nHội nghị thông qua báo cáo tổng kết.\n")
    assert members(r) == ["Sở Nội vụ", "Sở Y tế", "Sở Giáo dục và Đào tạo"]

"""Guards of the twenty-seventh pass's outcome rules, from a regression review (examples written for these tests)."""

_HEAD = "Cụm thi đua số 5 tổng kết năm 2024\nChiều 16/12/2024, Cụm thi đua số 5 tỉnh Lâm Hà tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


def test_a_habit_praised_before_the_ranking_cancels_only_its_own_place(rec):
    r = rec(_HEAD + "Với thành tích luôn đứng đầu trong công tác chuyển đổi số, Sở Công Thương được các đơn vị trong Khối "
                    "bình chọn dẫn đầu Khối thi đua năm 2024.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Sở Công Thương")]
    assert "ranking" in _kinds(r)
    # (the habit alone is still no ranking)
    r = rec(_HEAD + "Phát biểu tại hội nghị, khách mời đánh giá Sở Công Thương luôn là đơn vị đứng đầu Khối.")
    assert r["rankings"] == []


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def test_a_bare_proposal_with_its_recipient_after_doi_voi_or_a_chair_as_subject(rec):
    # (the recipient after "đối với", as after "cho": the subject is the one who proposes)
    r = rec(_HEAD + "Hội nghị suy tôn Sở Tài chính dẫn đầu Khối. Sở Giao thông vận tải (Khối trưởng) đề nghị tặng Bằng khen "
                    "của Chủ tịch UBND tỉnh đối với Sở Tài chính.")
    assert _awards(r) == [("Sở Tài chính", "Bằng khen của Chủ tịch UBND tỉnh", "proposed")]
    r = rec(_HEAD + "Sở Xây dựng đề nghị tặng Cờ thi đua của UBND tỉnh đối với Sở Công Thương.")
    assert _awards(r) == [("Sở Công Thương", "Cờ thi đua của UBND tỉnh", "proposed")]
    # (a unit named with its role in the cluster proposes, no recipient told)
    r = rec(_HEAD + "Sở Giao thông vận tải - đơn vị Trưởng khối đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert all(a["recipient"] != "Sở Giao thông vận tải" for a in r["awards"])
    # (the bare proposal itself still reads its subject as the recipient)
    r = rec(_HEAD + "Hội nghị thống nhất kết quả bình xét; Sở Tài chính đề nghị tặng Cờ thi đua của UBND tỉnh.")
    assert _awards(r) == [("Sở Tài chính", "Cờ thi đua của UBND tỉnh", "proposed")]


def test_a_units_leadership_body_after_its_representative_is_no_part_of_the_recipient(rec):
    r = rec(_HEAD + "Thừa ủy quyền, ông Trịnh Quốc Bảo trao Bằng khen của Chủ tịch UBND tỉnh cho đại diện Ban lãnh đạo "
                    "Công ty TNHH Hoa Sen Vàng.")
    assert _awards(r) == [("Công ty TNHH Hoa Sen Vàng", "Bằng khen của Chủ tịch UBND tỉnh", "conferred")]
    r = rec(_HEAD + "Ông Trịnh Quốc Bảo trao Cờ thi đua của UBND tỉnh cho đại diện Đảng ủy, Ban Giám đốc Sở Công Thương.")
    assert _awards(r) == [("Sở Công Thương", "Cờ thi đua của UBND tỉnh", "conferred")]
    # (a Party committee that is the unit itself stays whole)
    r = rec(_HEAD + "Ông Trịnh Quốc Bảo trao Cờ thi đua của UBND tỉnh cho đại diện Đảng ủy Khối Doanh nghiệp tỉnh.")
    assert _awards(r) == [("Đảng ủy Khối Doanh nghiệp tỉnh", "Cờ thi đua của UBND tỉnh", "conferred")]


def test_a_guidance_or_a_set_of_criteria_listed_under_the_agreed_contents_is_a_document(rec):
    for item in ("Hướng dẫn bình xét, xếp hạng thi đua năm 2025 của Khối;", "Bộ tiêu chí chấm điểm thi đua năm 2025;",
                 "Các tiêu chí thi đua năm 2025 của Khối;"):
        r = rec(_HEAD + "Hội nghị đã thống nhất các nội dung sau:\n- " + item +
                "\n- Tổ chức hội thao giữa các đơn vị trong Khối vào quý III/2025.")
        assert _kinds(r) == ["approve_report", "plan"], item
    # (the verb that guides the units is no document)
    r = rec(_HEAD + "Hội nghị đã thống nhất các nội dung sau:\n- Hướng dẫn các đơn vị đăng ký thi đua năm 2025;"
                    "\n- Tổ chức hội thao giữa các đơn vị trong Khối vào quý III/2025.")
    assert "approve_report" not in _kinds(r)


def test_time_spent_on_the_signing_is_no_time_set_for_it(rec):
    r = rec(_HEAD + "Cuối buổi, lãnh đạo các đơn vị dành thời gian ký kết giao ước thi đua năm 2025.")
    assert _kinds(r) == ["covenant"]
    # (the time set for a signing to come stays none)
    r = rec(_HEAD + "Hội nghị thống nhất thời gian ký kết giao ước thi đua năm 2025 vào tháng 3/2025.")
    assert "covenant" not in _kinds(r)


def test_items_under_a_lead_asked_of_the_units_are_no_acts(rec):
    lead = "Phát biểu chỉ đạo, bà Đinh Thu Trang, Phó Chủ tịch UBND tỉnh đề nghị các đơn vị trong Khối xác định rõ các nhiệm vụ sau:\n"
    r = rec(_HEAD + lead + "Thứ nhất, đổi mới cách thức phát động thi đua.\nThứ hai, tổ chức hội thao giữa các đơn vị trong Khối.")
    assert _kinds(r) == []
    r = rec(_HEAD + lead + "- Đổi mới cách thức phát động thi đua;\n- Tổ chức hội thao giữa các đơn vị trong Khối.")
    assert _kinds(r) == []
    # (the meeting's own agreeing lead keeps its items)
    r = rec(_HEAD + "Hội nghị thống nhất các nội dung sau:\nThứ nhất, đổi mới nội dung thi đua.\n"
                    "Thứ hai, tổ chức hội thao giữa các đơn vị trong Khối.")
    assert _kinds(r) == ["plan"]


def test_an_earlier_day_cancels_only_the_acts_of_its_own_clause(rec):
    r = rec(_HEAD + "Ngày 10/12/2024, các thành viên đã chấm điểm chéo; tại Hội nghị, các thành viên ký kết giao ước thi đua năm 2025.")
    assert _kinds(r) == ["covenant"]
    r = rec(_HEAD + "Tháng 11/2024, Khối đã tổ chức chấm điểm chéo, tại hội nghị này, các đơn vị ký kết giao ước thi đua năm 2025.")
    assert _kinds(r) == ["covenant"]
    # (in its own clause the act is still the review's)
    r = rec(_HEAD + "Ngày 10/12/2024, các thành viên đã ký kết giao ước thi đua năm 2025.")
    assert _kinds(r) == []


def test_awards_under_a_conferral_on_the_basis_of_a_proposal_are_conferred(rec):
    r = rec(_HEAD + "Nhân dịp này, theo đề nghị của Ban Thi đua - Khen thưởng tỉnh, Chủ tịch UBND tỉnh đã khen thưởng:\n"
                    "- Tặng Cờ thi đua của UBND tỉnh cho Sở Công Thương;\n- Tặng Bằng khen của Chủ tịch UBND tỉnh cho Sở Tài chính.")
    assert {a["status"] for a in r["awards"]} == {"conferred"}
    assert {a["recipient"] for a in r["awards"]} == {"Sở Công Thương", "Sở Tài chính"}
    # (a lead that proposes keeps its items proposed)
    r = rec(_HEAD + "Hội nghị thống nhất đề nghị:\n- Tặng Cờ thi đua của UBND tỉnh cho Sở Công Thương;\n"
                    "- Tặng Bằng khen của Chủ tịch UBND tỉnh cho Sở Tài chính.")
    assert {a["status"] for a in r["awards"]} == {"proposed"}

"""Guards on the thirty-first pass's role rules, each on an invented example: the meeting giving a unit a role ("Hội nghị giao A
làm Trưởng khối") elects the next one, a higher body's assignment does not; a role item with no verb of its own under a lead
that only tells the members agreed; "việc làm" inside a unit's name is no verb; the "và" inside "Phát thanh và Truyền hình" is
no list's join; "và giao A làm ..." is a second act of the clause."""

LEAD = "Ngày 12/01/2025, Khối thi đua Kinh tế tổng hợp tỉnh Ninh Thuận tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n"
SIGNING = "Ngày 08/03/2024, Khối thi đua các đơn vị sự nghiệp ngành Nội vụ tỉnh Hà Nam tổ chức hội nghị ký kết giao ước thi đua năm 2024.\n"


def _org(role):
    return role["organization"] if role else None


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


def test_the_meeting_giving_a_unit_the_role_elects_the_next_chair(rec):
    r = rec(LEAD + "Hội nghị giao Sở Công Thương làm Trưởng khối.")
    assert _org(r["cluster"]["next_chair"]) == "Sở Công Thương"
    assert r["cluster"]["chair"] is None
    assert "election" in _kinds(r)


def test_the_role_given_after_dong_thoi_is_the_next_chair(rec):
    r = rec(LEAD + "Hội nghị biểu quyết nhất trí phương hướng, nhiệm vụ năm 2025, đồng thời giao Cục Thống kê tỉnh làm Trưởng khối.")
    assert _org(r["cluster"]["next_chair"]) == "Cục Thống kê tỉnh"
    assert r["cluster"]["chair"] is None


def test_a_higher_bodys_assignment_for_the_year_reviewed_is_the_chair(rec):
    r = rec(LEAD + "Năm 2024, UBND tỉnh giao Sở Công Thương làm Trưởng khối.")
    assert _org(r["cluster"]["chair"]) == "Sở Công Thương"
    assert r["cluster"]["next_chair"] is None


def test_the_meeting_giving_a_role_dated_in_the_year_reviewed_is_not_the_next(rec):
    r = rec(LEAD + "Hội nghị giao Sở Công Thương làm Trưởng khối năm 2024.")
    assert r["cluster"]["next_chair"] is None


def test_role_items_under_an_agreeing_lead_are_the_next_ones(rec):
    r = rec(LEAD + "Năm 2025, các thành viên thống nhất:\n- Cục Thuế tỉnh làm Trưởng khối, Kho bạc Nhà nước tỉnh giữ vai trò "
            "Phó Trưởng khối;\n- Tổ chức hội thao của khối vào tháng 4.")
    c = r["cluster"]
    assert _org(c["next_chair"]) == "Cục Thuế tỉnh"
    assert _org(c["next_vice_chair"]) == "Kho bạc Nhà nước tỉnh"
    assert c["chair"] is None and c["vice_chair"] is None
    assert "election" in _kinds(r) and "plan" in _kinds(r)


def test_role_items_under_a_lead_dated_in_the_year_reviewed_are_not_the_next(rec):
    r = rec(LEAD + "Năm 2024, các thành viên thống nhất:\n- Cục Thuế tỉnh làm Trưởng khối;\n- Tổ chức hội thao của khối.")
    assert r["cluster"]["next_chair"] is None


def test_viec_lam_inside_a_unit_name_is_no_verb(rec):
    r = rec(SIGNING + "Năm 2024, Trung tâm Giới thiệu việc làm tỉnh là Trưởng khối.")
    assert _org(r["cluster"]["chair"]) == "Trung tâm Giới thiệu việc làm tỉnh"
    r = rec(SIGNING + "Trung tâm Giới thiệu Việc làm tỉnh (Trưởng khối) chủ trì hội nghị.")
    assert _org(r["cluster"]["chair"]) == "Trung tâm Giới thiệu Việc làm tỉnh"


def test_a_unit_and_the_broadcasting_station_both_lead(rec):
    r = rec(LEAD + "Hội nghị suy tôn Cục Thuế tỉnh và Đài Phát thanh và Truyền hình tỉnh dẫn đầu khối.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Cục Thuế tỉnh"), (1, "Đài Phát thanh và Truyền hình tỉnh")]
    r = rec(LEAD + "Hội nghị suy tôn Đài Phát thanh và Truyền hình tỉnh dẫn đầu khối.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Đài Phát thanh và Truyền hình tỉnh")]


def test_approval_and_a_role_given_after_va_are_two_acts(rec):
    r = rec(LEAD + "Hội nghị thông qua báo cáo tổng kết và giao Cục Thống kê tỉnh làm Trưởng khối năm 2025.")
    assert sorted(_kinds(r)) == ["approve_report", "election"]
    assert _org(r["cluster"]["next_chair"]) == "Cục Thống kê tỉnh"

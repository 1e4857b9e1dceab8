"""Guards on the thirty-first pass's rules of the meeting giving a unit a role, each on an invented example: a task given to the
sitting chair named in a note ("giao A (Trưởng khối) xây dựng ...", "A - Trưởng khối phối hợp ...", "A với vai trò Trưởng khối
theo dõi ...", "A, đơn vị Trưởng khối, triển khai ...") or with a task after the role, and an assignment of an earlier meeting or
of a higher body ("Năm <year reviewed>, ... giao A làm Trưởng khối", "Đầu năm ...", "Hội nghị năm trước ...", "Tại Hội nghị tổng
kết năm <earlier>, ..., đồng thời giao ...") are the present chair, not the next one; under a lead that only tells the meeting
agreed, an item with a task after the role or a year up to the one reviewed is no election."""

LEAD = "Ngày 16/01/2024, Khối thi đua các cơ quan nội chính tỉnh Phú Yên tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"


def _org(role):
    return role["organization"] if role else None


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


def _sitting_chair(r, org):
    c = r["cluster"]
    assert _org(c["chair"]) == org
    assert c["next_chair"] is None and c["next_vice_chair"] is None
    assert "election" not in _kinds(r)


def test_a_task_given_to_the_chair_named_in_brackets_is_no_election(rec):
    _sitting_chair(rec(LEAD + "Hội nghị giao Thanh tra tỉnh (Trưởng khối) chuẩn bị kế hoạch tổ chức hội thi nghiệp vụ."), "Thanh tra tỉnh")
    _sitting_chair(rec(LEAD + "Hội nghị nhất trí thông qua báo cáo tổng kết, đồng thời giao Thanh tra tỉnh (Trưởng khối) tiếp thu "
                       "ý kiến, hoàn chỉnh báo cáo."), "Thanh tra tỉnh")


def test_a_task_given_to_the_chair_after_a_dash_or_with_its_role_is_no_election(rec):
    _sitting_chair(rec(LEAD + "Hội nghị giao Thanh tra tỉnh - Trưởng khối phối hợp với các đơn vị tổ chức giải bóng chuyền."),
                   "Thanh tra tỉnh")
    _sitting_chair(rec(LEAD + "Hội nghị giao Thanh tra tỉnh với vai trò Trưởng khối theo dõi việc thực hiện giao ước."), "Thanh tra tỉnh")
    _sitting_chair(rec(LEAD + "Hội nghị giao cho Thanh tra tỉnh, đơn vị Trưởng khối, triển khai kế hoạch năm 2024."), "Thanh tra tỉnh")


def test_a_task_after_the_role_given_is_the_sitting_chairs(rec):
    _sitting_chair(rec(LEAD + "Hội nghị giao Sở Tư pháp làm Trưởng khối phối hợp với các đơn vị tổ chức hội thi."), "Sở Tư pháp")


def test_an_assignment_dated_in_the_year_reviewed_is_the_present_one(rec):
    r = rec(LEAD + "Năm 2023, các thành viên trong Khối đã thống nhất giao Sở Tư pháp làm Trưởng khối, Thanh tra tỉnh làm Phó Trưởng khối.")
    _sitting_chair(r, "Sở Tư pháp")
    assert _org(r["cluster"]["vice_chair"]) == "Thanh tra tỉnh"
    _sitting_chair(rec(LEAD + "Năm 2023, Ban Thi đua - Khen thưởng thống nhất giao Sở Tư pháp làm Trưởng khối."), "Sở Tư pháp")


def test_an_earlier_meetings_assignment_is_the_present_one(rec):
    _sitting_chair(rec(LEAD + "Đầu năm 2023, hội nghị giao Sở Tư pháp làm Trưởng khối."), "Sở Tư pháp")
    _sitting_chair(rec(LEAD + "Hội nghị năm trước đã giao Sở Tư pháp làm Trưởng khối."), "Sở Tư pháp")
    _sitting_chair(rec(LEAD + "Tại Hội nghị tổng kết năm 2022, Khối đã thống nhất phương hướng năm 2023, đồng thời giao Sở Tư pháp "
                       "làm Trưởng khối."), "Sở Tư pháp")


def test_the_meeting_giving_roles_alone_still_elects_the_next_ones(rec):
    r = rec(LEAD + "Hội nghị giao Sở Tư pháp làm Trưởng khối, Thanh tra tỉnh làm Phó Trưởng khối năm 2024.")
    c = r["cluster"]
    assert _org(c["next_chair"]) == "Sở Tư pháp" and _org(c["next_vice_chair"]) == "Thanh tra tỉnh"
    assert c["chair"] is None and "election" in _kinds(r)
    r = rec(LEAD + "Hội nghị giao Sở Tư pháp giữ vai trò Trưởng khối.")
    assert _org(r["cluster"]["next_chair"]) == "Sở Tư pháp" and r["cluster"]["chair"] is None


def test_an_item_giving_the_chair_a_task_under_an_agreeing_lead_is_no_election(rec):
    r = rec(LEAD + "Hội nghị đã nhất trí các nội dung sau:\n- Thông qua báo cáo tổng kết năm 2023;\n- Giao Thanh tra tỉnh là Trưởng "
            "khối hoàn thiện hồ sơ gửi Sở Nội vụ;\n- Tổ chức hội thi nghiệp vụ vào tháng 5/2024.")
    _sitting_chair(r, "Thanh tra tỉnh")
    assert sorted(_kinds(r)) == ["approve_report", "plan"]


def test_an_item_dated_in_the_year_reviewed_under_an_agreeing_lead_is_no_election(rec):
    r = rec(LEAD + "Hội nghị đã nhất trí các nội dung sau:\n- Thông qua báo cáo tổng kết năm 2023;\n- Thanh tra tỉnh là Trưởng khối "
            "năm 2023 có trách nhiệm tổng hợp hồ sơ gửi Sở Nội vụ.")
    c = r["cluster"]
    assert c["next_chair"] is None and "election" not in _kinds(r)


def test_role_items_alone_under_an_agreeing_lead_are_still_the_next_ones(rec):
    r = rec(LEAD + "Hội nghị đã nhất trí các nội dung sau:\n- Sở Tư pháp làm Trưởng khối năm 2024, Thanh tra tỉnh làm Phó Trưởng "
            "khối năm 2024;\n- Tổ chức hội thi nghiệp vụ vào tháng 5/2024.")
    c = r["cluster"]
    assert _org(c["next_chair"]) == "Sở Tư pháp" and _org(c["next_vice_chair"]) == "Thanh tra tỉnh"
    assert c["chair"] is None and "election" in _kinds(r)


SCHOOL = "Ngày 30/5/2024, Cụm thi đua số 2 các trường THCS huyện Nghi Lộc tổ chức hội nghị tổng kết công tác thi đua năm học 2023 - 2024.\n"


def test_items_dated_by_a_school_year_under_an_agreeing_lead(rec):
    r = rec(SCHOOL + "Hội nghị thống nhất:\n- Trường THCS Nghi Hoa làm Cụm trưởng năm học 2023 - 2024 tổng hợp hồ sơ;\n- Tổ chức giao "
            "lưu vào tháng 10.")
    assert r["cluster"]["next_chair"] is None and "election" not in _kinds(r)
    r = rec(SCHOOL + "Hội nghị thống nhất:\n- Trường THCS Nghi Hoa làm Cụm trưởng năm học 2024 - 2025;\n- Tổ chức giao lưu vào tháng 10.")
    assert _org(r["cluster"]["next_chair"]) == "Trường THCS Nghi Hoa" and "election" in _kinds(r)

"""Forms of the thirtieth pass (people's acting verbs, a person named after a profession, next-year roles), each on an
invented example."""

LEAD = "Ngày 14/12/2023, Khối thi đua các cơ quan Đảng tỉnh Hà Giang tổ chức hội nghị tổng kết năm 2023. "


def _roles(r):
    return {p["name"]: p["roles"] for p in r["people"]}


def test_receiving_a_flag_or_handing_over_shows_the_person_there(rec):
    r = rec(LEAD + "Đồng chí Hà Minh Quyết, Chánh Văn phòng Tỉnh ủy nhận Cờ thi đua của Ban Thường vụ Tỉnh ủy.")
    assert _roles(r) == {"Hà Minh Quyết": ["attended"]}
    r = rec(LEAD + "Đồng chí Hà Minh Quyết, Chánh Văn phòng Tỉnh ủy đã bàn giao nhiệm vụ Trưởng khối cho Ban Dân vận Tỉnh ủy.")
    assert _roles(r) == {"Hà Minh Quyết": ["attended"]}


def test_a_guest_briefing_the_meeting_spoke(rec):
    r = rec(LEAD + "Tại hội nghị, bà Vàng Thị Dung, Trưởng phòng Nghiệp vụ, Ban Thi đua - Khen thưởng tỉnh đã phổ biến "
            "các văn bản mới về công tác khen thưởng.")
    assert _roles(r) == {"Vàng Thị Dung": ["spoke"]}
    r = rec(LEAD + "Ông Sùng Văn Páo, Phó Trưởng ban Thi đua - Khen thưởng tỉnh hướng dẫn cách chấm điểm thi đua.")
    assert _roles(r) == {"Sùng Văn Páo": ["spoke"]}
    r = rec(LEAD + "Ông Sùng Văn Páo thông tin kết quả kiểm tra chéo giữa các đơn vị.")
    assert _roles(r) == {"Sùng Văn Páo": ["spoke"]}
    # (a unit's name, not a verb: the person only attended)
    r = rec(LEAD + "Dự hội nghị có ông Sùng Văn Páo, Giám đốc Sở Thông tin và Truyền thông; bà Vàng Thị Dung, Phó Giám đốc "
            "Trung tâm Thông tin, Cổng thông tin điện tử tỉnh.")
    assert _roles(r) == {"Sùng Văn Páo": ["attended"], "Vàng Thị Dung": ["attended"]}


def test_a_profession_or_rank_in_lower_case_opens_a_name(rec):
    r = rec(LEAD + "Tại hội nghị, thạc sĩ Hoàng Thị Lụa phát biểu.")
    assert _roles(r) == {"Hoàng Thị Lụa": ["spoke"]}
    # (the position before it, after a comma, is the person's title)
    r = rec(LEAD + "Phó Tổng Biên tập Báo Lào Cai, nhà báo Hoàng Thị Lụa phát biểu.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Hoàng Thị Lụa", "Phó Tổng Biên tập Báo Lào Cai")]
    r = rec(LEAD + "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, đại tá Vương Đình Khoa phát biểu.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Vương Đình Khoa", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")]
    # (a unit one stands for is no title: the position after the name is)
    r = rec(LEAD + "Đại diện Sở Y tế, bác sĩ Hoàng Thị Lụa, Phó Giám đốc, đã đọc nội dung giao ước thi đua.")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Hoàng Thị Lụa", "Phó Giám đốc")]


REVIEW = "Ngày 26/12/2025, Cụm thi đua số 3 tỉnh Tuyên Quang tổ chức hội nghị tổng kết năm 2025. "


def _roles_of_cluster(r):
    c = r["cluster"]
    return {k: (c[k] or {}).get("organization") for k in ("chair", "vice_chair", "next_chair", "next_vice_chair")}


def test_the_next_year_after_a_lead_phrase_and_its_comma_dates_the_roles(rec):
    r = rec(REVIEW + "Theo kế hoạch, năm 2026, Sở Công Thương làm Cụm trưởng, Sở Xây dựng làm Cụm phó.")
    assert _roles_of_cluster(r) == {"chair": None, "vice_chair": None, "next_chair": "Sở Công Thương",
                                    "next_vice_chair": "Sở Xây dựng"}
    # (the year reviewed, the roles held now)
    r = rec(REVIEW + "Theo kế hoạch, năm 2025, Sở Công Thương làm Cụm trưởng, Sở Xây dựng làm Cụm phó.")
    assert _roles_of_cluster(r) == {"chair": "Sở Công Thương", "vice_chair": "Sở Xây dựng", "next_chair": None,
                                    "next_vice_chair": None}


def test_a_role_dated_after_the_clusters_name_is_the_next(rec):
    r = rec(REVIEW + "Sở Công Thương làm Trưởng Cụm thi đua số 3 năm 2026.")
    assert _roles_of_cluster(r)["next_chair"] == "Sở Công Thương" and _roles_of_cluster(r)["chair"] is None
    r = rec("Ngày 26/12/2025, Khối thi đua các cơ quan Đảng tỉnh Tuyên Quang tổ chức hội nghị tổng kết năm 2025. "
            "Ban Dân vận Tỉnh ủy là Trưởng Khối thi đua các cơ quan Đảng năm 2026.")
    assert _roles_of_cluster(r)["next_chair"] == "Ban Dân vận Tỉnh ủy" and _roles_of_cluster(r)["chair"] is None
    r = rec("Ngày 26/12/2025, Khối thi đua các cơ quan Đảng tỉnh Tuyên Quang tổ chức hội nghị tổng kết năm 2025. "
            "Ban Dân vận Tỉnh ủy là Trưởng Khối thi đua các cơ quan Đảng năm 2025.")
    assert _roles_of_cluster(r)["chair"] == "Ban Dân vận Tỉnh ủy" and _roles_of_cluster(r)["next_chair"] is None

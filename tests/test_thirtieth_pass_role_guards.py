"""Guards of the thirtieth pass's second round: where the new forms of people's lower-case ranks, spoke/acting verbs and
role years read ordinary text wrongly, each on an invented example."""

LEAD = "Sáng 20/12/2025, Cụm thi đua số 4 tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025. "


def _titles(r):
    return {p["name"]: p["title"] for p in r["people"]}


def _roles(r):
    return {p["name"]: p["roles"] for p in r["people"]}


def _roles_of_cluster(r):
    c = r["cluster"]
    return {k: (c[k] or {}).get("organization") for k in ("chair", "vice_chair", "next_chair", "next_vice_chair")}


def test_the_role_one_stands_for_is_no_title_of_the_ranked_name_after_it(rec):
    # ("Thay mặt Cụm trưởng, <lower-case rank> A, <position>": A's own position after his name)
    r = rec(LEAD + "Thay mặt Cụm trưởng, thượng tá Hoàng Đức Thịnh, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh "
            "phát biểu bế mạc hội nghị.")
    assert _titles(r) == {"Hoàng Đức Thịnh": "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"}
    # (no position after it: none, not the role stood for)
    r = rec(LEAD + "Đại diện đơn vị Cụm phó, trung tá Hoàng Đức Thịnh phát biểu.")
    assert _titles(r).get("Hoàng Đức Thịnh") is None
    r = rec(LEAD + "Thay mặt Ban Thường trực Cụm, đại tá Hoàng Đức Thịnh phát biểu.")
    assert _titles(r).get("Hoàng Đức Thịnh") is None and r["cluster"]["chair"] is None
    # (the form itself still reads: a position opening the clause, then the comma and the rank)
    r = rec(LEAD + "Tại hội nghị, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh, thượng tá Hoàng Đức Thịnh phát biểu.")
    assert _titles(r) == {"Hoàng Đức Thịnh": "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"}


def test_the_previous_persons_title_in_a_comma_list_is_not_the_next_ones(rec):
    r = rec(LEAD + "Dự hội nghị có bà Đinh Thị Ngọc, Phó Giám đốc Sở Tài chính, trung tá Mạc Văn Toàn, Phó Chỉ huy trưởng "
            "Bộ Chỉ huy Quân sự tỉnh và ông Vi Văn Lực, Phó Chủ tịch Liên minh Hợp tác xã tỉnh.")
    assert _titles(r)["Mạc Văn Toàn"] == "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"
    r = rec(LEAD + "Dự hội nghị có ông Vi Văn Lực, Giám đốc Sở Xây dựng, luật sư Mạc Văn Toàn, Trưởng Đoàn Luật sư tỉnh.")
    assert _titles(r) == {"Vi Văn Lực": "Giám đốc Sở Xây dựng", "Mạc Văn Toàn": "Trưởng Đoàn Luật sư tỉnh"}
    # (no position after the ranked name: the one before is the previous person's)
    r = rec(LEAD + "Dự hội nghị có ông Vi Văn Lực, Giám đốc Sở Xây dựng, đại tá Mạc Văn Toàn.")
    assert _titles(r) == {"Vi Văn Lực": "Giám đốc Sở Xây dựng", "Mạc Văn Toàn": None}


REVIEW_BLOC = "Sáng 19/12/2025, Khối thi đua các cơ quan Đảng tỉnh Lạng Sơn tổ chức hội nghị tổng kết năm 2025. "


def test_a_year_after_the_verb_of_the_clusters_descriptor_dates_no_role(rec):
    r = rec(REVIEW_BLOC + "Ban Tổ chức Tỉnh ủy - Trưởng Khối thi đua các cơ quan Đảng báo cáo phương hướng năm 2026.")
    assert _roles_of_cluster(r)["chair"] == "Ban Tổ chức Tỉnh ủy" and _roles_of_cluster(r)["next_chair"] is None
    r = rec("Sáng 19/12/2025, Cụm thi đua các huyện biên giới tỉnh Lạng Sơn tổ chức hội nghị tổng kết năm 2025. "
            "UBND huyện Tràng Định - Trưởng Cụm thi đua các huyện biên giới triển khai nhiệm vụ năm 2026.")
    assert _roles_of_cluster(r)["chair"] == "UBND huyện Tràng Định" and _roles_of_cluster(r)["next_chair"] is None


def test_a_dates_year_with_its_comma_is_no_clause_year_of_the_role(rec):
    r = rec("Ngày 8 tháng 01, năm 2026, Sở Công Thương, đơn vị Cụm trưởng Cụm thi đua số 4 tỉnh Lạng Sơn tổ chức hội nghị "
            "tổng kết công tác thi đua, khen thưởng năm 2025.")
    assert _roles_of_cluster(r)["chair"] == "Sở Công Thương" and _roles_of_cluster(r)["next_chair"] is None
    # (after a lead phrase it still dates the role)
    r = rec(LEAD + "Theo đó, năm 2026, Sở Công Thương làm Cụm trưởng.")
    assert _roles_of_cluster(r)["next_chair"] == "Sở Công Thương"


def test_a_units_description_or_a_passive_introducing_is_no_speech(rec):
    r = rec(LEAD + "Tham dự hội nghị có ông Lộc Văn Hải, Giám đốc Trung tâm Hỗ trợ nông dân, đơn vị giới thiệu việc làm "
            "cho hơn 3.000 người.")
    assert _roles(r) == {"Lộc Văn Hải": ["attended"]}
    r = rec(LEAD + "Tham dự hội nghị có ông Lộc Văn Hải, Giám đốc Hợp tác xã Chè Bắc Sơn, đơn vị phổ biến mô hình trồng chè "
            "hữu cơ.")
    assert _roles(r) == {"Lộc Văn Hải": ["attended"]}
    r = rec(LEAD + "Dự hội nghị có bà Nông Thị Hiền, Phó Giám đốc Sở Tư pháp; ông Lộc Văn Hải, cán bộ được Sở Tư pháp "
            "giới thiệu về công tác tại Văn phòng Cụm.")
    assert _roles(r) == {"Nông Thị Hiền": ["attended"], "Lộc Văn Hải": ["attended"]}
    # (the person introducing at this meeting still spoke)
    r = rec(LEAD + "Tại hội nghị, ông Lộc Văn Hải, Phó Trưởng ban Thi đua - Khen thưởng tỉnh giới thiệu các văn bản mới.")
    assert _roles(r) == {"Lộc Văn Hải": ["spoke"]}


def test_an_award_received_before_is_no_act_at_the_meeting(rec):
    r = rec(LEAD + "Sở Giáo dục có nhiều gương điển hình, như thạc sĩ Nông Thị Hiền, Hiệu trưởng Trường THPT Bắc Sơn, nhiều "
            "năm liền nhận Bằng khen của Bộ Giáo dục và Đào tạo.")
    assert _roles(r) == {"Nông Thị Hiền": []}
    r = rec(LEAD + "Năm 2024, bà Nông Thị Hiền, Hiệu trưởng Trường THPT Bắc Sơn đã được nhận Giấy khen của Sở Giáo dục.")
    assert _roles(r) == {"Nông Thị Hiền": []}
    # (received at this meeting: there)
    r = rec(LEAD + "Bà Nông Thị Hiền, Hiệu trưởng Trường THPT Bắc Sơn nhận Bằng khen của UBND tỉnh.")
    assert _roles(r) == {"Nông Thị Hiền": ["attended"]}

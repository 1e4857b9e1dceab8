"""Forms of the thirtieth pass from the armed forces' clusters (army, border guard, police), each on an invented example."""

ARMY = "Ngày 28-12, Cụm thi đua số 3 Bộ đội Biên phòng tổ chức hội nghị tổng kết năm 2022."


def test_the_count_of_military_border_guard_and_custodial_units(rec):
    for tail, n in (("Cụm gồm 4 Bộ Chỉ huy Bộ đội Biên phòng tỉnh.", 4),
                    ("Cụm gồm 7 Bộ Chỉ huy Quân sự tỉnh.", 7),
                    ("Cụm có 9 Ban CHQS huyện.", 9),
                    ("Cụm gồm 8 Ban Chỉ huy Quân sự huyện, thị xã.", 8),
                    ("Cụm gồm 6 trại giam, trại tạm giam.", 6),
                    ("Khối gồm 4 trung đoàn.", 4),
                    ("Dự hội nghị có lãnh đạo 12 học viện, trường Quân đội thành viên Khối.", 12)):
        assert rec(ARMY + " " + tail)["cluster"]["member_count"] == n, tail
    # (the units that achieved something are no count of the members)
    assert rec(ARMY + " Năm qua có 3 Ban CHQS huyện được tặng Cờ thi đua.")["cluster"]["member_count"] is None


def _people(r):
    return [(p["name"], p["title"]) for p in r["people"]]


def test_a_rank_after_a_comma_opens_the_next_person(rec):
    r = rec(ARMY + " Dự hội nghị có Thượng tá Hoàng Minh Tuấn, Trung tá Đỗ Văn Hải.")
    assert _people(r) == [("Hoàng Minh Tuấn", None), ("Đỗ Văn Hải", None)]
    r = rec(ARMY + " Dự có Đại tá Hoàng Minh Tuấn, Thượng tá Đỗ Văn Hải, Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai.")
    assert _people(r) == [("Hoàng Minh Tuấn", None), ("Đỗ Văn Hải", "Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai")]
    r = rec(ARMY + " Đại tá Hoàng Minh Tuấn, Đại tá Đỗ Văn Hải đồng chủ trì hội nghị.")
    assert [(p["name"], p["roles"]) for p in r["people"]] == [("Hoàng Minh Tuấn", ["presided"]), ("Đỗ Văn Hải", ["presided"])]
    # (a rank with no name after it stays in the title)
    r = rec(ARMY + " Dự có ông Hoàng Minh Tuấn, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.")
    assert _people(r) == [("Hoàng Minh Tuấn", "Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")]


def test_the_givers_position_before_cho_is_no_title_of_the_ranked_recipient(rec):
    r = rec(ARMY + " Dịp này, trao Bằng khen của Tư lệnh Bộ đội Biên phòng cho Trung tá Vũ Đình Lâm, Đồn trưởng Đồn Biên phòng Ý Tý.")
    assert _people(r) == [("Vũ Đình Lâm", "Đồn trưởng Đồn Biên phòng Ý Tý")]
    r = rec(ARMY + " Dịp này, trao Giấy khen của Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh cho Thiếu tá Vũ Đình Lâm.")
    assert _people(r) == [("Vũ Đình Lâm", None)]


def test_two_days_with_the_month_after_a_dash_date_the_meeting_by_the_first(rec):
    tail = " Cụm thi đua số 6 Bộ Chỉ huy Quân sự các tỉnh tổ chức hội nghị tổng kết năm 2022."
    for lead in ("Ngày 14 và 15-11-2022,", "Trong 2 ngày 14 và 15-11,", "Ngày 14, 15-11-2022,", "Từ ngày 14 đến ngày 15-11-2022,",
                 "Từ ngày 14 đến 15-11,", "Ngày 14-11-2022,"):
        assert rec(lead + tail)["meeting"]["date"] == "2022-11-14", lead


def test_a_numbered_commune_level_cluster_ends_at_its_number_before_its_parent(rec):
    for name, parent in (("Cụm thi đua Công an cấp xã số 4", ", Công an huyện Thanh Oai"),
                         ("Cụm thi đua Công an phường số 3", " Công an quận Cầu Giấy"),
                         ("Cụm thi đua Ban CHQS cấp xã số 6", ", Ban CHQS huyện Diễn Châu")):
        c = rec("Ngày 18/12/2024, " + name + parent + " tổ chức hội nghị tổng kết năm 2024.")["cluster"]
        assert (c["name"], c["number"]) == (name, int(name[-1])), name


def _kinds(r):
    return [d["kind"] for d in r["decisions"]]


def test_the_meeting_that_chooses_a_unit_by_name_ranks_it(rec):
    lead = "Ngày 8/1/2023, Cụm thi đua số 2 Bộ Chỉ huy Quân sự các tỉnh tổng kết năm 2022."
    r = rec(lead + " Hội nghị suy tôn Ban CHQS huyện Quỳ Hợp là lá cờ đầu trong phong trào Thi đua Quyết thắng.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Ban CHQS huyện Quỳ Hợp")]
    assert _kinds(r) == ["ranking"]
    r = rec(lead + " Hội nghị suy tôn Ban CHQS huyện Quỳ Hợp là đơn vị lá cờ đầu.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Ban CHQS huyện Quỳ Hợp")]
    r = rec(lead + " Hội nghị suy tôn Ban CHQS huyện Quỳ Hợp, đề nghị Tư lệnh Quân khu tặng Cờ thi đua.")
    assert _kinds(r) == ["ranking", "award_proposal"]
    assert _kinds(rec(lead + " Hội nghị bỏ phiếu suy tôn Ban CHQS huyện Quỳ Hợp.")) == ["ranking"]
    # (praise in a movement with no choosing verb, and a meeting named for the choice, are neither)
    r = rec(lead + " Ban CHQS huyện Quỳ Hợp là lá cờ đầu trong phong trào Thi đua Quyết thắng.")
    assert r["rankings"] == [] and _kinds(r) == []
    assert _kinds(rec(lead + " Tại Hội nghị suy tôn Ban CHQS huyện Quỳ Hợp, các đại biểu phát biểu.")) == []


def test_a_bloc_of_provincial_bodies_keeps_its_provinces_and_cities_before_its_region(rec):
    r = rec("Sáng 9-7, Khối thi đua các Bộ Chỉ huy Quân sự tỉnh, thành phố thuộc Quân khu 9 tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.")
    assert r["cluster"]["name"] == "Khối thi đua các Bộ Chỉ huy Quân sự tỉnh, thành phố"

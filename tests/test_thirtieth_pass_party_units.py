"""Forms of the thirtieth pass on Party, Front and mass-organisation blocs, each on an invented example."""

LEAD = "Ngày 18/12/2023, Cụm thi đua số 2 tỉnh Hà Sơn tổ chức hội nghị tổng kết công tác thi đua năm 2023. "
BLOC = "Ngày 22/12/2023, Khối thi đua các cơ quan Đảng tỉnh Hà Sơn tổ chức hội nghị tổng kết công tác thi đua năm 2023. "


def _org(v):
    return v and v["organization"]


def test_a_blocs_party_committee_with_its_plural_is_one_unit(rec):
    r = rec(LEAD + "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh là Cụm trưởng năm 2023.")
    assert _org(r["cluster"]["chair"]) == "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"
    r = rec(LEAD + "Hội nghị suy tôn Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh dẫn đầu Cụm, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh")]
    assert [x["recipient"] for x in r["awards"]] == ["Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"]
    r = rec(LEAD + "Hội nghị bầu Đảng ủy Khối các cơ quan tỉnh Hà Sơn làm Cụm trưởng năm 2024.")
    assert _org(r["cluster"]["next_chair"]) == "Đảng ủy Khối các cơ quan tỉnh Hà Sơn"
    r = rec("Ngày 18/12/2023, Đảng ủy Khối các cơ quan tỉnh Hà Sơn - đơn vị Trưởng cụm đã tổ chức hội nghị tổng kết công tác "
            "thi đua năm 2023 của Cụm thi đua số 2.")
    assert _org(r["cluster"]["chair"]) == "Đảng ủy Khối các cơ quan tỉnh Hà Sơn"
    # (not a bloc's body: two units a "và" joins stay two)
    r = rec(LEAD + "Hội nghị suy tôn Sở Y tế và Sở Tư pháp dẫn đầu Cụm.")
    assert [x["organization"] for x in r["rankings"]] == ["Sở Y tế", "Sở Tư pháp"]


def test_a_cluster_name_with_an_inner_comma_then_its_year(rec):
    r = rec("Ngày 12/10/2023, Cụm thi đua các cơ quan tham mưu, giúp việc Huyện ủy năm 2023 tổ chức hội nghị sơ kết 9 tháng.")
    assert r["cluster"]["name"] == "Cụm thi đua các cơ quan tham mưu, giúp việc Huyện ủy"
    r = rec("Ngày 12/10/2023, Khối thi đua các cơ quan Đảng, Mặt trận và các đoàn thể năm 2023 đã tổ chức hội nghị sơ kết 9 tháng.")
    assert r["cluster"]["name"] == "Khối thi đua các cơ quan Đảng, Mặt trận và các đoàn thể"
    # (a comma before a clause of its own still ends the name)
    r = rec("Ngày 12/10/2023, tại hội nghị sơ kết 9 tháng của Cụm thi đua các huyện miền núi, năm 2023 các đơn vị đã tổ chức nhiều hoạt động.")
    assert r["cluster"]["name"] == "Cụm thi đua các huyện miền núi"


def test_units_named_before_a_colon_sub_list_are_members(rec):
    r = rec(BLOC + "Khối gồm Văn phòng Huyện ủy, Trung tâm Chính trị huyện, các ban: Tổ chức, Tuyên giáo, Dân vận Huyện ủy.")
    assert r["cluster"]["members"] == ["Văn phòng Huyện ủy", "Trung tâm Chính trị huyện", "Tổ chức", "Tuyên giáo", "Dân vận Huyện ủy"]
    r = rec(LEAD + "Cụm gồm Sở Công Thương, Sở Xây dựng và các huyện: Kim Bảng, Lý Nhân.")
    assert r["cluster"]["members"] == ["Sở Công Thương", "Sở Xây dựng", "Kim Bảng", "Lý Nhân"]
    # (words that name no unit before the colon are no member)
    r = rec(LEAD + "Cụm gồm Sở Công Thương, một số đơn vị khác, các huyện: Kim Bảng, Lý Nhân.")
    assert "Sở Công Thương" not in r["cluster"]["members"]


def test_a_kind_of_bodies_in_the_plural_inside_a_member_list(rec):
    r = rec(BLOC + "Khối thi đua gồm Văn phòng Huyện ủy, các Ban Đảng, Trung tâm Chính trị huyện và Báo Hà Sơn.")
    assert r["cluster"]["members"] == ["Văn phòng Huyện ủy", "Trung tâm Chính trị huyện", "Báo Hà Sơn"]
    r = rec(BLOC + "Khối thi đua gồm Văn phòng Huyện ủy, các ban xây dựng Đảng và Báo Hà Sơn.")
    assert r["cluster"]["members"] == ["Văn phòng Huyện ủy", "Báo Hà Sơn"]
    r = rec(BLOC + "Khối thi đua gồm Ủy ban MTTQ Việt Nam huyện, Hội Nông dân huyện và các đoàn thể chính trị - xã hội huyện.")
    assert r["cluster"]["members"] == ["Ủy ban MTTQ Việt Nam huyện", "Hội Nông dân huyện"]
    # (a plural before the names of its units keeps them: "các ban: A, B")
    r = rec(BLOC + "Khối thi đua gồm Văn phòng Huyện ủy, các Ban Tổ chức, Tuyên giáo.")
    assert "Văn phòng Huyện ủy" in r["cluster"]["members"]


def test_a_bare_cluster_word_as_subject_of_a_gift_is_no_name(rec):
    head = ("Khối thi đua Mặt trận, đoàn thể tỉnh Quảng Bình sơ kết 6 tháng đầu năm 2024\n"
            "Sáng ngày 10/7, Hội Nông dân tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 của Khối. ")
    assert rec(head + "Dịp này, Khối tặng 10 suất quà cho học sinh nghèo.")["cluster"]["name"] == "Khối thi đua Mặt trận, đoàn thể"
    assert rec(head + "Nhân dịp này, Khối ủng hộ 20 triệu đồng cho Quỹ Vì người nghèo.")["cluster"]["name"] == "Khối thi đua Mặt trận, đoàn thể"
    r = rec("Cụm thi đua số 6 tỉnh Quảng Bình sơ kết 6 tháng đầu năm 2024\n"
            "Sáng ngày 10/7, Sở Xây dựng tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 của Cụm. Các đơn vị trong Cụm đóng góp 30 triệu đồng.")
    assert r["cluster"]["name"] == "Cụm thi đua số 6"

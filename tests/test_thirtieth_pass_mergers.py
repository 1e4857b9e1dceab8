"""Forms of clusters after the 2025 reorganisation (thirtieth pass), each on an invented example."""

KHOI = "Ngày 20/12/2025, Khối thi đua các doanh nghiệp tỉnh Hưng Yên tổ chức hội nghị tổng kết năm 2025. "
SO = "Ngày 18/12/2025, Khối thi đua các sở, ngành tỉnh Ninh Bình tổ chức hội nghị tổng kết năm 2025. "
CUM = "Ngày 22/12/2025, Cụm thi đua số 2 tỉnh An Giang tổ chức hội nghị tổng kết năm 2025. "


def _ranks(r):
    return [(x["rank"], x["organization"]) for x in r["rankings"]]


def _awards(r):
    return [(a["recipient"], a["award"], a["status"]) for a in r["awards"]]


def test_a_ranking_list_after_gom_colon_ends_at_a_semicolon_before_a_clause(rec):
    r = rec(KHOI + "Khối suy tôn 3 đơn vị dẫn đầu gồm: Công ty CP Dệt Phố Hiến, Công ty TNHH Hoa Sen Vàng và Công ty CP "
            "Nước sạch; trong đó đề nghị UBND tỉnh tặng Cờ thi đua cho Công ty TNHH Hoa Sen Vàng.")
    assert _ranks(r) == [(1, "Công ty CP Dệt Phố Hiến"), (1, "Công ty TNHH Hoa Sen Vàng"), (1, "Công ty CP Nước sạch")]
    r = rec(KHOI + "Khối suy tôn 2 đơn vị dẫn đầu gồm: Công ty CP Dệt Phố Hiến và Công ty TNHH Hoa Sen Vàng; các đơn vị "
            "còn lại hoàn thành tốt nhiệm vụ.")
    assert _ranks(r) == [(1, "Công ty CP Dệt Phố Hiến"), (1, "Công ty TNHH Hoa Sen Vàng")]
    # (a list parted by ";", a name holding a comma, keeps its parts)
    r = rec(SO + "Khối suy tôn 2 đơn vị dẫn đầu gồm: Sở Văn hóa, Thể thao và Du lịch; Sở Tài chính.")
    assert _ranks(r) == [(1, "Sở Văn hóa, Thể thao và Du lịch"), (1, "Sở Tài chính")]


def test_units_joined_by_va_told_what_they_are_before_a_proposal_each_get_the_award(rec):
    r = rec(SO + "Kết quả: Sở Tài chính và Sở Xây dựng là hai đơn vị dẫn đầu, được đề nghị Chính phủ tặng Cờ thi đua.")
    assert _awards(r) == [("Sở Tài chính", "Cờ thi đua", "proposed"), ("Sở Xây dựng", "Cờ thi đua", "proposed")]
    r = rec(SO + "Sở Y tế, Sở Công Thương và Sở Xây dựng là ba đơn vị xuất sắc, được đề nghị Bộ Nội vụ tặng Bằng khen.")
    assert _awards(r) == [("Sở Y tế", "Bằng khen", "proposed"), ("Sở Công Thương", "Bằng khen", "proposed"),
                          ("Sở Xây dựng", "Bằng khen", "proposed")]
    # (a role is no such predicate: the unit alone)
    r = rec(SO + "Sở Tài chính là đơn vị Khối trưởng, được đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert _awards(r) == [("Sở Tài chính", "Cờ thi đua", "proposed")]


def test_members_named_after_trong_do_co_after_a_count_of_communes_and_wards(rec):
    r = rec(CUM + "Cụm gồm 3 xã, phường, trong đó có xã Mỹ Hòa, phường Long Xuyên và xã Bình Đức.")
    assert r["cluster"]["members"] == ["xã Mỹ Hòa", "phường Long Xuyên", "xã Bình Đức"]
    assert r["cluster"]["member_count"] == 3
    r = rec(CUM + "Cụm thi đua số 2 gồm 8 xã, phường được hình thành sau sắp xếp, trong đó có xã Mỹ Hòa, phường Long "
            "Xuyên và xã Bình Đức.")
    assert r["cluster"]["members"] == ["xã Mỹ Hòa", "phường Long Xuyên", "xã Bình Đức"]
    assert r["cluster"]["member_count"] == 8
    # (the units that did something are no members)
    r = rec(CUM + "Cụm gồm 8 xã, phường, trong đó có xã Mỹ Hòa, phường Long Xuyên và xã Bình Đức đạt kết quả cao.")
    assert r["cluster"]["members"] == []


def _role(r, k):
    v = r["cluster"][k]
    return v["organization"] if v else None


def test_roles_given_by_a_higher_bodys_decision_quoted_without_a_year_are_this_periods(rec):
    lead = "Ngày 8/9/2025, Cụm thi đua các xã, phường số 5 tỉnh Gia Lai tổ chức hội nghị ký kết giao ước thi đua năm 2025. "
    r = rec(lead + "Theo Quyết định của UBND tỉnh, UBND phường Pleiku được giao làm Cụm trưởng, UBND xã Ia Grai làm Cụm phó.")
    assert (_role(r, "chair"), _role(r, "vice_chair")) == ("UBND phường Pleiku", "UBND xã Ia Grai")
    assert (_role(r, "next_chair"), _role(r, "next_vice_chair")) == (None, None)
    assert [d["kind"] for d in r["decisions"]] == ["covenant"]
    # (a later year named: the next period's, as before)
    r = rec(lead + "Theo Quyết định của UBND tỉnh, năm 2026 UBND phường Pleiku được giao làm Cụm trưởng.")
    assert _role(r, "chair") is None


def test_an_aside_between_commas_does_not_hide_the_role_and_ke_thua_takes_it_over(rec):
    lead = "Ngày 17/12/2025, Cụm thi đua số 3 tỉnh Tuyên Quang tổ chức hội nghị tổng kết năm 2025. "
    r = rec(lead + "Phường Hà Giang 1, đơn vị mới thành lập, là Cụm trưởng năm 2025.")
    assert _role(r, "chair") == "Phường Hà Giang 1"
    r = rec(lead + "Phường Hà Giang 1, với vai trò Cụm trưởng, đã chủ trì hội nghị.")
    assert _role(r, "chair") == "Phường Hà Giang 1"
    r = rec(lead + "Phường Hà Giang 1 đã kế thừa vai trò Cụm trưởng của thành phố Hà Giang cũ.")
    assert _role(r, "chair") == "Phường Hà Giang 1"


def test_a_plural_kinds_list_may_end_with_a_place_of_another_kind(rec):
    r = rec(CUM + "Cụm có 3 thành viên là các xã Mỹ Hòa, Bình Đức và phường Long Xuyên.")
    assert r["cluster"]["members"] == ["Mỹ Hòa", "Bình Đức", "phường Long Xuyên"]
    # (a region is no place of the list)
    r = rec(CUM + "Cụm có 3 thành viên là các xã Mỹ Hòa, Tây Nguyên và phường Long Xuyên.")
    assert r["cluster"]["members"] == []


def test_a_former_province_in_the_clusters_bracket_is_the_one_it_merged_into(rec):
    r = rec("Ngày 16/12/2025, Cụm thi đua số 2 (tỉnh Hà Giang cũ) tổ chức hội nghị tổng kết năm 2025.")
    assert r["meeting"]["province"] == "Tuyên Quang"
    # (not marked former: as written)
    r = rec("Ngày 16/12/2025, Cụm thi đua số 2 tỉnh Hà Giang tổ chức hội nghị tổng kết năm 2025.")
    assert r["meeting"]["province"] == "Hà Giang"

"""Twenty-ninth pass, cluster roles: "đón nhận" after the unit or the title that takes the role or the flag; the unit
that hands the role over with its own note; a role note or a rotation row for the next year; at a covenant signing
for year N, the role of year N given by assignment; the chair's person whose title leaves out the province."""


def _org(r, key):
    v = r["cluster"][key]
    return v["organization"] if v else None


def test_don_nhan_is_no_part_of_the_unit_or_title(rec):
    r = rec("Ngày 20/12/2024, Cụm thi đua số 5 tỉnh Nghệ An tổng kết công tác thi đua năm 2024. UBND huyện Tân Lập đón "
            "nhận nhiệm vụ Cụm trưởng năm 2025, UBND huyện Phú Hòa đón nhận nhiệm vụ Cụm phó năm 2025. Bà Đinh Thu Hà, "
            "Phó Giám đốc Sở Tư pháp đón nhận Cờ luân lưu.")
    assert _org(r, "next_chair") == "UBND huyện Tân Lập"
    assert _org(r, "next_vice_chair") == "UBND huyện Phú Hòa"
    p = r["people"][0]
    assert (p["name"], p["title"], p["roles"]) == ("Đinh Thu Hà", "Phó Giám đốc Sở Tư pháp", ["attended"])


def test_nhan_without_don_unchanged(rec):
    r = rec("Ngày 20/12/2024, Cụm thi đua số 5 tỉnh Nghệ An tổng kết công tác thi đua năm 2024. UBND huyện Tân Lập tiếp "
            "nhận nhiệm vụ Cụm trưởng năm 2025.")
    assert _org(r, "next_chair") == "UBND huyện Tân Lập"


_REVIEW = "Ngày 26/12/2024, Cụm thi đua số 7 tỉnh Quảng Nam tổng kết công tác thi đua năm 2024. "


def test_handing_unit_with_its_note_in_brackets(rec):
    r = rec(_REVIEW + "UBND huyện Đại Lộc (Cụm trưởng năm 2024) đã bàn giao nhiệm vụ Cụm trưởng cho UBND huyện Duy Xuyên.")
    assert (_org(r, "chair"), _org(r, "next_chair")) == ("UBND huyện Đại Lộc", "UBND huyện Duy Xuyên")


def test_handing_unit_with_its_note_after_a_comma(rec):
    r = rec(_REVIEW + "UBND huyện Đại Lộc, đơn vị Cụm trưởng năm 2024, đã bàn giao nhiệm vụ Cụm trưởng cho UBND huyện Duy Xuyên.")
    assert (_org(r, "chair"), _org(r, "next_chair")) == ("UBND huyện Đại Lộc", "UBND huyện Duy Xuyên")
    r = rec(_REVIEW + "UBND huyện Đại Lộc, đơn vị Cụm trưởng năm 2024 đã bàn giao nhiệm vụ Cụm trưởng cho UBND huyện Duy Xuyên.")
    assert (_org(r, "chair"), _org(r, "next_chair")) == ("UBND huyện Đại Lộc", "UBND huyện Duy Xuyên")


def test_handing_unit_without_a_note_unchanged(rec):
    r = rec(_REVIEW + "UBND huyện Đại Lộc đã bàn giao nhiệm vụ Cụm trưởng cho UBND huyện Duy Xuyên.")
    assert (_org(r, "chair"), _org(r, "next_chair")) == ("UBND huyện Đại Lộc", "UBND huyện Duy Xuyên")


_REVIEW_2025 = "Ngày 12/1/2026, Cụm thi đua số 3 tỉnh Quảng Bình tổng kết công tác thi đua năm 2025. "


def test_rotation_row_of_the_next_year_after_a_colon(rec):
    r = rec(_REVIEW_2025 + "Năm 2026: UBND xã Hòa Trạch (Cụm trưởng), UBND xã Phú Định (Cụm phó).")
    assert (_org(r, "chair"), _org(r, "vice_chair")) == (None, None)
    assert (_org(r, "next_chair"), _org(r, "next_vice_chair")) == ("UBND xã Hòa Trạch", "UBND xã Phú Định")


def test_rotation_row_of_the_year_reviewed_after_a_colon(rec):
    r = rec(_REVIEW_2025 + "Năm 2025: UBND xã Hòa Trạch (Cụm trưởng), UBND xã Phú Định (Cụm phó).")
    assert (_org(r, "chair"), _org(r, "vice_chair")) == ("UBND xã Hòa Trạch", "UBND xã Phú Định")
    assert (_org(r, "next_chair"), _org(r, "next_vice_chair")) == (None, None)


def test_member_note_of_the_next_year_is_no_chair(rec):
    r = rec(_REVIEW_2025 + "Cụm gồm: UBND huyện Lệ Thủy (Cụm trưởng năm 2026), UBND huyện Quảng Ninh, UBND huyện Bố Trạch.")
    assert (_org(r, "chair"), _org(r, "next_chair")) == (None, "UBND huyện Lệ Thủy")
    r = rec(_REVIEW_2025 + "Cụm gồm: UBND huyện Lệ Thủy (Cụm trưởng năm 2026), UBND huyện Quảng Ninh (Cụm trưởng năm 2025), "
                           "UBND huyện Bố Trạch.")
    assert (_org(r, "chair"), _org(r, "next_chair")) == ("UBND huyện Quảng Ninh", "UBND huyện Lệ Thủy")


def test_member_note_without_a_year_is_the_chair(rec):
    r = rec(_REVIEW_2025 + "Cụm gồm: UBND huyện Lệ Thủy (Cụm trưởng), UBND huyện Quảng Ninh, UBND huyện Bố Trạch.")
    assert (_org(r, "chair"), _org(r, "next_chair")) == ("UBND huyện Lệ Thủy", None)


_SIGNING_2025 = "Ngày 18/2/2025, Khối thi đua các sở, ngành tổng hợp tổ chức ký kết giao ước thi đua năm 2025. "


def test_assigned_for_the_year_signed_is_the_chair(rec):
    r = rec(_SIGNING_2025 + "Năm 2025, Sở Tài chính được giao làm Khối trưởng, Thanh tra tỉnh làm Khối phó.")
    assert (_org(r, "chair"), _org(r, "vice_chair")) == ("Sở Tài chính", "Thanh tra tỉnh")
    assert (_org(r, "next_chair"), _org(r, "next_vice_chair")) == (None, None)
    r = rec(_SIGNING_2025 + "Năm 2025, Sở Tài chính là Khối trưởng.")
    assert (_org(r, "chair"), _org(r, "next_chair")) == ("Sở Tài chính", None)


def test_assigned_for_the_year_after_the_one_signed_is_next(rec):
    r = rec(_SIGNING_2025 + "Năm 2026, Sở Tài chính được giao làm Khối trưởng.")
    assert (_org(r, "chair"), _org(r, "next_chair")) == (None, "Sở Tài chính")


def test_chair_person_whose_committee_leaves_out_the_province(rec):
    r = rec("Ngày 6/3/2024, Cụm thi đua các tỉnh Tây Nguyên tổ chức hội nghị tổng kết công tác thi đua năm 2023. "
            "Tỉnh Gia Lai là Cụm trưởng năm 2023. Về phía tỉnh Gia Lai có đồng chí Trương Hải Long, Chủ tịch UBND tỉnh, "
            "Cụm trưởng Cụm thi đua.")
    assert r["cluster"]["chair"] == {"organization": "Tỉnh Gia Lai", "person": "Trương Hải Long"}


def test_committee_of_another_kind_of_place_is_not_the_chairs(rec):
    r = rec("Ngày 6/3/2024, Cụm thi đua các tỉnh Tây Nguyên tổ chức hội nghị tổng kết công tác thi đua năm 2023. "
            "Tỉnh Gia Lai là Cụm trưởng năm 2023. Đồng chí Trương Hải Long, Chủ tịch UBND huyện, Cụm trưởng Cụm thi đua phát biểu.")
    assert r["cluster"]["chair"]["person"] is None


# second round: the new rules narrowed where they misfired on ordinary text

_REVIEW_2023 = "Ngày 9/1/2024, Cụm thi đua số 6 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. "


def test_member_note_year_stays_inside_the_note(rec):
    r = rec(_REVIEW_2023 + "Cụm gồm 4 đơn vị: Sở Nông nghiệp (Cụm trưởng), Sở Du lịch, Sở Ngoại vụ và Sở Khoa học - Cụm phó. "
                           "Bước sang năm 2024, các đơn vị tiếp tục thi đua.")
    assert (_org(r, "chair"), _org(r, "vice_chair")) == ("Sở Nông nghiệp", "Sở Khoa học")
    assert (_org(r, "next_chair"), _org(r, "next_vice_chair")) == (None, None)
    r = rec(_REVIEW_2023 + "Cụm gồm 4 đơn vị: Sở Nông nghiệp, Sở Du lịch, Sở Ngoại vụ và Sở Khoa học - Cụm trưởng. "
                           "Năm 2024, các đơn vị tiếp tục thi đua.")
    assert (_org(r, "chair"), _org(r, "next_chair")) == ("Sở Khoa học", None)
    # (the note's own year still dates it)
    r = rec(_REVIEW_2023 + "Cụm gồm 4 đơn vị: Sở Nông nghiệp, Sở Du lịch, Sở Ngoại vụ và Sở Khoa học - Cụm trưởng năm 2024.")
    assert (_org(r, "chair"), _org(r, "next_chair")) == (None, "Sở Khoa học")


_SIGNING_2024 = "Ngày 22/2/2024, Cụm thi đua số 8 tổ chức Hội nghị ký kết giao ước thi đua năm 2024. "


def test_role_own_later_year_wins_over_the_clause_year_at_a_signing(rec):
    r = rec(_SIGNING_2024 + "Năm 2024, Sở Văn hóa làm Cụm trưởng, Sở Lao động làm Cụm phó và Sở Lao động được giao làm "
                            "Cụm trưởng năm 2025.")
    assert (_org(r, "chair"), _org(r, "vice_chair")) == ("Sở Văn hóa", "Sở Lao động")
    assert _org(r, "next_chair") == "Sở Lao động"
    r = rec(_SIGNING_2024 + "Năm 2024, theo nguyên tắc luân phiên, Sở Văn hóa được giao làm Cụm trưởng năm 2025, Sở Lao động "
                            "làm Cụm phó năm 2025.")
    assert (_org(r, "chair"), _org(r, "vice_chair")) == (None, None)
    assert (_org(r, "next_chair"), _org(r, "next_vice_chair")) == ("Sở Văn hóa", "Sở Lao động")


def _roles_of(r, name):
    return next(p["roles"] for p in r["people"] if p["name"] == name)


def test_don_nhan_of_a_past_honour_or_passive_is_no_act_here(rec):
    lead = _REVIEW_2023 + "Ông Trần Quốc Bảo, Giám đốc Sở Nông nghiệp chủ trì hội nghị. "
    r = rec(lead + "Năm 2021, ông Vũ Minh Khoa, Phó Giám đốc Sở Du lịch đã đón nhận danh hiệu Chiến sĩ thi đua toàn quốc.")
    assert _roles_of(r, "Vũ Minh Khoa") == []
    r = rec(lead + "Sáng kiến \"Dân vận khéo\" của ông Vũ Minh Khoa được nhân dân đón nhận và nhân rộng.")
    assert _roles_of(r, "Vũ Minh Khoa") == []
    r = rec(lead + "Ông Vũ Minh Khoa, Phó Giám đốc Sở Du lịch đón nhận sự tin tưởng của các đơn vị.")
    assert _roles_of(r, "Vũ Minh Khoa") == []
    # (an object of this meeting still shows the person here)
    r = rec(lead + "Ông Vũ Minh Khoa, Phó Giám đốc Sở Du lịch đón nhận Bằng khen của Chủ tịch UBND tỉnh.")
    assert _roles_of(r, "Vũ Minh Khoa") == ["attended"]

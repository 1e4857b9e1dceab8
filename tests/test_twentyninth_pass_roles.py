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

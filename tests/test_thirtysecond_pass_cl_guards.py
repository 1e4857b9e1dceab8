"""Guards on the thirty-second pass's cluster rules (cl): the forms a reviewer found misread, each read as the period it is dated
to. Examples written for these tests."""

LEAD = "Ngày 26/12/2024, Cụm thi đua số 3 tổ chức Hội nghị tổng kết năm 2024. "


def _roles(r):
    c = r["cluster"]
    return tuple((c[k] or {}).get("organization") for k in ("chair", "vice_chair", "next_chair", "next_vice_chair"))


def test_years_held_in_a_row_dated_by_their_clause(rec):
    # (a year past: no role now; the chair of the year told after it is the chair)
    r = rec(LEAD + "Trước đó, năm 2022 là năm thứ ba liên tiếp huyện Mai Châu giữ vai trò Cụm trưởng. Năm 2024, huyện Đà Bắc là "
                   "Cụm trưởng.")
    assert _roles(r) == ("huyện Đà Bắc", None, None, None)
    r = rec(LEAD + "Năm 2023 là năm thứ hai liên tiếp huyện Mai Châu giữ vai trò Cụm trưởng.")
    assert _roles(r) == (None, None, None, None)
    # (the future, or a later year: the next one)
    r = rec(LEAD + "Năm 2025 sẽ là năm thứ hai liên tiếp huyện Mai Châu giữ vai trò Cụm trưởng.")
    assert _roles(r) == (None, None, "huyện Mai Châu", None)
    r = rec(LEAD + "Hội nghị thống nhất bầu huyện Mai Châu làm Cụm trưởng năm 2025; đây là năm thứ hai liên tiếp huyện Mai Châu "
                   "giữ vai trò Cụm trưởng.")
    assert _roles(r) == (None, None, "huyện Mai Châu", None)
    # (the year reviewed, or no year: the chair now, as before)
    for s in ("Năm 2024 là năm thứ hai liên tiếp huyện Mai Châu giữ vai trò Cụm trưởng.",
              "Đây là năm thứ hai liên tiếp huyện Mai Châu giữ vai trò Cụm trưởng."):
        assert _roles(rec(LEAD + s)) == ("huyện Mai Châu", None, None, None), s


def test_rows_under_a_lead_of_a_year_past_hold_no_role(rec):
    table = "Chức danh | Đơn vị\nCụm trưởng | Sở Công Thương\nCụm phó | Sở Giao thông vận tải\n"
    r = rec(LEAD + "Năm 2024, Sở Khoa học và Công nghệ là Cụm trưởng. Các đơn vị giữ vai trò Cụm trưởng, Cụm phó năm 2022:\n" + table)
    assert _roles(r) == ("Sở Khoa học và Công nghệ", None, None, None)
    r = rec(LEAD + "Các đơn vị giữ vai trò Cụm trưởng, Cụm phó năm 2022:\n" + table + "Năm 2024, Sở Khoa học và Công nghệ là Cụm trưởng.")
    assert _roles(r) == ("Sở Khoa học và Công nghệ", None, None, None)
    # (label lines under such a lead too)
    r = rec(LEAD + "Năm 2022, Cụm do các đơn vị sau điều hành:\nCụm trưởng: Sở Công Thương\nCụm phó: Sở Giao thông vận tải")
    assert _roles(r) == (None, None, None, None)
    # (a lead of the year reviewed: the roles now)
    r = rec(LEAD + "Các đơn vị giữ vai trò Cụm trưởng, Cụm phó năm 2024:\n" + table)
    assert _roles(r) == ("Sở Công Thương", "Sở Giao thông vận tải", None, None)


def test_a_word_before_the_role_in_a_tables_cell(rec):
    # ("Tân": the new one, the next under an electing lead)
    r = rec(LEAD + "Hội nghị đã bầu Ban điều hành Cụm năm 2025:\nChức danh | Đơn vị\nTân Cụm trưởng | Sở Lao động - Thương binh và "
                   "Xã hội\nTân Cụm phó | Sở Ngoại vụ")
    assert _roles(r) == (None, None, "Sở Lao động - Thương binh và Xã hội", "Sở Ngoại vụ")
    # ("Nguyên", "Cựu": a past one, no role; the row after it holds the role now)
    for w in ("Nguyên", "Cựu"):
        r = rec(LEAD + "\n" + w + " Cụm trưởng | Sở Ngoại vụ\nCụm trưởng | Sở Công Thương")
        assert _roles(r) == ("Sở Công Thương", None, None, None), w
    # (another word before the role opens no role's row)
    r = rec(LEAD + "\nNhiệm vụ của Cụm trưởng | Sở Ngoại vụ")
    assert _roles(r) == (None, None, None, None)


def test_a_bracketed_year_not_a_role_year(rec):
    r = rec("Ngày 12/1/2025, Cụm thi đua các doanh nghiệp tỉnh Sơn La tổ chức hội nghị tổng kết năm 2024. Cụm trưởng là Công ty "
            "Cổ phần Mía đường Sơn La (1998).")
    assert _roles(r) == ("Công ty Cổ phần Mía đường Sơn La", None, None, None)
    # (a role note's year, or bare years in a list of past chairs: none now)
    r = rec("Ngày 12/1/2025, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2024. Cụm trưởng là Sở Ngoại vụ (năm 2019).")
    assert _roles(r) == (None, None, None, None)
    r = rec("Ngày 12/1/2025, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2024. Các đơn vị lần lượt làm Cụm trưởng: Sở Ngoại vụ "
            "(2018), Sở Công Thương (2021).")
    assert _roles(r) == (None, None, None, None)

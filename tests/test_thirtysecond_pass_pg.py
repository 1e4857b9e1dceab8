"""The thirty-second pass (pg): the page's meta row of a date and a byline, broadcast crew bylines, a fanpage post's headline
run into its body, "&nbsp" without its ";" and "--" used as a dash. Examples written for these tests."""

_LEAD = "Ngày 20/11, Khối thi đua các cơ quan Đảng tỉnh Lai Châu tổ chức hội nghị sơ kết công tác thi đua năm 2024.\n"
_HEAD = "Khối thi đua các cơ quan Đảng sơ kết năm 2024\n"


def _people(r):
    return {p["name"]: p for p in r["people"]}


def test_a_meta_row_of_the_date_and_the_byline_keeps_both(rec):
    # (the date's label either way round, with or without the author's label)
    for row in ("Đăng ngày: 20/11/2024 | Tác giả: Quàng Thị Mai", "Ngày đăng: 20/11/2024 | Quàng Thị Mai",
                "Ngày cập nhật: 20/11/2024 | Tác giả: Quàng Thị Mai"):
        r = rec(_HEAD + row + "\n" + _LEAD)
        assert (r["author"], r["published"]) == ("Quàng Thị Mai", "2024-11-20"), row
        assert _people(r)["Quàng Thị Mai"]["roles"] == ["author"]
    # (the clock after "lúc", a pen name after the label)
    r = rec(_HEAD + "Ngày 21/11/2024 lúc 09:15 | Tác giả: Bích Ngọc\n" + _LEAD)
    assert (r["author"], r["published"]) == ("Bích Ngọc", "2024-11-21")
    # (the author after a dash: the date before it is the page's)
    for row in ("21/11/2024 - Tác giả: Quàng Thị Mai", "Cập nhật: 21/11/2024 - Người viết: Quàng Thị Mai"):
        r = rec(_HEAD + row + "\n" + _LEAD)
        assert (r["author"], r["published"]) == ("Quàng Thị Mai", "2024-11-21"), row


def test_a_meta_row_of_the_date_and_a_section_names_no_author(rec):
    r = rec(_HEAD + "Ngày đăng: 20/11/2024 | Tin hoạt động\n" + _LEAD)
    assert (r["author"], r["published"]) == (None, "2024-11-20")
    assert r["people"] == []


def test_nbsp_without_its_semicolon_before_a_letter_is_a_space(rec):
    r = rec("Ngày 12/12/2024, Cụm thi đua số 4 tỉnh Phú Thọ tổ chức hội nghị tổng kết năm 2024. Bà Đinh&nbspThị Hạnh, Giám "
            "đốc Sở Nông&nbspnghiệp và Phát triển nông thôn, Cụm trưởng chủ trì hội nghị.")
    p = _people(r)["Đinh Thị Hạnh"]
    assert p["title"] == "Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Cụm trưởng"
    assert r["cluster"]["chair"] == {"organization": "Sở Nông nghiệp và Phát triển nông thôn", "person": "Đinh Thị Hạnh"}
    # (an entity's name that only opens with "nbsp" is no such stump: "&nbspx;" is left to the entity rule)
    from tdkt_extract.normalize import normalize
    assert normalize("A&nbsp;B &nbsp C").text == "A B C"
    n = normalize("Ông Đinh&nbspVăn")
    assert n.text == "Ông Đinh Văn" and n.to_original(9, 12) == (13, 16) and n.to_original(8, 9) == (8, 13)


def test_two_hyphens_between_words_read_as_a_dash(rec):
    r = rec("Ngày 12/12/2024, Cụm thi đua số 4 tỉnh Phú Thọ tổ chức hội nghị tổng kết năm 2024. Bà Đinh Thị Hạnh -- Giám đốc "
            "Sở Công Thương -- Cụm trưởng chủ trì hội nghị.")
    assert _people(r)["Đinh Thị Hạnh"]["title"] == "Giám đốc Sở Công Thương - Cụm trưởng"
    assert r["cluster"]["chair"] == {"organization": "Sở Công Thương", "person": "Đinh Thị Hạnh"}
    # (not a rule of three hyphens, nor two opening a line)
    from tdkt_extract.normalize import normalize
    assert normalize("A --- B\n-- C").text == "A --- B\n-- C"


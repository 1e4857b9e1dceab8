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

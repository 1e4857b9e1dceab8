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


_CREW_LEAD = ("Khối thi đua các Hội đặc thù tổng kết năm 2024\nNgày 18/12/2024, Khối thi đua các Hội đặc thù tỉnh Yên Bái tổ "
              "chức hội nghị tổng kết công tác thi đua năm 2024.\n")


def test_a_broadcast_crews_job_label_is_no_part_of_the_name(rec):
    for line in ("Thực hiện: PV Thu Trang", "Thực hiện: BTV Thu Trang", "Thực hiện: Biên tập viên Thu Trang"):
        r = rec(_CREW_LEAD + line)
        assert r["author"] == "Thu Trang", line
        assert [(p["name"], p["title"], p["roles"]) for p in r["people"]] == [("Thu Trang", None, ["author"])], line
    # (two of the crew, each labelled: each a person, the author, no title of the other's label)
    for line in ("PV: Thu Trang - KTV: Đức Anh", "Thực hiện: PV Thu Trang - KTV Đức Anh"):
        r = rec(_CREW_LEAD + line)
        assert {p["name"]: (p["title"], p["roles"]) for p in r["people"]} == {
            "Thu Trang": (None, ["author"]), "Đức Anh": (None, ["author"])}, line
    # (a unit's acronym after the dash is still the author's unit, and a label alone names nobody)
    r = rec(_CREW_LEAD + "Thu Trang - NHNN Yên Bái")
    assert [(p["name"], p["title"]) for p in r["people"]] == [("Thu Trang", "NHNN Yên Bái")]
    r = rec(_CREW_LEAD + "Thực hiện: PV")
    assert r["author"] is None and r["people"] == []


_POST = ("Chiều ngày 14/11/2024, tại Hội trường UBND xã Nghĩa Lạc, Cụm thi đua các xã ven biển huyện Giao Thủy đã tổ chức "
         "hội nghị sơ kết công tác thi đua năm 2024.")


def test_a_posts_headline_run_into_its_lead_is_the_title(rec):
    # (a pictograph between them, or a dash or a space after a headline in capitals)
    for sep in (" 🔔 ", " - ", " "):
        r = rec("CỤM THI ĐUA CÁC XÃ VEN BIỂN SƠ KẾT NĂM 2024" + sep + _POST)
        assert r["title"] == "CỤM THI ĐUA CÁC XÃ VEN BIỂN SƠ KẾT NĂM 2024", sep
        assert r["cluster"]["name"] == "Cụm thi đua các xã ven biển huyện Giao Thủy", sep
        assert (r["meeting"]["date"], r["meeting"]["time_of_day"]) == ("2024-11-14", "chieu")
    # (after a headline in capitals and a pictograph, the post may open on any sentence)
    r = rec("CỤM THI ĐUA CÁC XÃ VEN BIỂN SƠ KẾT NĂM 2024 📣 Kính thưa quý vị, c" + _POST[1:])
    assert r["title"] == "CỤM THI ĐUA CÁC XÃ VEN BIỂN SƠ KẾT NĂM 2024"
    assert r["cluster"]["name"] == "Cụm thi đua các xã ven biển huyện Giao Thủy"
    # (a headline in mixed case between two pictographs)
    r = rec("✨ Cụm thi đua các xã ven biển sơ kết năm 2024 ✨ " + _POST)
    assert r["title"] == "Cụm thi đua các xã ven biển sơ kết năm 2024"


def test_a_line_in_capitals_or_a_lead_is_no_glued_headline(rec):
    # (the day's word in capitals goes on the line in capitals: no lead opens there)
    r = rec("THỰC HIỆN KẾ HOẠCH SỐ 12/KH-UBND NGÀY 05/01/2024 CỦA UBND HUYỆN VỀ CÔNG TÁC THI ĐUA, cụm đã triển khai. " + _POST)
    assert r["title"] is None
    # (a lead with a pictograph inside it stays one paragraph)
    r = rec(_POST + " 🎉 Ngày 15/11/2024, các xã tiếp tục ký kết giao ước thi đua năm 2025 tại xã Giao Thiện.")
    assert r["title"] is None


def test_pictographs_closing_a_headline_are_no_part_of_it(rec):
    r = rec("Cụm thi đua các xã ven biển sơ kết năm 2024 🎊🎊\n" + _POST)
    assert r["title"] == "Cụm thi đua các xã ven biển sơ kết năm 2024"

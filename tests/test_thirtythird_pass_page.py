"""The page's own lines of the thirty-third pass (publication date and byline), each on an invented example."""
from record_views import people_by_name

HEAD = "Khối thi đua các sở ngành văn hóa - xã hội tổng kết năm 2024\n"
LEAD = ("Sáng 18/12, Khối thi đua các sở ngành văn hóa - xã hội tỉnh Bắc Kạn tổ chức hội nghị tổng kết công tác thi đua, "
        "khen thưởng năm 2024.\n")
BODY = ("Bà Lý Thị Mai, Giám đốc Sở Y tế, Khối trưởng chủ trì hội nghị.\n"
        "Năm 2024, các đơn vị trong Khối đã hoàn thành các chỉ tiêu được giao.\n"
        "Hội nghị đã thông qua dự thảo chương trình công tác năm 2025 của Khối.\n")


# PAGE-1: a date line under the source's credit at the end of a reposted item, whatever the article's length

def test_a_date_line_under_the_source_credit_dates_the_page(rec):
    r = rec(HEAD + LEAD + BODY + "Theo Báo Bắc Kạn\n21/12/2024\n")
    assert r["published"] == "2024-12-21"
    assert r["meeting"]["date"] == "2024-12-18"
    r = rec(HEAD + LEAD + BODY + "Nguồn: Cổng Thông tin điện tử tỉnh Bắc Kạn\n21/12/2024\n")
    assert r["published"] == "2024-12-21"
    # (or on the byline's own line at the end, after the name)
    r = rec(HEAD + LEAD + BODY + "Minh Anh - 21/12/2024\n")
    assert (r["author"], r["published"]) == ("Minh Anh", "2024-12-21")


def test_a_date_line_under_a_sentence_is_no_page_date(rec):
    # (a date under a line of the text, not a source's credit: the sentence "Theo ..." is the article's own)
    r = rec(HEAD + LEAD + BODY + "Theo kế hoạch, Khối sẽ ký kết giao ước thi đua năm 2025 vào tháng 3\n21/12/2024\n")
    assert r["published"] is None
    r = rec(HEAD + LEAD + BODY + "Các đơn vị tiếp tục đẩy mạnh phong trào thi đua trong năm mới\n21/12/2024\n")
    assert r["published"] is None


# PAGE-2: a name in capitals alone between the page's date line and the lead (the provincial papers' layout)

def test_a_name_in_capitals_between_the_date_line_and_the_lead_is_the_byline(rec):
    r = rec(HEAD + "Thứ Năm, 19/12/2024 - 09:15\nHOÀNG MINH ĐỨC\n" + LEAD + BODY)
    assert r["author"] == "HOÀNG MINH ĐỨC"
    assert people_by_name(r)["HOÀNG MINH ĐỨC"]["roles"] == ["author"]
    assert r["published"] == "2024-12-19"
    # (a pen name of two given names, a news tag opening the lead)
    r = rec(HEAD + "19/12/2024 09:15\nTHU HIỀN\n(BBK) - " + LEAD + BODY)
    assert r["author"] == "THU HIỀN"


def test_a_heading_a_unit_or_a_place_in_capitals_there_is_no_byline(rec):
    for line in ("SỞ VĂN HÓA THỂ THAO", "TIN HOẠT ĐỘNG", "BẮC KẠN"):
        r = rec(HEAD + "Thứ Năm, 19/12/2024 - 09:15\n" + line + "\n" + LEAD + BODY)
        assert r["author"] is None, line
        assert all("author" not in p["roles"] for p in r["people"]), line
    # (words the article writes in lower case: a label, not a pen name)
    r = rec(HEAD + "Thứ Năm, 19/12/2024 - 09:15\nCÔNG TÁC THI ĐUA\n" + LEAD + BODY)
    assert r["author"] is None
    # (no date line above it: a line in capitals under the headline is a heading as often)
    r = rec(HEAD + "THU HIỀN\n" + LEAD + BODY)
    assert r["author"] is None


# PAGE-3: initials at the end with the page's date on the same line

def test_initials_with_the_date_on_their_line_are_the_byline(rec):
    r = rec(HEAD + LEAD + BODY + "P.L - 20/12/2024\n")
    assert r["author"] == "P.L"
    assert people_by_name(r)["P.L"]["roles"] == ["author"]
    assert r["published"] == "2024-12-20"
    r = rec(HEAD + LEAD + BODY + "T.Q.H (20/12/2024)\n")
    assert r["author"] == "T.Q.H"


def test_an_abbreviation_with_the_date_on_its_line_is_no_byline(rec):
    # (a unit's letters or a word of the page before the date: no person)
    for line in ("UBND - 20/12/2024", "Khối - 20/12/2024"):
        r = rec(HEAD + LEAD + BODY + line + "\n")
        assert r["author"] is None, line


# NAT-9: a news agency's dateline, its place and the page's date, opening the lead

def test_a_place_and_date_dateline_opening_the_lead_dates_the_page(rec):
    r = rec(HEAD + "\nLạng Sơn, 19/12/2024 - Sáng 18/12, Khối thi đua các sở ngành văn hóa - xã hội tỉnh Lạng Sơn tổ chức "
            "hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n")
    assert r["published"] == "2024-12-19"
    assert r["meeting"]["date"] == "2024-12-18"
    r = rec(HEAD + "\nTP Hồ Chí Minh, 19/12/2024 - Chiều nay (19/12), Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác "
            "thi đua năm 2024.\n")
    assert r["published"] == "2024-12-19"


def test_a_place_and_date_opening_the_lead_without_its_own_day_is_the_meetings(rec):
    # (the lead states no day of its own after it: the date is the meeting's, not the page's)
    r = rec(HEAD + "\nLạng Sơn, 18/12/2024 - Khối thi đua các sở ngành văn hóa - xã hội tỉnh Lạng Sơn tổ chức hội nghị "
            "tổng kết công tác thi đua, khen thưởng năm 2024.\n")
    assert r["published"] is None
    assert r["meeting"]["date"] == "2024-12-18"

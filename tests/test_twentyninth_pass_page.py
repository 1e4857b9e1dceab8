"""Forms of the twenty-ninth pass (the page: headline, publication date, byline), each on an invented example."""

_LEAD = ("Ngày 20/11/2024, Khối thi đua số 5 tỉnh Phú Yên tổ chức hội nghị tổng kết công tác thi đua, khen thưởng "
         "năm 2024.")
_HEAD = "Khối thi đua số 5 tổng kết năm 2024"


def _author(r):
    return r["author"], [p["name"] for p in r["people"] if "author" in p["roles"]]


def test_a_related_news_heading_with_a_comma_or_tin_tuc_does_not_hide_the_byline_above_it(rec):
    for heading in ("Tin, bài liên quan", "Các tin, bài khác", "Tin tức liên quan", "Tin đã đưa", "Tin, bài khác"):
        r = rec(f"{_HEAD}\n{_LEAD}\nTRẦN MINH KHOA\n{heading}\nKhối thi đua số 2 ký kết giao ước thi đua năm 2025")
        assert _author(r) == ("TRẦN MINH KHOA", ["TRẦN MINH KHOA"]), heading
    # (a sentence of the article that opens with the same words is no heading)
    r = rec(f"{_HEAD}\n{_LEAD}\nTin tức liên quan đến hội nghị được đăng tải trên cổng thông tin của tỉnh.\nTRẦN MINH KHOA")
    assert r["author"] == "TRẦN MINH KHOA"


def test_a_section_line_ending_in_binh_luan_is_no_headline(rec):
    for section in ("Sự kiện - Bình luận", "Thời sự - Bình luận"):
        r = rec(f"{section}\nGiữ vững vị trí dẫn đầu nhiều năm liền\n{_LEAD}")
        assert r["title"] == "Giữ vững vị trí dẫn đầu nhiều năm liền", section


def test_a_date_in_the_list_of_related_articles_is_not_the_page_date(rec):
    for item in ("Cụm thi đua số 2 ký kết giao ước thi đua năm 2025 (22/11/2024)",
                 "Cụm thi đua số 2 ký kết giao ước thi đua năm 2025 - 22/11/2024",
                 "Cụm thi đua số 2 ký kết giao ước thi đua năm 2025\n22/11/2024"):
        r = rec(f"{_HEAD}\n{_LEAD}\nTin cùng chuyên mục\n{item}")
        assert r["published"] is None, item
    # (the page's own date line under the lead, above the list, is read)
    r = rec(f"{_HEAD}\n{_LEAD}\n21/11/2024\nTin cùng chuyên mục\nCụm thi đua số 2 ký kết giao ước thi đua năm 2025 (22/11/2024)")
    assert r["published"] == "2024-11-21"


def test_a_byline_with_the_agency_after_a_slash(rec):
    for line, name in (("Thu Trang/VOV-Tây Nguyên", "Thu Trang"), ("ĐỨC HUY/TTXVN", "ĐỨC HUY"),
                       ("Minh Phương/Báo Phú Yên", "Minh Phương"), ("Thu Trang - Đức Huy/TTXVN", "Thu Trang - Đức Huy")):
        r = rec(f"{_HEAD}\n{_LEAD}\n{line}")
        assert r["author"] == name, line
        assert _author(r)[1] == name.split(" - "), line
    # (a unit and its office, joined by a slash, are no author)
    r = rec(f"{_HEAD}\n{_LEAD}\nSở Nội vụ/Ban Thi đua - Khen thưởng")
    assert r["author"] is None


def test_a_byline_with_its_unit_after_a_dash_right_under_the_headline(rec):
    lead = ("Sáng 20/11/2024, Khối thi đua số 5 Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác thi đua, khen "
            "thưởng năm 2024.")
    r = rec(f"{_HEAD}\nPhạm Khánh - Trung tâm VH-TT huyện Sơn Hòa\n{lead}")
    assert _author(r) == ("Phạm Khánh", ["Phạm Khánh"])
    # (a position after the name is a guest's caption, no byline)
    r = rec(f"{_HEAD}\nPhạm Khánh - Chủ tịch Hội Nông dân huyện Sơn Hòa\n{lead}")
    assert r["author"] is None


def test_a_date_line_led_by_a_station_or_a_unit_is_the_page_date(rec):
    lead = "Ngày 18/11, Khối thi đua số 5 tỉnh Phú Yên tổ chức hội nghị tổng kết công tác thi đua năm 2024."
    for line in ("Đài PT-TH Phú Yên | 21/11/2024", "Đài Phát thanh và Truyền hình Phú Yên - 21/11/2024",
                 "Ban Thi đua - Khen thưởng | 21/11/2024"):
        r = rec(f"{_HEAD}\n{line}\n{lead}")
        assert r["published"] == "2024-11-21", line
        assert r["title"] == _HEAD, line
    # (a headline-like line of what a unit did, with a date after it, is no date line of the page)
    r = rec(f"{_HEAD}\n{lead}\nBan Thi đua - Khen thưởng tỉnh công bố kết quả bình xét - 21/11/2024")
    assert r["published"] is None


def test_a_page_date_days_after_the_meeting_day_outweighs_a_later_year_read_elsewhere(rec):
    text = ("Khối thi đua số 5 sơ kết công tác thi đua\nNgày đăng 21/11/2024\nSáng 19/11, Khối thi đua số 5 tổ chức hội nghị "
            "sơ kết công tác thi đua, khen thưởng 10 tháng năm 2024. Giải bóng chuyền của Khối sẽ diễn ra vào quý I/2025.")
    r = rec(text)
    assert r["published"] == "2024-11-21"
    assert r["meeting"]["date"] == "2024-11-19"
    # (a weekday and a date above the headline is the site's clock, whatever day it falls on: no page date)
    text = ("Thứ Hai, 09/12/2024 08:15\nKhối thi đua số 5 ký kết giao ước thi đua năm 2026\nChiều 26/11, Khối thi đua số 5 "
            "tổ chức lễ ký kết giao ước thi đua năm 2026.")
    r = rec(text)
    assert r["published"] is None

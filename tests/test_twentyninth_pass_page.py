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


# the second round: the date line led by a publisher, and the page date after the meeting's day, narrowed

_HEAD7 = "Cụm thi đua số 7 tổng kết công tác thi đua năm 2023"
_LEAD7 = ("Ngày 20/12/2023, Cụm thi đua số 7 tỉnh Quảng Trị tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm "
          "2023 tại Sở Xây dựng. Dự hội nghị có ông Hồ Đức Long, Trưởng Ban Thi đua - Khen thưởng, Sở Nội vụ.")
_BODY7 = "Hội nghị đã bình xét, suy tôn Sở Xây dựng dẫn đầu Cụm thi đua năm 2023."


def test_another_articles_headline_then_a_dash_or_bar_and_its_date_is_no_date_line_of_the_page(rec):
    # (under the article, after a list heading known or not)
    for heading in ("Các tin đã đăng", "Tin đã đăng", "Tiêu điểm"):
        for item in ("Sở Công Thương dẫn đầu Khối thi đua năm 2023 - 09/01/2024",
                     "UBND tỉnh triển khai kế hoạch phát triển năm 2024 | 04/01/2024"):
            r = rec(f"{_HEAD7}\n{_LEAD7}\n{_BODY7}\n{heading}\n{item}\nCông an tỉnh triển khai nhiệm vụ năm 2024 - 03/01/2024")
            assert r["published"] is None, (heading, item)
    # (in a sidebar of latest news above the headline)
    for heading in ("Tin mới", "Tiêu điểm"):
        r = rec(f"{heading}\nHĐND tỉnh thông qua nghị quyết về ngân sách năm 2024 | 03/01/2024\n{_HEAD7}\n{_LEAD7}\n{_BODY7}")
        assert r["published"] is None, heading
    # (a publisher's name and its place before the date is still the page's date line)
    r = rec(f"{_HEAD7}\nĐài PT-TH tỉnh Quảng Trị | 22/12/2023\n{_LEAD7}\n{_BODY7}")
    assert r["published"] == "2023-12-22"


def test_a_heading_of_articles_already_posted_hides_no_byline(rec):
    for heading in ("Các tin đã đăng", "Tin đã đăng"):
        r = rec(f"{_HEAD7}\n{_LEAD7}\nHỒ THU HIỀN\n{heading}\nKhối thi đua số 2 ký kết giao ước thi đua năm 2024")
        assert r["author"] == "HỒ THU HIỀN", heading


def test_a_schedule_of_units_with_dates_is_no_date_line_of_the_page(rec):
    text = ("Cụm thi đua số 7 kiểm tra chéo công tác thi đua năm 2023\nThực hiện kế hoạch của Cụm thi đua số 7 tỉnh Quảng Trị, "
            "đoàn kiểm tra chéo của Cụm đã tiến hành kiểm tra công tác thi đua, khen thưởng năm 2023 tại các đơn vị thành "
            "viên theo lịch sau:\nSở Kế hoạch và Đầu tư - 11/12/2023\nSở Lao động - Thương binh và Xã hội - 12/12/2023\n"
            "Sở Nông nghiệp và Phát triển nông thôn - 13/12/2023\nQua kiểm tra, đoàn đánh giá các đơn vị đã thực hiện tốt "
            "giao ước thi đua năm 2023.")
    assert rec(text)["published"] is None


def test_a_related_articles_date_days_after_the_meeting_day_does_not_set_last_year(rec):
    head = "Khối thi đua số 4 sơ kết công tác thi đua 9 tháng năm 2024"
    lead = ("Sáng 9/10, Khối thi đua số 4 tỉnh Kon Tum tổ chức Hội nghị sơ kết công tác thi đua, khen thưởng 9 tháng năm "
            "2024 tại Sở Công Thương. Hội nghị đã thống nhất các nhiệm vụ trọng tâm 3 tháng cuối năm 2024.")
    # (in a list of other articles under the lead, its heading unknown)
    r = rec(f"{head}\n{lead}\nTiêu điểm\nKhối thi đua số 4 sơ kết 9 tháng năm 2023\n14/10/2023\nSở Y tế tập huấn nghiệp vụ\n01/10/2023")
    assert r["published"] is None
    assert r["meeting"]["date"] == "2024-10-09"
    # (the page's date line, against the year the meeting's own sentence writes for its period)
    r = rec(f"{head}\n14/10/2023\n{lead}")
    assert r["published"] is None
    assert r["meeting"]["date"] == "2024-10-09"

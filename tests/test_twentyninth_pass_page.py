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

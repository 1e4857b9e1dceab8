"""Guards on the thirty-first pass's page reading, each on an invented page: a list of other articles under a related-news
heading is chrome down to the page's end or its next chrome, teasers under the items' headlines too, and a heading of
such a list as portals print it ("Tin cùng chủ đề", "Các tin cũ hơn", "Xem tiếp", ...) is known; an item's date is no
date of the page's."""

import pytest

HEAD = "Khối thi đua các huyện miền núi sơ kết 6 tháng đầu năm 2024\n"
LEAD = ("Ngày 12/07/2024, Khối thi đua các huyện miền núi tỉnh Quảng Ngãi tổ chức hội nghị sơ kết công tác thi đua, "
        "khen thưởng 6 tháng đầu năm 2024 tại huyện Ba Tơ.\n")


def test_a_related_items_teaser_is_no_text_of_the_article(rec):
    r = rec(HEAD + LEAD + "Tin liên quan\nKhối thi đua các xã vùng cao tổng kết năm 2023 (03/01/2024)\n"
            "Khối thi đua các xã vùng cao vừa suy tôn xã Sơn Kỳ Tây dẫn đầu phong trào thi đua năm 2023.\n"
            "Khối thi đua số 7 ký kết giao ước thi đua\n"
            "Hội nghị đã bầu huyện Minh Long Thượng làm Khối trưởng năm 2024 và ký kết giao ước thi đua.\n")
    assert r["rankings"] == []
    assert r["decisions"] == []
    assert r["cluster"]["next_chair"] is None
    assert r["cluster"]["name"] == "Khối thi đua các huyện miền núi"


def test_a_related_items_dated_teaser_gives_no_meeting_date(rec):
    lead = LEAD.replace("Ngày 12/07/2024, ", "Vừa qua, ")
    r = rec(HEAD + lead + "Tin liên quan\nKhối thi đua các xã vùng cao tổng kết năm 2023\n"
            "Ngày 03/01, Khối thi đua các xã vùng cao tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n")
    assert r["meeting"]["date"] is None
    assert r["meeting"]["venue"] == "huyện Ba Tơ"


def test_the_articles_own_text_after_a_related_link_in_its_middle_is_read(rec):
    # (the article goes on under the link with a paragraph, then its byline: no list of teasers to the page's end)
    r = rec(HEAD + LEAD + "Tin liên quan\nKhối thi đua các xã vùng cao tổng kết năm 2023\n"
            "Hội nghị đã suy tôn huyện Sơn Hà dẫn đầu phong trào thi đua 6 tháng đầu năm 2024.\n"
            "Thanh Bình\n")
    assert [x["organization"] for x in r["rankings"]] == ["huyện Sơn Hà"]


@pytest.mark.parametrize("heading", ["Tin cùng chủ đề", "Bài cùng chuyên mục", "Tin khác cùng chuyên mục", "Các tin tức khác",
                                     "Các tin cũ hơn", "Các tin mới hơn", "Tin xem nhiều", "Tin tiêu điểm", "Xem tiếp"])
def test_a_portals_related_news_heading_is_known(rec, heading):
    r = rec(HEAD + LEAD + heading + "\nKhối thi đua các xã vùng cao suy tôn xã Sơn Kỳ Tây dẫn đầu (03/01/2024)\n"
            "Trao Cờ thi đua của Chính phủ cho Trường Trung học phổ thông Lý Sơn (03/01/2024)\n"
            "Phó Chủ tịch UBND tỉnh Đinh Văn Hùng dự tổng kết Khối thi đua số 7 (02/01/2024)\n")
    assert r["rankings"] == []
    assert r["awards"] == []
    assert r["people"] == []


def test_a_related_items_date_line_is_no_publication_date(rec):
    r = rec(HEAD + LEAD + "Tin liên quan\nKhối thi đua các xã vùng cao tổng kết năm 2023\nNgày đăng: 20/07/2024\n")
    assert r["published"] is None
    # (the page's own date labelled under the article, before the list, still is)
    r = rec(HEAD + LEAD + "Ngày đăng: 13/07/2024\nTin liên quan\nKhối thi đua các xã vùng cao tổng kết năm 2023\n"
            "Ngày đăng: 20/07/2024\n")
    assert r["published"] == "2024-07-13"


def test_readers_comments_under_the_article_are_chrome(rec):
    page = (HEAD + "Cập nhật: 13/07/2024\n" + LEAD + "Thu Hằng\nBình luận (2)\nLê Quốc Việt - 14/07/2024 08:30\n"
            "Chúc mừng các đơn vị trong Khối.\n")
    r = rec(page)
    assert r["author"] == "Thu Hằng"
    assert [p["name"] for p in r["people"]] == ["Thu Hằng"]
    assert r["published"] == "2024-07-13"
    # (without a date of the page's own, a comment's date is none either)
    r = rec(page.replace("Cập nhật: 13/07/2024\n", ""))
    assert r["published"] is None
    r = rec(HEAD + LEAD + "Ý kiến bạn đọc\nĐặng Thu Trang (14/07/2024): Chúc mừng huyện Ba Tơ.\n")
    assert r["author"] is None
    assert r["people"] == []


def test_a_comments_heading_without_a_readers_name_and_date_under_it_cuts_nothing(rec):
    # (a byline under "Bình luận" with no reader's name and date after it: the page's comment form, nothing read past it)
    r = rec(HEAD + LEAD + "Bình luận\nThu Hằng\n")
    assert r["author"] == "Thu Hằng"


@pytest.mark.parametrize("row", ["13/07/2024 09:05 | Tác giả: Thu Hằng | 512 lượt xem",
                                 "Cập nhật: 13/07/2024 - Tác giả: Thu Hằng",
                                 "13/07/2024 | Tác giả: Thu Hằng | Lượt xem: 512"])
def test_an_author_labelled_in_the_pages_meta_row(rec, row):
    r = rec(HEAD + row + "\n" + LEAD)
    assert r["author"] == "Thu Hằng"
    assert r["published"] == "2024-07-13"


def test_a_meta_row_with_two_names_and_no_label_names_no_author(rec):
    r = rec(HEAD + "Cập nhật: 13/07/2024 - Khối thi đua số 7\n" + LEAD)
    assert r["author"] is None


def test_a_correspondents_province_after_the_dash_is_no_part_of_the_author(rec):
    r = rec(HEAD + LEAD + "Thu Hằng - Quảng Ngãi\n")
    assert r["author"] == "Thu Hằng"
    assert r["people"] == [{"name": "Thu Hằng", "honorific": None, "title": None, "roles": ["author"]}]
    # (two writers' pen names joined by a dash stay one author)
    r = rec(HEAD + LEAD + "Thu Hằng - Minh Phương\n")
    assert r["author"] == "Thu Hằng - Minh Phương"


BODY = ("Các đơn vị trong Khối đã triển khai sâu rộng các phong trào thi đua yêu nước gắn với nhiệm vụ chính trị của địa phương.\n"
        * 3)


@pytest.mark.parametrize("foot", ["Ngày đăng: 14/07/2024", "Cập nhật lúc 09:10 14/07/2024"])
def test_the_pages_labelled_date_at_the_foot_beats_a_site_headers_weekday_date(rec, foot):
    r = rec("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BA TƠ\nThứ hai, 22/07/2024\nTrang chủ > Tin tức\n" + HEAD + LEAD + BODY + foot + "\n")
    assert r["published"] == "2024-07-14"


def test_a_weekday_date_line_under_the_byline_at_the_foot_dates_the_page(rec):
    r = rec(HEAD + LEAD + BODY + "Thu Hằng\nChủ nhật, 14/07/2024, 16:25 (GMT+7)\n")
    assert r["published"] == "2024-07-14"
    assert r["author"] == "Thu Hằng"
    # (not a date line further down, under a paragraph after the byline)
    r = rec(HEAD + LEAD + BODY + "Thu Hằng\n" + BODY + "Chủ nhật, 14/07/2024, 16:25 (GMT+7)\n")
    assert r["published"] is None


def test_the_headline_as_the_breadcrumbs_last_step(rec):
    r = rec("Trang chủ > Tin tức > " + HEAD + LEAD)
    assert r["title"] == HEAD.strip()
    # (a section's name as the last step is no headline)
    r = rec("Trang chủ > Tin tức > Thi đua khen thưởng\n" + LEAD)
    assert r["title"] is None

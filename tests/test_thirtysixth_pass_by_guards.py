"""Guards for the thirty-sixth pass (by): near forms of its new byline and date-line rules that ordinary articles write and
that are no byline or no page's date. A section's label or a kicker under the headline (a common family name and one
word, a middle name and one word, in capitals or not); a bracketed last line of a role, a unit, a region or a page's note,
or of a quote's speaker named in the article; "Theo" and a paper's name written twice; a unit and a date as a list's item
or under a caption inside the body. Examples written for these tests."""
HEAD = "Cụm thi đua các huyện phía Bắc tổng kết công tác năm 2023"
LEAD = ("Ngày 16/1/2024, tại huyện Phù Cừ, Cụm thi đua các huyện phía Bắc tỉnh Hưng Yên tổ chức hội nghị tổng kết "
        "công tác thi đua, khen thưởng năm 2023.")
GUEST = "Bà Đỗ Thị Hằng, Phó Trưởng ban Thi đua - Khen thưởng tỉnh dự và phát biểu."


def _under_head(rec, line: str) -> dict:
    return rec(f"{HEAD}\n\n{line}\n\n{LEAD}\n{GUEST}")


# --- by-1 .. by-7: a label or a kicker alone under the headline, undated ----------------------------------------------


def test_by1_a_common_family_name_and_one_word_under_the_headline_is_no_author(rec):
    assert _under_head(rec, "Quan Hệ")["author"] is None


def test_by2_another_family_name_opening_a_word_pair_is_no_author(rec):
    assert _under_head(rec, "Kiều Hối")["author"] is None


def test_by3_a_family_name_that_is_a_flowers_name_is_no_author(rec):
    assert _under_head(rec, "Mai Xuân")["author"] is None


def test_by4_a_kicker_in_capitals_of_two_words_opening_with_a_family_name(rec):
    assert _under_head(rec, "CAO TRÀO")["author"] is None


def test_by4_a_minority_name_in_capitals_stays_an_author(rec):
    assert _under_head(rec, "KSOR NHƠN")["author"] == "KSOR NHƠN"


def test_by5_a_world_news_label_under_the_headline_is_no_author(rec):
    assert _under_head(rec, "Thế Giới")["author"] is None


def test_by6_a_diary_label_under_the_headline_is_no_author(rec):
    assert _under_head(rec, "Nhật Ký")["author"] is None


def test_by7_a_family_section_label_under_the_headline_is_no_author(rec):
    assert _under_head(rec, "Gia Đình")["author"] is None


# --- by-8 .. by-11: a bracketed last line that is no pen name ----------------------------------------------------------


def test_by8_a_role_in_brackets_on_the_last_line_is_no_author(rec):
    assert rec(f"{LEAD}\n{GUEST}\n(Thư Ký Cụm)")["author"] is None


def test_by9_a_units_name_in_brackets_on_the_last_line_is_no_author(rec):
    assert rec(f"{LEAD}\n{GUEST}\n(Tổ Giúp Việc)")["author"] is None


def test_by10_a_region_in_brackets_on_the_last_line_is_no_author(rec):
    assert rec(f"{LEAD}\n{GUEST}\n(Miền Bắc)")["author"] is None


def test_by11_a_pages_note_in_brackets_on_the_last_line_is_no_author(rec):
    assert rec(f"{LEAD}\n{GUEST}\n(Xem Thêm Video)")["author"] is None


def test_by8_a_pen_name_in_brackets_stays_an_author(rec):
    assert rec(f"{LEAD}\n{GUEST}\n(Minh Khôi)")["author"] == "Minh Khôi"


# --- by-12, by-13: a quote's speaker in brackets with a unit -------------------------------------------------------------


def test_by12_a_quotes_speaker_named_in_the_article_with_a_unit_is_no_author(rec):
    r = rec(f"{LEAD}\n{GUEST}\n\"Cụm sẽ tiếp tục đổi mới cách chấm điểm thi đua\", bà Hằng cho biết.\n"
            "(Đỗ Thị Hằng, Ban Thi đua - Khen thưởng tỉnh)")
    assert r["author"] is None
    assert all("author" not in p["roles"] for p in r["people"])


def test_by13_a_guest_named_again_in_brackets_under_the_article_is_no_author(rec):
    r = rec(f"{LEAD}\nÔng Vũ Đình Khoa, Chủ tịch UBND huyện Phù Cừ chủ trì hội nghị.\n(Vũ Đình Khoa, UBND huyện Phù Cừ)")
    assert r["author"] is None


def test_by12_a_writer_in_brackets_with_a_unit_not_named_elsewhere_stays_an_author(rec):
    assert rec(f"{LEAD}\n{GUEST}\n(Nguyễn Thị Mơ, Văn phòng UBND huyện)")["author"] == "Nguyễn Thị Mơ"


# --- by-14 .. by-16: "Theo" and the paper's name written twice -------------------------------------------------------


def test_by14_theo_a_papers_name_then_a_slash_and_the_paper_is_no_author(rec):
    assert rec(f"{LEAD}\n{GUEST}\nTheo Đại Đoàn Kết/Báo Đại Đoàn Kết")["author"] is None


def test_by15_theo_a_papers_name_then_the_paper_in_brackets_is_no_author(rec):
    assert rec(f"{LEAD}\n{GUEST}\nTheo Tiền Phong (Báo Tiền Phong)")["author"] is None


def test_by16_theo_a_papers_short_name_then_a_slash_and_its_full_name_is_no_author(rec):
    assert rec(f"{LEAD}\n{GUEST}\nTheo Thanh Niên/Báo Thanh Niên")["author"] is None


def test_by16_theo_a_writer_then_the_paper_stays_an_author(rec):
    assert rec(f"{LEAD}\n{GUEST}\nTheo Hoài Thu/Báo Hưng Yên")["author"] == "Hoài Thu"


# --- by-17 .. by-19: a unit and a date inside the body ---------------------------------------------------------------


def test_by17_a_schedules_item_of_a_unit_of_a_province_and_a_dash_is_no_pages_date(rec):
    r = rec(f"{HEAD}\n\n{LEAD}\n{GUEST}\nCác đơn vị đăng cai năm 2024:\nUBND huyện Kim Động tỉnh Hưng Yên - 20/6/2024\n"
            "UBND huyện Ân Thi tỉnh Hưng Yên - 15/12/2024")
    assert r["published"] is None


def test_by18_a_lists_item_right_under_a_colon_is_no_pages_date(rec):
    r = rec(f"{HEAD}\n\n{LEAD}\nLễ ký giao ước diễn ra tại:\nHội trường Huyện ủy Phù Cừ tỉnh Hưng Yên - 16/01/2024\n{GUEST}")
    assert r["published"] is None


def test_by19_a_unit_and_a_date_under_a_caption_inside_the_body_is_no_pages_date(rec):
    r = rec(f"{HEAD}\n\n{LEAD}\nLãnh đạo huyện Phù Cừ nhận Cờ thi đua\nPhòng Văn hóa và Thông tin huyện Phù Cừ | 16/01/2024\n{GUEST}")
    assert r["published"] is None


def test_by19_a_units_credit_and_date_under_the_articles_paragraph_stays_the_pages_date(rec):
    r = rec(f"{HEAD}\n\n{LEAD}\nPhòng Nội vụ huyện Phù Cừ | 17/01/2024")
    assert r["published"] == "2024-01-17"

"""The thirty-sixth pass (by): bylines and the page's date line in more forms. After an author's label a district's or a
ward's name is a pen name ("Tác giả: Kim Sơn"; a province's is not); the page's date and a labelled author on one line
parted by a space; a unit's name of any length, then a bar and the page's date (after a dash only a unit of a province); a
bracketed last line of pen names, or of a name and the unit the writer works for; page furniture under the byline (tags,
print and e-mail buttons, the source's line) ends no article; "Theo NAME (Báo X)" credits the writer; a name alone under the
headline and above a dated lead, of two words or in capitals; "K'" opens a person's name as "H'" does; the byline above the
lead is the first person; a source's note after the name is no title. Examples written for these tests."""
from record_views import people_by_name

HEAD = "Khối thi đua các cơ quan kinh tế tổng kết năm 2023"
LEAD = ("Ngày 12/1/2024, tại Sở Tài chính, Khối thi đua các cơ quan kinh tế tỉnh Hậu Giang tổ chức hội nghị tổng kết "
        "công tác thi đua, khen thưởng năm 2023.")
GUEST = "Ông Lê Văn Tâm, Chánh Văn phòng UBND tỉnh phát biểu chỉ đạo tại hội nghị."


def _author_row(r: dict, name: str) -> dict | None:
    p = people_by_name(r).get(name)
    return p if p is not None and "author" in p["roles"] else None


# --- a district's name as a pen name after an author's label --------------------------------------------------------


def test_a_districts_name_after_an_authors_label_under_the_headline_is_the_author(rec):
    r = rec(f"{HEAD}\n\nTác giả: Kim Sơn\n\n{LEAD}")
    assert r["author"] == "Kim Sơn" and _author_row(r, "Kim Sơn") is not None


def test_a_provinces_name_after_an_authors_label_is_no_author(rec):
    assert rec(f"{HEAD}\n\nTác giả: Đồng Tháp\n\n{LEAD}")["author"] is None


def test_the_pages_date_and_a_labelled_author_parted_by_a_space(rec):
    r = rec(f"{HEAD}\n\nNgày 15/01/2024 Người viết: Kim Sơn\n\n{LEAD}")
    assert r["author"] == "Kim Sơn" and r["published"] == "2024-01-15"


# --- a unit's name, a bar or a dash, the page's date -------------------------------------------------------------


def test_a_long_units_name_then_a_bar_and_the_date_is_the_pages_date(rec):
    assert rec(f"{HEAD}\n\nSở Kế hoạch và Đầu tư Hậu Giang | 15/01/2024\n\n{LEAD}")["published"] == "2024-01-15"


def test_a_unit_of_a_province_then_a_dash_and_the_date_is_the_pages_date(rec):
    assert rec(f"{HEAD}\n\nSở Y tế tỉnh Hậu Giang - 15/01/2024\n\n{LEAD}")["published"] == "2024-01-15"


def test_a_unit_without_its_province_then_a_dash_and_a_date_is_no_date_line(rec):
    # (a schedule's item: the unit and the day of its visit)
    assert rec(f"{HEAD}\n\nSở Giáo dục và Đào tạo - 15/01/2024\n\n{LEAD}")["published"] is None


def test_a_headline_telling_the_event_then_a_bar_and_a_date_is_no_date_line_of_a_unit(rec):
    assert rec(f"{HEAD}\n\nSở Tài chính dẫn đầu Khối thi đua | 15/01/2024\n\n{LEAD}")["published"] is None


# --- a bracketed last line ---------------------------------------------------------------------------------------


def test_a_bracketed_pen_name_on_the_last_line(rec):
    r = rec(f"{LEAD}\n{GUEST}\n(Thanh Tâm)")
    assert r["author"] == "Thanh Tâm" and _author_row(r, "Thanh Tâm") is not None


def test_two_bracketed_pen_names_joined_by_a_dash(rec):
    r = rec(f"{LEAD}\n{GUEST}\n(Hải Yến - Quang Vinh)")
    assert r["author"] == "Hải Yến - Quang Vinh"
    assert _author_row(r, "Hải Yến") is not None and _author_row(r, "Quang Vinh") is not None


def test_a_bracketed_name_and_the_writers_unit_after_a_comma(rec):
    r = rec(f"{LEAD}\n{GUEST}\n(Trần Văn Tú, Phòng Tổ chức cán bộ)")
    assert r["author"] == "Trần Văn Tú" and _author_row(r, "Trần Văn Tú")["title"] == "Phòng Tổ chức cán bộ"


def test_a_bracketed_note_of_a_series_or_a_position_is_no_author(rec):
    assert rec(f"{LEAD}\n{GUEST}\n(Còn Nữa)")["author"] is None
    assert rec(f"{LEAD}\n{GUEST}\n(Ảnh Minh Họa)")["author"] is None
    assert rec(f"{LEAD}\n(Trần Văn Hùng, Giám đốc Sở Tư pháp)")["author"] is None
    assert rec(f"{LEAD}\n{GUEST}\n(Cần Thơ - Sóc Trăng)")["author"] is None


# --- page furniture under the byline -----------------------------------------------------------------------------


def test_a_labelled_place_named_byline_above_a_tags_line(rec):
    r = rec(f"{LEAD}\n{GUEST}\nBài và ảnh: Kim Sơn\nTừ khóa: thi đua, Hậu Giang")
    assert r["author"] == "Kim Sơn"


def test_a_place_named_byline_above_a_row_of_print_buttons(rec):
    assert rec(f"{LEAD}\n{GUEST}\nNinh Hòa\nIn trang | Gửi email | Về đầu trang")["author"] == "Ninh Hòa"


def test_a_place_named_byline_above_the_sources_line(rec):
    assert rec(f"{LEAD}\n{GUEST}\nNinh Hòa\nNguồn: Báo Hậu Giang")["author"] == "Ninh Hòa"


def test_a_sentence_above_the_sources_line_or_the_buttons_gives_no_author(rec):
    assert rec(f"{LEAD}\n{GUEST}\nNguồn: Báo Hậu Giang")["author"] is None
    assert rec(f"{LEAD}\n{GUEST}\nIn bài | Gửi email")["author"] is None


# --- "Theo NAME (Báo X)" ---------------------------------------------------------------------------------------------


def test_a_writer_credited_with_the_paper_after_theo(rec):
    r = rec(f"{LEAD}\n{GUEST}\nTheo Bảo Ngọc (Báo Hậu Giang)")
    assert r["author"] == "Bảo Ngọc"
    assert rec(f"{LEAD}\n{GUEST}\nTheo Bảo Ngọc/Báo Hậu Giang")["author"] == "Bảo Ngọc"


def test_theo_a_paper_or_a_document_is_no_author(rec):
    assert rec(f"{LEAD}\n{GUEST}\nTheo Báo Hậu Giang/TTXVN")["author"] is None
    assert rec(f"{LEAD}\nTheo Kế Hoạch/Báo cáo số 12")["author"] is None


def test_a_source_note_after_the_name_is_no_title(rec):
    r = rec(f"{LEAD}\n{GUEST}\nBảo Ngọc (Theo Báo Hậu Giang)")
    assert r["author"] == "Bảo Ngọc" and _author_row(r, "Bảo Ngọc")["title"] is None


# --- a name alone under the headline, above a dated lead ---------------------------------------------------------


def test_a_minority_name_of_two_words_under_the_headline(rec):
    assert rec(f"{HEAD}\n\nSiu Blơng\n\n{LEAD}")["author"] == "Siu Blơng"


def test_a_name_in_capitals_under_the_headline_and_no_pen_name_of_given_names_alone(rec):
    # (two given names alone with no date line beside them are a section's label or a kicker as often: no byline, as the
    # eleventh pass's forms hold)
    assert rec(f"{HEAD}\n\nMinh Thư\n\n{LEAD}")["author"] is None
    assert rec(f"{HEAD}\n\nLÊ MINH THƯ\n\n{LEAD}")["author"] == "LÊ MINH THƯ"
    assert rec(f"{HEAD}\n\nSIU BLƠNG\n\n{LEAD}")["author"] == "SIU BLƠNG"


def test_a_place_a_label_a_unit_or_wrapped_headline_words_under_the_headline_are_no_author(rec):
    assert rec(f"{HEAD}\n\nKim Sơn\n\n{LEAD}")["author"] is None
    assert rec(f"{HEAD}\n\nThời Sự\n\n{LEAD}")["author"] is None
    assert rec(f"{HEAD}\n\nTIN HOẠT ĐỘNG\n\n{LEAD}")["author"] is None
    assert rec(f"{HEAD}\n\nTRUNG TÂM Y TẾ\n\n{LEAD}")["author"] is None
    assert rec(f"{HEAD}\n\nGiao Ước\n\n{LEAD}")["author"] is None
    # (in capitals, a pen name of given names alone is a heading as often)
    assert rec(f"{HEAD}\n\nMINH THƯ\n\n{LEAD}")["author"] is None


def test_a_part_of_a_persons_name_the_article_writes_again_is_no_author(rec):
    lead = LEAD + " Bà Lê Minh Thư, Giám đốc Sở Tài chính chủ trì hội nghị."
    assert rec(f"{HEAD}\n\nMinh Thư\n\n{lead}")["author"] is None


def test_a_name_under_the_headline_needs_the_lead_right_below_it(rec):
    assert rec(f"{HEAD}\n\nMinh Thư\n\nKhối thi đua các cơ quan kinh tế tỉnh Hậu Giang vừa tổ chức hội nghị tổng kết "
               "công tác thi đua, khen thưởng năm 2023 tại Sở Tài chính.")["author"] is None


# --- "K'" opens a person's name ------------------------------------------------------------------------------------


def test_a_kho_name_alone_on_the_last_line(rec):
    assert rec(f"{HEAD}\n\n{LEAD}\n\nK'Dũng")["author"] == "K'Dũng"
    assert rec(f"{HEAD}\n\n{LEAD}\n\nK’Dũng")["author"] == "K’Dũng"


def test_a_district_joined_by_an_apostrophe_alone_on_the_last_line_is_no_author(rec):
    assert rec(f"{HEAD}\n\n{LEAD}\n\nK'Bang")["author"] is None


# --- the byline's place among the people ------------------------------------------------------------------------------


def test_the_byline_above_the_lead_is_the_first_person(rec):
    r = rec(f"Bài, ảnh: Bảo Ngọc\n{LEAD}\n{GUEST}")
    assert [p["name"] for p in r["people"]] == ["Bảo Ngọc", "Lê Văn Tâm"]


def test_the_byline_under_the_article_is_the_last_person(rec):
    r = rec(f"{LEAD}\n{GUEST}\nBài, ảnh: Bảo Ngọc")
    assert [p["name"] for p in r["people"]] == ["Lê Văn Tâm", "Bảo Ngọc"]

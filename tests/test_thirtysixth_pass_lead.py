"""Thirty-sixth pass, the lead's own fixes: an interim review of a term of several years is held while the term runs, so
the term's last year dates neither the meeting nor, by contrast, the page."""
from tdkt_extract import extract

_HEAD = "Khối thi đua các đoàn thể huyện Tân Phước sơ kết giữa nhiệm kỳ\n\n"
_LEAD = ("Sáng 12/10, tại Hội trường Huyện ủy, Khối thi đua các đoàn thể huyện Tân Phước tổ chức hội nghị sơ kết giữa "
         "nhiệm kỳ 2022 - 2027 phong trào thi đua yêu nước.\n")


def test_the_page_date_of_a_mid_term_review_dates_the_meeting():
    r = extract(_HEAD + "Thứ Sáu, 14/10/2024 - 08:30\n\n" + _LEAD)
    assert r.published == "2024-10-14"
    assert str(r.meeting.date) == "2024-10-12"
    assert r.meeting.kind == "so_ket"


def test_a_mid_term_review_with_no_year_anywhere_leaves_the_date_null():
    r = extract(_HEAD + _LEAD)
    assert r.meeting.date is None
    assert any(w.code == "year_unknown" for w in r.warnings)


def test_a_term_end_review_in_its_autumn_is_still_of_the_terms_last_year():
    r = extract("Khối thi đua các đoàn thể huyện Tân Phước tổng kết nhiệm kỳ\n\n"
                "Sáng 12/10, tại Hội trường Huyện ủy, Khối thi đua các đoàn thể huyện Tân Phước tổ chức hội nghị tổng kết "
                "phong trào thi đua giai đoạn 2020 - 2025.\n")
    assert str(r.meeting.date) == "2025-10-12"


def test_a_school_year_interim_review_keeps_its_autumn_year():
    r = extract("Cụm thi đua các trường THPT sơ kết học kỳ I\n\n"
                "Sáng 20/12, tại Trường THPT Nguyễn Trãi, Cụm thi đua các trường THPT số 2 tổ chức hội nghị sơ kết học kỳ I "
                "năm học 2024 - 2025.\n")
    assert str(r.meeting.date) == "2024-12-20"


_CLOSE = ("Chiều 12/12/2024, tại Hội trường UBND huyện, Cụm thi đua số 3 tỉnh Đắk Lắk tổ chức hội nghị tổng kết công tác "
          "thi đua, khen thưởng năm 2024.\n")


def test_a_district_named_alone_on_the_last_line_is_no_byline():
    for place in ("Krông Pắc", "Ea Súp", "Cư M'gar"):
        assert extract(_CLOSE + place).author is None
    # (a name that opens on a family or middle name stays a pen name, though a place bears it too)
    assert extract(_CLOSE + "Thanh Bình").author == "Thanh Bình"


def test_a_paper_named_before_its_letters_is_no_writer():
    for credit in ("Theo Tin Tức/TTXVN", "Theo Quân Đội Nhân Dân (Báo QĐND)", "Theo Lao Động Thủ Đô (Báo Lao động)",
                   "Theo Kinh Tế Đô Thị/Báo KTĐT"):
        r = extract(_CLOSE + credit)
        assert r.author is None and not any("author" in p.roles for p in r.people)
    # (a writer's name, opening on a family or middle name, before the agency's letters; a pen name before a paper written out)
    assert extract(_CLOSE + "Theo Thu Hà/TTXVN").author == "Thu Hà"
    assert extract(_CLOSE + "Theo Quỳnh Chi (Báo Kiên Giang)").author == "Quỳnh Chi"

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


# (a read-only review of the pass's code found these; each on an example of my own)
_MID = ("Ngày 15/7/2024, tại Sở Tài chính, Cụm thi đua các sở tỉnh Lâm Sơn tổ chức hội nghị sơ kết công tác thi đua 6 tháng "
        "đầu năm 2024.\n")


def test_a_standing_that_strives_is_an_aim_not_a_ranking():
    r = extract(_MID + "Sở Tài chính đang quyết tâm dẫn đầu Cụm, Sở Nội vụ xếp thứ hai.")
    assert r.rankings == []
    # (a standing alone while the period runs is the meeting's)
    r = extract(_MID + "Qua chấm điểm 6 tháng, Sở Tài chính đang dẫn đầu Cụm, Sở Nội vụ xếp thứ hai.")
    assert [(x.rank, x.organization) for x in r.rankings] == [(1, "Sở Tài chính"), (2, "Sở Nội vụ")]


def test_a_bracketed_name_the_article_calls_by_honorific_and_given_name_is_a_speaker_not_the_byline():
    body = _CLOSE + "Phát biểu tại hội nghị, ông Khải nhấn mạnh vai trò của phong trào thi đua.\n"
    assert extract(body + "(Lê Quang Khải, Văn phòng UBND tỉnh)").author is None
    assert extract(_CLOSE + "(Lê Quang Khải, Văn phòng UBND tỉnh)").author == "Lê Quang Khải"


def test_a_section_label_opening_on_y_is_no_byline_under_the_headline():
    head = "Cụm thi đua các bệnh viện tổng kết năm 2024\n\n"
    lead = ("Ngày 20/12/2024, tại Bệnh viện Đa khoa tỉnh, Cụm thi đua các bệnh viện tỉnh Đắk Lắk tổ chức hội nghị tổng kết "
            "công tác thi đua năm 2024.")
    for label in ("Y HỌC", "Y Dược"):
        assert extract(head + label + "\n\n" + lead).author is None
    assert extract(head + "Y Khuê\n\n" + lead).author == "Y Khuê"


def test_a_brand_as_the_last_member_of_a_list_ending_its_paragraph_is_kept():
    r = extract("Cụm thi đua số 4 tổng kết năm 2024\n\nNgày 20/12/2024, Cụm thi đua số 4 tỉnh Gia Lai tổ chức hội nghị tổng "
                "kết năm 2024.\nCụm thi đua số 4 gồm: Sở Tài chính, Sở Nội vụ, Sở Y tế, Viettel Gia Lai\n\nÔng Lê Văn A phát biểu.")
    assert r.cluster.members[-1] == "Viettel Gia Lai"
    assert not any(w.code == "list_truncated" for w in r.warnings)

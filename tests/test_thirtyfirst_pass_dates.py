"""The thirty-first pass, meeting dates, parts of the day, periods and the page's date: forms a reviewer's short briefs
wrote (r98). Examples written for these tests."""


def test_a_caption_of_the_meeting_dates_it_when_no_sentence_states_it(rec):
    r = rec("Ảnh: Toàn cảnh hội nghị tổng kết năm 2023 của Cụm thi đua số 4 huyện Tân Phú, sáng 22/12.\n\n"
            "Tại hội nghị, các đơn vị đã đánh giá kết quả công tác thi đua năm 2023.")
    assert (r["meeting"]["date"], r["meeting"]["time_of_day"]) == ("2023-12-22", "sang")
    # (a photo from the archive is not this meeting's)
    r = rec("Ảnh: Toàn cảnh hội nghị tổng kết năm 2023 của Cụm thi đua số 4 huyện Tân Phú, sáng 22/12 (ảnh tư liệu).\n\n"
            "Tại hội nghị, các đơn vị đã đánh giá kết quả công tác thi đua năm 2023.")
    assert r["meeting"]["date"] is None
    # (nor a photo of a meeting over a body that tells of no meeting)
    r = rec("Cụm thi đua số 4 huyện Tân Phú nâng cao hiệu quả phong trào\n\nẢnh: Hội nghị tổng kết năm 2023 của Cụm thi đua "
            "số 4 huyện Tân Phú ngày 22/12/2023.\n\nNăm 2024, các đơn vị trong Cụm tiếp tục đẩy mạnh phong trào thi đua.")
    assert r["meeting"]["date"] is None


def test_the_days_of_a_meeting_after_their_count(rec):
    for lead in ("Trong 03 ngày (11-13/12),", "Trong 02 ngày (11 - 12/12),", "Trong ba ngày, 11-13/12,", "Trong 2 ngày, 11 và 12/12,"):
        r = rec(lead + " Khối thi đua số 6 tỉnh Bình Sơn tổ chức hội nghị tổng kết công tác thi đua năm 2023.")
        assert r["meeting"]["date"] == "2023-12-11", lead
    # (an event's days agreed later in the sentence are not the meeting's)
    r = rec("Khối thi đua số 6 tổ chức hội nghị tổng kết năm 2023 và thống nhất tổ chức Hội thao trong 03 ngày (20 - 22/8/2024).")
    assert r["meeting"]["date"] is None


def test_two_days_each_with_its_own_ngay_are_dated_by_the_first(rec):
    r = rec("Ngày 11 và ngày 12/12/2023, Khối thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2023.")
    assert r["meeting"]["date"] == "2023-12-11"
    r = rec("Ngày 11 và ngày 12 tháng 12 năm 2023, Khối thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2023.")
    assert r["meeting"]["date"] == "2023-12-11"
    # (a weekday in digits is no first day)
    r = rec("Thứ 5 và ngày 14/12/2023, Khối thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2023.")
    assert r["meeting"]["date"] == "2023-12-14"


def test_the_part_of_the_day_written_after_the_date(rec):
    for lead, tod in (("Ngày 14/12/2023, vào buổi tối,", "toi"), ("Ngày 14/12/2023 (buổi chiều),", "chieu"),
                      ("Ngày 14/12/2023 (sáng),", "sang"), ("Ngày 14 tháng 12 năm 2023 (buổi sáng),", "sang")):
        r = rec(lead + " Khối thi đua số 6 tổ chức hội nghị tổng kết công tác thi đua năm 2023.")
        assert (r["meeting"]["date"], r["meeting"]["time_of_day"]) == ("2023-12-14", tod), lead
    # (a part of the day that opens a clause of another act is not read as the meeting's)
    r = rec("Ngày 14/12/2023, buổi sáng các đơn vị kiểm tra chéo, buổi chiều Khối thi đua số 6 tổ chức hội nghị tổng kết năm 2023.")
    assert r["meeting"]["time_of_day"] is None


def test_the_first_three_months_of_a_year_are_its_first_quarter(rec):
    for span in ("3 tháng đầu năm 2024", "03 tháng đầu năm 2024", "ba tháng đầu năm 2024"):
        r = rec("Ngày 12/4/2024, Khối thi đua số 6 tổ chức hội nghị sơ kết công tác thi đua " + span + ".")
        assert (r["meeting"]["kind"], r["meeting"]["period"]) == ("so_ket", {"year": 2024, "span": "q1"}), span
    # (the last three months are no first quarter)
    r = rec("Ngày 12/1/2024, Khối thi đua số 6 tổ chức hội nghị sơ kết công tác thi đua 3 tháng cuối năm 2023.")
    assert r["meeting"]["period"] != {"year": 2023, "span": "q1"}


def test_an_english_label_before_an_iso_date_is_the_pages_date(rec):
    for label in ("Create:", "Published:", "Posted:"):
        r = rec("Khối thi đua số 6 tổng kết năm 2023\n" + label + " 2023-12-15\n\nSáng 14/12, Khối thi đua số 6 tổ chức hội nghị "
                "tổng kết công tác thi đua năm 2023.")
        assert r["published"] == "2023-12-15", label
    # (a crawler's leading date line is not)
    r = rec("date 2023-12-15\nKhối thi đua số 6 tổng kết năm 2023\n\nSáng 14/12, Khối thi đua số 6 tổ chức hội nghị tổng kết "
            "công tác thi đua năm 2023.")
    assert r["published"] is None
